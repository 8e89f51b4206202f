package dev.aisec.privacy.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Review round 19: accountant edge cases (a guarantee weaker than asked for, parameters that never finish). */
class Review19AccountingTest {

  /**
   * 10^6 runs of a (0.01, 1e-9) mechanism have delta at least 1 - (1 - 1e-9)^(10^6), about 1e-3, at any epsilon, so
   * no guarantee with delta 1e-5 exists. {@code optimal} returned (10000, 9.995e-4): a delta a hundred times the one
   * asked for, which a caller reading the epsilon alone takes for a (10000, 1e-5) guarantee.
   */
  @Test
  void optimalCompositionNeverReturnsADeltaAboveTheTarget() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Composition.optimal(0.01, 1e-9, 1_000_000, 1e-5));
    assertTrue(e.getMessage().contains("targetDelta 1.0E-5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Composition.optimal(1, 0.999, 10, 1e-5));
    // reachable targets still give the guarantee, within the target
    for (double target : new double[] {1e-3, 1e-2, 0.5}) {
      Composition.Guarantee g = Composition.optimal(0.01, 1e-9, 1_000_000, target);
      assertTrue(g.delta() <= target, g + " for " + target);
    }
    Composition.Guarantee g = Composition.optimal(0.1, 1e-7, 50, 1e-5);
    assertTrue(g.delta() <= 1e-5 && g.epsilon() < 50 * 0.1, g.toString());
  }

  @Test
  void advancedCompositionNamesTheDeltaThatIsTooLarge() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Composition.advanced(1, 0.5, 3, 0.5));
    assertTrue(e.getMessage().startsWith("k * delta + deltaPrime must be below 1"), e.getMessage());
    assertEquals(3 * 0.01 + 1e-5, Composition.advanced(1, 0.01, 3, 1e-5).delta(), 1e-15);
  }

  /** Nothing composed means no privacy loss: 0, as ZcdpAccountant says; it was the conversion's floor, 0.0035. */
  @Test
  void anAccountantWithNothingComposedReportsZero() {
    assertEquals(0.0, new RdpAccountant().epsilon(1e-5));
    assertEquals(0.0, new RdpAccountant().epsilonClassic(1e-5));
    assertEquals(0.0, new RdpAccountant().composeSubsampledGaussian(0, 1, 1000).composePureDp(1, 0).epsilon(1e-5));
    assertEquals(new ZcdpAccountant().epsilon(1e-5), new RdpAccountant().epsilon(1e-5));
    double one = new RdpAccountant().composeGaussian(100, 1).epsilon(1e-5);
    assertTrue(one > 0, "a composed mechanism still counts: " + one);
  }

  /** An integer order is a binomial sum of that many terms: 1e9 took 63 s per composition; 1e18 never ends. */
  @Test
  void hugeOrdersAreRefused() {
    for (double a : new double[] {1e9, 1e18, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN, 1.0}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new RdpAccountant(new double[] {2, a}), "order " + a);
      assertTrue(e.getMessage().contains("1048576"), e.getMessage());
    }
    double eps = new RdpAccountant(new double[] {1 << 20, 32})
        .composeSubsampledGaussian(0.01, 1, 10).epsilon(1e-5);
    assertTrue(eps > 0 && Double.isFinite(eps), "eps " + eps);
  }
}
