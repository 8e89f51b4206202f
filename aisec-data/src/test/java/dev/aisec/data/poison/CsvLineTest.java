package dev.aisec.data.poison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTest {

  @Test
  void splitsOneLineWithRfc4180Quotes() {
    assertEquals(List.of(""), CsvLine.split(""));
    assertEquals(List.of("a", "", "c", ""), CsvLine.split("a,,c,"));
    assertEquals(List.of("x,y", "say \"hi\"", " z "), CsvLine.split("\"x,y\",\"say \"\"hi\"\"\", z "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvLine.split("a,\"ann@example.com"));
    assertFalse(e.getMessage().contains("ann"), e.getMessage());
  }

  @Test
  void quotedFieldsComeBackExactly() {
    qt().withExamples(500).forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 6))
        .ofSizeBetween(1, 6)).check(fields -> {
          StringBuilder line = new StringBuilder();
          for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : ",").append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
          }
          return CsvLine.split(line.toString()).equals(fields);
        });
  }

  @Test
  void plainDecimalsOnly() {
    for (String ok : new String[] {"0", "-1", "+2.5", ".5", "5.", "1e3", "1E-3", "123.456e+7"}) {
      assertTrue(CsvLine.isPlainDecimal(ok), ok);
    }
    for (String bad : new String[] {"", "-", ".", "e3", "1e", "NaN", "Infinity", "-inf", "1d", "2f", "0x1p3", " 1",
        "1 ", "1,5", "1..2", "١"}) {
      assertFalse(CsvLine.isPlainDecimal(bad), bad);
    }
  }
}
