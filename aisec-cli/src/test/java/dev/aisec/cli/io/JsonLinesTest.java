package dev.aisec.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

  @Test
  void trailingContentAfterTheObjectIsInvalidJson(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\":\"ok\"}\n{\"text\":\"a\"} garbage\n{\"text\":\"b\"}}\n{\"text\":\"c\"}{\"text\":\"d\"}\n",
        StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> JsonLines.validate(in, "text"));
    assertTrue(e.getMessage().contains("in.jsonl:2: not valid JSON"), e.getMessage());
    assertTrue(e.getMessage().contains("in.jsonl:3: not valid JSON"), e.getMessage());
    assertTrue(e.getMessage().contains("in.jsonl:4: not valid JSON"), e.getMessage());
    assertFalse(e.getMessage().contains("in.jsonl:1:"), e.getMessage());
  }

  @Test
  void everyJsonLinesCommandRejectsTrailingGarbageWithExitTwo(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\":\"hello\"} trailing\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    String[][] commands = {
        {"check", "--json", "--jsonl", in.toString(), "--out", out.toString()},
        {"prompt", "score", "--jsonl", in.toString(), "--out", out.toString()},
        {"pii", "detect", "--jsonl", in.toString(), "--out", out.toString()},
        {"pii", "redact", "--operator", "replace", "--jsonl", in.toString(), "--out", out.toString()},
        {"data", "duplicates", "--jsonl", in.toString(), "--out", out.toString()},
    };
    for (String[] c : commands) {
      CliRun r = CliRun.of(c);
      assertEquals(2, r.exit, String.join(" ", c) + ": " + r.out + r.err);
      assertTrue(r.err.contains("1"), r.err);
      assertFalse(Files.exists(out), String.join(" ", c));
    }
  }

  @Test
  void invalidJsonMessagesNeverQuoteInputValues(@TempDir Path dir) throws Exception {
    // Jackson's messages quote the bad token ("Unrecognized token 'alice'") or a duplicate field's name: an unquoted
    // address or key in a broken line went to stderr (CI logs) verbatim
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\": alice.smith@example.com}\n"
        + "{\"text\": \"x\", \"sk_live_51Habcdefghijkl\": 1, \"sk_live_51Habcdefghijkl\": 2}\n"
        + "{\"text\": sk_live_51Hzyxwvutsrqponm}\n"
        + "{'text': 'x'}\n"
        + "{\"text\": \"x\" -5}\n", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> JsonLines.validate(in, "text"));
    String m = e.getMessage();
    for (int line = 1; line <= 5; line++) {
      assertTrue(m.contains("in.jsonl:" + line + ": not valid JSON"), m);
    }
    assertFalse(m.contains("alice") || m.contains("sk_live") || m.contains("zyxw") || m.contains("Habc"), m);
    assertTrue(m.contains("Unrecognized token") && m.contains("Duplicate field"), m);
    assertTrue(m.contains("('-' (code 45))") && m.contains("(''' (code 39))"), "single characters stay: " + m);
  }

  @Test
  void aDuplicateFieldNameWithAnApostropheIsNotEchoed(@TempDir Path dir) throws Exception {
    // "Duplicate field 'x'sk_live_..'": the scan took the apostrophe inside the name for the closing quote and
    // printed the rest of the name as plain text
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\": \"x\", \"x'sk_live_51Habcdefghijkl\": 1, \"x'sk_live_51Habcdefghijkl\": 2}\n"
        + "{\"text\": \"x\", \"a' alice@example.com '\": 1, \"a' alice@example.com '\": 2}\n",
        StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> JsonLines.validate(in, "text"));
    String m = e.getMessage();
    assertTrue(m.contains("in.jsonl:1: not valid JSON") && m.contains("in.jsonl:2: not valid JSON"), m);
    assertFalse(m.contains("sk_live") || m.contains("Habc") || m.contains("alice"), m);
    assertTrue(m.contains("Duplicate field"), m);
  }

  @Test
  void aNumberBeyondBigDecimalIsAnInputErrorNamingTheLine(@TempDir Path dir) throws Exception {
    // Jackson throws NumberFormatException (not a JsonProcessingException) for an exponent beyond int range: it
    // escaped validate and the command printed a generic error without the line
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\": \"ok\"}\n{\"text\": \"x\", \"n\": 1e99999999999999999999}\n",
        StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> JsonLines.validate(in, "text"));
    String m = e.getMessage();
    assertTrue(m.contains("in.jsonl:2: not valid JSON"), m);
    assertFalse(m.contains("in.jsonl:1:") || m.contains("99999"), m);
    Path out = dir.resolve("out.jsonl");
    CliRun r = CliRun.of("pii", "detect", "--jsonl", in.toString(), "--out", out.toString());
    assertEquals(2, r.exit, r.out + r.err);
    assertTrue(r.err.contains("in.jsonl:2"), r.err);
    assertFalse(Files.exists(out));
  }

  @Test
  void invalidUtf8IsReportedOnTheLineThatHoldsIt(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("u.jsonl");
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"".getBytes(StandardCharsets.UTF_8));
    b.write(0xff);
    b.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    Files.write(in, b.toByteArray());
    InputException e = assertThrows(InputException.class, () -> JsonLines.validate(in, "text"));
    assertTrue(e.getMessage().contains("u.jsonl:3: not valid UTF-8"), e.getMessage());
  }

  @Test
  void lineReaderSplitsOnNewlinesDropsCarriageReturnsAndKeepsLongLines() throws Exception {
    String longLine = "x".repeat(200_000) + "\u00e9\ud83d\ude00";
    byte[] bytes = ("a\r\n\n" + longLine + "\nlast").getBytes(StandardCharsets.UTF_8);
    try (Utf8LineReader r = new Utf8LineReader(new java.io.ByteArrayInputStream(bytes))) {
      assertEquals("a", r.readLine());
      assertEquals("", r.readLine());
      assertEquals(longLine, r.readLine());
      assertEquals("last", r.readLine());
      assertEquals(null, r.readLine());
    }
    try (Utf8LineReader r = new Utf8LineReader(new java.io.ByteArrayInputStream("x\n".getBytes(
        StandardCharsets.UTF_8)))) {
      assertEquals("x", r.readLine());
      assertEquals(null, r.readLine());
    }
  }

  @Test
  void limitsAndDuplicateFieldsAreInputErrorsNamingTheLine(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    String deep = "[".repeat(5000) + "]".repeat(5000);
    Files.writeString(in, "{\"text\":\"ok\"}\n{\"text\":\"a\",\"x\":" + deep + "}\n{\"text\":\"a\",\"n\":"
        + "9".repeat(5000) + "}\n{\"text\":\"a\",\"text\":\"b\"}\n", StandardCharsets.UTF_8);
    // the first two used to fail with a NullPointerException (exit 70): limit errors carry no location
    CliRun r = CliRun.of("pii", "detect", "--jsonl", in.toString());
    assertEquals(2, r.exit, r.err);
    assertTrue(r.err.contains("in.jsonl:2: not valid JSON"), r.err);
    assertTrue(r.err.contains("in.jsonl:3: not valid JSON"), r.err);
    assertTrue(r.err.contains("in.jsonl:4: not valid JSON") && r.err.contains("text"), r.err);
    assertEquals("", r.out);
  }

  @Test
  void inputNumbersAreKeptExactly(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    String line = "{\"text\":\"hello\",\"a\":0.1000000000000000000001,\"b\":1e999,\"c\":1.50,\"d\":12345678901234567890123,"
        + "\"f\":7}";
    Files.writeString(in, line + "\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("pii", "detect", "--jsonl", in.toString());
    assertEquals(0, r.exit, r.err);
    String expected = line.substring(0, line.length() - 1) + ",\"spans\":[]}";
    assertEquals(expected, r.out.strip().replace("1E+999", "1e999"));
  }
}
