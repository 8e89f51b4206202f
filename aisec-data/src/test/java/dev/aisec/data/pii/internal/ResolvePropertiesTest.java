package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Hits#resolve} (greedy choice per group of overlapping candidates) chooses exactly what the plain resolution
 * over all candidates at once ({@link Hits#resolvePlain}) chooses: same spans, same order, same scores and details.
 */
class ResolvePropertiesTest {

  static final String[] TYPES = {"PERSON", "PHONE_NUMBER", "CREDIT_CARD", "LOCATION"};
  static final double[] SCORES = {0.0, 0.1, 0.3, 0.5, 0.5, 0.6, 0.85, 0.9, 1.0, 1.2, -0.1};

  /** A candidate as four ints: start, length (0 included), type, score index. */
  static Gen<int[]> candidate(int span) {
    return integers().between(0, span).zip(integers().between(0, 40), integers().between(0, TYPES.length - 1),
        integers().between(0, SCORES.length - 1), (s, l, t, c) -> new int[] {s, l, t, c});
  }

  private static Hits fill(List<int[]> cands) {
    Hits h = new Hits();
    for (int k = 0; k < cands.size(); k++) {
      int[] c = cands.get(k);
      h.add(c[0], c[0] + c[1], TYPES[c[2]], SCORES[c[3]], "candidate " + k);
    }
    return h;
  }

  @Test
  void groupedResolutionEqualsPlainResolution() {
    qt().withFixedSeed(20261127L).withExamples(3000)
        .forAll(lists().of(candidate(300)).ofSizeBetween(0, 80), integers().between(0, 3))
        .checkAssert((cands, th) -> {
          Hits h = fill(cands);
          Map<String, Double> thresholds = th == 0 ? Map.of() : Map.of("PERSON", 0.55, "LOCATION", 0.2);
          double def = th == 3 ? 0.0 : 0.4;
          assertEquals(h.resolvePlain(thresholds, def), h.resolve(thresholds, def));
        });
  }

  @Test
  void groupedResolutionEqualsPlainResolutionOnDenseOverlaps() {
    // many candidates in a short text: long chains of overlaps, equal scores and lengths
    qt().withFixedSeed(7L).withExamples(2000).forAll(lists().of(candidate(40)).ofSizeBetween(1, 120))
        .checkAssert(cands -> {
          Hits h = fill(cands);
          assertEquals(h.resolvePlain(Map.of(), 0.0), h.resolve(Map.of(), 0.0));
        });
  }

  @Test
  void candidatesInTextOrderAndFarApart() {
    // the common case: sorted, mostly single-member groups, a few touching ([s, e) then [e, ...))
    qt().withFixedSeed(11L).withExamples(500).forAll(lists().of(integers().between(0, 3)).ofSizeBetween(1, 200))
        .checkAssert(gaps -> {
          Hits h = new Hits();
          int at = 0;
          for (int k = 0; k < gaps.size(); k++) {
            int g = gaps.get(k);
            h.add(at, at + 5, TYPES[k % TYPES.length], 0.3 + 0.1 * (k % 6), "c" + k);
            at += 5 + g - 1;
          }
          assertEquals(h.resolvePlain(Map.of(), 0.35), h.resolve(Map.of(), 0.35));
        });
  }
}
