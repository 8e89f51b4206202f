package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Review round 18, finding A of round 17: rule matching walked the wide gaps of {@code persona/frame-ask-harm}
 * ({@code >60>} then {@code >14>}) again from every frame word and every middle match, about 500 positions per token
 * on a text made of frame words, asks and words that share a harm prefix's first letters. {@link RuleSet} now
 * remembers, per rule and element, the run of positions already known to fail. The work is counted
 * ({@link RuleSet#walked}), never timed; the hits are compared with a plain backtracking matcher written here.
 */
class Review18RuleGapTest {

  private static final RuleSet RS = RuleSet.standard();

  private static long walk(String text) {
    Tokens t = new Tokens().tokenize(text, 0, text.length());
    long w0 = RS.walked();
    RS.match(t, 2);
    return RS.walked() - w0;
  }

  private static int tokens(String text) {
    return new Tokens().tokenize(text, 0, text.length()).size;
  }

  /**
   * Hostile texts for the gap walk: every token a frame word or an ask, and "explains" shares the first three letters
   * of the harm prefix "explosiv*", so no filter removes the rule. Before the fix the first text walked about 480
   * positions per token, and the count per token stays the same on a text twice as long (linear, with a constant
   * proportional to the gaps); now each position is walked about once per element of each rule that starts there (counts per token before and after: 11.0 -> 4.9, 38.7 -> 5.0, 2.8 -> 2.8).
   */
  @Test
  void theGapWalkVisitsEachPositionAboutOncePerElement() {
    String[] units = {"novel how to explains step by step ",
        "For my novel, the character explains exactly how to make it step by step with exact amounts. ",
        "hypothetically how to how to how to exp "};
    for (String u : units) {
      String small = u.repeat(Math.max(1, 2_000 / u.length()));
      String large = u.repeat(Math.max(1, 8_000 / u.length()));
      double perTokSmall = (double) walk(small) / tokens(small);
      double perTokLarge = (double) walk(large) / tokens(large);
      // linear: the count per token does not grow with the text
      assertTrue(perTokLarge <= perTokSmall * 1.1 + 1, u + ": " + perTokSmall + " -> " + perTokLarge);
      // and small: at most a few walks per token (the rules that can start at a token, times their elements)
      assertTrue(perTokLarge <= 8, u + ": " + perTokLarge + " positions walked per token");
    }
  }

  private static final String[] WORDS = {"novel", "for", "my", "how", "to", "step", "by", "explains", "exact",
      "amounts", "make", "bomb", "poison", "imagine", "hypothetically", "steal", "in", "detail", "the", "ignore", "all",
      "previous", "instructions", "you", "are", "now", "dan", "reveal", "system", "prompt", "grandma", "recipe",
      "explosives", "please", "tell", "me", "story", "\n", ".", ",", "film", "script", "wie", "man", "bombe"};

  static Gen<String> texts() {
    return integers().between(0, 600).zip(integers().between(0, Integer.MAX_VALUE), (n, seed) -> {
      Random r = new Random(seed);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      }
      return sb.toString();
    });
  }

  // ---- a plain matcher: every rule from every token, full backtracking, no filters, no memory --------------------

  private static int elem(Tokens t, int i, RuleSet.Rule r, int j) {
    if (i >= t.size) {
      return -1;
    }
    int best = -1;
    for (int a = 0; a < r.elems[j].length; a++) {
      String[] alt = r.elems[j][a];
      if (i + alt.length > t.size) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < alt.length && ok; k++) {
        ok = r.prefix[j][a][k] ? t.text[i + k].startsWith(alt[k]) : t.text[i + k].equals(alt[k]);
      }
      if (ok) {
        best = Math.max(best, i + alt.length);
      }
    }
    return best;
  }

  private static int from(Tokens t, RuleSet.Rule r, int j, int pos) {
    for (int p = pos; p < Math.min(t.size, pos + r.gaps[j] + 1); p++) {
      int e = elem(t, p, r, j);
      if (e >= 0) {
        int end = j == r.elems.length - 1 ? e : from(t, r, j + 1, e);
        if (end >= 0) {
          return end;
        }
      }
    }
    return -1;
  }

  private static List<String> plain(Tokens t, int perRule) {
    List<String> out = new ArrayList<>();
    for (RuleSet.Rule r : RS.rules()) {
      int count = 0;
      int free = 0;
      for (int i = free; i < t.size && count < perRule; i++) {
        if (i < free) {
          continue;
        }
        int e = elem(t, i, r, 0);
        int end = e < 0 ? -1 : r.elems.length == 1 ? e : from(t, r, 1, e);
        if (end >= 0) {
          out.add(r.index + ":" + i + "-" + end);
          count++;
          free = end;
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> matched(Tokens t, int perRule) {
    List<String> out = new ArrayList<>();
    for (RuleSet.Hit h : RS.match(t, perRule)) {
      out.add(h.rule().index + ":" + h.startTok() + "-" + h.endTok());
    }
    out.sort(null);
    return out;
  }

  /** The remembered runs change no hit: same hits as the plain matcher, at most 1, 2 and 5 per rule. */
  @Test
  void hitsAreThoseOfPlainBacktracking() {
    qt().withFixedSeed(18L).withExamples(300).forAll(texts()).checkAssert(s -> {
      Tokens t = new Tokens().tokenize(s, 0, s.length());
      for (int perRule : new int[] {1, 2, 5}) {
        assertEquals(plain(t, perRule), matched(t, perRule), s);
      }
    });
  }
}
