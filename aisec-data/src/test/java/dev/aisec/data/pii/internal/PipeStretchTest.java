package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-scan pipe-free stretch of {@link Hits#mayHavePipe} never hides a {@code '|'}: the guarded title-bar test
 * ({@link Names#afterTitleBar(CharSequence, int, Hits)}) answers as the plain one, for questions in text order and in
 * any order, on Strings and on other CharSequences.
 */
class PipeStretchTest {

  private static final String[] PARTS = {"Head of Finance", " | ", "|", "Sales", " ", "\n", "Hartmann, Marvin",
      "and", "Grady", "manager", "Lemaire SAS", "x", "the report shows", "Director", "  "};

  private static String text(Random r, int parts) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < parts; k++) {
      b.append(PARTS[r.nextInt(PARTS.length)]);
      if (r.nextInt(20) == 0) {
        b.append("x".repeat(r.nextInt(300)));
      }
    }
    return b.toString();
  }

  @Test
  void guardedTitleBarTestEqualsPlainOne() {
    Random r = new Random(20261127L);
    for (int round = 0; round < 3000; round++) {
      String s = text(r, 1 + r.nextInt(80));
      CharSequence t = round % 3 == 0 ? new StringBuilder(s) : s;
      Hits h = new Hits();
      boolean ordered = round % 2 == 0;
      int i = 0;
      for (int q = 0; q < 60 && s.length() > 0; q++) {
        i = ordered ? Math.min(s.length() - 1, i + r.nextInt(40)) : r.nextInt(s.length());
        assertEquals(NameLabels.afterTitleBar(t, i), NameLabels.afterTitleBar(t, i, h), s + " @" + i);
      }
    }
  }
}
