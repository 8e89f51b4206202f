package dev.aisec.privacy.aggregate;

/** What an aggregator does with NaN or infinite input values. Never passed through to the noise. */
public enum NonFinitePolicy {
  /** Throw {@link IllegalArgumentException}; nothing from the call is added. */
  REJECT,
  /** +infinity becomes the upper bound, -infinity the lower bound, NaN the lower bound. */
  CLAMP
}
