package dev.aisec.privacy;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.internal.Exact;
import dev.aisec.privacy.random.NoiseSource;
import java.math.BigInteger;

/**
 * Private selection of the best candidate by utility: the exponential mechanism, permute-and-flip (McKenna and Sheldon
 * 2020) and report-noisy-max with Laplace noise. Utilities must have sensitivity {@code sensitivity}. Utilities are
 * data, so they never cause an exception: +-infinity is read as +-{@link Double#MAX_VALUE} and NaN as
 * {@code -Double.MAX_VALUE} (the least preferred; 1-Lipschitz clamping keeps the sensitivity). Only the array's
 * absence or emptiness, epsilon and sensitivity are checked. {@link #reportNoisyMax} releases each utility through
 * {@link LaplaceMechanism}, which clamps beyond its {@code maxMagnitude()} (2^52 grid steps).
 * Acceptance probabilities {@code exp(-epsilon (max - u_i) / (2 sensitivity))} are evaluated exactly as Bernoulli
 * trials of a rational exponent: the exponent is computed in double precision and then converted exactly, with the
 * gap rounded up (a relative error of 2^-52 in the exponent). All methods are epsilon-DP and thread-safe.
 */
public final class Selection {
  private Selection() {}

  /** Exponential mechanism by rejection from the uniform proposal (exact for the rational exponents used). */
  public static int exponential(double[] raw, double epsilon, double sensitivity, NoiseSource noise) {
    double[] utilities = sanitised(raw, epsilon, sensitivity);
    double max = max(utilities);
    while (true) {
      int i = (int) noise.nextLong(utilities.length);
      if (accept(noise, utilities[i], max, epsilon, sensitivity)) {
        return i;
      }
    }
  }

  /** Permute-and-flip: scan a uniformly random permutation, accept i with probability exp(eps (u_i - max)/(2 D)). */
  public static int permuteAndFlip(double[] raw, double epsilon, double sensitivity, NoiseSource noise) {
    double[] utilities = sanitised(raw, epsilon, sensitivity);
    double max = max(utilities);
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
  public static int reportNoisyMax(double[] raw, double epsilon, double sensitivity, NoiseSource noise) {
    double[] utilities = sanitised(raw, epsilon, sensitivity);
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

  /** Checks the arguments; returns a copy of the utilities with NaN and infinities mapped (see the class comment). */
  private static double[] sanitised(double[] utilities, double epsilon, double sensitivity) {
    Check.epsilon(epsilon);
    Check.sensitivity(sensitivity);
    if (utilities == null || utilities.length == 0) {
      throw new IllegalArgumentException("utilities must be non-empty");
    }
    double[] u = utilities.clone();
    for (int i = 0; i < u.length; i++) {
      u[i] = u[i] != u[i] ? -Double.MAX_VALUE : Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, u[i]));
    }
    return u;
  }

  private static double max(double[] u) {
    double max = -Double.MAX_VALUE;
    for (double x : u) {
      max = Math.max(max, x);
    }
    return max;
  }
}
