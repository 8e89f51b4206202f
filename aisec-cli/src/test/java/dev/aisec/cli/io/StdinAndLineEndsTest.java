package dev.aisec.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.cli.CliRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --jsonl -} reads standard input; LF, CRLF and bare CR all end a line; invalid UTF-8 names its line. */
class StdinAndLineEndsTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readerAcceptsLfCrlfAndBareCrAsOneLineEndEach() throws Exception {
    Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(utf8("a\rb\r\nc\nd\r\r\ne\r")));
    String[] want = {"a", "b", "c", "d", "", "e"};
    for (String w : want) {
      assertEquals(w, r.readLine());
    }
    assertNull(r.readLine());
  }

  @Test
  void readerDropsAByteOrderMarkOnlyAtTheStart() throws Exception {
    Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(utf8("\uFEFFa\n\uFEFFb\n")));
    assertEquals("a", r.readLine());
    assertEquals("\uFEFFb", r.readLine());
    assertNull(r.readLine());
    assertEquals("\uFEFF", new Utf8LineReader(new ByteArrayInputStream(utf8("\uFEFF\uFEFF"))).readLine());
  }

  @Test
  void crlfSplitAcrossTheReadBufferIsOneLineEnd() throws Exception {
    byte[] big = new byte[(1 << 16) - 1];
    java.util.Arrays.fill(big, (byte) 'x');
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(big);
    b.write(utf8("\r\ny\n"));
    Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(b.toByteArray()));
    assertEquals(big.length, r.readLine().length());
    assertEquals("y", r.readLine());
    assertNull(r.readLine());
  }

  @Test
  void invalidUtf8AfterBareCrNamesTheRightLine(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(utf8("{\"text\":\"a\"}\r{\"text\":\"b\"}\r{\"text\":\""));
    b.write(0xC3);
    b.write(utf8("\"}\r"));
    Path in = dir.resolve("cr.jsonl");
    Files.write(in, b.toByteArray());
    InputException e = assertThrows(InputException.class, () -> JsonLines.validate(in, "text"));
    assertTrue(e.getMessage().contains("cr.jsonl:3: not valid UTF-8"), e.getMessage());
    Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(b.toByteArray()));
    r.readLine();
    r.readLine();
    assertThrows(CharacterCodingException.class, r::readLine);
  }

  @Test
  void bareCrFileIsOneObjectPerLine(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("mac.jsonl");
    Files.write(in, utf8("{\"id\":1,\"text\":\"hello\"}\r{\"id\":2,\"text\":\"there\"}\r"));
    assertEquals(2, JsonLines.validate(in, "text"));
    CliRun r = CliRun.of("pii", "detect", "--jsonl", in.toString());
    assertEquals(0, r.exit, r.err);
    assertEquals(2, r.out.strip().split("\n").length, r.out);
  }

  @Test
  void everyJsonlCommandReadsStandardInput() {
    byte[] in = utf8("{\"id\":7,\"text\":\"Mail maria@example.com please\"}\r\n{\"id\":8,\"text\":\"hello\"}\n");
    String[][] commands = {
        {"check", "--json", "--jsonl", "-"},
        {"prompt", "score", "--jsonl", "-"},
        {"pii", "detect", "--jsonl", "-"},
        {"pii", "redact", "--operator", "replace", "--jsonl", "-"},
    };
    for (String[] c : commands) {
      CliRun r = CliRun.withStdin(in, c);
      assertTrue(r.exit == 0 || r.exit == 1, String.join(" ", c) + ": " + r.err);
      String[] lines = r.out.strip().split("\n");
      assertEquals(2, lines.length, String.join(" ", c) + ": " + r.out);
      assertTrue(lines[0].startsWith("{\"id\":7"), lines[0]);
    }
    CliRun r = CliRun.withStdin(in, "pii", "redact", "--operator", "replace", "--jsonl", "-");
    assertTrue(r.out.contains("\"redacted\":\"Mail <EMAIL_ADDRESS> please\""), r.out);
  }

  @Test
  void badStandardInputIsNamedAndExitsTwo() {
    byte[] in = utf8("{\"text\":\"ok\"}\n\n{\"text\":\"x\"} trailing\n");
    CliRun r = CliRun.withStdin(in, "prompt", "score", "--jsonl", "-");
    assertEquals(2, r.exit, r.err);
    assertTrue(r.err.contains("<stdin>:2: empty line"), r.err);
    assertTrue(r.err.contains("<stdin>:3: not valid JSON"), r.err);
    assertEquals("", r.out);
  }

  @Test
  void dataCommandsReadStandardInput() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append("{\"text\":\"row number ").append(i % 20).append(" of the data\"}\n");
    }
    CliRun r = CliRun.withStdin(utf8(sb.toString()), "data", "duplicates", "--jsonl", "-");
    assertEquals(0, r.exit, r.err);
    StringBuilder csv = new StringBuilder("a,b\n");
    for (int i = 0; i < 50; i++) {
      csv.append(i % 7).append(',').append(i % 5).append("\r\n");
    }
    r = CliRun.withStdin(utf8(csv.toString()), "data", "outliers", "--csv", "-");
    assertEquals(0, r.exit, r.err);
    assertEquals(50, r.out.strip().split("\n").length);
    r = CliRun.withStdin(utf8("{\"text\":\"a\"}\nnot json\n"), "data", "duplicates", "--jsonl", "-");
    assertEquals(2, r.exit);
    assertTrue(r.err.contains("<stdin>:2: "), r.err);
  }

  @Test
  void csvWithInvalidUtf8NamesTheLine(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(utf8("a,b\r\n1,2\r\n3,4\r5,"));
    b.write(0xFF);
    b.write(utf8("\n"));
    for (int i = 0; i < 3000; i++) {
      b.write(utf8("1,2\n")); // bigger than the reader's look-ahead
    }
    Path csv = dir.resolve("bad.csv");
    Files.write(csv, b.toByteArray());
    CliRun r = CliRun.of("data", "outliers", "--csv", csv.toString());
    assertEquals(2, r.exit, r.err);
    assertTrue(r.err.contains("bad.csv:4: line is not valid UTF-8"), r.err);
    r = CliRun.withStdin(b.toByteArray(), "data", "outliers", "--csv", "-");
    assertEquals(2, r.exit, r.err);
    assertTrue(r.err.contains("<stdin>:4: line is not valid UTF-8"), r.err);
  }

  @Test
  void fileDashReadsStandardInputToo() {
    CliRun r = CliRun.withStdin(utf8("Mail maria@example.com please"), "pii", "redact", "--operator", "replace",
        "--file", "-");
    assertEquals(0, r.exit, r.err);
    assertEquals("Mail <EMAIL_ADDRESS> please", r.out.strip());
    r = CliRun.withStdin(new byte[] {'a', (byte) 0xFF}, "check", "--file", "-");
    assertEquals(2, r.exit, r.err);
    assertTrue(r.err.contains("<stdin>: not valid UTF-8"), r.err);
  }

  @Test
  void twoInputsCannotBothReadStandardInput() {
    // both would read the same copy of standard input: drift of a batch against itself is "no drift", exit 0
    byte[] csv = utf8("a,b\n1,2\n3,4\n5,6\n7,8\n");
    CliRun r = CliRun.withStdin(csv, "data", "drift", "--reference", "-", "--candidate", "-");
    assertEquals(2, r.exit, r.out + r.err);
    assertTrue(r.err.contains("--reference") && r.err.contains("--candidate") && r.err.contains("standard input"),
        r.err);
    CliRun a = CliRun.withStdin(csv, "data", "audit", "--csv", "-", "--reference", "-", "--out",
        System.getProperty("java.io.tmpdir") + "/aisec-review8-unused.html");
    assertEquals(2, a.exit, a.out + a.err);
    assertTrue(a.err.contains("--reference") && a.err.contains("standard input"), a.err);
  }
}
