package dev.aisec.privacy.aggregate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round 16: bounds the noise cannot be calibrated for are refused when the aggregator is built. They were accepted,
 * every value was added, and release() then threw ("sensitivity must be ... in [2^-900, 2^900]") after marking the
 * aggregator released, so the work was lost and a retry said "already released".
 */
class AggregationRangeTest {

  private static final double[][] UNRELEASABLE = {{-1e300, 1e300}, {0, 1e280},
      {-Double.MAX_VALUE, Double.MAX_VALUE}, {1e-300, 2e-300}};

  private static void refusedAtConstruction(String what, Function<AggregationParams, Object> build) {
    for (double[] b : UNRELEASABLE) {
      AggregationParams p = AggregationParams.of(1, b[0], b[1]);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> build.apply(p),
          what + " [" + b[0] + ", " + b[1] + "] was accepted and would fail only at release()");
      assertTrue(e.getMessage().contains("bounds [") && e.getMessage().contains("rescale"), e.getMessage());
    }
  }

  @Test
  void sumMeanAndVarianceRefuseUnreleasableBoundsUpFront() {
    refusedAtConstruction("sum", BoundedSum::new);
    refusedAtConstruction("mean", BoundedMean::new);
    refusedAtConstruction("variance", BoundedVariance::new);
  }

  @Test
  void ordinaryAndWideButReleasableBoundsStillRelease() {
    for (double[] b : new double[][] {{0, 1}, {-1e6, 1e6}, {-1e100, 1e100}, {1e-200, 1e-199}}) {
      AggregationParams p = AggregationParams.of(1, b[0], b[1]);
      assertDoesNotThrow(() -> new BoundedSum(p).add(b[1]).release());
      assertDoesNotThrow(() -> new BoundedMean(p).add(b[1]).release());
    }
    AggregationParams v = AggregationParams.of(1, -1e100, 1e100);
    assertDoesNotThrow(() -> new BoundedVariance(v).add(1).release());
    // quantiles need no sensitivity and keep working on the whole range
    assertDoesNotThrow(() -> new DpQuantiles(AggregationParams.of(1, -1e300, 1e300)).add(1).release(0.5));
  }
}
