package dev.aisec.api;

import java.util.List;

/**
 * Rewrites the spans of findings whose action is {@link Action#REDACT}. The Guard calls it once per check with the
 * REDACT findings; implementations must be thread-safe, must replace every given span entirely (so that no character
 * of a redacted value survives), and may keep state keyed by conversation (a pseudonym vault, for example).
 */
@FunctionalInterface
public interface Redactor {

  /**
   * Returns the text with the findings' spans replaced.
   *
   * @param input the checked input; {@code input.text()} is the original
   * @param findings the findings to redact, sorted by start, possibly overlapping
   */
  String redact(Input input, List<Finding> findings);

  /** The default redactor: every span becomes {@code [TYPE]}; overlapping spans are merged. */
  static Redactor typeTags() {
    return (input, findings) -> Spans.replace(input.text(), findings, f -> "[" + f.type() + "]");
  }
}
