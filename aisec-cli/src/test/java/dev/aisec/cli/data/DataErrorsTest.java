package dev.aisec.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.cli.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error messages of the data commands name the line and column, never values from the input. */
class DataErrorsTest {

  private static final String EMAIL = "ida.secret@example.com";

  @Test
  void aHeaderlessCsvDoesNotEchoItsFirstRowInErrors(@TempDir Path dir) throws Exception {
    // no header row: the first data row is read as the header, so the "column names" are personal data
    Path f = dir.resolve("noheader.csv");
    Files.writeString(f, EMAIL + ",31,555-0142\nnot-a-number,32,555-0199\n");
    CliRun r = CliRun.of("data", "outliers", "--csv", f.toString());
    assertEquals(2, r.exit);
    assertTrue(r.err.contains(":2: column 1 "), r.err);
    assertFalse(r.err.contains(EMAIL), r.err);
    assertFalse(r.err.contains("not-a-number"), r.err);
    // the same for a missing value and for a value too large
    Files.writeString(f, EMAIL + ",x\n1,\n");
    r = CliRun.of("data", "outliers", "--csv", f.toString(), "--missing", "reject");
    assertEquals(2, r.exit);
    assertTrue(r.err.contains(":2: column 2 "), r.err);
    assertFalse(r.err.contains(EMAIL), r.err);
    Files.writeString(f, "a,\u001b]0;owned\u0007\n1,1e300\n");
    r = CliRun.of("data", "outliers", "--csv", f.toString());
    assertEquals(2, r.exit);
    assertFalse(r.err.chars().anyMatch(c -> c == 0x1b || c == 0x07), r.err);
  }

  private static String stderrOf(Callable<Integer> body, int[] exit) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit[0] = DataIo.guarded(body);
    } finally {
      System.setErr(old);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void unexpectedLibraryExceptionsAreNamedByTypeOnly() {
    int[] exit = new int[1];
    String err = stderrOf(() -> {
      throw new NumberFormatException("For input string: \"4111 1111 1111 1111\"");
    }, exit);
    assertEquals(2, exit[0]);
    assertTrue(err.contains("NumberFormatException"), err);
    assertFalse(err.contains("4111"), err);
    err = stderrOf(() -> {
      throw new IllegalStateException("token sk_live_abcdefghijklmnop in row 3");
    }, exit);
    assertEquals(2, exit[0]);
    assertFalse(err.contains("sk_live"), err);
  }
}
