package dev.aisec.api;

import java.util.Locale;

/**
 * Where a text comes from on its way to or from a model. Detectors and policy rules are enabled per channel: an
 * instruction is expected in {@link #USER_INPUT} but suspicious in {@link #RETRIEVED} text.
 */
public enum Channel {
  /** A message written by the application's user. */
  USER_INPUT,
  /** A document or passage retrieved for the prompt (RAG, web page, e-mail). */
  RETRIEVED,
  /** The result of a tool or function call that goes back to the model. */
  TOOL_RESULT,
  /** An answer produced by the model. */
  MODEL_OUTPUT;

  /**
   * Parses a channel name case-insensitively; accepts the short forms {@code user}, {@code retrieved}, {@code tool}
   * and {@code output}.
   */
  public static Channel parse(String name) {
    if (name == null) {
      throw new IllegalArgumentException("channel must not be null");
    }
    String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    switch (n) {
      case "USER":
        return USER_INPUT;
      case "TOOL":
        return TOOL_RESULT;
      case "OUTPUT":
      case "MODEL":
        return MODEL_OUTPUT;
      default:
        for (Channel c : values()) {
          if (c.name().equals(n)) {
            return c;
          }
        }
        throw new IllegalArgumentException(
            "channel must be one of USER_INPUT (user), RETRIEVED, TOOL_RESULT (tool), MODEL_OUTPUT (output), not '"
                + name + "'");
    }
  }
}
