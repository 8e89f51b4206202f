package dev.aisec.cli.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aisec.cli.CliRun;
import dev.aisec.cli.io.JsonLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiiCommandTest {

  @Test
  void detectKeepsFieldsAndAddsUtf16Spans(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, "{\"id\":7,\"text\":\"😀 mail jane@example.com now\",\"lang\":\"en\"}\n"
        + "{\"id\":8,\"text\":\"nothing here\"}\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("pii", "detect", "--jsonl", in.toString(), "--out", out.toString());
    assertEquals(0, r.exit, r.err);
    var lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    JsonNode first = JsonLines.MAPPER.readTree(lines.get(0));
    assertEquals(7, first.get("id").asInt());
    assertEquals("en", first.get("lang").asText());
    JsonNode span = first.get("spans").get(0);
    String text = first.get("text").asText();
    assertEquals("jane@example.com", text.substring(span.get("start").asInt(), span.get("end").asInt()));
    assertEquals("EMAIL_ADDRESS", span.get("type").asText());
    assertEquals(0, JsonLines.MAPPER.readTree(lines.get(1)).get("spans").size());
  }

  @Test
  void unpairedSurrogatesInTheInputRoundTripAsEscapes(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, "{\"text\":\"hi \\ud800 mail jane@example.com \\udc00\\ud83d\\ude00\"}\n",
        StandardCharsets.UTF_8);
    CliRun r = CliRun.of("pii", "detect", "--jsonl", in.toString(), "--out", out.toString());
    assertEquals(0, r.exit, r.err);
    String line = Files.readAllLines(out, StandardCharsets.UTF_8).get(0);
    assertFalse(line.contains("?"), line);
    JsonNode row = JsonLines.MAPPER.readTree(line);
    String text = row.get("text").asText();
    assertEquals("hi \ud800 mail jane@example.com \udc00\ud83d\ude00", text);
    JsonNode span = row.get("spans").get(0);
    assertEquals("jane@example.com", text.substring(span.get("start").asInt(), span.get("end").asInt()));
  }

  @Test
  void badLinesAreNamedAndNothingIsWritten(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, "{\"text\":\"ok\"}\n\n{\"text\":3}\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("pii", "detect", "--jsonl", in.toString(), "--out", out.toString());
    assertEquals(2, r.exit);
    assertTrue(r.err.contains(":2:") && r.err.contains(":3:"), r.err);
    assertFalse(Files.exists(out));
  }

  @Test
  void redactFileKeepsTheInputOutsideTheSpansExactly(@TempDir Path dir) throws Exception {
    // the redacted file used to end with a line end the input did not have
    Path f = dir.resolve("t.txt");
    Files.writeString(f, "line one\r\nmail bob@example.com", StandardCharsets.UTF_8);
    Path out = dir.resolve("t.red");
    CliRun r = CliRun.of("pii", "redact", "--operator", "replace", "--file", f.toString(), "--out", out.toString());
    assertEquals(0, r.exit, r.err);
    assertEquals("line one\r\nmail <EMAIL_ADDRESS>", Files.readString(out, StandardCharsets.UTF_8));
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    r = CliRun.of("pii", "redact", "--operator", "replace", "--file", empty.toString(), "--out", out.toString());
    assertEquals(0, r.exit, r.err);
    assertEquals(0, Files.size(out));
  }

  @Test
  void redactOperators(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.txt");
    Files.writeString(f, "Dear Maria Gonzalez, card 4111 1111 1111 1111\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("pii", "redact", "--operator", "replace", "--file", f.toString());
    assertEquals(0, r.exit, r.err);
    assertEquals("Dear <PERSON>, card <CREDIT_CARD>\n", r.out);
    r = CliRun.of("pii", "redact", "--operator", "mask", "--file", f.toString());
    assertTrue(r.out.contains("**** **** **** 1111"), r.out);
    r = CliRun.of("pii", "redact", "--operator", "pseudonymize", "--file", f.toString());
    assertTrue(r.out.contains("<PERSON_1>") && r.out.contains("<CREDIT_CARD_1>"), r.out);
    r = CliRun.of("pii", "redact", "--operator", "hash", "--file", f.toString());
    assertEquals(2, r.exit);
    assertTrue(r.err.contains("--key-file"), r.err);
    Path key = dir.resolve("key");
    Files.writeString(key, "0123456789abcdef0123456789abcdef");
    r = CliRun.of("pii", "redact", "--operator", "encrypt", "--key-file", key.toString(), "--file", f.toString());
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("<ENC:CREDIT_CARD:") && !r.out.contains("4111"), r.out);
    Path jl = dir.resolve("in.jsonl");
    Files.writeString(jl, "{\"text\":\"call +44 20 7946 0958\"}\n", StandardCharsets.UTF_8);
    r = CliRun.of("pii", "redact", "--operator", "hash", "--key-file", key.toString(), "--jsonl", jl.toString());
    JsonNode o = JsonLines.MAPPER.readTree(r.out.trim());
    assertTrue(o.get("redacted").asText().startsWith("call <PHONE_NUMBER:"), r.out);
    assertEquals(1, o.get("spans").size());
  }
}
