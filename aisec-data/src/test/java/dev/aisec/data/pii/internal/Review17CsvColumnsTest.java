package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiSpan;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Review round 17: {@link CsvColumns#headerField} keeps what it read of a text (the header, the record line asked
 * last and its column count) instead of reading the header and the value's whole line again for every value. These
 * tests compare it with the plain reading, written out here as it was before, on generated delimited texts; the
 * wide table that made the plain reading slow is in {@code Review17AdversarialPiiTest}.
 */
class Review17CsvColumnsTest {

  /**
   * The plain reading (CsvColumns.headerField before round 17; the header row chosen as since round 20): the reference
   * the memo must agree with.
   */
  static long plainHeaderField(CharSequence t, int i) {
    int n = t.length();
    int he = 0;
    while (he < n && he < CsvColumns.MAX_LINE && t.charAt(he) != '\n') {
      he++;
    }
    if (he >= n || t.charAt(he) != '\n') {
      return -1;
    }
    int hs = 0;
    char d = delimiter(t, 0, he);
    if (d == 0 || d == '\t' && !CsvColumns.headerLike(t, 0, he, d)) {
      // (round 20) a header row under a title or a border line, chosen as CsvColumns.laterHeader does
      long r = CsvColumns.laterHeader(t, he + 1);
      if (r < 0 && d == 0) {
        return -1;
      }
      if (r >= 0) {
        hs = (int) (r >>> 32);
        he = (int) r;
        d = delimiter(t, hs, he);
      }
    }
    if (i <= he) {
      return -1;
    }
    int ls = i;
    while (ls > 0 && t.charAt(ls - 1) != '\n') {
      if (i - ls >= CsvColumns.MAX_LINE) {
        return -1;
      }
      ls--;
    }
    int le = i;
    while (le < n && t.charAt(le) != '\n' && le - ls < CsvColumns.MAX_LINE) {
      le++;
    }
    int fields = count(t, hs, he, d);
    if (count(t, ls, le, d) != fields) {
      return -1;
    }
    int col = count(t, ls, i, d);
    int c = 0;
    int fs = hs;
    boolean digitsOnly = true;
    boolean any = false;
    long found = -1;
    for (int k = hs; k <= he; k++) {
      char ch = k < he ? t.charAt(k) : d;
      if (ch == d) {
        if (any && digitsOnly) {
          return -1;
        }
        if (c == col) {
          found = ((long) fs << 32) | k;
        }
        c++;
        fs = k + 1;
        digitsOnly = true;
        any = false;
      } else if (ch == '@') {
        return -1;
      } else if (ch != ' ' && ch != '"' && ch != '\r') {
        any = true;
        digitsOnly &= Engine.isDigit(ch);
      }
    }
    return found;
  }

  private static char delimiter(CharSequence t, int s, int e) {
    boolean comma = false;
    boolean semi = false;
    boolean pipe = false;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c == '\t') {
        return '\t';
      }
      semi |= c == ';';
      comma |= c == ',';
      pipe |= c == '|';
    }
    return semi ? ';' : comma ? ',' : pipe ? '|' : 0;
  }

  private static int count(CharSequence t, int s, int e, char d) {
    int c = 0;
    boolean q = false;
    for (int k = s; k < e; k++) {
      char ch = t.charAt(k);
      if (ch == '"') {
        q = !q;
      } else if (ch == d && !q) {
        c++;
      }
    }
    return c;
  }

  private static final String LONG_CELLS = "12345|".repeat(380); // 2,280 characters: longer than MAX_LINE
  private static final String[] PARTS = {"name", "phone", ",", ";", "|", "\t", "\n", "\r\n", "\"", "a@b", "123",
      "Anna", " ", "x", "\"Smith, Ann\"", "12345", "(", "dl_number", LONG_CELLS, "\n\n", "id|name|phone\n",
      "a,b,c\n", "1;2;3\n", "+----+----+\n", "| Name | SIN |\n", "Name\tTFN\tPhone\n", "Title 2024\n"};

  static Gen<String> texts() {
    return lists().of(integers().between(0, PARTS.length - 1)).ofSizeBetween(0, 24).map(l -> {
      StringBuilder sb = new StringBuilder();
      for (int k : l) {
        sb.append(PARTS[k]);
      }
      return sb.toString();
    });
  }

  /** Every position asked in order (as a scan asks), then every position again in a shuffled order. */
  @Test
  void theMemoAnswersAsThePlainReadingDoes() {
    qt().withFixedSeed(20261127L).withExamples(300).forAll(texts(), integers().between(0, 1000))
        .checkAssert((t, seed) -> {
          CsvColumns.forget();
          for (int i = 0; i <= t.length(); i++) {
            assertEquals(plainHeaderField(t, i), CsvColumns.headerField(t, i), () -> "in order, " + t);
          }
          Random r = new Random(seed);
          for (int k = 0; k < 200 && t.length() > 0; k++) {
            int i = r.nextInt(t.length() + 1);
            assertEquals(plainHeaderField(t, i), CsvColumns.headerField(t, i), () -> "at " + i + ", " + t);
          }
          CsvColumns.forget();
        });
  }

  /** A text changed in place (same object, same length) between two scans is read afresh by the second. */
  @Test
  void aTextChangedInPlaceIsReadAgainByTheNextScan() {
    StringBuilder sb = new StringBuilder("id|dl_number\n1|L441-852-00-738-7\n");
    PiiDetector d = PiiDetector.standard();
    List<PiiSpan> before = d.scan(sb);
    assertEquals(d.scan(sb.toString()), before);
    sb.replace(3, 12, "nickname_");
    assertEquals(d.scan(sb.toString()), d.scan(sb));
  }
}
