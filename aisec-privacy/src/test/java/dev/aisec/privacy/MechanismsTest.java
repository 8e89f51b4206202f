package dev.aisec.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.aisec.privacy.internal.FixedDrawSource;
import dev.aisec.privacy.random.SeededNoiseSource;
import org.junit.jupiter.api.Test;

class MechanismsTest {

  private static boolean onGrid(double v, double g) {
    double k = v / g; // exact: g is a power of two
    return k == Math.rint(k);
  }

  @Test
  void laplaceOutputsLieOnTheGrid() {
    qt().withExamples(200).forAll(doubles().between(-1e6, 1e6), doubles().between(1e-3, 1e3))
        .checkAssert((value, sens) -> {
          LaplaceMechanism m = LaplaceMechanism.builder().epsilon(0.5).sensitivity(sens)
              .noiseSource(TestNoise.seeded(value.hashCode())).build();
          double g = m.granularity();
          assertEquals(g, Math.scalb(1.0, Math.getExponent(g)));
          for (int i = 0; i < 20; i++) {
            assertTrue(onGrid(m.release(value), g));
          }
        });
  }

  @Test
  void gaussianOutputsLieOnTheGrid() {
    GaussianMechanism m = GaussianMechanism.builder().epsilon(1).delta(1e-6).sensitivity(3).dimension(4)
        .noiseSource(TestNoise.seeded(2)).build();
    for (int i = 0; i < 2000; i++) {
      for (double v : m.release(new double[] {0.1, -7.3, 1e5, Math.PI})) {
        assertTrue(onGrid(v, m.granularity()));
      }
    }
    assertTrue(m.sigma() >= GaussianCalibration.analytic(1, 1e-6, 3));
  }

  @Test
  void laplaceIsUnbiasedWithCalibratedScale() {
    LaplaceMechanism m = LaplaceMechanism.builder().epsilon(0.5).sensitivity(2).noiseSource(TestNoise.seeded(4))
        .build();
    int n = 100_000;
    double sum = 0;
    double abs = 0;
    for (int i = 0; i < n; i++) {
      double d = m.release(100) - 100;
      sum += d;
      abs += Math.abs(d);
    }
    assertEquals(0, sum / n, 0.1);
    assertEquals(4.0, abs / n, 0.08); // E|Laplace(b)| = b = 2 / 0.5
    assertTrue(m.scale() >= 4.0 && m.scale() < 4.0 * 1.0001);
  }

  @Test
  void timingHardenedModeDrawsAFixedNumberOfWords() {
    SeededNoiseSource src = TestNoise.seeded(99);
    LaplaceMechanism hard = LaplaceMechanism.builder().epsilon(1).sensitivity(1).timingHardened(true)
        .noiseSource(src).build();
    long overrunsBefore = FixedDrawSource.overruns();
    long before = src.draws();
    for (int i = 0; i < 20_000; i++) {
      hard.release(5);
      long now = src.draws();
      assertEquals(LaplaceMechanism.HARDENED_DRAWS, now - before, "draws per sample must not depend on the noise");
      before = now;
    }
    DiscreteGaussianMechanism dg = DiscreteGaussianMechanism.of(1, 1e-6, 1, true, src);
    for (int i = 0; i < 20_000; i++) {
      dg.release(5);
      long now = src.draws();
      assertEquals(GaussianMechanism.HARDENED_DRAWS, now - before);
      before = now;
    }
    assertEquals(overrunsBefore, FixedDrawSource.overruns());
    // the plain sampler's draw count does vary with the sample
    LaplaceMechanism plain = LaplaceMechanism.builder().epsilon(1).sensitivity(1).noiseSource(src).build();
    java.util.Set<Long> distinct = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      long b = src.draws();
      plain.release(5);
      distinct.add(src.draws() - b);
    }
    assertTrue(distinct.size() > 1);
  }

  @Test
  void parametersAreValidatedWithPreciseMessages() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LaplaceMechanism.builder().epsilon(Double.NaN).sensitivity(1).build());
    assertTrue(e.getMessage().startsWith("epsilon"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LaplaceMechanism.builder().epsilon(1).sensitivity(-1).build());
    assertTrue(e.getMessage().startsWith("sensitivity"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> GaussianMechanism.builder().epsilon(1).delta(1).sensitivity(1).build());
    assertTrue(e.getMessage().startsWith("delta"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> GaussianMechanism.builder().epsilon(1).rho(0.5).sensitivity(1).build());
    assertTrue(e.getMessage().contains("exactly one"), e.getMessage());
    // data values (NaN, infinity, huge) are clamped, not rejected: outOfRangeAndNonFiniteRealValuesAreClampedNotRejected
    assertThrows(IllegalArgumentException.class, () -> DiscreteLaplaceMechanism.of(1, 0));
    assertThrows(IllegalArgumentException.class, () -> RandomizedResponse.of(1, 1));
    assertThrows(IllegalArgumentException.class, () -> Selection.exponential(new double[0], 1, 1, TestNoise.seeded(1)));
  }

  @Test
  void analyticGaussianBeatsClassicAndMeetsItsProfile() {
    double s = GaussianCalibration.analytic(1, 1e-5, 1);
    assertTrue(s < GaussianCalibration.classic(1, 1e-5, 1));
    assertTrue(GaussianCalibration.delta(1, 1, s) <= 1e-5);
    assertTrue(GaussianCalibration.delta(1, 1, s * 0.999) > 1e-5);
    assertEquals(1 / Math.sqrt(2 * 0.5), GaussianCalibration.zcdp(0.5, 1), 1e-12);
  }

  @Test
  void randomizedResponseHasExactTruthProbability() {
    RandomizedResponse rr = RandomizedResponse.of(Math.log(3), 2, TestNoise.seeded(8));
    int n = 200_000;
    int truth = 0;
    for (int i = 0; i < n; i++) {
      if (rr.release(true)) {
        truth++;
      }
    }
    assertEquals(0.75, truth / (double) n, 0.005);
    assertEquals(1000, rr.debias(Math.round(0.75 * 1000 + 0.25 * 1000), 2000), 1e-6);
  }

  @Test
  void selectionPrefersHighUtility() {
    double[] u = {0, 0, 10, 0};
    for (int i = 0; i < 3; i++) {
      int[] counts = new int[4];
      for (int k = 0; k < 2000; k++) {
        int pick = switch (i) {
          case 0 -> Selection.exponential(u, 2, 1, TestNoise.seeded(k));
          case 1 -> Selection.permuteAndFlip(u, 2, 1, TestNoise.seeded(k));
          default -> Selection.reportNoisyMax(u, 2, 1, TestNoise.seeded(k));
        };
        counts[pick]++;
      }
      assertTrue(counts[2] > 1900, "method " + i + " picked the best only " + counts[2]);
    }
    // exponential mechanism probabilities: exp(eps u / 2) normalised
    double[] v = {0, 1};
    int ones = 0;
    for (int k = 0; k < 100_000; k++) {
      ones += Selection.exponential(v, 2, 1, TestNoise.seeded(k + 7));
    }
    assertEquals(Math.E / (1 + Math.E), ones / 100_000.0, 0.006);
  }

  @Test
  void clippingBoundsTheNorm() {
    qt().withExamples(200).forAll(doubles().between(-1e3, 1e3), doubles().between(-1e3, 1e3))
        .checkAssert((a, b) -> {
          double[] v = GaussianMechanism.clipL2(new double[] {a, b, a - b}, 1.5);
          assertTrue(Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) <= 1.5 + 1e-15);
        });
  }

  @Test
  void clippingHandlesNonFiniteCoordinatesWithoutThrowing() {
    // used to throw IllegalArgumentException for a NaN or infinite coordinate: a data-dependent exception
    double[] a = GaussianMechanism.clipL2(new double[] {Double.NaN, 3, 4}, 1);
    assertEquals(0, a[0]);
    assertEquals(0.6, a[1], 1e-12);
    assertEquals(0.8, a[2], 1e-12);
    double[] b = GaussianMechanism.clipL2(new double[] {Double.POSITIVE_INFINITY, 5, Double.NEGATIVE_INFINITY}, 2);
    assertEquals(Math.sqrt(2), b[0], 1e-12);
    assertEquals(0, b[1]);
    assertEquals(-Math.sqrt(2), b[2], 1e-12);
    assertTrue(Math.hypot(b[0], b[2]) <= 2);
    // finite coordinates whose norm overflows a double: the factor maxNorm / infinity used to zero the vector
    double[] c = GaussianMechanism.clipL2(new double[] {1.5e308, -1.5e308, 1}, 1);
    assertEquals(Math.sqrt(0.5), c[0], 1e-12);
    assertEquals(-Math.sqrt(0.5), c[1], 1e-12);
    assertTrue(Math.hypot(c[0], c[1]) <= 1);
    double[] d = GaussianMechanism.clipL2(new double[] {1.5e308, 1.5e308}, 1e300); // scaled down, still clipped
    assertEquals(1e300 * Math.sqrt(0.5), d[0], 1e288);
  }

  @Test
  void selectionReadsNonFiniteUtilitiesWithoutThrowing() {
    // used to throw IllegalArgumentException for a NaN or infinite utility, which is computed from the data
    double[] u = {Double.NaN, 5, Double.NEGATIVE_INFINITY, 6};
    double[] inf = {1, Double.POSITIVE_INFINITY, 2};
    for (int k = 0; k < 200; k++) {
      int a = Selection.exponential(u, 10, 1, TestNoise.seeded(k));
      int b = Selection.permuteAndFlip(u, 10, 1, TestNoise.seeded(k));
      int c = Selection.reportNoisyMax(u, 10, 1, TestNoise.seeded(k));
      for (int pick : new int[] {a, b, c}) {
        assertTrue(pick == 1 || pick == 3, "picked " + pick); // NaN and -inf are the least preferred
      }
      assertEquals(1, Selection.exponential(inf, 1, 1, TestNoise.seeded(k)));
      assertEquals(1, Selection.permuteAndFlip(inf, 1, 1, TestNoise.seeded(k)));
    }
    assertEquals(0, Selection.exponential(new double[] {Double.NaN}, 1, 1, TestNoise.seeded(1)));
    assertTrue(Double.isNaN(u[0]), "the caller's array is not modified");
  }

  @Test
  void randomizedResponseAnswersAnOutOfRangeCategoryUniformly() {
    // used to throw IllegalArgumentException: whether a release threw depended on the (private) category
    RandomizedResponse rr = RandomizedResponse.of(2, 3, TestNoise.seeded(12));
    int[] counts = new int[3];
    int n = 30_000;
    for (int i = 0; i < n; i++) {
      counts[rr.release(i % 2 == 0 ? -1 : 3)]++;
    }
    for (int c : counts) {
      assertEquals(1.0 / 3, c / (double) n, 0.02);
    }
  }

  @Test
  void discreteGaussianMeetsItsExactDiscreteProfile() {
    double[][] cases = {{1, 1e-6, 1}, {0.5, 1e-5, 3}, {2, 1e-3, 1}, {0.1, 1e-8, 2}};
    for (double[] c : cases) {
      DiscreteGaussianMechanism m = DiscreteGaussianMechanism.of(c[0], c[1], (long) c[2]);
      long[] v = m.varianceRational();
      assertTrue(GaussianCalibration.discreteDelta(c[0], (long) c[2], (double) v[0] / v[1]) <= c[1]);
      // the continuous calibration alone can fall short for the discrete Gaussian at small sigma
      assertTrue(m.sigma() >= GaussianCalibration.analytic(c[0], c[1], c[2]) * (1 - 1e-9));
    }
    // the discrete profile exceeds the continuous one at sigma = 1: calibration must not rely on the continuous one
    assertTrue(GaussianCalibration.discreteDelta(1, 1, 1) > GaussianCalibration.delta(1, 1, 1));
  }

  @Test
  void extremeIntegerValuesAreReleasedNeverRejectedSoNoOutcomeDependsOnTheValue() {
    // these used to throw IllegalArgumentException for |value| > 2^62 (and, near 2^62, depending on the sign of the
    // noise): whether a release throws must not depend on the private value
    DiscreteLaplaceMechanism lap = DiscreteLaplaceMechanism.of(1, 1);
    DiscreteGaussianMechanism gau = DiscreteGaussianMechanism.of(1, 1e-5, 1);
    for (long v : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 62) + 1, -(1L << 62) - 1}) {
      for (int k = 0; k < 20; k++) {
        long a = lap.release(v);
        long b = gau.release(v);
        // saturating addition: post-processing of the exact noisy value, so still DP
        assertTrue(Math.abs((double) a - v) < 1000, "laplace " + v + " -> " + a);
        assertTrue(Math.abs((double) b - v) < 1000, "gaussian " + v + " -> " + b);
      }
    }
    // the largest scale the mechanism accepts: noise beyond 2^62 is likely (e^-4), saturates instead of throwing
    DiscreteLaplaceMechanism wide = DiscreteLaplaceMechanism.of(0x1p-20, 1L << 40, false, TestNoise.seeded(3));
    for (int k = 0; k < 300; k++) {
      wide.release(Long.MAX_VALUE - k);
      wide.release(Long.MIN_VALUE + k);
    }
    assertTrue(Math.abs(lap.release(1L << 62) - (1L << 62)) < 1000);
    assertTrue(Math.abs(gau.release(-(1L << 62)) + (1L << 62)) < 1000);
  }

  @Test
  void outOfRangeAndNonFiniteRealValuesAreClampedNotRejected() {
    LaplaceMechanism lap = LaplaceMechanism.builder().epsilon(1).sensitivity(1).noiseSource(TestNoise.seeded(5))
        .build();
    GaussianMechanism gau = GaussianMechanism.builder().epsilon(1).delta(1e-6).sensitivity(1)
        .noiseSource(TestNoise.seeded(6)).build();
    GaussianMechanism vec = GaussianMechanism.builder().epsilon(1).delta(1e-6).sensitivity(1).dimension(3)
        .noiseSource(TestNoise.seeded(7)).build();
    double lapMax = lap.maxMagnitude();
    double gauMax = gau.maxMagnitude();
    assertEquals(Math.scalb(1.0, 52) * lap.granularity(), lapMax);
    for (int k = 0; k < 50; k++) {
      // beyond the grid: clamped to +-maxMagnitude (used to throw, which revealed that the value was huge)
      assertEquals(lapMax, lap.release(1e300), lap.scale() * 60);
      assertEquals(-lapMax, lap.release(Double.NEGATIVE_INFINITY), lap.scale() * 60);
      assertEquals(lapMax, lap.release(Double.POSITIVE_INFINITY), lap.scale() * 60);
      assertEquals(gauMax, gau.release(Double.MAX_VALUE), gau.sigma() * 20);
      assertEquals(-gauMax, gau.release(Double.NEGATIVE_INFINITY), gau.sigma() * 20);
      // NaN is released as 0 (documented), never an exception
      assertEquals(0, lap.release(Double.NaN), lap.scale() * 60);
      assertEquals(0, gau.release(Double.NaN), gau.sigma() * 20);
      double[] out = vec.release(new double[] {Double.NaN, 1e300, Double.NEGATIVE_INFINITY});
      assertEquals(0, out[0], vec.sigma() * 20);
      assertEquals(vec.maxMagnitude(), out[1], vec.sigma() * 20);
      assertEquals(-vec.maxMagnitude(), out[2], vec.sigma() * 20);
    }
    // arguments that are not data still fail at construction or as a shape error
    assertThrows(IllegalArgumentException.class, () -> vec.release(new double[2]));
    assertThrows(IllegalArgumentException.class, () -> vec.release((double[]) null));
  }

  @Test
  void tinyRhoAndNullVectorsAreClearErrors() {
    for (double rho : new double[] {1e-300, Double.MIN_VALUE, 0, Double.NaN, 1e300}) {
      // 1e-300 used to fail with ArithmeticException from the exact variance
      assertThrows(IllegalArgumentException.class,
          () -> GaussianMechanism.builder().rho(rho).sensitivity(1).build(), "rho " + rho);
    }
    GaussianMechanism.builder().rho(0x1p-42).sensitivity(1).build().release(0);
    assertThrows(IllegalArgumentException.class, () -> GaussianMechanism.clipL2(null, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new dev.aisec.privacy.aggregate.BoundedSum(dev.aisec.privacy.aggregate.AggregationParams.of(1, 0, 1))
            .addAll(null));
  }

  @Test
  void gridGaussianAddsLittleNoiseBeyondTheAnalyticSigmaAtSmallEpsilon() {
    // the grid used to be sigma / 4096 only, and its rounding slack is charged to the sensitivity: sigma was x1.06
    // the analytic value at epsilon 0.01, x1.5 at 0.001 and x6 at 1e-4 (which also took seconds to build)
    double[][] cases = {{1, 1.003}, {0.1, 1.01}, {0.01, 1.035}, {0.001, 1.22}, {1e-4, 2.6}};
    for (double[] c : cases) {
      for (double sens : new double[] {1, 1e-3, 1e3}) {
        GaussianMechanism m = GaussianMechanism.builder().epsilon(c[0]).delta(1e-5).sensitivity(sens).build();
        double ratio = m.sigma() / GaussianCalibration.analytic(c[0], 1e-5, sens);
        assertTrue(ratio >= 1 && ratio <= c[1], "epsilon " + c[0] + " sensitivity " + sens + ": x" + ratio);
        double out = m.release(12.5 * sens);
        assertEquals(0, Math.IEEEremainder(out, m.granularity()), 0, "on the grid");
      }
    }
  }
}
