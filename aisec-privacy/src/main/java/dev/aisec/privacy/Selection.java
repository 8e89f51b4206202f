package dev.aisec.privacy;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.internal.Exact;
import dev.aisec.privacy.random.NoiseSource;
import java.math.BigInteger;

/**
 * Private selection of the best candidate by utility: the exponential mechanism, permute-and-flip (McKenna and Sheldon
 * 2020) and report-noisy-max with Laplace noise. Utilities must be finite and have sensitivity {@code sensitivity}.
 * Acceptance probabilities {@code exp(-epsilon (max - u_i) / (2 sensitivity))} are evaluated exactly as Bernoulli
 * trials of a rational exponent: the exponent is computed in double precision and then converted exactly, with the
 * gap rounded up (a relative error of 2^-52 in the exponent). All methods are epsilon-DP and thread-safe.
 */
public final class Selection {
  private Selection() {}

  /** Exponential mechanism by rejection from the uniform proposal (exact for the rational exponents used). */
  public static int exponential(double[] utilities, double epsilon, double sensitivity, NoiseSource noise) {
    double max = validate(utilities, epsilon, sensitivity);
    while (true) {
      int i = (int) noise.nextLong(utilities.length);
      if (accept(noise, utilities[i], max, epsilon, sensitivity)) {
        return i;
      }
    }
  }

  /** Permute-and-flip: scan a uniformly random permutation, accept i with probability exp(eps (u_i - max)/(2 D)). */
  public static int permuteAndFlip(double[] utilities, double epsilon, double sensitivity, NoiseSource noise) {
    double max = validate(utilities, epsilon, sensitivity);
    int n = utilities.length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    while (true) {
      for (int i = n - 1; i >= 0; i--) {
        int j = (int) noise.nextLong(i + 1);
        int tmp = perm[i];
        perm[i] = perm[j];
        perm[j] = tmp;
        if (accept(noise, utilities[perm[i]], max, epsilon, sensitivity)) {
          return perm[i];
        }
      }
    }
  }

  /** Report-noisy-max: argmax of u_i + Laplace(2 D / eps) with the grid-safe Laplace mechanism. */
  public static int reportNoisyMax(double[] utilities, double epsilon, double sensitivity, NoiseSource noise) {
    validate(utilities, epsilon, sensitivity);
    LaplaceMechanism lap = LaplaceMechanism.builder().epsilon(epsilon).sensitivity(2 * sensitivity)
        .noiseSource(noise).build();
    int best = -1;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < utilities.length; i++) {
      double v = lap.release(utilities[i]);
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    }
    return best;
  }

  private static boolean accept(NoiseSource noise, double u, double max, double epsilon, double sensitivity) {
    double gap = max - u;
    if (gap == 0) {
      return true;
    }
    double exponent = Math.nextUp(epsilon * gap / (2 * sensitivity));
    if (exponent > 1e6) {
      return false; // probability below exp(-10^6)
    }
    // exact binary expansion of the double: exponent = m * 2^(e - 52) with an integer m < 2^53
    int e = Math.getExponent(exponent);
    if (e < -1000) {
      return true; // exp(-tiny) rounds to 1 with error below 2^-1000
    }
    long m = (long) Math.scalb(exponent, 52 - e);
    int shift = 52 - e;
    if (shift <= 62) {
      return Exact.bernoulliExp(noise, m, 1L << shift);
    }
    return Exact.bernoulliExp(noise, BigInteger.valueOf(m), BigInteger.ONE.shiftLeft(shift));
  }

  private static double validate(double[] utilities, double epsilon, double sensitivity) {
    Check.epsilon(epsilon);
    Check.sensitivity(sensitivity);
    if (utilities == null || utilities.length == 0) {
      throw new IllegalArgumentException("utilities must be non-empty");
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < utilities.length; i++) {
      Check.finite("utilities[" + i + "]", utilities[i]);
      max = Math.max(max, utilities[i]);
    }
    return max;
  }
}
