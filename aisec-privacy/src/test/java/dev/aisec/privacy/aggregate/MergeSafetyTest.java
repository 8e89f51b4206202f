package dev.aisec.privacy.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.privacy.TestNoise;
import org.junit.jupiter.api.Test;

/** A rejected merge (into itself, of or into a released aggregate, null) leaves both aggregators usable. */
class MergeSafetyTest {

  private static AggregationParams params(long seed) {
    return AggregationParams.of(1, 0, 10).withNoise(TestNoise.seeded(seed));
  }

  @Test
  void quantilesAddAllNullIsATypedError() {
    DpQuantiles q = new DpQuantiles(params(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.addAll(null));
    assertTrue(e.getMessage().contains("values"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new DpQuantiles(null));
    q.add(1);
    assertEquals(1, q.release(0.5).length);
  }

  @Test
  void quantilesAddAllIsAllOrNothingUnderReject() {
    DpQuantiles q = new DpQuantiles(params(2));
    assertThrows(IllegalArgumentException.class, () -> q.addAll(new double[] {1, 2, Double.NaN}));
    DpQuantiles empty = new DpQuantiles(params(2));
    // same seed, same (empty) contents: same release
    assertEquals(empty.release(0.5)[0].value(), q.release(0.5)[0].value());
  }

  @Test
  void quantilesMergeIntoItselfIsRejectedAndLeavesItOpen() {
    DpQuantiles q = new DpQuantiles(params(3)).addAll(new double[] {1, 2, 3});
    assertThrows(IllegalArgumentException.class, () -> q.merge(q));
    assertThrows(IllegalArgumentException.class, () -> q.merge(null));
    assertNotNull(q.release(0.5));
  }

  @Test
  void mergingIntoAReleasedQuantilesDoesNotConsumeTheOther() {
    DpQuantiles released = new DpQuantiles(params(4)).add(1);
    released.release(0.5);
    DpQuantiles other = new DpQuantiles(params(5)).add(2);
    assertThrows(IllegalStateException.class, () -> released.merge(other));
    other.add(3); // still open
    DpQuantiles target = new DpQuantiles(params(6));
    target.merge(other);
    assertThrows(IllegalStateException.class, () -> other.add(4)); // consumed by the successful merge
    DpQuantiles late = new DpQuantiles(params(7));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> late.merge(other));
    assertTrue(e.getMessage().contains("other"), e.getMessage());
    late.add(1); // the target of the failed merge is unchanged and open
    assertNotNull(late.release(0.5));
    assertThrows(IllegalArgumentException.class,
        () -> target.merge(new DpQuantiles(AggregationParams.of(2, 0, 10))));
  }

  @Test
  void histogramMergeRejectsOtherPrivacyParameters() {
    // merging a histogram built with a larger epsilon, delta or partition bound would release its counts with the
    // target's (smaller) noise and threshold: more privacy loss than either side declared
    java.util.function.Supplier<DpHistogram<String>> base =
        () -> new DpHistogram<String>(1, 1e-6, 2, 1, 0.95, TestNoise.seeded(1)).add("u", "a");
    java.util.List<DpHistogram<String>> others = java.util.List.of(
        new DpHistogram<String>(5, 1e-6, 2, 1, 0.95, TestNoise.seeded(2)),
        new DpHistogram<String>(1, 1e-3, 2, 1, 0.95, TestNoise.seeded(2)),
        new DpHistogram<String>(1, 1e-6, 20, 1, 0.95, TestNoise.seeded(2)),
        new DpHistogram<String>(1, 1e-6, 2, 5, 0.95, TestNoise.seeded(2)));
    for (DpHistogram<String> o : others) {
      DpHistogram<String> target = base.get();
      o.add("v", "b");
      assertThrows(IllegalArgumentException.class, () -> target.merge(o));
      o.add("w", "c"); // the rejected merge left both open
      target.add("x", "d");
    }
    DpHistogram<String> same = new DpHistogram<String>(1, 1e-6, 2, 1, 0.95, TestNoise.seeded(3)).add("y", "a");
    base.get().merge(same);
  }

  @Test
  void aUnitsRecordCountPerKeyCannotOverflowIntoANegativeContribution() throws Exception {
    // after 2^31 records of one key by one unit the per-unit int count wrapped to a negative number, and release()
    // took min(bound, negative): that one unit then moved the key's count by -2^31, far beyond the sensitivity.
    // The count is set near the limit through the private map (2^31 add() calls would take too long for a test).
    DpHistogram<String> h = new DpHistogram<>(1, 1e-6, 1, 1, 0.95, TestNoise.seeded(11));
    for (int i = 0; i < 2000; i++) {
      h.add("unit-" + i, "a");
    }
    h.add("heavy", "a");
    java.lang.reflect.Field f = DpHistogram.class.getDeclaredField("perUnit");
    f.setAccessible(true);
    @SuppressWarnings("unchecked")
    java.util.Map<Object, java.util.Map<String, Integer>> perUnit =
        (java.util.Map<Object, java.util.Map<String, Integer>>) f.get(h);
    perUnit.get("heavy").put("a", Integer.MAX_VALUE);
    h.add("heavy", "a");
    DpRelease a = h.release().get("a");
    assertNotNull(a, "the key held by 2001 units must be released");
    assertTrue(Math.abs(a.value() - 2001) < 100, "released " + a.value());
  }

  @Test
  void everyAggregatorRejectsMergesThatWouldLoseData() {
    BoundedSum sum = new BoundedSum(params(8)).add(1);
    sum.release();
    BoundedSum sumOther = new BoundedSum(params(9)).add(1);
    assertThrows(IllegalStateException.class, () -> sum.merge(sumOther));
    assertThrows(IllegalArgumentException.class, () -> sumOther.merge(null));
    assertNotNull(sumOther.add(2).release());

    BoundedMean mean = new BoundedMean(params(10)).add(1);
    mean.release();
    BoundedMean meanOther = new BoundedMean(params(11)).add(1);
    assertThrows(IllegalStateException.class, () -> mean.merge(meanOther));
    assertNotNull(meanOther.add(2).release());

    BoundedVariance var = new BoundedVariance(params(12)).add(1);
    var.release();
    BoundedVariance varOther = new BoundedVariance(params(13)).add(1);
    assertThrows(IllegalStateException.class, () -> var.merge(varOther));
    assertNotNull(varOther.add(2).release());

    DpCount count = DpCount.of(1).increment();
    count.release();
    DpCount countOther = DpCount.of(1).increment();
    assertThrows(IllegalStateException.class, () -> count.merge(countOther));
    assertNotNull(countOther.increment().release());
    // counts that pass 2^63 - 1 saturate (an ArithmeticException here used to depend on the private data)
    DpCount huge = DpCount.of(1).incrementBy(Long.MAX_VALUE);
    DpCount one = DpCount.of(1).increment();
    assertSame(huge, huge.merge(one));
    assertThrows(IllegalStateException.class, () -> one.increment()); // merged: consumed
    assertNotNull(huge.release());

    DpHistogram<String> h = DpHistogram.of(1, 1e-6, 1);
    assertThrows(IllegalArgumentException.class, () -> h.merge(h));
    h.add("u1", "a");
    h.release();
    DpHistogram<String> hOther = DpHistogram.<String>of(1, 1e-6, 1).add("u2", "b");
    assertThrows(IllegalStateException.class, () -> h.merge(hOther));
    assertNotNull(hOther.add("u3", "b").release());
  }

  @Test
  void concurrentCrossMergesDoNotDeadlock() throws Exception {
    for (int round = 0; round < 200; round++) {
      BoundedSum a = new BoundedSum(params(round)).add(1);
      BoundedSum b = new BoundedSum(params(round + 1)).add(1);
      Thread t = new Thread(() -> {
        try {
          a.merge(b);
        } catch (IllegalStateException expected) {
          // b merged a first
        }
      });
      t.start();
      try {
        b.merge(a);
      } catch (IllegalStateException expected) {
        // a merged b first
      }
      t.join(10_000);
      assertTrue(!t.isAlive(), "deadlock");
    }
  }
}
