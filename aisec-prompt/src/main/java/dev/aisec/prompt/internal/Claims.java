package dev.aisec.prompt.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * (p16paste) A claimed clearance or override that a short question reports rather than makes: "How should an agent
 * react when an e-mail claims the developers authorised it to skip its rules?". The text starts with a question word
 * and a reporting verb (claims, says, pretends, behauptet, prétend, afirma, утверждает, 声称 …) stands within
 * {@value #BEFORE} tokens before the rule hit. Bounded: at most {@value #BEFORE} tokens are looked at per hit, and
 * only in texts of at most {@value #MAX_CHARS} characters.
 */
public final class Claims {

  private Claims() {}

  static final int BEFORE = 8;
  static final int MAX_CHARS = 400;

  private static final Set<String> QUESTION = new HashSet<>(Arrays.asList("how", "why", "what", "should", "is",
      "can", "wie", "warum", "was", "sollte", "comment", "pourquoi", "que", "quoi", "cómo", "como", "por", "qué",
      "debe", "come", "perché", "cosa", "как", "почему", "что", "如", "为", "怎", "ど", "な"));

  private static final Set<String> REPORTING = new HashSet<>(Arrays.asList("claims", "claim", "claiming", "claimed",
      "says", "saying", "pretends", "pretending", "states", "asserts", "behauptet", "behaupten", "vorgibt", "prétend",
      "prétendant", "affirme", "afirma", "alega", "dice", "diz", "sostiene", "afferma", "утверждает", "заявляет",
      "称"));

  /** Whether the rule hit starting at token {@code a} is a claim reported in a short question. */
  public static boolean reportedInQuestion(String chunk, Tokens t, int a) {
    if (chunk.length() > MAX_CHARS || t.size == 0 || !QUESTION.contains(t.text[0])
        || chunk.indexOf('?') < 0 && chunk.indexOf('\uFF1F') < 0) {
      return false;
    }
    for (int j = Math.max(0, a - BEFORE); j < a; j++) {
      if (REPORTING.contains(t.text[j])) {
        return true;
      }
    }
    return false;
  }
}
