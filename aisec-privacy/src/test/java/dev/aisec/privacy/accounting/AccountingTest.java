package dev.aisec.privacy.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountingTest {
  private static final double Q = 256.0 / 60_000;
  private static final long STEPS = 60L * 60_000 / 256; // 14062

  /**
   * TensorFlow Privacy's tutorial (tutorials/README.md): compute_dp_sgd_privacy.py --N=60000 --batch_size=256
   * --noise_multiplier=1.1 --epochs=60 --delta=1e-5 reports eps = 3.01 (classic RDP conversion).
   */
  @Test
  void reproducesPublishedDpSgdMnistValue() {
    RdpAccountant acc = new RdpAccountant().composeSubsampledGaussian(Q, 1.1, STEPS);
    double classic = acc.epsilonClassic(1e-5);
    assertEquals(3.01, classic, 0.01 * 3.01);
    double improved = acc.epsilon(1e-5);
    assertTrue(improved < classic);
    assertTrue(improved > 2.3 && improved < 2.8, "improved conversion " + improved);
  }

  @Test
  void negativeCountsCannotSubtractPrivacyLossAndNothingEverReportsNaN() {
    // a negative count used to lower the accumulated RDP: epsilon went down to 0 after enough "negative" releases
    RdpAccountant acc = new RdpAccountant().composeGaussian(1.0, 10);
    double before = acc.epsilon(1e-5);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> acc.composeGaussian(1.0, -10));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> acc.composePureDp(1.0, -1));
    assertEquals(before, acc.epsilon(1e-5));
    // zero releases of a mechanism without any finite bound: 0 * infinity made the RDP NaN, and epsilon() then
    // returned NaN, which a budget check 'eps > budget' lets through
    RdpAccountant zero = new RdpAccountant().composeGaussian(1e-200, 0).composeSubsampledGaussian(0.5, 1e-200, 0);
    assertTrue(!Double.isNaN(zero.epsilon(1e-5)) && !Double.isNaN(zero.epsilonClassic(1e-5)));
    RdpAccountant inf = new RdpAccountant().composeGaussian(1e-200, 1);
    assertEquals(Double.POSITIVE_INFINITY, inf.epsilon(1e-5));
    ZcdpAccountant z = new ZcdpAccountant().composeGaussian(1.0, 4);
    double zBefore = z.epsilon(1e-5);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> z.composeGaussian(1.0, -4));
    assertEquals(zBefore, z.epsilon(1e-5));
    assertEquals(0.0, new ZcdpAccountant().composeGaussian(1e-200, 0).epsilon(1e-5));
    assertEquals(Double.POSITIVE_INFINITY, new ZcdpAccountant().composeGaussian(1e-200, 1).epsilon(1e-5));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ZcdpAccountant.epsilon(Double.NaN, 1e-5));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ZcdpAccountant.epsilon(-1, 1e-5));
    // int overflow of 2 * k in the advanced composition made the bound NaN (an exception) for k >= 2^30
    Composition.Guarantee g = Composition.advanced(1e-6, 0, 1 << 30, 1e-6);
    assertTrue(g.epsilon() > 0 && g.epsilon() <= (1 << 30) * 1e-6, String.valueOf(g.epsilon()));
  }

  @Test
  void fractionalOrdersAreContinuousWithIntegerOrders() {
    for (double a : new double[] {2, 3, 8, 20}) {
      double at = RdpAccountant.subsampledGaussian(Q, 1.1, a);
      double near = RdpAccountant.subsampledGaussian(Q, 1.1, a + 1e-7);
      assertEquals(at, near, at * 1e-4);
    }
    // q = 1 is the plain Gaussian
    assertEquals(4 / (2 * 1.21), RdpAccountant.subsampledGaussian(1, 1.1, 4), 1e-12);
  }

  @Test
  void calibrationInvertsTheAccountant() {
    double target = RdpAccountant.dpSgdEpsilon(Q, 1.1, STEPS, 1e-5);
    double z = RdpAccountant.calibrateNoiseMultiplier(target, Q, STEPS, 1e-5);
    assertEquals(1.1, z, 1e-3);
    assertTrue(RdpAccountant.dpSgdEpsilon(Q, z, STEPS, 1e-5) <= target);
  }

  @Test
  void compositionBoundsAreOrdered() {
    Composition.Guarantee basic = Composition.basic(new Composition.Guarantee(0.1, 0), new Composition.Guarantee(0.2,
        1e-6));
    assertEquals(0.3, basic.epsilon(), 1e-12);
    assertEquals(1e-6, basic.delta(), 1e-18);
    Composition.Guarantee drv = Composition.advanced(0.1, 0, 100, 1e-5);
    Composition.Guarantee opt = Composition.optimal(0.1, 0, 100, 1e-5);
    assertTrue(opt.epsilon() <= drv.epsilon());
    assertTrue(drv.epsilon() < 100 * 0.1);
    assertTrue(opt.delta() <= 1e-5);
    // k = 1: nothing to gain
    assertEquals(0.5, Composition.optimal(0.5, 0, 1, 1e-5).epsilon(), 1e-12);
  }

  @Test
  void zcdpConversionBeatsTheStandardBound() {
    double rho = 0.5;
    double eps = ZcdpAccountant.epsilon(rho, 1e-5);
    assertTrue(eps <= rho + 2 * Math.sqrt(rho * Math.log(1e5)));
    assertTrue(eps > 0);
    ZcdpAccountant acc = new ZcdpAccountant().composeGaussian(2, 4).composePureDp(0.1);
    assertEquals(4 / 8.0 + 0.005, acc.rho(), 1e-12);
  }

  @Test
  void pldMatchesTheAnalyticGaussianWithoutSubsampling() {
    // q = 1, T steps of noise multiplier z is one Gaussian with z / sqrt(T): its exact profile is known
    double eps = PldAccountant.dpSgdEpsilon(1, 5, 10, 1e-5);
    double exactDelta = dev.aisec.privacy.GaussianCalibration.delta(eps, 1, 5 / Math.sqrt(10));
    assertEquals(1e-5, exactDelta, 1e-7);
  }

  @Test
  void pldIsTighterThanRdpOnDpSgdMnist() {
    double pld = PldAccountant.dpSgdEpsilon(Q, 1.1, STEPS, 1e-5, 1e-3);
    double rdp = RdpAccountant.dpSgdEpsilon(Q, 1.1, STEPS, 1e-5);
    assertTrue(pld < rdp, pld + " vs " + rdp);
    assertTrue(pld > 2.3 && pld < 2.45, "pld " + pld);
  }

  @Test
  void pldHandlesExtremeNoiseWithoutCrashingOrClaimingNoPrivacy() {
    // huge noise: close to zero (the mixture's upper half used to be rounded to +infinity)
    double big = PldAccountant.dpSgdEpsilon(0.01, 1e100, 100, 1e-5);
    assertTrue(big >= 0 && big < 0.01, "epsilon " + big);
    assertTrue(PldAccountant.dpSgdEpsilon(0.01, 1e6, 100, 1e-5) < 0.01);
    // tiny noise or huge step counts: a clear IllegalArgumentException, not an overflowed array or a hang
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> PldAccountant.dpSgdEpsilon(1, 1e-300, 1, 1e-5));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> PldAccountant.dpSgdEpsilon(0.004, 1.1, Long.MAX_VALUE, 1e-5));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> PldAccountant.dpSgdEpsilon(1, 1e300, 1, 1e-5));
  }

  @Test
  void rdpWithANegligibleNoiseMultiplierIsInfiniteAndFast() {
    // q < 1 used to run 100,000 series terms per fractional order (minutes), and integer orders gave NaN
    assertEquals(Double.POSITIVE_INFINITY, RdpAccountant.dpSgdEpsilon(0.01, 1e-300, 100, 1e-5));
    assertEquals(Double.POSITIVE_INFINITY, RdpAccountant.subsampledGaussian(0.01, 1e-300, 2));
    assertEquals(Double.POSITIVE_INFINITY, RdpAccountant.subsampledGaussian(0.01, 1e-300, 2.5));
    assertTrue(RdpAccountant.dpSgdEpsilon(0.01, 0.3, 100, 1e-5) < 100);
  }
}
