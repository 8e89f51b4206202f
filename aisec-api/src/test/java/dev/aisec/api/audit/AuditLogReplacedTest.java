package dev.aisec.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round 16: a log deleted or moved away while a sink has it open does not swallow the records that follow. */
class AuditLogReplacedTest {

  private static final byte[] KEY = "0123456789abcdef-test-key".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aLogDeletedWhileOpenIsCreatedAgainWithARecordOfTheGap(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.always())) {
      s.record(JsonLinesAuditSinkTest.event(0));
      s.record(JsonLinesAuditSinkTest.event(1));
      Files.delete(f);
      s.record(JsonLinesAuditSinkTest.event(2));
    }
    assertTrue(Files.exists(f), "the record after the deletion went into the deleted file");
    List<String> lines = Files.readAllLines(f, StandardCharsets.US_ASCII);
    assertEquals(2, lines.size(), String.join("\n", lines));
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("reopened", first.get("event").asText());
    assertEquals("missing", first.get("reason").asText());
    assertEquals(1, first.get("previousSeq").asLong());
    assertEquals("user-2", new ObjectMapper().readTree(lines.get(1)).get("principal").asText());
    AuditVerification v = AuditLogVerifier.verify(f, KEY);
    assertTrue(v.intact(), v.problem());
  }

  @Test
  void aLogMovedAwayWhileOpenIsNotWrittenOnBehindTheNewOne(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("audit.jsonl");
    Path rotated = dir.resolve("audit.jsonl.1");
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.always())) {
      s.record(JsonLinesAuditSinkTest.event(0));
      Files.move(f, rotated);
      Files.createFile(f); // a rotation that creates the new log
      s.record(JsonLinesAuditSinkTest.event(1));
      s.record(JsonLinesAuditSinkTest.event(2));
    }
    assertEquals(1, Files.readAllLines(rotated).size(), "the rotated file keeps what it had");
    List<String> lines = Files.readAllLines(f, StandardCharsets.US_ASCII);
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertEquals("replaced", new ObjectMapper().readTree(lines.get(0)).get("reason").asText());
    assertTrue(AuditLogVerifier.verify(f, KEY).intact());
    assertTrue(AuditLogVerifier.verify(rotated, KEY).intact());
  }
}
