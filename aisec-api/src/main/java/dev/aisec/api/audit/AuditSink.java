package dev.aisec.api.audit;

/**
 * Receives audit events. Implementations must be thread-safe. A sink that cannot record an event throws
 * {@link AuditException}; the Guard then fails closed for that check.
 */
public interface AuditSink extends AutoCloseable {

  /** Records one event durably according to the sink's own policy. */
  void record(AuditEvent event);

  /** Flushes and releases resources. Idempotent. */
  @Override
  default void close() {}
}
