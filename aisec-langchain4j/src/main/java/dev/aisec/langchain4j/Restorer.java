package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Puts original values back in place of pseudonyms before an answer reaches the user. A pseudonymising
 * {@link dev.aisec.api.Redactor} records each pseudonym in a vault scoped by the principal and the {@code conversation}
 * attribute of the checked {@link dev.aisec.api.Input} (aisec sets it to {@link AisecContext#conversationKey()}); the
 * restorer reads the same vault for the same context. Implementations must be thread-safe, must restore only
 * pseudonyms minted for the given principal and conversation, and must not throw (aisec fails closed when they do).
 */
@FunctionalInterface
public interface Restorer {

  /** Returns the text with the pseudonyms of the context's principal and conversation replaced by their originals. */
  String restore(AisecContext context, String text);

  /**
   * The read side of aisec-data's pseudonymising redactor: restores from the vault that
   * {@link dev.aisec.data.pii.PiiRedactor#pseudonymizing(int)} keeps for the conversation (tolerant of the case,
   * bracket and separator changes models make to tokens). Use the same redactor as the Guard's
   * {@link dev.aisec.api.Guard.Builder#redactor(dev.aisec.api.Redactor)}. The vault is the one of the context's
   * principal and {@link AisecContext#conversationKey()}, so one user never gets another user's originals back, even
   * with the same conversation id. Fails closed for a context that is not {@linkplain AisecContext#scoped() scoped}
   * (anonymous principal, default conversation): the text is returned with its pseudonyms left in place. Restoring
   * is a read: it never creates a vault nor marks one as used, so it cannot evict another conversation's vault; a
   * token whose vault was evicted stays as it is (see {@link dev.aisec.data.pii.PiiRedactor}).
   *
   * @throws IllegalArgumentException when the redactor is null or does not pseudonymise
   */
  static Restorer of(dev.aisec.data.pii.PiiRedactor pseudonymizingRedactor) {
    checkArgument(pseudonymizingRedactor != null, "pseudonymizingRedactor must not be null");
    checkArgument(pseudonymizingRedactor.pseudonymizing(), "pseudonymizingRedactor must pseudonymise");
    return (context, text) -> context == null || !context.scoped() || text == null ? text
        : pseudonymizingRedactor.restore(context.principal().id(), context.conversationKey(), text);
  }

  /** A restorer that leaves every text as it is (the default when no vault is configured). */
  static Restorer none() {
    return (context, text) -> text;
  }
}
