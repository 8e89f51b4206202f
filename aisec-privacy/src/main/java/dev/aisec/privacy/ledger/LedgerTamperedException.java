package dev.aisec.privacy.ledger;

/**
 * The ledger's MAC chain does not verify: a record was altered, reordered, inserted or removed, or the ledger was
 * written with another key. The ledger refuses every spend until the file is restored. The message names the first bad
 * record, never a key.
 */
public final class LedgerTamperedException extends LedgerException {
  private static final long serialVersionUID = 1L;

  public LedgerTamperedException(String message) {
    super(message);
  }
}
