package dev.aisec.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesAuditSinkTest {

  private static final byte[] KEY = "0123456789abcdef-test-key".getBytes(StandardCharsets.US_ASCII);

  static AuditEvent event(int i) {
    return new AuditEvent(Instant.parse("2026-11-26T10:00:00Z").plusSeconds(i), "check", "user-" + i,
        Set.of("support"), "USER_INPUT", i % 2 == 0 ? "ALLOW" : "BLOCK", "v1", null, 10 + i, "ab".repeat(16),
        List.of(new AuditEvent.AuditFinding("d", "T", 0, 3, 0.5, "FLAG")), null, 1000, Map.of("conversation", "c\u00e9"));
  }

  private static Path writeLog(Path dir, int n, byte[] key) {
    Path f = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, key, FsyncPolicy.onClose())) {
      for (int i = 0; i < n; i++) {
        s.record(event(i));
      }
    }
    return f;
  }

  private static List<String> lines(Path f) throws Exception {
    return new ArrayList<>(Files.readAllLines(f, StandardCharsets.US_ASCII));
  }

  private static void write(Path f, List<String> lines) throws Exception {
    Files.write(f, lines, StandardCharsets.US_ASCII);
  }

  @Test
  void intactLogVerifies(@TempDir Path dir) throws Exception {
    Path f = writeLog(dir, 20, null);
    AuditVerification v = AuditLogVerifier.verify(f, null);
    assertTrue(v.intact(), v.problem());
    assertEquals(20, v.verifiedRecords());
    assertTrue(lines(f).stream().allMatch(l -> l.chars().allMatch(c -> c < 0x80)), "ASCII only");
  }

  @Test
  void reopeningContinuesTheChain(@TempDir Path dir) throws Exception {
    Path f = writeLog(dir, 5, KEY);
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.always())) {
      s.record(event(99));
    }
    AuditVerification v = AuditLogVerifier.verify(f, KEY);
    assertTrue(v.intact(), v.problem());
    assertEquals(6, v.verifiedRecords());
  }

  @Test
  void sinksOnTwoNamesOfOneFileShareOneLock(@TempDir Path dir) throws Exception {
    // a symlink to the log and a symlinked directory: the sinks used to key their in-JVM locks on the lexical path,
    // so concurrent records from both took FileChannel.lock() together and one failed (OverlappingFileLockException)
    Path real = Files.createDirectories(dir.resolve("real"));
    Path f = real.resolve("audit.jsonl");
    try {
      Files.createSymbolicLink(dir.resolve("link"), real);
      Files.createSymbolicLink(dir.resolve("alias.jsonl"), f);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
    }
    List<JsonLinesAuditSink> sinks = List.of(AuditSinks.jsonLines(f, KEY, FsyncPolicy.onClose()),
        AuditSinks.jsonLines(dir.resolve("link/audit.jsonl"), KEY, FsyncPolicy.onClose()),
        AuditSinks.jsonLines(dir.resolve("alias.jsonl"), KEY, FsyncPolicy.onClose()));
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    for (int t = 0; t < 6; t++) {
      JsonLinesAuditSink s = sinks.get(t % sinks.size());
      int base = t * 1000;
      pool.submit(() -> {
        for (int i = 0; i < 50; i++) {
          try {
            s.record(event(base + i));
          } catch (RuntimeException e) {
            errors.add(e);
          }
        }
      });
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS));
    for (JsonLinesAuditSink s : sinks) {
      s.close();
    }
    assertEquals(List.of(), errors.stream().map(e -> e.getClass().getSimpleName()).distinct().toList());
    AuditVerification v = AuditLogVerifier.verify(f, KEY);
    assertTrue(v.intact(), v.problem());
    assertEquals(300, v.verifiedRecords());
  }

  @Test
  void editedRecordIsNamed(@TempDir Path dir) throws Exception {
    Path f = writeLog(dir, 10, null);
    List<String> l = lines(f);
    l.set(3, l.get(3).replace("\"BLOCK\"", "\"ALLOW\""));
    write(f, l);
    AuditVerification v = AuditLogVerifier.verify(f, null);
    assertFalse(v.intact());
    assertEquals(5, v.firstBadLine(), "the record after the edited one no longer chains");
    assertEquals(4, v.verifiedRecords());
  }

  @Test
  void editOfTheLastRecordIsCaughtByTheHmac(@TempDir Path dir) throws Exception {
    Path f = writeLog(dir, 10, KEY);
    List<String> l = lines(f);
    l.set(9, l.get(9).replace("\"BLOCK\"", "\"ALLOW\""));
    write(f, l);
    AuditVerification v = AuditLogVerifier.verify(f, KEY);
    assertFalse(v.intact());
    assertEquals(10, v.firstBadLine());
    assertTrue(v.problem().contains("HMAC"));
    AuditVerification wrongKey = AuditLogVerifier.verify(writeLog(dir.resolve(".."), 0, KEY), KEY);
    assertTrue(wrongKey.intact());
  }

  @Test
  void deletedRecordIsNamed(@TempDir Path dir) throws Exception {
    Path f = writeLog(dir, 10, null);
    List<String> l = lines(f);
    l.remove(6);
    write(f, l);
    AuditVerification v = AuditLogVerifier.verify(f, null);
    assertFalse(v.intact());
    assertEquals(7, v.firstBadLine());
  }

  @Test
  void reorderedRecordsAreNamed(@TempDir Path dir) throws Exception {
    Path f = writeLog(dir, 10, null);
    List<String> l = lines(f);
    Collections.swap(l, 2, 3);
    write(f, l);
    AuditVerification v = AuditLogVerifier.verify(f, null);
    assertFalse(v.intact());
    assertEquals(3, v.firstBadLine());
  }

  @Test
  void truncatedRecordIsReportedAsTorn(@TempDir Path dir) throws Exception {
    Path f = writeLog(dir, 10, null);
    byte[] bytes = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 25));
    AuditVerification v = AuditLogVerifier.verify(f, null);
    assertFalse(v.intact());
    assertTrue(v.tornTail());
    assertEquals(9, v.verifiedRecords(), "earlier records still verify");
    assertEquals(10, v.firstBadLine());
  }

  @Test
  void tornLastLineIsRecoveredOnReopen(@TempDir Path dir) throws Exception {
    Path f = writeLog(dir, 10, KEY);
    // simulate a crash in the middle of writing record 11
    Files.write(f, "{\"seq\":10,\"time\":\"2026-".getBytes(StandardCharsets.US_ASCII),
        java.nio.file.StandardOpenOption.APPEND);
    assertTrue(AuditLogVerifier.verify(f, KEY).tornTail());
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.always())) {
      s.record(event(42));
    }
    AuditVerification v = AuditLogVerifier.verify(f, KEY);
    assertTrue(v.intact(), v.problem());
    assertEquals(12, v.verifiedRecords(), "10 old + recovery + new");
    List<String> l = lines(f);
    assertTrue(l.get(10).contains("\"event\":\"recovery\"") && l.get(10).contains("\"tornBytes\":23"), l.get(10));
  }

  @Test
  void concurrentAppendsKeepTheChain(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.every(100))) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      for (int t = 0; t < 8; t++) {
        pool.submit(() -> {
          for (int i = 0; i < 250; i++) {
            s.record(event(i));
          }
        });
      }
      pool.shutdown();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    }
    AuditVerification v = AuditLogVerifier.verify(f, KEY);
    assertTrue(v.intact(), v.problem());
    assertEquals(2000, v.verifiedRecords());
  }

  @Test
  void twoSinksOnOneFileInterleaveSafely(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink a = AuditSinks.jsonLines(f); JsonLinesAuditSink b = AuditSinks.jsonLines(f)) {
      for (int i = 0; i < 50; i++) {
        a.record(event(i));
        b.record(event(i));
      }
    }
    AuditVerification v = AuditLogVerifier.verify(f, null);
    assertTrue(v.intact(), v.problem());
    assertEquals(100, v.verifiedRecords());
  }

  @Test
  void twoSinksOnOneFileFromManyThreads(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink a = AuditSinks.jsonLines(f, null, FsyncPolicy.onClose());
        JsonLinesAuditSink b = AuditSinks.jsonLines(f, null, FsyncPolicy.onClose())) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      for (int t = 0; t < 8; t++) {
        JsonLinesAuditSink s = t % 2 == 0 ? a : b;
        pool.submit(() -> {
          for (int i = 0; i < 100; i++) {
            s.record(event(i));
          }
        });
      }
      pool.shutdown();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    }
    AuditVerification v = AuditLogVerifier.verify(f, null);
    assertTrue(v.intact(), v.problem());
    assertEquals(800, v.verifiedRecords());
  }

  @Test
  void garbageLineIsNamed(@TempDir Path dir) throws Exception {
    Path f = writeLog(dir, 3, null);
    List<String> l = lines(f);
    l.add(1, "not json at all");
    write(f, l);
    AuditVerification v = AuditLogVerifier.verify(f, null);
    assertEquals(2, v.firstBadLine());
    assertEquals("not valid JSON", v.problem());
  }

  @Test
  void aRecordStaysSmallWhateverTheInputSoTheLogStaysUsable(@TempDir Path dir) throws Exception {
    // 1.4 million findings for one 45 MB input used to make a 154 MB line: "tampered" for the verifier and a log the
    // sink could not reopen
    List<AuditEvent.AuditFinding> many = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      many.add(new AuditEvent.AuditFinding("unicode-anomaly", "MIXED_SCRIPT", i, i + 1, 0.7, "FLAG"));
    }
    String huge = "x".repeat(5_000_000);
    AuditEvent big = new AuditEvent(Instant.parse("2026-11-26T10:00:00Z"), "check", huge, Set.of("r"), "USER_INPUT",
        "FLAG", "v1", null, 45_000_000, "ab".repeat(16), many, null, 1, Map.of("conversation", huge));
    Path f = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.onClose())) {
      s.record(big);
      s.record(event(1));
    }
    List<String> ls = lines(f);
    assertTrue(ls.get(0).length() < 200_000, "record of " + ls.get(0).length() + " chars");
    assertTrue(ls.get(0).contains("\"findingsOmitted\":199000"), ls.get(0).substring(0, 300));
    assertTrue(AuditLogVerifier.verify(f, KEY).intact());
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.onClose())) {
      s.record(event(2)); // reopens fine
    }
    assertEquals(3, AuditLogVerifier.verify(f, KEY).verifiedRecords());
  }

  @Test
  void nonAsciiByteInPlaceOfAQuestionMarkIsCaught(@TempDir Path dir) throws Exception {
    // the sink writes ASCII only; hashing a tampered line as US-ASCII used to turn every non-ASCII byte into '?',
    // so an edit of a '?' into any byte >= 0x80 kept both the hash chain and the HMAC valid
    Path f = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.onClose())) {
      for (int i = 0; i < 5; i++) {
        s.record(new AuditEvent(Instant.parse("2026-11-26T10:00:00Z"), "check", "user?" + i, Set.of(), "USER_INPUT",
            "ALLOW", "v1", null, 1, null, List.of(), null, 1, Map.of()));
      }
    }
    byte[] b = Files.readAllBytes(f);
    int q = -1;
    for (int i = 0, line = 0; i < b.length; i++) {
      if (b[i] == '\n') {
        line++;
      } else if (line == 2 && b[i] == '?') {
        q = i;
        break;
      }
    }
    assertTrue(q > 0);
    b[q] = (byte) 0xE9;
    Files.write(f, b);
    AuditVerification v = AuditLogVerifier.verify(f, KEY);
    assertFalse(v.intact(), "edited record verified");
    assertEquals(3, v.firstBadLine());
  }

  @Test
  void lineEndAddedToTheLastRecordIsCaughtByTheHmac(@TempDir Path dir) throws Exception {
    Path f = writeLog(dir, 3, KEY);
    byte[] b = Files.readAllBytes(f);
    byte[] t = java.util.Arrays.copyOf(b, b.length + 1);
    t[b.length - 1] = '\r';
    t[b.length] = '\n';
    Files.write(f, t);
    AuditVerification v = AuditLogVerifier.verify(f, KEY);
    assertFalse(v.intact(), "edited record verified");
    assertEquals(3, v.firstBadLine());
  }

  @Test
  void recordsCutFromTheEndAreCaughtWithAKnownHead(@TempDir Path dir) throws Exception {
    // a hash chain alone verifies after whole records are removed from its end; a head hash kept from an earlier
    // verification must still be found in the log
    Path f = writeLog(dir, 6, null);
    String head = AuditLogVerifier.verify(f, null).headHash();
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, null, FsyncPolicy.onClose())) {
      s.record(event(7));
    }
    assertTrue(AuditLogVerifier.verify(f, null, head).intact(), "a log that grew still holds the known head");
    List<String> l = lines(f);
    write(f, l.subList(0, 4));
    assertTrue(AuditLogVerifier.verify(f, null).intact(), "the cut log verifies as a chain");
    AuditVerification v = AuditLogVerifier.verify(f, null, head);
    assertFalse(v.intact());
    assertEquals(5, v.firstBadLine());
    assertTrue(v.problem().contains("removed"), v.problem());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> AuditLogVerifier.verify(f, null, "not-a-hash"));
  }

  @Test
  void aTornTailLeftWhileTheSinkIsOpenIsRecoveredOnTheNextAppend(@TempDir Path dir) throws Exception {
    // a writer that crashed (or this sink's own write that failed half way, disk full) leaves a torn tail; under the
    // exclusive lock nobody else is writing, so it is a dead write. The sink used to refuse every later record
    // (the Guard then blocked every check until the application reopened the log).
    Path f = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.always())) {
      s.record(event(0));
      Files.write(f, "{\"seq\":1,\"time\":\"2026".getBytes(StandardCharsets.US_ASCII),
          java.nio.file.StandardOpenOption.APPEND);
      s.record(event(1));
    }
    AuditVerification v = AuditLogVerifier.verify(f, KEY);
    assertTrue(v.intact(), v.problem());
    assertEquals(3, v.verifiedRecords());
    assertTrue(lines(f).get(1).contains("\"recovery\""), lines(f).get(1));
  }

  @Test
  void recordsCutFromTheEndWhileTheSinkIsOpenAreRecordedNotChainedOver(@TempDir Path dir) throws Exception {
    // an attacker (or a careless log tool) cuts the newest records while the application runs; the sink used to chain
    // its next record onto the shorter head, and the log verified as intact with no trace of the cut
    Path f = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.always())) {
      for (int i = 0; i < 4; i++) {
        s.record(event(i));
      }
      List<String> all = lines(f);
      write(f, all.subList(0, 2));
      s.record(event(9));
    }
    List<String> after = lines(f);
    assertEquals(4, after.size(), after.toString());
    assertTrue(after.get(2).contains("\"event\":\"truncation\"") && after.get(2).contains("\"missingRecords\":2"),
        after.get(2));
    AuditVerification v = AuditLogVerifier.verify(f, KEY);
    assertTrue(v.intact(), v.problem());
    // emptied while open
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.always())) {
      s.record(event(10));
      Files.write(f, new byte[0]);
      s.record(event(11));
    }
    assertTrue(lines(f).get(0).contains("\"truncation\""), lines(f).get(0));
    // a torn tail cut by another writer is no truncation
    try (JsonLinesAuditSink s = AuditSinks.jsonLines(f, KEY, FsyncPolicy.always())) {
      s.record(event(12));
      Files.write(f, "{\"seq\":9,\"ti".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
      s.record(event(13));
    }
    assertEquals(1, lines(f).stream().filter(l -> l.contains("\"truncation\"")).count());
  }

  @Test
  void theProblemNeverQuotesTextFromTheLog(@TempDir Path dir) throws Exception {
    // the verifier's message is printed by 'aisec audit verify': a forged seq holding an escaped terminal control
    // sequence must not come out decoded
    Path f = writeLog(dir, 3, null);
    List<String> l = lines(f);
    l.set(1, l.get(1).replace("\"seq\":1,", "\"seq\":\"\\u001b]0;owned\\u0007\","));
    write(f, l);
    AuditVerification v = AuditLogVerifier.verify(f, null);
    assertFalse(v.intact());
    assertEquals(2, v.firstBadLine());
    assertTrue(v.problem().chars().allMatch(c -> c >= 0x20 && c < 0x7f), v.problem());
    assertFalse(v.problem().contains("owned"), v.problem());
  }
}
