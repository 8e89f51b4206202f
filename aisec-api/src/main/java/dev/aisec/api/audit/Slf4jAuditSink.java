package dev.aisec.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each audit event as one line of JSON at INFO level to the SLF4J logger {@code dev.aisec.audit}. */
final class Slf4jAuditSink implements AuditSink {

  private static final Logger LOG = LoggerFactory.getLogger("dev.aisec.audit");

  @Override
  public void record(AuditEvent event) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    try {
      LOG.info(AuditJson.MAPPER.writeValueAsString(AuditJson.toNode(event)));
    } catch (JsonProcessingException e) {
      throw new AuditException("cannot serialise audit event", e);
    }
  }
}
