package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/**
 * Round 21 (pii21speed): the speed steps of the round against the code they replace, on random texts built to hit
 * their edges.
 */
class Pii21sSpeedTest {

  private static final String[] PIECES = {"EDP", "EDT", "Gr. ", "Gr.", "E", "G", "e", "gr. ", "EDTA", "xEDP", "5",
      "50", "100", "ml", "kg", "oz", "l", "g", "mg", "cl", " ", " ", " ", "\n", ",", ".", "-", "Maria", "Eau", "de",
      "Parfum", "Gonzalez", "2", "x", "3EDP", "\u00e9", "Gr.5", "(", ")", "\u00c9DP", "1EDT", "GEDP"};

  /** {@code PersonSpans.productSizeAfter} as it was before round 21 (the word-start test at every character). */
  static boolean productSizeAfterBefore(CharSequence t, int e) {
    int n = t.length();
    int lim = Math.min(n, e + 40);
    for (int k = e; k < lim; k++) {
      char c = t.charAt(k);
      if (c == '\n') {
        return false;
      }
      boolean wordStart = k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1));
      if (wordStart && (Engine.startsWith(t, k, "EDP") || Engine.startsWith(t, k, "EDT")
          || Engine.startsWith(t, k, "Gr. ")
          && k + 4 < n && Character.isDigit(t.charAt(k + 4)))) {
        return true;
      }
      if (Character.isDigit(c) && (k + 1 >= n || !Character.isDigit(t.charAt(k + 1)))
          && PersonSpans.standaloneNumber(t, k)) {
        int u = k + 1;
        if (u < n && t.charAt(u) == ' ') {
          u++;
        }
        int ue = u;
        while (ue < n && ue - u < 3 && Character.isLetter(t.charAt(ue))) {
          ue++;
        }
        if (ue > u && (ue >= n || !Character.isLetterOrDigit(t.charAt(ue))) && PersonSpans.unit(t, u, ue)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String text(java.util.List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      sb.append(PIECES[p]);
    }
    return sb.toString();
  }

  /** The product-size test after a PERSON span: the same answer as before at every position of random texts. */
  @Test
  void productSizeAfterIsUnchanged() {
    int[] yes = new int[1];
    qt().withFixedSeed(21112026L).withExamples(6_000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(1, 30))
        .checkAssert(picks -> {
          String t = text(picks);
          for (int e = 0; e <= t.length(); e++) {
            boolean want = productSizeAfterBefore(t, e);
            yes[0] += want ? 1 : 0;
            assertEquals(want, PersonSpans.productSizeAfter(t, e), t + " @" + e);
            assertEquals(want, PersonSpans.productSizeAfter(new StringBuilder(t), e), t + " @" + e);
          }
        });
    assertTrue(yes[0] > 1000, "the random texts hold product marks and sizes: " + yes[0]);
  }

  @Test
  void productSizeExamples() {
    assertTrue(PersonSpans.productSizeAfter("Maria EDP 50 ml", 5));
    assertTrue(PersonSpans.productSizeAfter("Gonzalez Gr. 4", 8));
    assertTrue(PersonSpans.productSizeAfter("Hugo 100ml", 4));
    assertFalse(PersonSpans.productSizeAfter("Maria xEDP and GEDT", 5));
    assertFalse(PersonSpans.productSizeAfter("Maria\nEDP", 5));
  }
}
