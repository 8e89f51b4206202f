package dev.aisec.data.pii;

/**
 * Turns one detected value into its replacement. Implementations are thread-safe. The replacement must not contain
 * the value (the property tests check this for every built-in operator except {@link Operators#keep()}).
 */
@FunctionalInterface
public interface Operator {

  /**
   * The replacement for {@code value}, the text of {@code span}.
   *
   * @param value the original characters of the span
   * @param span the span (type, score)
   */
  String apply(String value, PiiSpan span);
}
