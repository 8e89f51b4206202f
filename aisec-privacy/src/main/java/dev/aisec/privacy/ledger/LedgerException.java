package dev.aisec.privacy.ledger;

/** The ledger file cannot be read, written or trusted (I/O error or a broken hash chain). Fails closed. */
public final class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LedgerException(String message) {
    super(message);
  }

  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
