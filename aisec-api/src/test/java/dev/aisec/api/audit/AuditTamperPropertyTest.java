package dev.aisec.api.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the HMAC key, changing any one byte of a log to any other value is reported. */
class AuditTamperPropertyTest {

  private static final byte[] KEY = "property-test-key-0123456789".getBytes(StandardCharsets.US_ASCII);

  @Test
  void everySingleByteEditIsCaught(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.onClose())) {
      for (int i = 0; i < 4; i++) {
        AuditEvent e = JsonLinesAuditSinkTest.event(i);
        // a '?' in the record: a byte >= 0x80 in its place used to hash like '?' and verify
        s.record(new AuditEvent(e.time(), e.event(), "user?" + i, e.roles(), e.channel(), e.action(),
            e.policyVersion(), e.prompt(), e.inputLength(), e.inputHash(), e.findings(), e.capability(),
            e.elapsedNanos(), e.attributes()));
      }
    }
    byte[] log = Files.readAllBytes(f);
    assertTrue(AuditLogVerifier.verify(new ByteArrayInputStream(log), KEY).intact());
    qt().withExamples(4000).forAll(integers().between(0, log.length - 1), integers().between(1, 255))
        .checkAssert((pos, delta) -> {
          byte[] t = log.clone();
          t[pos] = (byte) (t[pos] + delta);
          try {
            assertFalse(AuditLogVerifier.verify(new ByteArrayInputStream(t), KEY).intact(),
                "edit at byte " + pos + " (" + (log[pos] & 0xff) + " -> " + (t[pos] & 0xff) + ") verified");
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
        });
  }
}
