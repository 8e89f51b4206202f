package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.api.text.TextView;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * (review20b) {@code PiiDetector.columnGap} with the wide gaps found once ({@link PiiDetector.WideGaps}) answers as
 * the per-run scan of up to 256 characters on each side ({@code wideGapOnLine}) does, for every maximal space run of
 * a text asked in ascending order: lines, tabs, pipes, commas, digits, runs of one to five spaces and long words that
 * put the nearest wide gap just inside or just outside the 256-character reach.
 */
class Review20bWideGapTest {

  static final String[] PIECES = {"a", "Zt", "1", " ", "  ", "   ", "    ", "     ", "\n", "\r\n", "\t", ",", "|",
      ";", "x".repeat(100), "y".repeat(250), "z".repeat(253), "w".repeat(256), "Name  Phone", "Sr  Applicant   PAN"};

  static Gen<String> texts() {
    Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    return lists().of(piece).ofSizeBetween(0, 60).map(l -> String.join("", l));
  }

  private static void check(String t) {
    PiiDetector.WideGaps wide = new PiiDetector.WideGaps(t);
    int k = 0;
    while (k < t.length()) {
      if (t.charAt(k) != ' ') {
        k++;
        continue;
      }
      int s = k;
      while (k < t.length() && t.charAt(k) == ' ') {
        k++;
      }
      int e = k;
      assertEquals(PiiDetector.columnGap(t, s, e), PiiDetector.columnGap(t, s, e, wide),
          () -> "run [" + s + ", " + e + ") of " + t.replace("\n", "\\n"));
    }
  }

  @Test
  void onePassAnswersAsTheScanAroundEveryRun() {
    qt().withFixedSeed(2026112820L).withExamples(3000).forAll(texts()).checkAssert(Review20bWideGapTest::check);
  }

  @Test
  void edgesOfTheReach() {
    for (int pad = 250; pad <= 262; pad++) {
      String w = "v".repeat(pad);
      check("ab   " + w + "cd  ef");
      check("ab  " + w + "cd   ef");
      check("ab   " + w + "\ncd  ef   gh");
      check("ab  cd" + w + "   ef\n   gh  ij");
    }
  }

  /** A header row of two-space gaps next to a wider one is still split into columns on the find path. */
  @Test
  void headerRowStillSplitThroughFind() {
    String t = "Sr  Applicant            PAN          Aadhaar\n1   Ravi Kumar  \u00a0 x";
    assertEquals(PiiDetector.withTabs(t, TextView.of(t)).indexOf("Sr\tApplicant"), 0);
  }
}
