package dev.aisec.privacy.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Round 19's open finding F: mass outside the composition window of the PLD accountant counts towards delta. */
class Review20PldWindowTest {

  /**
   * One step: loss 0 with probability 1 - p, loss 1 (grid index 10^6 at interval 10^-6) with probability p = 10^-6;
   * 100 steps. The support (10^8 + 1 grid points) is wider than the FFT, so the accountant composes
   * on a window of +-40 composed standard deviations widened by one step's range (losses -0.4..1.4), which leaves out
   * every outcome with two or more events. At eps = 1.5 only those outcomes count: the exact delta is a binomial sum
   * (about 2e-9), and before round 20 the accountant reported 0.
   */
  @Test
  void massBeyondTheWindowCountsTowardsDelta() {
    long steps = 100L;
    double p = 1e-6;
    double[] mass = new double[1_000_001];
    mass[0] = 1 - p;
    mass[1_000_000] = p;
    double computed = PldAccountant.composedDelta(0, mass, 0, steps, 1e-6, 1.5);
    double exact = 0;
    double logPk = steps * Math.log1p(-p); // log P(K = 0)
    for (int k = 1; k <= 40; k++) {
      logPk += Math.log((double) (steps - k + 1) / k) + Math.log(p) - Math.log1p(-p);
      if (k >= 2) {
        exact += Math.exp(logPk) * -Math.expm1(1.5 - k);
      }
    }
    assertTrue(exact > 1e-9, "exact " + exact);
    assertTrue(computed >= exact, "delta " + computed + " below the exact " + exact);
    // a usable bound: the Chernoff bound of K >= 2 here is about 6e-6
    assertTrue(computed < 1e-5, "delta " + computed + " far above the exact " + exact);
  }

  /**
   * A window that holds all but a negligible mass keeps its result to the last bit: the values of the accountant
   * before round 20 (each of these compositions takes the window branch).
   */
  @Test
  void nearGaussianCompositionsAreUnchanged() {
    assertEquals(1.8410420614921914, PldAccountant.dpSgdEpsilon(0.004, 1.1, 10_000, 1e-5));
    assertEquals(2.594383441740969, PldAccountant.dpSgdEpsilon(1, 5, 10, 1e-5));
  }
}
