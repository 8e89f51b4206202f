package dev.aisec.privacy.ledger;

/**
 * Thrown when a spend or reservation would exceed a budget; nothing has been spent. Carries the remaining budget (of
 * the dataset, or of the principal when the principal's budget is the binding one) and the requested amount.
 */
public final class PrivacyBudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Budget remaining;
  private final transient Budget requested;

  public PrivacyBudgetExceededException(String scope, Budget remaining, Budget requested) {
    super("privacy budget exceeded for " + scope + ": requested " + requested + ", remaining " + remaining
        + "; nothing was spent");
    this.remaining = remaining;
    this.requested = requested;
  }

  public Budget remaining() {
    return remaining;
  }

  public Budget requested() {
    return requested;
  }
}
