package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 18's finding G: {@code find} scans the normalised view, which reads a no-break, figure, narrow no-break or
 * ideographic space as a plain space, while {@code scan} read the original character, so
 * {@code "Rossi,\u00a0Jean-Pierre"} gave {@code [Rossi]} from {@code scan} and {@code [Rossi, Jean-Pierre]} from
 * {@code find} (504 of the 7,200 fields below differed). {@code scan} now reads every space separator as a plain
 * space, one character for one.
 */
class Review20SpaceSeparatorTest {

  static final PiiDetector D = PiiDetector.standard();

  private static String persons(List<PiiSpan> spans, String t) {
    StringBuilder b = new StringBuilder();
    for (PiiSpan s : spans) {
      if (s.type().equals(PiiEntity.PERSON)) {
        b.append('[').append(t, s.start(), s.end()).append(']');
      }
    }
    return b.toString();
  }

  @Test
  void theExampleGivesTheSameSpansOnBothPaths() {
    String t = "00417;Rossi,\u00a0Jean-Pierre;Berlin\n";
    assertEquals("[Rossi,\u00a0Jean-Pierre]", persons(D.scan(t), t));
    assertEquals(D.find(t), D.scan(t));
  }

  private static final String[] SURNAMES = {"Schröder", "BROOKS", "Dubois", "Rossi", "Jansen", "Kowalski"};
  private static final String[] GIVEN = {"Katharina", "TYLER", "Jean-Pierre", "Giulia", "Pieter", "Marta"};
  private static final String[] GAPS = {" ", "  ", "   ", "\u00a0", " \u00a0 ", "\u2007", "\u202f", "\u3000"};
  private static final String[] LEADS = {"00417;", "", "PATIENT: ", "\"", "x;y;"};
  private static final String[] TAILS = {";Berlin", "", "\n", " MRN: 4471", "\";"};

  /** Every field of round 18's generator, exhaustively: the PERSON spans of both paths agree. */
  @Test
  void scanAndFindAgreeOnEveryGap() {
    int differ = 0;
    StringBuilder first = new StringBuilder();
    for (String lead : LEADS) {
      for (String sur : SURNAMES) {
        for (String gap : GAPS) {
          for (String given : GIVEN) {
            for (String tail : TAILS) {
              String t = lead + sur + ',' + gap + given + tail + '\n';
              String s = persons(D.scan(t), t);
              String f = persons(D.find(t), t);
              if (!s.equals(f)) {
                if (differ++ == 0) {
                  first.append(t).append(" scan ").append(s).append(" find ").append(f);
                }
              }
            }
          }
        }
      }
    }
    assertEquals(0, differ, first.toString());
  }

  @Test
  void foldingKeepsOffsetsAndLeavesOtherTextAlone() {
    String plain = "Anna Weber, +49 30 1234567";
    assertSame(plain, PiiDetector.spacesFolded(plain));
    String t = "a\u00a0b\u3000c\u2028d\td";
    assertEquals("a b c\u2028d\td", PiiDetector.spacesFolded(t).toString());
    String phone = "Tel.\u00a0+33\u00a06\u00a012\u00a034\u00a056\u00a078";
    assertEquals(D.find(phone), D.scan(phone));
  }
}
