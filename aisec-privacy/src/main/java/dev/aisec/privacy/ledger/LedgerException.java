package dev.aisec.privacy.ledger;

/**
 * The ledger file cannot be read, written or trusted. Fails closed: nothing is granted while it is thrown. Subtypes
 * name the cause: {@link LedgerTamperedException} (the MAC chain does not verify) and {@link LedgerKeyException} (the
 * ledger key is missing, unreadable, too short or readable by others). Messages never contain key material.
 */
public class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LedgerException(String message) {
    super(message);
  }

  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
