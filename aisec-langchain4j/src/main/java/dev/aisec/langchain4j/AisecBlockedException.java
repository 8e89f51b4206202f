package dev.aisec.langchain4j;

import dev.aisec.api.Channel;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.internal.Summaries;

/**
 * Thrown by {@link GuardedChatModel} when the Guard blocks a message on its way to or from the model. The message
 * names the channel, the policy version and the deciding detectors and finding types; it never contains the checked
 * text.
 */
public final class AisecBlockedException extends RuntimeException {

  private final Channel channel;
  private final transient Verdict verdict;

  public AisecBlockedException(Channel channel, Verdict verdict) {
    super("aisec blocked a " + channel + " message: " + Summaries.reasons(verdict));
    this.channel = channel;
    this.verdict = verdict;
  }

  /** The channel of the blocked text. */
  public Channel channel() {
    return channel;
  }

  /** The verdict (its text is empty; findings carry spans and types, not values). */
  public Verdict verdict() {
    return verdict;
  }
}
