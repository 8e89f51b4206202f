package dev.aisec.api.audit;

/** An audit sink could not record or read events. The message never holds raw input text. */
public final class AuditException extends RuntimeException {

  public AuditException(String message) {
    super(message);
  }

  public AuditException(String message, Throwable cause) {
    super(message, cause);
  }
}
