package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.data.pii.internal.Hits;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Custom regex matches are found whole wherever the 64 Ki windows (in-memory and streaming) cut the text. */
class CustomRecognizerWindowTest {

  private static final String REGEX = "CASE-[0-9]{1,2000}";
  private static final CustomRecognizer CASE = CustomRecognizer.regex("CASE_ID", REGEX, 0.9);

  private static List<int[]> find(CustomRecognizer r, String text) {
    Hits h = Hits.acquire();
    try {
      r.find(text, h);
      List<int[]> out = new ArrayList<>();
      for (PiiSpan s : h.resolve(Map.of(), 0.0)) {
        out.add(new int[] {s.start(), s.end()});
      }
      return out;
    } finally {
      h.release();
    }
  }

  /** What find() on the whole text reports: every non-empty match of at most maxLength characters. */
  private static List<int[]> reference(String text, int maxLength) {
    List<int[]> out = new ArrayList<>();
    Matcher m = Pattern.compile(REGEX).matcher(text);
    while (m.find()) {
      if (m.end() > m.start() && m.end() - m.start() <= maxLength) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static String text(int length, List<Integer> at, List<Integer> lengths) {
    char[] c = new char[length];
    for (int i = 0; i < length; i++) {
      c[i] = i % 7 == 6 ? ' ' : (char) ('a' + i % 26);
    }
    for (int k = 0; k < at.size(); k++) {
      int p = at.get(k) % length;
      String id = "CASE-" + "7".repeat(1 + lengths.get(k % lengths.size()));
      for (int j = 0; j < id.length() && p + j < length; j++) {
        c[p + j] = id.charAt(j);
      }
      if (p + id.length() < length) {
        c[p + id.length()] = ' ';
      }
    }
    return new String(c);
  }

  private static String str(List<int[]> spans) {
    StringBuilder sb = new StringBuilder();
    for (int[] s : spans) {
      sb.append('[').append(s[0]).append(',').append(s[1]).append(')');
    }
    return sb.toString();
  }

  @Test
  void aMatchAcrossTheWindowEdgeIsFoundWhole() {
    int start = CustomRecognizer.MAX_REGEX_INPUT - 300;
    String t = text(CustomRecognizer.MAX_REGEX_INPUT + 5000, List.of(start), List.of(700));
    List<int[]> got = find(CASE, t);
    assertEquals(1, got.size(), str(got));
    assertEquals(start, got.get(0)[0]);
    assertEquals(start + 5 + 701, got.get(0)[1]);
  }

  @Test
  void windowedMatchingEqualsWholeTextMatching() {
    qt().withExamples(40)
        .forAll(integers().between(1, 200_000), lists().of(integers().between(0, 200_000)).ofSizeBetween(0, 30),
            lists().of(integers().between(0, 1_100)).ofSizeBetween(1, 5))
        .checkAssert((len, at, lengths) -> {
          String t = text(len, at, lengths);
          assertEquals(str(reference(t, CASE.maxLength())), str(find(CASE, t)));
          CustomRecognizer short40 = CASE.withMaxLength(40);
          assertEquals(str(reference(t, 40)), str(find(short40, t)));
        });
  }

  @Test
  void streamingScanFindsStraddlingMatchesWhole() {
    PiiDetector d = PiiDetector.builder().recognizer(CASE).build();
    for (int start : new int[] {65_536 - 200, 65_536 - 1_000, 65_536 + 2_048 - 100, 2 * 65_536 - 500}) {
      String t = text(3 * 65_536, List.of(start), List.of(900));
      List<PiiSpan> streamed = new ArrayList<>();
      // the window path (review19: a stream this short is otherwise scanned whole)
      d.scan(new StringReader(t), s -> {
        if (s.type().equals("CASE_ID")) {
          streamed.add(s);
        }
      }, 0);
      assertEquals(1, streamed.size(), "start " + start);
      assertEquals(start, streamed.get(0).start());
      assertEquals(start + 5 + 901, streamed.get(0).end());
    }
  }

  @Test
  void maxLengthIsValidatedAndEnforced() {
    assertThrows(IllegalArgumentException.class, () -> CASE.withMaxLength(0));
    assertThrows(IllegalArgumentException.class,
        () -> CASE.withMaxLength(CustomRecognizer.MAX_MATCH_LENGTH + 1));
    assertEquals(CustomRecognizer.MAX_MATCH_LENGTH, CASE.maxLength());
    String t = "x CASE-" + "1".repeat(50) + " y CASE-12 z";
    assertEquals("[60,67)", str(find(CASE.withMaxLength(10), t)));
    assertEquals(2, find(CASE, t).size());
  }
}
