package dev.aisec.privacy.aggregate;

import dev.aisec.privacy.DiscreteLaplaceMechanism;
import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.random.NoiseSource;

/**
 * Differentially private count (discrete Laplace, sensitivity = max contributions per unit). Timing-hardened by default
 * (the noise sample draws a fixed number of random words; see {@link AggregationParams}); the five-argument
 * constructor turns it off. Thread-safe, mergeable, released once.
 *
 * <p>Never throws for a data-dependent reason: the running count saturates at {@link Long#MAX_VALUE} instead of
 * overflowing ({@link #incrementBy} and {@link #merge} used to throw {@code ArithmeticException} once the true count
 * passed 2^63 - 1, an exception whose occurrence depended on the private data). Saturation is {@code min(true count,
 * Long.MAX_VALUE)}, a 1-Lipschitz post-processing of the true count, so the declared sensitivity and the guarantee
 * hold; such a count is released biased low (the release itself saturates to the long range as well).
 */
public final class DpCount {
  private final double epsilon;
  private final int maxContributionsPerUnit;
  private final double confidence;
  private final NoiseSource noise;
  private final boolean timingHardened;
  private long count;
  private boolean released;

  /** A timing-hardened count. */
  public DpCount(double epsilon, int maxContributionsPerUnit, double confidence, NoiseSource noise) {
    this(epsilon, maxContributionsPerUnit, confidence, noise, true);
  }

  /** A count; {@code timingHardened} as in {@link AggregationParams#timingHardened()}. */
  public DpCount(double epsilon, int maxContributionsPerUnit, double confidence, NoiseSource noise,
      boolean timingHardened) {
    this.timingHardened = timingHardened;
    this.epsilon = Check.epsilon(epsilon);
    this.maxContributionsPerUnit = Check.positiveInt("maxContributionsPerUnit", maxContributionsPerUnit);
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
    if (noise == null) {
      throw new IllegalArgumentException("noise must not be null");
    }
    this.confidence = confidence;
    this.noise = noise;
  }

  public static DpCount of(double epsilon) {
    return new DpCount(epsilon, 1, 0.95, NoiseSource.secure());
  }

  public boolean timingHardened() {
    return timingHardened;
  }

  public synchronized DpCount increment() {
    return incrementBy(1);
  }

  public synchronized DpCount incrementBy(long n) {
    if (released) {
      throw new IllegalStateException("aggregator already released or merged; create a new one");
    }
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    count = saturatedAdd(count, n);
    return this;
  }

  /** {@code a + b} for non-negative a, b, saturated at {@link Long#MAX_VALUE} (no exception, no wrap-around). */
  static long saturatedAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  public DpCount merge(DpCount other) {
    MergeLock.checkOther(this, other, "count");
    if (Double.compare(other.epsilon, epsilon) != 0 || other.maxContributionsPerUnit != maxContributionsPerUnit) {
      throw new IllegalArgumentException("other count was built with a different epsilon or contribution bound");
    }
    return MergeLock.both(this, other, () -> {
      if (other.released) {
        throw MergeLock.otherReleased();
      }
      incrementBy(other.count); // checks this is open; saturates, never throws on the counts
      other.released = true;
      return this;
    });
  }

  public synchronized DpRelease release() {
    if (released) {
      throw new IllegalStateException("aggregator already released or merged; create a new one");
    }
    released = true;
    DiscreteLaplaceMechanism m = DiscreteLaplaceMechanism.of(epsilon, maxContributionsPerUnit, timingHardened, noise);
    double v = m.release(count);
    double h = m.confidenceHalfWidth(1 - confidence);
    return new DpRelease("count", v, v - h, v + h, confidence, epsilon, 0);
  }
}
