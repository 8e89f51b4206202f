package dev.aisec.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class OutputTest {

  @Test
  void wellFormedTextIsReturnedAsIs() {
    String s = "{\"text\":\"plain 😀 text\"}";
    assertSame(s, Output.escapeLoneSurrogates(s));
  }

  @Test
  void unpairedSurrogatesBecomeEscapesAndPairsStay() {
    assertEquals("a\\ud800b", Output.escapeLoneSurrogates("a\ud800b"));
    assertEquals("\\udc00😀\\ud83d", Output.escapeLoneSurrogates("\udc00😀\ud83d"));
    assertEquals("\\udbff\\udbff", Output.escapeLoneSurrogates("\udbff\udbff"));
  }

  @Test
  void anOutputUnderAFileSaysTheParentIsNotADirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // Files.createDirectories reported it as FileAlreadyExistsException ("cannot write (FileAlreadyExistsException)")
    java.nio.file.Path file = dir.resolve("in.jsonl");
    java.nio.file.Files.writeString(file, "{\"text\":\"a\"}\n");
    java.nio.file.Path csv = dir.resolve("in.csv");
    java.nio.file.Files.writeString(csv, "a,b\n1,2\n2,3\n3,4\n4,5\n5,6\n6,7\n7,8\n8,9\n9,10\n10,11\n");
    String[][] commands = {
        {"pii", "detect", "--jsonl", file.toString(), "--out", file + "/out.jsonl"},
        {"check", "--json", "--jsonl", file.toString(), "--out", file + "/sub/out.jsonl"},
        {"data", "outliers", "--csv", csv.toString(), "--out", csv + "/out.txt"},
    };
    for (String[] c : commands) {
      dev.aisec.cli.CliRun r = dev.aisec.cli.CliRun.of(c);
      assertEquals(2, r.exit, String.join(" ", c) + ": " + r.err);
      org.junit.jupiter.api.Assertions.assertTrue(r.err.contains("is not a directory"), r.err);
      org.junit.jupiter.api.Assertions.assertFalse(r.err.contains("Exception"), r.err);
      assertEquals("", r.out);
    }
  }
}
