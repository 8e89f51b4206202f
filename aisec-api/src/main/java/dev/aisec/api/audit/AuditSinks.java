package dev.aisec.api.audit;

import java.nio.file.Path;

/** Factories for the audit sinks aisec ships. */
public final class AuditSinks {

  private AuditSinks() {}

  /** A sink that logs each event as JSON at INFO level on the SLF4J logger {@code dev.aisec.audit}. */
  public static AuditSink slf4j() {
    return new Slf4jAuditSink();
  }

  /** A tamper-evident JSON Lines log without HMAC, forced to disk after every record. */
  public static JsonLinesAuditSink jsonLines(Path file) {
    return JsonLinesAuditSink.open(file, null, FsyncPolicy.always());
  }

  /** A tamper-evident JSON Lines log with per-record HMACs under the key (at least 16 bytes). */
  public static JsonLinesAuditSink jsonLines(Path file, byte[] hmacKey, FsyncPolicy fsync) {
    return JsonLinesAuditSink.open(file, hmacKey, fsync);
  }

  /** A sink that keeps events in memory. */
  public static MemoryAuditSink memory() {
    return new MemoryAuditSink();
  }
}
