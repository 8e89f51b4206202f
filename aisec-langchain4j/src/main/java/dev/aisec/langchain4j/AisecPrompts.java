package dev.aisec.langchain4j;

import dev.aisec.prompt.CanaryDetector;
import dev.langchain4j.invocation.InvocationContext;
import java.util.function.Function;

/**
 * System prompts with a per-conversation canary token, for
 * {@code AiServices.builder(..).systemMessageProviderWithContext(..)}. The canary is issued by aisec-prompt's
 * {@link CanaryDetector} under the invocation's {@link AisecContext#conversationKey()}, which is the conversation the
 * guardrails and the guarded model put on every checked text, so the detector (installed in the Guard, policy id
 * {@code canary}) recognises a leak of exactly this conversation's prompt.
 */
public final class AisecPrompts {

  private AisecPrompts() {}

  /** The system prompt followed by the conversation's canary line, with the standard context resolver. */
  public static Function<InvocationContext, String> withCanary(String systemPrompt, CanaryDetector canaries) {
    return withCanary(systemPrompt, canaries, AisecContextResolver.standard());
  }

  /** The system prompt followed by the conversation's canary line. */
  public static Function<InvocationContext, String> withCanary(String systemPrompt, CanaryDetector canaries,
      AisecContextResolver resolver) {
    if (systemPrompt == null || canaries == null || resolver == null) {
      throw new IllegalArgumentException("systemPrompt, canaries and resolver must not be null");
    }
    return invocation -> {
      AisecContext ctx = AisecContextResolver.safely(resolver, invocation);
      return systemPrompt + "\n" + canaries.issue(ctx.conversationKey()).systemPromptLine();
    };
  }
}
