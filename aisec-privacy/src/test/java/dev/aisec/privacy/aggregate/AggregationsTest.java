package dev.aisec.privacy.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.privacy.TestNoise;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class AggregationsTest {

  private static AggregationParams params(double eps, double lo, double hi, long seed) {
    return AggregationParams.of(eps, lo, hi).withNoise(TestNoise.seeded(seed));
  }

  @Test
  void sumIsExactUnderAdversarialFloatingPointOrder() {
    // Casacuberta et al.: naive double sums of [1e16, 1, -1e16, 1, ...] depend on order; the fixed-point sum does not
    double[] xs = new double[100_000];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = i % 2 == 0 ? 1e6 : -1e6 + 0.5;
    }
    FixedPoint a = new FixedPoint(-1e6, 1e6, 0);
    a.addAll(xs, 0, xs.length, NonFinitePolicy.REJECT);
    double[] reversed = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      reversed[i] = xs[xs.length - 1 - i];
    }
    FixedPoint b = new FixedPoint(-1e6, 1e6, 0);
    b.addAll(reversed, 0, reversed.length, NonFinitePolicy.REJECT);
    assertEquals(a.exactSum(), b.exactSum());
    assertEquals(50_000 * 0.5, a.sum(), 1e-6);
  }

  @Test
  void meanAndSumAreAccurateWithIntervals() {
    double[] xs = new double[200_000];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = (i % 100) / 10.0; // mean 4.95
    }
    DpRelease mean = new BoundedMean(params(1, 0, 10, 1)).addAll(xs).release();
    assertEquals(4.95, mean.value(), 0.01);
    assertTrue(mean.lower() <= 4.95 && 4.95 <= mean.upper(), mean.toString());
    DpRelease sum = new BoundedSum(params(1, 0, 10, 2).withConfidence(0.999)).addAll(xs).release();
    assertEquals(4.95 * xs.length, sum.value(), 100);
    assertTrue(sum.lower() <= 4.95 * xs.length && 4.95 * xs.length <= sum.upper(), sum.toString());
    DpRelease var = new BoundedVariance(params(1, 0, 10, 3)).addAll(xs).release();
    double trueVar = 0;
    for (double x : xs) {
      trueVar += (x - 4.95) * (x - 4.95);
    }
    trueVar /= xs.length;
    assertEquals(trueVar, var.value(), 0.05);
    assertTrue(var.lower() <= trueVar && trueVar <= var.upper(), var.toString());
  }

  @Test
  void aggregatorsAreThreadSafeAndMergeable() throws Exception {
    BoundedSum total = new BoundedSum(params(1, 0, 1, 4));
    BoundedSum[] parts = new BoundedSum[4];
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      parts[t] = new BoundedSum(params(1, 0, 1, 4));
      BoundedSum mine = parts[t];
      pool.submit(() -> {
        for (int i = 0; i < 10_000; i++) {
          mine.add(1.0);
          total.add(1.0);
        }
      });
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    BoundedSum merged = parts[0].merge(parts[1]).merge(parts[2]).merge(parts[3]);
    assertEquals(40_000, merged.release().value(), 30);
    assertEquals(40_000, total.release().value(), 30);
    assertThrows(IllegalStateException.class, () -> parts[1].add(1));
    assertThrows(IllegalStateException.class, total::release);
  }

  @Test
  void mergingAggregatesWithDifferentParametersIsRefusedAndConsumesNothing() {
    // a [0, 1e6] mean merged into a [0, 1] mean used to add sums of different fixed-point scales: a garbage value
    // and one unit contributing far more than the declared sensitivity
    BoundedMean small = new BoundedMean(params(1, 0, 1, 1));
    BoundedMean wide = new BoundedMean(params(1, 0, 1e6, 2));
    wide.add(1e6);
    assertThrows(IllegalArgumentException.class, () -> small.merge(wide));
    wide.add(5); // not consumed
    BoundedSum s1 = new BoundedSum(params(1, 0, 1, 3));
    assertThrows(IllegalArgumentException.class, () -> s1.merge(new BoundedSum(params(0.5, 0, 1, 4))));
    assertThrows(IllegalArgumentException.class,
        () -> s1.merge(new BoundedSum(params(1, 0, 1, 5).withMaxContributionsPerUnit(3))));
    BoundedVariance v1 = new BoundedVariance(params(1, 0, 10, 6));
    assertThrows(IllegalArgumentException.class, () -> v1.merge(new BoundedVariance(params(1, -10, 10, 7))));
    DpCount c = DpCount.of(1);
    assertThrows(IllegalArgumentException.class, () -> c.merge(DpCount.of(2)));
    assertThrows(IllegalArgumentException.class, () -> c.merge(c));
    c.increment();
    s1.merge(new BoundedSum(params(1, 0, 1, 8)).add(1)); // same parameters, another noise seed: fine
  }

  @Test
  void nonFiniteValuesFollowThePolicy() {
    BoundedMean reject = new BoundedMean(params(1, 0, 10, 5));
    assertThrows(IllegalArgumentException.class, () -> reject.addAll(new double[] {1, Double.NaN}));
    assertThrows(IllegalArgumentException.class, () -> reject.add(Double.POSITIVE_INFINITY));
    BoundedSum clamp = new BoundedSum(params(1, 0, 10, 6).withNonFinite(NonFinitePolicy.CLAMP));
    double[] xs = new double[10_000];
    java.util.Arrays.fill(xs, Double.POSITIVE_INFINITY);
    xs[0] = Double.NaN;
    clamp.addAll(xs);
    assertEquals(9_999 * 10, clamp.release().value(), 100);
  }

  @Test
  void quantilesNeverReleaseARawValueOrInfinity() {
    // an all-ones generator gave the uniform 1.0, hence Gumbel noise -infinity for every interval; the fallback then
    // released the raw data value sorted[floor(q n)] (here the secret 123.456789)
    DpQuantiles q = new DpQuantiles(AggregationParams.of(1, 0, 1000).withNoise(() -> -1L));
    q.add(123.456789);
    double v = q.release(0.5)[0].value();
    assertTrue(v != 123.456789 && v >= 0 && v <= 1000, "released " + v);
    // bounds whose width overflows a double: the uniform point of an interval used to be -MAX + u * infinity
    for (int k = 0; k < 20; k++) {
      DpQuantiles wide = new DpQuantiles(params(1, -Double.MAX_VALUE, Double.MAX_VALUE, k));
      if (k % 2 == 1) {
        wide.addAll(new double[] {-1e308, 0, 1e308});
      }
      for (DpRelease r : wide.release(0.1, 0.5, 0.9)) {
        assertTrue(Double.isFinite(r.value()) && Double.isFinite(r.lower()) && Double.isFinite(r.upper()),
            "bounds +-MAX_VALUE gave " + r);
      }
    }
  }

  @Test
  void oneQuantileReleaseDoesNotTellWhetherAValueIsPresent() {
    // The uniform point of the chosen gap was left + u * (right - left) in doubles: its low-order bits depended on the
    // gap's ends. Bounds [0, 1]: without data every release was an odd multiple of 2^-53; with the value 0.5 present,
    // never (gap [0, 0.5] gives odd multiples of 2^-54, gap [0.5, 1] rounds to even multiples of 2^-53). One release
    // told with certainty whether 0.5 was in the data: not epsilon-DP for any epsilon.
    java.util.Set<Boolean> without = new java.util.HashSet<>();
    java.util.Set<Boolean> with = new java.util.HashSet<>();
    for (int rep = 0; rep < 200; rep++) {
      without.add(oddMultipleOf2PowMinus53(new DpQuantiles(params(1, 0, 1, rep)).release(0.5)[0].value()));
      with.add(oddMultipleOf2PowMinus53(new DpQuantiles(params(1, 0, 1, 1000 + rep)).add(0.5).release(0.5)[0]
          .value()));
    }
    assertTrue(without.stream().anyMatch(with::contains), "the attacker's test separates: " + without + " " + with);
  }

  private static boolean oddMultipleOf2PowMinus53(double v) {
    double x = v * 0x1p53;
    return x == Math.rint(x) && ((long) x & 1) == 1;
  }

  @Test
  void quantileReleasesLieOnAGridThatDependsOnTheBoundsAlone() {
    // review11's case: 64-bit ids one ulp apart; every release used to be one of the data values exactly
    double[][] bounds = {{0, 0x1p60}, {0, 1}, {-1000, 1000}, {-Double.MAX_VALUE, Double.MAX_VALUE}, {1e-300, 1e-299}};
    for (double[] b : bounds) {
      // the spacing of doubles in the binade of the larger |bound|
      double step = Math.scalb(1.0, Math.max(Math.getExponent(Math.max(-b[0], b[1])) - 52, -1074));
      assertEquals(step, DpQuantiles.gridStep(b[0], b[1]));
      for (int rep = 0; rep < 50; rep++) {
        DpQuantiles q = new DpQuantiles(params(1, b[0], b[1], rep));
        for (int i = 0; i < 300; i++) {
          q.add(b[1] == 0x1p60 ? 0x1p55 + 8 * i : b[0] / 2 + b[1] / 2 + i * Math.ulp(b[1]) * (rep % 3));
        }
        for (DpRelease r : q.release(0.25, 0.5)) {
          double v = r.value();
          assertTrue(v >= b[0] && v <= b[1], r.toString());
          assertTrue(v == b[0] || v == b[1] || v / step == Math.rint(v / step), "off the grid: " + v);
        }
      }
    }
  }

  @Test
  void quantileIntervalsContainNoDataValue() {
    // the interval used to be [sorted[lo - 1], sorted[hi]] with lo, hi = q n -+ r: raw data values at fixed ranks
    DpQuantiles q = new DpQuantiles(params(1, 0, 1000, 9));
    for (int i = 0; i < 10_000; i++) {
      q.add(i % 1000 + 0.123);
    }
    for (DpRelease r : q.release(0.1, 0.5, 0.9)) {
      assertEquals(0, r.lower(), r.toString());
      assertEquals(1000, r.upper(), r.toString());
    }
  }

  @Test
  void aggregatorsAreTimingHardenedByDefaultAndCanOptOut() {
    // hardening used to be reachable only on the mechanisms; every aggregator sampled with a value-dependent number of
    // draws. Now each noise sample of a release draws exactly HARDENED_DRAWS words unless turned off.
    int w = dev.aisec.privacy.LaplaceMechanism.HARDENED_DRAWS;
    long overruns = dev.aisec.privacy.internal.FixedDrawSource.overruns();
    for (int rep = 0; rep < 200; rep++) {
      dev.aisec.privacy.random.SeededNoiseSource src = TestNoise.seeded(rep);
      AggregationParams p = AggregationParams.of(0.5, -10, 10).withNoise(src);
      assertTrue(p.timingHardened());
      long before = src.draws();
      new BoundedSum(p).addAll(new double[] {rep, 3, -7}).release();
      assertEquals(w, src.draws() - before, "sum");
      before = src.draws();
      new BoundedMean(p.withMaxContributionsPerUnit(2)).addAll(new double[] {rep % 10, 3}).release();
      assertEquals(2L * w, src.draws() - before, "mean: count and sum");
      before = src.draws();
      new BoundedVariance(p).addAll(new double[] {rep % 10, 3, 4}).release();
      assertEquals(3L * w, src.draws() - before, "variance: count, sum, squares");
      before = src.draws();
      new DpCount(0.7, 3, 0.95, src).incrementBy(rep * 1000L).release();
      assertEquals(w, src.draws() - before, "count");
      DpHistogram<String> h = new DpHistogram<>(1, 1e-6, 1, 1, 0.95, src);
      for (int u = 0; u < 3; u++) {
        h.add("unit" + u, "k");
      }
      before = src.draws();
      h.release();
      // picking each unit's key takes up to one word per unit (32-bit halves are shared), then one key's sample
      long used = src.draws() - before - w;
      assertTrue(used >= 1 && used <= 3, "histogram: " + used + " words beyond the fixed block");
    }
    assertEquals(overruns, dev.aisec.privacy.internal.FixedDrawSource.overruns());
    // opting out: the plain samplers draw a value-dependent number of words
    java.util.Set<Long> distinct = new java.util.HashSet<>();
    dev.aisec.privacy.random.SeededNoiseSource src = TestNoise.seeded(1);
    for (int rep = 0; rep < 200; rep++) {
      long before = src.draws();
      new BoundedSum(AggregationParams.of(0.5, -10, 10).withNoise(src).withTimingHardened(false)).add(1).release();
      distinct.add(src.draws() - before);
    }
    assertTrue(distinct.size() > 1);
    assertFalse(new DpCount(1, 1, 0.95, src, false).timingHardened());
    assertFalse(new DpHistogram<String>(1, 1e-6, 1, 1, 0.95, src, false).timingHardened());
  }

  @Test
  void countThatPassesTheLongRangeSaturatesInsteadOfThrowing() {
    // incrementBy used Math.addExact: whether it threw ArithmeticException depended on the private count
    DpCount c = new DpCount(1, 1, 0.95, TestNoise.seeded(3));
    c.incrementBy(Long.MAX_VALUE - 5);
    for (int i = 0; i < 10; i++) {
      c.increment();
    }
    c.incrementBy(Long.MAX_VALUE);
    DpRelease r = c.release();
    assertTrue(r.value() > 0x1p62, "saturated count released near the top of the long range: " + r.value());
  }

  @Test
  void countAndQuantiles() {
    DpCount c = new DpCount(1, 1, 0.95, TestNoise.seeded(7));
    c.incrementBy(1000);
    DpRelease r = c.release();
    assertEquals(1000, r.value(), 15);
    DpQuantiles q = new DpQuantiles(params(1, 0, 1000, 8));
    for (int i = 0; i < 10_000; i++) {
      q.add(i % 1000);
    }
    DpRelease[] qs = q.release(0.1, 0.5, 0.9);
    assertEquals(100, qs[0].value(), 15);
    assertEquals(500, qs[1].value(), 15);
    assertEquals(900, qs[2].value(), 15);
  }

  @Test
  void histogramBoundsTooLargeForTheMechanismAreRefusedBeforeAnyDataIsAdded() {
    // 2^21 keys x 2^20 records per key: L1 sensitivity 2^41, above the discrete Laplace limit of 2^40. It used to be
    // accepted, and release() then threw after marking the aggregator released: the data was lost
    assertThrows(IllegalArgumentException.class,
        () -> new DpHistogram<String>(1, 1e-6, 1 << 21, 1 << 20, 0.95, TestNoise.seeded(1)));
    DpHistogram<String> ok = new DpHistogram<>(1, 1e-6, 1 << 20, 1 << 20, 0.95, TestNoise.seeded(1));
    ok.add("u", "k");
    ok.release();
  }

  @Test
  void theHistogramThresholdSaturatesInsteadOfWrappingNegative() {
    // b = k c / epsilon = 2^60 and ln(k / delta) ~ 700: the threshold is ~8e20, beyond a long. The cast saturated at
    // Long.MAX_VALUE and adding c wrapped it negative, so every key - also one seen for a single unit - was released
    DpHistogram<String> h = new DpHistogram<>(0x1p-20, 1e-300, 1 << 20, 1 << 20, 0.95, TestNoise.seeded(5));
    assertTrue(h.threshold() > 0, "threshold " + h.threshold());
    h.add("only-unit", "rare-key");
    assertTrue(h.release().isEmpty());
  }

  @Test
  void histogramSelectsOnlyPopularKeysAndBoundsContributions() {
    DpHistogram<String> h = new DpHistogram<>(1, 1e-6, 2, 1, 0.95, TestNoise.seeded(9));
    for (int u = 0; u < 2000; u++) {
      h.add("user" + u, "popular");
      h.add("user" + u, "popular"); // second contribution to the same key is bounded away
      if (u < 3) {
        h.add("user" + u, "rare-" + u);
      }
    }
    h.add("mallory", "a").add("mallory", "b").add("mallory", "c").add("mallory", "d");
    long tau = h.threshold();
    Map<String, DpRelease> out = h.release();
    assertTrue(out.containsKey("popular"));
    assertEquals(2000, out.get("popular").value(), 40);
    assertFalse(out.keySet().stream().anyMatch(k -> k.startsWith("rare") || k.length() == 1), out.toString());
    assertTrue(tau > 10);
  }

  @Test
  void releasesStayWithinBoundsAndContainTheirValue() {
    qt().withExamples(100).forAll(lists().of(doubles().any()).ofSizeBetween(0, 50), integers().between(1, 1000))
        .checkAssert((values, seed) -> {
          AggregationParams p = params(0.5, -10, 10, seed).withNonFinite(NonFinitePolicy.CLAMP);
          double[] xs = values.stream().mapToDouble(Double::doubleValue).toArray();
          DpRelease mean = new BoundedMean(p).addAll(xs).release();
          assertTrue(mean.value() >= -10 && mean.value() <= 10, mean.toString());
          assertTrue(mean.lower() <= mean.value() && mean.value() <= mean.upper(), mean.toString());
          DpRelease var = new BoundedVariance(p).addAll(xs).release();
          assertTrue(var.value() >= 0 && var.value() <= 100, var.toString());
          assertTrue(var.lower() <= var.value() && var.value() <= var.upper(), var.toString());
          DpRelease sum = new BoundedSum(p).addAll(xs).release();
          assertTrue(Double.isFinite(sum.value()) && sum.lower() <= sum.value() && sum.value() <= sum.upper());
        });
  }
}
