package dev.aisec.prompt.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The round-15 long own rows (read by the trainer only with {@code -Daisec.train.long}) parse as documented. */
class LongRowsTest {

  /** Maven runs the tests in the module directory; the trainer runs in the project root. */
  private static Path longFile() {
    return Path.of(InjectionTrainer.LONG_FILE_PATH.substring("aisec-prompt/".length()));
  }

  @Test
  void longRowsParseWithBothClassesBalancedAndDistinct() throws Exception {
    Path file = longFile();
    List<InjectionTrainer.Row> rows =
        InjectionTrainer.readOwn(InjectionTrainer.readLongRows(file), file.toString(), InjectionTrainer.LONG_FILE);
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

  @Test
  void theLongRowsAreNoClassPathResourceSoTheRuntimeJarDoesNotCarryThem() throws Exception {
    try (InputStream in = InjectionTrainer.class.getResourceAsStream("/dev/aisec/prompt/train/aisec-long.tsv")) {
      assertNull(in, "448 KB of training rows only the -Daisec.train.long trainer reads");
    }
    assertTrue(Files.isRegularFile(longFile()), "the trainer's copy is where LONG_FILE_PATH says");
  }

  @Test
  void theSwitchReadsTheDefaultFileOrTheNamedOneAndNamesAMissingFile() {
    assertEquals(Path.of(InjectionTrainer.LONG_FILE_PATH), InjectionTrainer.longRowsPath(""));
    assertEquals(Path.of(InjectionTrainer.LONG_FILE_PATH), InjectionTrainer.longRowsPath("true"));
    assertEquals(Path.of("/tmp/x.tsv"), InjectionTrainer.longRowsPath("/tmp/x.tsv"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> InjectionTrainer.readLongRows(Path.of("no/such/long.tsv")));
    assertTrue(e.getMessage().contains("no/such/long.tsv"), e.getMessage());
  }
}
