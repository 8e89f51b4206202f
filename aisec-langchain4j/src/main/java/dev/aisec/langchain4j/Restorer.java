package dev.aisec.langchain4j;

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

  /** A restorer that leaves every text as it is (the default when no vault is configured). */
  static Restorer none() {
    return (conversationKey, text) -> text;
  }
}
