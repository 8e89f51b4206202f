package dev.aisec.privacy;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.aisec.privacy.random.NoiseSource;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * Statistical DP tests: for neighbouring inputs D and D', sample each mechanism many times with a fixed seed, bin the
 * outputs, and fail if for any event (a single bin, or a lower or upper tail made of bins) the lower confidence bound
 * of P_D exceeds e^epsilon times the upper bound of P_D' plus delta (in either direction). Each test has a power check:
 * the same mechanism with half the noise (a deliberately broken implementation) must fail.
 */
class StatisticalDpTest {
  private static final int N = 1_000_000;
  private static final double Z = 4.5;

  /** Returns a description of the first violating event, or null when none is found. */
  static String violation(DoubleSupplier d, DoubleSupplier dPrime, double eps, double delta, double lo, double hi,
      int bins) {
    long[] a = histogram(d, lo, hi, bins);
    long[] b = histogram(dPrime, lo, hi, bins);
    String v = check(a, b, eps, delta, lo, hi, bins);
    return v != null ? v : check(b, a, eps, delta, lo, hi, bins);
  }

  private static long[] histogram(DoubleSupplier s, double lo, double hi, int bins) {
    long[] h = new long[bins + 2]; // [0] below lo, [bins+1] at or above hi
    double w = (hi - lo) / bins;
    for (int i = 0; i < N; i++) {
      double x = s.getAsDouble();
      int k = x < lo ? 0 : x >= hi ? bins + 1 : 1 + Math.min(bins - 1, (int) ((x - lo) / w));
      h[k]++;
    }
    return h;
  }

  private static String check(long[] p, long[] q, double eps, double delta, double lo, double hi, int bins) {
    int m = p.length;
    // single bins
    for (int i = 0; i < m; i++) {
      if (violates(p[i], q[i], eps, delta)) {
        return "bin " + i;
      }
    }
    // lower and upper tails
    long pl = 0;
    long ql = 0;
    for (int i = 0; i < m; i++) {
      pl += p[i];
      ql += q[i];
      if (violates(pl, ql, eps, delta)) {
        return "lower tail to bin " + i;
      }
    }
    long pu = 0;
    long qu = 0;
    for (int i = m - 1; i >= 0; i--) {
      pu += p[i];
      qu += q[i];
      if (violates(pu, qu, eps, delta)) {
        return "upper tail from bin " + i;
      }
    }
    return null;
  }

  private static boolean violates(long cp, long cq, double eps, double delta) {
    double p = cp / (double) N;
    double q = cq / (double) N;
    double pLower = p - Z * Math.sqrt(p * (1 - p) / N) - 1.0 / N;
    double qUpper = q + Z * Math.sqrt(q * (1 - q) / N) + 1.0 / N;
    return pLower > Math.exp(eps) * qUpper + delta;
  }

  @Test
  void laplaceMechanism() {
    double eps = 1;
    NoiseSource r = TestNoise.seeded(101);
    LaplaceMechanism ok = LaplaceMechanism.builder().epsilon(eps).sensitivity(1).noiseSource(r).build();
    assertNull(violation(() -> ok.release(0), () -> ok.release(1), eps, 0, -8, 9, 34));
    LaplaceMechanism broken = LaplaceMechanism.builder().epsilon(eps).sensitivity(0.5).noiseSource(r).build();
    assertNotNull(violation(() -> broken.release(0), () -> broken.release(1), eps, 0, -8, 9, 34),
        "power check: half the noise must be detected");
  }

  @Test
  void gaussianMechanism() {
    double eps = 1;
    double delta = 1e-5;
    NoiseSource r = TestNoise.seeded(102);
    GaussianMechanism ok = GaussianMechanism.builder().epsilon(eps).delta(delta).sensitivity(1).noiseSource(r).build();
    double s = ok.sigma();
    assertNull(violation(() -> ok.release(0), () -> ok.release(1), eps, delta, -5 * s, 5 * s + 1, 40));
    GaussianMechanism broken = GaussianMechanism.builder().epsilon(eps).delta(delta).sensitivity(0.5)
        .noiseSource(r).build();
    assertNotNull(violation(() -> broken.release(0), () -> broken.release(1), eps, delta, -5 * s, 5 * s + 1, 40),
        "power check: half the noise must be detected");
  }

  @Test
  void discreteLaplaceMechanism() {
    double eps = 0.8;
    NoiseSource r = TestNoise.seeded(103);
    DiscreteLaplaceMechanism ok = DiscreteLaplaceMechanism.of(eps, 2, false, r);
    assertNull(violation(() -> ok.release(0), () -> ok.release(2), eps, 0, -20.5, 22.5, 43));
    DiscreteLaplaceMechanism broken = DiscreteLaplaceMechanism.of(eps, 1, false, r);
    assertNotNull(violation(() -> broken.release(0), () -> broken.release(2), eps, 0, -20.5, 22.5, 43));
  }

  @Test
  void discreteGaussianMechanism() {
    double eps = 1;
    double delta = 1e-5;
    NoiseSource r = TestNoise.seeded(104);
    DiscreteGaussianMechanism ok = DiscreteGaussianMechanism.of(eps, delta, 1, false, r);
    assertNull(violation(() -> ok.release(0), () -> ok.release(1), eps, delta, -20.5, 21.5, 42));
    DiscreteGaussianMechanism broken = DiscreteGaussianMechanism.withSigma(ok.sigma() / 2, r);
    assertNotNull(violation(() -> broken.release(0), () -> broken.release(1), eps, delta, -20.5, 21.5, 42));
  }

  @Test
  void randomizedResponse() {
    double eps = 1;
    NoiseSource r = TestNoise.seeded(105);
    RandomizedResponse ok = RandomizedResponse.of(eps, 3, r);
    assertNull(violation(() -> ok.release(0), () -> ok.release(1), eps, 0, -0.5, 2.5, 3));
    RandomizedResponse broken = RandomizedResponse.of(2 * eps, 3, r);
    assertNotNull(violation(() -> broken.release(0), () -> broken.release(1), eps, 0, -0.5, 2.5, 3));
  }

  @Test
  void exponentialMechanism() {
    double eps = 1;
    NoiseSource r = TestNoise.seeded(106);
    double[] d = {1, 0, 0, 0};
    double[] dPrime = {0, 1, 1, 1}; // each utility moves by at most 1, in opposite directions (worst case)
    assertNull(violation(() -> Selection.exponential(d, eps, 1, r), () -> Selection.exponential(dPrime, eps, 1, r),
        eps, 0, -0.5, 3.5, 4));
    assertNull(violation(() -> Selection.permuteAndFlip(d, eps, 1, r),
        () -> Selection.permuteAndFlip(dPrime, eps, 1, r), eps, 0, -0.5, 3.5, 4));
    assertNotNull(violation(() -> Selection.exponential(d, 2 * eps, 1, r),
        () -> Selection.exponential(dPrime, 2 * eps, 1, r), eps, 0, -0.5, 3.5, 4));
  }
}
