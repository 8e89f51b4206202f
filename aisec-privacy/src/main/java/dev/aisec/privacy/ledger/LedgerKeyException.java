package dev.aisec.privacy.ledger;

/**
 * The ledger key cannot be used: its file is missing while the ledger holds records, cannot be read, holds fewer than
 * {@value LedgerKey#MIN_BYTES} bytes, is owned by another user, or may be read or written by users other than its
 * owner. Fails closed; the
 * message names the key file, never the key.
 */
public final class LedgerKeyException extends LedgerException {
  private static final long serialVersionUID = 1L;

  public LedgerKeyException(String message) {
    super(message);
  }

  public LedgerKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
