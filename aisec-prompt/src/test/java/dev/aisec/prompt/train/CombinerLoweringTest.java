package dev.aisec.prompt.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.aisec.prompt.internal.Stacker;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CombinerLoweringTest {

  private static final int LEN = Stacker.NAMES.indexOf("log1p-tokens/8");

  /** Random combiner and rows: half short windows, half long ones, a third of them attacks. */
  private static Object[] fixture(long seed) {
    Random r = new Random(seed);
    double[] w = new double[Stacker.DIM];
    double[] wl = new double[Stacker.DIM];
    for (int j = 0; j < Stacker.DIM; j++) {
      w[j] = r.nextGaussian();
      wl[j] = r.nextGaussian();
    }
    Stacker st = new Stacker(w, r.nextGaussian() * 2, wl, r.nextGaussian() * 2, List.of(), List.of(), List.of());
    int n = 300;
    double[][] x = new double[n][Stacker.DIM];
    boolean[] y = new boolean[n];
    boolean[] use = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < Stacker.DIM; j++) {
        x[i][j] = r.nextDouble();
      }
      x[i][LEN] = i % 2 == 0 ? Math.log1p(10) / 8 : Math.log1p(500) / 8;
      y[i] = i % 3 == 0;
      use[i] = i % 7 != 0;
    }
    return new Object[] {st, x, y, use};
  }

  @Test
  void bothPartsAreLoweredByTheSameAmountAndNeverRaised() {
    qt().forAll(integers().between(1, 10_000)).checkAssert(seed -> {
      Object[] f = fixture(seed);
      Stacker st = (Stacker) f[0];
      double[][] x = (double[][]) f[1];
      boolean[] y = (boolean[]) f[2];
      boolean[] use = (boolean[]) f[3];
      Stacker low = InjectionTrainer.lowered(st, x, y, use);
      double a = st.bias - low.bias;
      double b = st.biasLong - low.biasLong;
      assertEquals(a, b, 2e-6, "one amount for both parts");
      assertTrue(a >= -1e-6, "never raised");
      // each part keeps at most TARGET_FPR of its benign rows (among use) at >= 0.5 (one row of rounding slack)
      for (int part = 0; part < 2; part++) {
        int benign = 0;
        int high = 0;
        for (int i = 0; i < x.length; i++) {
          if (use[i] && !y[i] && Stacker.isLong(x[i]) == (part == 1)) {
            benign++;
            if (low.score(x[i]) >= 0.5) {
              high++;
            }
          }
        }
        assertTrue(high <= InjectionTrainer.TARGET_FPR * benign + 1, "part " + part + ": " + high + " of " + benign);
      }
      // the ranking of any two rows is the unlowered combiner's
      for (int i = 1; i < x.length; i++) {
        double d0 = st.logit(x[i]) - st.logit(x[i - 1]);
        double d1 = low.logit(x[i]) - low.logit(x[i - 1]);
        assertEquals(d0, d1, 1e-5);
      }
    });
  }
}
