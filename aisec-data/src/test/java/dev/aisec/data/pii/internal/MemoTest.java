package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The per-thread memos of the engine ({@link LowerWords}, {@link PlusNumbers}, the score memo of {@link NameModel})
 * answer exactly what the computation they remember answers, also when words or numbers collide in their slots.
 */
class MemoTest {

  /** Words of the cue, verb and name lists, ordinary words, and random letters (many more than the slots). */
  private static final String[] LISTED = {"with", "and", "to", "from", "hi", "hey", "dear", "said", "says", "is",
      "was", "told", "met", "mr", "mrs", "dr", "thanks", "regards", "sarah", "keeva", "emily", "rodriguez", "sam",
      "the", "report", "shows", "quarterly", "summarise", "latency", "a", "i", "x", "yours", "lives", "named"};

  static Gen<String> lowerWord() {
    Gen<String> random = lists().of(integers().between('a', 'z').map(c -> String.valueOf((char) (int) c)))
        .ofSizeBetween(1, 16).map(l -> String.join("", l));
    Gen<String> listed = integers().between(0, LISTED.length - 1).map(i -> LISTED[i]);
    return random.mix(listed, 50);
  }

  @Test
  void lowerWordFlagsAreTheComputedOnes() {
    LowerWords memo = new LowerWords();
    qt().withFixedSeed(20261126L).withExamples(20_000).forAll(lowerWord(), integers().between(0, 2))
        .checkAssert((w, pad) -> {
          String text = "  ".substring(0, pad) + w + " .";
          int s = pad;
          int e = pad + w.length();
          assertEquals(LowerWords.compute(text, s, e), memo.flags(text, s, e), w);
          assertEquals(LowerWords.compute(text, s, e), memo.flags(text, s, e), w);
        });
    // the flags themselves are those of the three lookups
    String t = "with said sarah";
    assertEquals(LowerWords.CUE, LowerWords.compute(t, 0, 4) & LowerWords.CUE);
    assertEquals(LowerWords.VERB, LowerWords.compute(t, 5, 9) & LowerWords.VERB);
  }

  @Test
  void unknownDeadBitIsResolvedToLowerDead() {
    LowerWords memo = new LowerWords();
    int unknown = 0;
    int resolvedDead = 0;
    java.util.Random r = new java.util.Random(27);
    for (int k = 0; k < 20_000; k++) {
      String w;
      if (k % 2 == 0) {
        w = LISTED[r.nextInt(LISTED.length)];
      } else {
        StringBuilder b = new StringBuilder();
        int len = 1 + r.nextInt(14);
        for (int j = 0; j < len; j++) {
          b.append((char) ('a' + r.nextInt(26)));
        }
        w = b.toString();
      }
      String text = " " + w + " ";
      int s = 1;
      int e = 1 + w.length();
      int computed = LowerWords.compute(text, s, e);
      boolean dead = NameLower.lowerDead(text, s, e);
      // from the tags alone: either decided, and then right, or left open
      if ((computed & LowerWords.DEAD_UNKNOWN) == 0) {
        assertEquals(dead, (computed & LowerWords.DEAD) != 0, w);
      } else {
        assertEquals(0, computed & LowerWords.DEAD, w);
        unknown++;
      }
      int f = memo.flags(text, s, e);
      if ((f & LowerWords.DEAD_UNKNOWN) != 0) {
        assertEquals(dead, memo.resolveDead(text, s, e), w);
        int after = memo.flags(text, s, e);
        if (w.length() > LowerWords.MAX_LEN) {
          assertEquals(computed, after, w); // longer words are not remembered: asked again each time
          continue;
        }
        // the other bits stay; the open bit becomes the answer
        assertEquals(computed & ~(LowerWords.DEAD_UNKNOWN | LowerWords.DEAD), after & ~LowerWords.DEAD, w);
        assertEquals(dead, (after & LowerWords.DEAD) != 0, w);
        resolvedDead += dead ? 1 : 0;
      } else if ((computed & LowerWords.DEAD_UNKNOWN) != 0) {
        // resolved earlier in this memo
        assertEquals(dead, (f & LowerWords.DEAD) != 0, w);
        assertEquals(computed & ~(LowerWords.DEAD_UNKNOWN | LowerWords.DEAD), f & ~LowerWords.DEAD, w);
      } else {
        assertEquals(computed, f, w);
      }
    }
    assertTrue(unknown > 1000 && resolvedDead > 100, unknown + " " + resolvedDead);
  }

  @Test
  void nameModelMemoIsTheComputedScore() {
    NameModel m = Gazetteer.get().nameModel;
    Random r = new Random(5);
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéß'-1";
    for (int k = 0; k < 50_000; k++) {
      int len = 1 + r.nextInt(15);
      StringBuilder b = new StringBuilder("x ");
      for (int j = 0; j < len; j++) {
        b.append(alphabet.charAt(r.nextInt(k % 3 == 0 ? alphabet.length() : 52)));
      }
      String text = b.append(' ').toString();
      double want = m.compute(text, 2, 2 + len);
      assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(m.score(text, 2, 2 + len)), text);
      assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(m.score(text, 2, 2 + len)), text);
    }
    // case does not matter to the score, so the memo may share a slot between "Keeva" and "KEEVA"
    assertEquals(m.compute("Keeva", 0, 5), m.score("KEEVA", 0, 5));
  }

  @Test
  void plusNumberKeysAreExactlyTheCompactDigitForms() {
    Random r = new Random(9);
    String[] parts = {" ", "-", ".", "/", "(", ")", "+", "x", "#", "\u00a0", ",", "0", "1", "5", "9"};
    Map<Long, String> seen = new HashMap<>();
    int kept = 0;
    for (int k = 0; k < 100_000; k++) {
      StringBuilder b = new StringBuilder(r.nextInt(8) == 0 ? "" : "+");
      int len = r.nextInt(22);
      for (int j = 0; j < len; j++) {
        b.append(r.nextInt(3) == 0 ? parts[r.nextInt(parts.length)] : String.valueOf((char) ('0' + r.nextInt(10))));
      }
      String num = b.toString();
      String compact = Engine.compact(num);
      long key = PlusNumbers.key(num, 0, num.length());
      boolean shape = compact.matches("\\+[0-9]{1,15}");
      assertEquals(shape, key != 0, num);
      if (key != 0) {
        kept++;
        String before = seen.putIfAbsent(key, compact);
        assertEquals(before == null ? compact : before, compact, "one key, one compact form");
      }
    }
    assertTrue(kept > 10_000);
    assertNotEquals(PlusNumbers.key("+1", 0, 2), PlusNumbers.key("+01", 0, 3));
  }

  @Test
  void plusNumberMemoAnswersAsLibphonenumber() {
    PlusNumbers memo = new PlusNumbers();
    Random r = new Random(13);
    String[] pool = new String[400];
    for (int k = 0; k < pool.length; k++) {
      String cc = new String[] {"1", "44", "49", "33", "91", "61", "7", "353", "86", "999"}[r.nextInt(10)];
      StringBuilder b = new StringBuilder("+").append(cc).append(' ');
      int digits = 6 + r.nextInt(8);
      for (int j = 0; j < digits; j++) {
        b.append((char) ('0' + r.nextInt(10)));
        if (r.nextInt(4) == 0) {
          b.append(' ');
        }
      }
      pool[k] = b.toString().trim();
    }
    pool[0] = "+44 20 7946 0958";
    int valid = 0;
    for (int k = 0; k < 4_000; k++) {
      String num = pool[r.nextInt(pool.length)];
      boolean want = Engine.validPlus(Engine.compact(num));
      long key = PlusNumbers.key(num, 0, num.length());
      int v = memo.get(key);
      if (v >= 0) {
        assertEquals(want, v == 1, num);
      } else {
        memo.put(key, want);
        assertEquals(want ? 1 : 0, memo.get(key), num);
      }
      valid += want ? 1 : 0;
    }
    assertTrue(valid > 0);
    assertTrue(Engine.validPlus(Engine.compact("+44 20 7946 0958")));
  }

  @Test
  void overlapResolutionKeepsItsOrder() {
    Random r = new Random(17);
    double[] scoreSet = {0.0, 0.05, 0.3, 0.35, 0.5, 0.5000000000000001, 0.6, 0.85, 0.95, 1.0, 1.5, -1, Double.NaN};
    String[] types = {"PERSON", "PHONE_NUMBER", "LOCATION"};
    for (int round = 0; round < 2_000; round++) {
      Hits h = new Hits();
      int n = 1 + r.nextInt(round % 10 == 0 ? 300 : 40);
      for (int k = 0; k < n; k++) {
        int s = r.nextInt(200);
        int e = s + r.nextInt(12);
        double score = scoreSet[r.nextInt(scoreSet.length)];
        h.add(s, e, types[k % 3], score, "d" + k);
      }
      List<PiiSpan> got = h.resolve(Map.of(), 0.3);
      assertEquals(reference(h, 0.3), got);
    }
  }

  /** The resolution with a plain comparator: score (Double.compare), length, start, candidate index. */
  private static List<PiiSpan> reference(Hits h, double threshold) {
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < h.n; i++) {
      if (h.scores[i] >= threshold && h.ends[i] > h.starts[i]) {
        keep.add(i);
      }
    }
    keep.sort((a, b) -> {
      int c = Double.compare(h.scores[b], h.scores[a]);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(h.ends[b] - h.starts[b], h.ends[a] - h.starts[a]);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(h.starts[a], h.starts[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    boolean[] used = new boolean[4096];
    List<Integer> chosen = new ArrayList<>();
    for (int i : keep) {
      boolean free = true;
      for (int p = h.starts[i]; p < h.ends[i]; p++) {
        free &= !used[p];
      }
      if (free) {
        Arrays.fill(used, h.starts[i], h.ends[i], true);
        chosen.add(i);
      }
    }
    chosen.sort((a, b) -> h.starts[a] != h.starts[b] ? Integer.compare(h.starts[a], h.starts[b])
        : Integer.compare(a, b));
    List<PiiSpan> out = new ArrayList<>();
    for (int i : chosen) {
      out.add(new PiiSpan(h.starts[i], h.ends[i], h.types[i], Math.round(h.scores[i] * 1000.0) / 1000.0,
          h.details[i]));
    }
    return out;
  }
}
