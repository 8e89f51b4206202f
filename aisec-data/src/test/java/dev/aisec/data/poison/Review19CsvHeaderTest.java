package dev.aisec.data.poison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Review round 19: a CSV header that repeats a column name. With the label column {@code a} and the header
 * {@code a,a,b}, the first {@code a} was neither label nor feature: a data column vanished without a word (and an
 * excluded name dropped every column of that name).
 */
class Review19CsvHeaderTest {

  private static NumericTable read(String text, String label, Set<String> exclude) throws Exception {
    return NumericTable.readCsv(new BufferedReader(new StringReader(text)), label, exclude,
        NumericTable.MissingPolicy.REJECT, "t.csv");
  }

  @Test
  void aRepeatedColumnNameIsRefusedWithItsLineAndColumn() {
    for (String header : new String[] {"a,a,b", "a,b, a", "x,y,z,y"}) {
      DataFormatException e = assertThrows(DataFormatException.class,
          () -> read(header + "\n1,2,3" + (header.split(",").length == 4 ? ",4" : "") + "\n", "a", Set.of()));
      assertEquals(1, e.line(), e.getMessage());
      assertEquals("t.csv:1: column " + e.column() + " repeats the name of column "
          + (header.startsWith("x") ? 2 : 1) + "; column names must be unique", e.getMessage());
    }
  }

  @Test
  void uniqueAndUnnamedColumnsAreStillRead() throws Exception {
    assertEquals(2, read("a,b,label\n1,2,x\n3,4,y\n", "label", Set.of()).rowCount());
    assertEquals(2, read(",,label\n1,2,x\n3,4,y\n", "label", Set.of()).rowCount()); // empty names are not names
  }
}
