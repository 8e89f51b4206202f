package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Review round 18, finding C of round 17: {@code find} scans the normalised view, which folds a run of spaces to one,
 * so it joined "Schröder,&nbsp;&nbsp;&nbsp;Katharina" into one inverted name while {@code scan} of the same text gave
 * two spans. The inverted-name join now accepts the runs the view folds (spaces, no-break spaces; no tab, no line
 * break), so both entry points give the same spans.
 */
class Review18FindScanTest {

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
  void theRound17ExampleGivesOneSpanOnBothPaths() {
    String t = "00417;Schröder,   Katharina;Berlin";
    assertEquals("[Schröder,   Katharina]", persons(D.scan(t), t));
    assertEquals(persons(D.scan(t), t), persons(D.find(t), t));
    String nb = "00417;Schröder,\u00a0Katharina;Berlin";
    assertEquals("[Schröder,\u00a0Katharina]", persons(D.scan(nb), nb));
    assertEquals(persons(D.scan(nb), nb), persons(D.find(nb), nb));
  }

  @Test
  void aTabOrALineBreakStillSeparatesTheNames() {
    for (String gap : new String[] {",\t", ", \t", ",\n", ", \r\n"}) {
      String t = "00417;Schröder" + gap + "Katharina;Berlin";
      assertEquals(persons(D.scan(t), t), persons(D.find(t), t), gap);
      assertEquals(false, persons(D.scan(t), t).contains(","), gap);
    }
  }

  private static final String[] SURNAMES = {"Schröder", "BROOKS", "Dubois", "Rossi", "Jansen", "Kowalski"};
  private static final String[] GIVEN = {"Katharina", "TYLER", "Jean-Pierre", "Giulia", "Pieter", "Marta"};
  private static final String[] GAPS = {" ", "  ", "   ", "\u00a0", " \u00a0 ", "\u2007", "\u202f", "\u3000"};
  private static final String[] LEADS = {"00417;", "", "PATIENT: ", "\"", "x;y;"};
  private static final String[] TAILS = {";Berlin", "", "\n", " MRN: 4471", "\";"};

  /**
   * Inverted names in fields with gaps the view folds: when {@code scan} finds both names (the surname and the given
   * name, apart or joined), {@code find} gives the same PERSON spans. (Whether the name recogniser finds a given name
   * after a comma and several spaces is another matter: it can differ between the two texts, see the review doc.)
   */
  @Test
  void findAndScanAgreeOnFoldedGaps() {
    int[] compared = new int[1];
    qt().withFixedSeed(18L).withExamples(600).forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
      Random r = new Random(seed);
      String sur = SURNAMES[r.nextInt(SURNAMES.length)];
      String given = GIVEN[r.nextInt(GIVEN.length)];
      String t = LEADS[r.nextInt(LEADS.length)] + sur + ',' + GAPS[r.nextInt(GAPS.length)] + given
          + TAILS[r.nextInt(TAILS.length)] + '\n';
      String scanned = persons(D.scan(t), t);
      if (scanned.contains(sur) && scanned.contains(given)) {
        compared[0]++;
        assertEquals(scanned, persons(D.find(t), t), t);
      }
    });
    assertEquals(true, compared[0] > 300, "compared " + compared[0]);
  }
}
