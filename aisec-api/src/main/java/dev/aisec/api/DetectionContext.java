package dev.aisec.api;

import dev.aisec.api.text.TextView;

/**
 * What a detector sees of one check: the input and the shared normalised view of its text, computed once per check.
 *
 * @param input the input as the caller gave it
 * @param view the normalised view with its offset map back to {@code input.text()}
 * @param prompts the registry of system prompts known to the Guard (may be empty, never null)
 */
public record DetectionContext(Input input, TextView view, PromptRegistry prompts) {

  public DetectionContext {
    if (input == null || view == null || prompts == null) {
      throw new IllegalArgumentException("detection context needs an input, a view and a prompt registry");
    }
  }

  /** A context for running a detector on its own, outside a Guard (tests, tools). */
  public static DetectionContext of(Input input) {
    return new DetectionContext(input, TextView.of(input.text()), PromptRegistry.empty());
  }

  /** The original text. */
  public String text() {
    return input.text();
  }

  /** The channel of the input. */
  public Channel channel() {
    return input.channel();
  }
}
