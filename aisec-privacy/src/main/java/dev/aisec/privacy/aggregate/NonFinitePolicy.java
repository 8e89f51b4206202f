package dev.aisec.privacy.aggregate;

/** What an aggregator does with NaN or infinite input values. Never passed through to the noise. */
public enum NonFinitePolicy {
  /**
   * Throw {@link IllegalArgumentException}; nothing from the call is added. The exception reveals that the data held
   * a non-finite value: it is input validation for the data holder, raised before any release, and must not be shown
   * to the analyst who receives the release. Use {@link #CLAMP} when the caller of {@code add} is not trusted.
   */
  REJECT,
  /** +infinity becomes the upper bound, -infinity the lower bound, NaN the lower bound (data-independent). */
  CLAMP
}
