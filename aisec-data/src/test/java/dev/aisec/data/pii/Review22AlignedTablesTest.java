package dev.aisec.data.pii;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Review round 22 (b6): whitespace-aligned tables - header words and cells of identity documents, names and phone
 * numbers separated by runs of two to eight spaces, sometimes under a title - give the same spans on the plain path
 * ({@code scan}), the normalised path ({@code find}) and the Guard's path ({@code detect}). On main d0ca75e, 800 of
 * 2,000 such tables differed (scan and detect read no column gaps; scan kept two-space runs find folds).
 */
class Review22AlignedTablesTest {

  private static final PiiDetector D = PiiDetector.standard();

  private static final String[] HEADS = {"Kind", "Number", "Name", "NAME", "PASSPORT", "PHONE", "City", "Doc type",
      "ID no.", "Role", "Email", "DOB", "Licence", "Team", "Amount"};
  private static final String[] CELLS = {"Passport", "Booking", "K8R41T27", "ABC12345", "Anna Roy", "John Smith",
      "0612345678", "944 091 222", "Bilbao", "C1234567", "X1234567", "UK", "Engineer", "anna@example.com",
      "1990-01-02", "S5307719", "Driver licence", "12.50", "4111 1111 1111 1111", "Maria Gonzalez", "P", "ID card"};

  /** A table: per cell a word index and a gap width (0: two spaces, else 2 + the value), 2-4 columns, 2-4 rows. */
  static Gen<String> tables() {
    Gen<List<Integer>> cells = lists().of(integers().between(0, 10_000)).ofSizeBetween(4, 16);
    return cells.map(l -> {
      int cols = 2 + l.get(0) % 3;
      StringBuilder sb = new StringBuilder(l.get(0) % 4 == 0 ? "Records\n" : "");
      for (int i = 1; i < l.size(); i++) {
        int v = l.get(i);
        boolean head = i <= cols;
        int c = (i - 1) % cols;
        if (c > 0) {
          sb.append(" ".repeat(v % 3 == 0 ? 2 : 3 + v % 6));
        }
        sb.append(head ? HEADS[(v / 7) % HEADS.length] : CELLS[(v / 7) % CELLS.length]);
        if (c == cols - 1 || i == l.size() - 1) {
          sb.append('\n');
        }
      }
      return sb.toString();
    });
  }

  @Test
  void scanFindAndDetectAgree() {
    qt().withFixedSeed(20261128L).withExamples(400).forAll(tables()).checkAssert(t -> {
      String scan = PiiDetectorTest.describe(t, D.scan(t));
      String find = PiiDetectorTest.describe(t, D.find(t));
      List<PiiSpan> det = new ArrayList<>();
      for (Finding f : D.detect(DetectionContext.of(Input.user("u", Set.of(), t)))) {
        det.add(new PiiSpan(f.start(), f.end(), f.type(), f.score(), f.detail()));
      }
      String detect = PiiDetectorTest.describe(t, det);
      if (!scan.equals(find) || !scan.equals(detect)) {
        throw new AssertionError(t + "\nscan " + scan + "\nfind " + find + "\ndetect " + detect);
      }
    });
  }
}
