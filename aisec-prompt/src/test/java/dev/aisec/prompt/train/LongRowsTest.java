package dev.aisec.prompt.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The round-15 long own rows (read by the trainer only with {@code -Daisec.train.long}) parse as documented. */
class LongRowsTest {

  @Test
  void longRowsParseWithBothClassesBalancedAndDistinct() throws Exception {
    List<InjectionTrainer.Row> rows =
        InjectionTrainer.readOwn(InjectionTrainer.LONG_RESOURCE, InjectionTrainer.LONG_FILE);
    assertEquals(658, rows.size());
    long attacks = rows.stream().filter(InjectionTrainer.Row::malicious).count();
    assertEquals(rows.size() - attacks, attacks, "as many harmless rows as attacks");
    Set<String> texts = new HashSet<>();
    int lines = 0;
    for (InjectionTrainer.Row r : rows) {
      assertEquals(InjectionTrainer.LONG_FILE, r.file());
      assertTrue(texts.add(r.text()), "duplicate row at line " + r.line());
      assertTrue(r.text().indexOf("\\n") < 0, "escaped line breaks are decoded");
      lines += r.text().split("\\s+").length > 64 || r.text().length() > 150 ? 1 : 0;
    }
    assertTrue(lines > rows.size() * 3 / 4, "mostly long rows");
  }

  @Test
  void longRowsAreOffByDefault() {
    assertEquals(System.getProperty("aisec.train.long") != null, InjectionTrainer.LONG_ROWS);
  }
}
