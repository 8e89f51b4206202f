package dev.aisec.api.audit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps audit events in memory, for tests, demos and short-lived tools. Thread-safe. */
public final class MemoryAuditSink implements AuditSink {

  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void record(AuditEvent event) {
    events.add(event);
  }

  /** A snapshot of the events recorded so far, oldest first. */
  public List<AuditEvent> events() {
    return List.copyOf(events);
  }
}
