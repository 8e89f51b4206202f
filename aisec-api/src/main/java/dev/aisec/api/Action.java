package dev.aisec.api;

/**
 * What the Guard does with an input, ordered from the most lenient to the strictest. When several findings lead to
 * different actions, the strictest one wins ({@link #strictest(Action, Action)}).
 */
public enum Action {
  /** Pass the text on unchanged. */
  ALLOW,
  /** Pass the text on unchanged but mark the verdict for review and audit. */
  FLAG,
  /** Pass on a rewritten text in which the offending spans are replaced. */
  REDACT,
  /** Do not pass the text on. */
  BLOCK;

  /** Returns the stricter of two actions; {@code null} counts as {@link #ALLOW}. */
  public static Action strictest(Action a, Action b) {
    if (a == null) {
      return b == null ? ALLOW : b;
    }
    if (b == null) {
      return a;
    }
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** Parses an action name case-insensitively, with a message naming the accepted values on failure. */
  public static Action parse(String name) {
    if (name == null) {
      throw new IllegalArgumentException("action must be one of ALLOW, FLAG, REDACT, BLOCK, not null");
    }
    for (Action a : values()) {
      if (a.name().equalsIgnoreCase(name.trim())) {
        return a;
      }
    }
    throw new IllegalArgumentException("action must be one of ALLOW, FLAG, REDACT, BLOCK, not '" + name + "'");
  }
}
