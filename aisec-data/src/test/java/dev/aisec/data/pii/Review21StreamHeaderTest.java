package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review round 21 (H'): a stream scanned in windows keeps the lines through a table's header row before every
 * window, not only the first line, so a table under a title keeps its columns in every window (a whole scan reads
 * them through {@code laterHeader}). Made-up values.
 */
class Review21StreamHeaderTest {

  private static final PiiDetector D = PiiDetector.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Drivers\\n| name | License |\\n#| Anna | S5307719 |\\n",
      "Drivers\\n+------+---------+\\n| name | License |\\n+------+---------+\\n#| Anna | S5307719 |\\n",
      "name,hp\\n#Test Person,9876 5432\\n",
      "Contacts\\nname\\tphone\\tcity\\n#Anna Berg\\t944 091 222\\tBilbao\\n"})
  void windowsKeepTheHeaderRow(String head, String row) {
    StringBuilder sb = new StringBuilder(head.replace("\\n", "\n"));
    String r = row.replace("\\n", "\n");
    while (sb.length() < 300_000) {
      sb.append(r);
    }
    String t = sb.toString();
    List<PiiSpan> whole = D.scan(t);
    List<PiiSpan> stream = new ArrayList<>();
    D.scan(new StringReader(t), stream::add, 0); // windows of 64 Ki, as a stream over 1,000,000 characters
    assertEquals(count(whole), count(stream), "spans per type, whole vs windows");
  }

  private static String count(List<PiiSpan> spans) {
    java.util.TreeMap<String, Integer> m = new java.util.TreeMap<>();
    for (PiiSpan s : spans) {
      m.merge(s.type(), 1, Integer::sum);
    }
    return m.toString();
  }
}
