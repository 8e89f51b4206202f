package dev.aisec.privacy;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.internal.Exact;
import dev.aisec.privacy.random.NoiseSource;

/**
 * k-ary randomized response: reports the true category with probability {@code e^eps / (e^eps + k - 1)} and each other
 * category with probability {@code 1 / (e^eps + k - 1)}; epsilon-DP. Sampled exactly: a uniform proposal is accepted
 * with probability 1 if it is the true category and exp(-epsilon) otherwise (epsilon taken as the largest dyadic
 * rational not above it, which only strengthens privacy). Immutable and thread-safe.
 */
public final class RandomizedResponse {
  private final int categories;
  private final long epsNum;
  private final long epsDen;
  private final double epsilon;
  private final NoiseSource noise;

  private RandomizedResponse(double epsilon, int categories, NoiseSource noise) {
    this.epsilon = Check.epsilon(epsilon);
    if (categories < 2) {
      throw new IllegalArgumentException("categories must be >= 2, was " + categories);
    }
    if (noise == null) {
      throw new IllegalArgumentException("noise must not be null");
    }
    this.categories = categories;
    this.noise = noise;
    this.epsDen = 1L << 40;
    this.epsNum = (long) Math.floor(Math.scalb(epsilon, 40));
  }

  public static RandomizedResponse of(double epsilon, int categories) {
    return new RandomizedResponse(epsilon, categories, NoiseSource.secure());
  }

  public static RandomizedResponse of(double epsilon, int categories, NoiseSource noise) {
    return new RandomizedResponse(epsilon, categories, noise);
  }

  /** Binary randomized response on a boolean. */
  public static RandomizedResponse binary(double epsilon) {
    return of(epsilon, 2);
  }

  /**
   * Randomized category in [0, categories). The true category is data, so an out-of-range one does not throw (that
   * would reveal it): it is answered with a uniformly random category, an output that carries no information and is
   * within a factor e^epsilon of every valid category's distribution, so the guarantee holds.
   */
  public int release(int trueCategory) {
    if (trueCategory < 0 || trueCategory >= categories) {
      return (int) noise.nextLong(categories);
    }
    while (true) {
      int c = (int) noise.nextLong(categories);
      if (c == trueCategory || Exact.bernoulliExp(noise, epsNum, epsDen)) {
        return c;
      }
    }
  }

  public boolean release(boolean value) {
    if (categories != 2) {
      throw new IllegalStateException("boolean release needs 2 categories");
    }
    return release(value ? 1 : 0) == 1;
  }

  /** Unbiased estimate of the true count of category c from the observed count among n reports. */
  public double debias(long observed, long n) {
    double e = Math.exp(epsilon);
    double p = e / (e + categories - 1);
    double q = 1 / (e + categories - 1);
    return (observed - n * q) / (p - q);
  }
}
