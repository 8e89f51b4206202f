package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Puts original values back in place of pseudonyms before an answer reaches the user. A pseudonymising
 * {@link dev.aisec.api.Redactor} records each pseudonym in a vault scoped by the {@code conversation} attribute of the
 * checked {@link dev.aisec.api.Input}; the restorer reads the same vault with the same key
 * ({@link AisecContext#conversationKey()}). Implementations must be thread-safe, must restore only pseudonyms of the
 * given conversation, and must not throw (aisec fails closed when they do).
 */
@FunctionalInterface
public interface Restorer {

  /** Returns the text with the conversation's pseudonyms replaced by their original values. */
  String restore(String conversationKey, String text);

  /**
   * The read side of aisec-data's pseudonymising redactor: restores from the vault that
   * {@link dev.aisec.data.pii.PiiRedactor#pseudonymizing(int)} keeps for the conversation (tolerant of the case,
   * bracket and separator changes models make to tokens). Use the same redactor as the Guard's
   * {@link dev.aisec.api.Guard.Builder#redactor(dev.aisec.api.Redactor)}.
   */
  static Restorer of(dev.aisec.data.pii.PiiRedactor pseudonymizingRedactor) {
    checkArgument(pseudonymizingRedactor != null, "pseudonymizingRedactor must not be null");
    pseudonymizingRedactor.vault("aisec-langchain4j:probe"); // fails fast when the redactor does not pseudonymise
    return (conversationKey, text) -> pseudonymizingRedactor.vault(conversationKey).restore(text);
  }

  /** A restorer that leaves every text as it is (the default when no vault is configured). */
  static Restorer none() {
    return (conversationKey, text) -> text;
  }
}
