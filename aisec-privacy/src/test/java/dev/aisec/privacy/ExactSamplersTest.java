package dev.aisec.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.privacy.random.NoiseSource;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/** Goodness of fit of the exact samplers against their exact probability mass functions (chi-square). */
class ExactSamplersTest {

  private static final int N = 200_000;

  /** Chi-square statistic over cells with expected count >= 5 (tail cells pooled); asserts a loose upper bound. */
  static void assertFits(Map<Long, Integer> counts, LongUnaryOperator ignored, java.util.function.LongToDoubleFunction pmf,
      long lo, long hi, int n) {
    double chi = 0;
    int df = 0;
    double tailExpected = 1;
    long tailObserved = n;
    for (long x = lo; x <= hi; x++) {
      double e = pmf.applyAsDouble(x) * n;
      int o = counts.getOrDefault(x, 0);
      if (e >= 5) {
        chi += (o - e) * (o - e) / e;
        df++;
        tailExpected -= e / n;
        tailObserved -= o;
      }
    }
    double te = tailExpected * n;
    if (te >= 5) {
      chi += (tailObserved - te) * (tailObserved - te) / te;
      df++;
    }
    // mean df-1, sd sqrt(2(df-1)); 6 sd is far beyond chance for a fixed seed, far below a wrong distribution
    double bound = (df - 1) + 6 * Math.sqrt(2.0 * (df - 1));
    assertTrue(chi < bound, "chi-square " + chi + " >= " + bound + " with df " + (df - 1));
  }

  @Test
  void discreteLaplaceMatchesPmf() {
    // scale 2.5, with small integers and with t > 2^32 (64-bit lazy Bernoullis)
    for (long[] ts : new long[][] {{5, 2}, {5L << 40, 2L << 40}}) {
      long t = ts[0];
      long s = ts[1];
      NoiseSource r = TestNoise.seeded(11 + t);
      Map<Long, Integer> counts = new HashMap<>();
      for (int i = 0; i < N; i++) {
        counts.merge(ExactSamplers.discreteLaplace(r, t, s), 1, Integer::sum);
      }
      double a = Math.exp(-(double) s / t);
      assertFits(counts, null, x -> (1 - a) / (1 + a) * Math.pow(a, Math.abs(x)), -60, 60, N);
    }
  }

  @Test
  void powerOfTwoDiscreteLaplaceMatchesPmf() {
    // scale 2^m / s = 2.5 with small and large m (exercises the 32-bit and chunked lazy comparisons)
    long[][] cases = {{2, 2}, {3, 3}, {36, 27487790694L}, {48, 1L << 46}};
    for (long[] c : cases) {
      int m = (int) c[0];
      long sDen = c[1];
      NoiseSource r = TestNoise.seeded(m * 7L + sDen);
      Map<Long, Integer> counts = new HashMap<>();
      for (int i = 0; i < N; i++) {
        counts.merge(dev.aisec.privacy.internal.Exact.discreteLaplacePow2(r, m, sDen), 1, Integer::sum);
      }
      double a = Math.exp(-(double) sDen / Math.scalb(1.0, m));
      assertFits(counts, null, x -> (1 - a) / (1 + a) * Math.pow(a, Math.abs(x)), -60, 60, N);
    }
  }

  @Test
  void discreteGaussianMatchesPmf() {
    for (long[] var : new long[][] {{5, 2}, {9, 1}, {1, 3}, {75159457, 4194304}}) { // last: 64-bit lazy Bernoullis
      NoiseSource r = TestNoise.seeded(var[0] * 31 + var[1]);
      Map<Long, Integer> counts = new HashMap<>();
      for (int i = 0; i < N; i++) {
        counts.merge(ExactSamplers.discreteGaussian(r, var[0], var[1]), 1, Integer::sum);
      }
      double sigma2 = (double) var[0] / var[1];
      double z = 0;
      for (long x = -200; x <= 200; x++) {
        z += Math.exp(-x * x / (2 * sigma2));
      }
      double norm = z;
      assertFits(counts, null, x -> Math.exp(-x * x / (2 * sigma2)) / norm, -60, 60, N);
    }
  }

  @Test
  void bernoulliExpMatchesProbability() {
    NoiseSource r = TestNoise.seeded(5);
    long[][] gammas = {{0, 1}, {1, 3}, {1, 1}, {7, 3}, {5, 1}};
    for (long[] g : gammas) {
      int hits = 0;
      for (int i = 0; i < N; i++) {
        if (ExactSamplers.bernoulliExp(r, g[0], g[1])) {
          hits++;
        }
      }
      double p = Math.exp(-(double) g[0] / g[1]);
      assertEquals(p, hits / (double) N, 6 * Math.sqrt(p * (1 - p) / N) + 1e-9, "gamma " + g[0] + "/" + g[1]);
    }
  }

  @Test
  void geometricMatchesMean() {
    NoiseSource r = TestNoise.seeded(9);
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += ExactSamplers.geometric(r, 1, 2);
    }
    double p = Math.exp(-0.5);
    double mean = p / (1 - p);
    assertEquals(mean, sum / N, 0.03);
  }

  @Test
  void parametersAreValidated() {
    NoiseSource r = TestNoise.seeded(1);
    assertThrows(IllegalArgumentException.class, () -> ExactSamplers.discreteLaplace(r, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> ExactSamplers.discreteGaussian(r, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> ExactSamplers.bernoulliExp(r, -1, 1));
  }
}
