package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

import dev.aisec.api.Principal;
import dev.langchain4j.invocation.InvocationContext;
import java.util.function.Function;

/**
 * Finds the {@link AisecContext} of a LangChain4j invocation. Implementations must be thread-safe and must not throw;
 * aisec treats a resolver failure as the anonymous principal (which holds no capability).
 */
@FunctionalInterface
public interface AisecContextResolver {

  /** The context for the invocation; {@code invocation} may be null (direct model calls). Never returns null. */
  AisecContext resolve(InvocationContext invocation);

  /**
   * The standard resolver: the {@link AisecContext} (or bare {@link Principal}) stored under {@link AisecContext#KEY}
   * in the invocation parameters; otherwise the anonymous principal in the conversation named by the chat memory id.
   */
  static AisecContextResolver standard() {
    return invocation -> AisecContext.from(invocation)
        .orElseGet(() -> new AisecContext(Principal.anonymous(), AisecContext.memoryId(invocation)));
  }

  /**
   * A resolver that maps the invocation (for example its chat memory id or method arguments) to a principal with the
   * application's own function, for frameworks that keep the user elsewhere (Quarkus {@code SecurityIdentity}, Spring
   * {@code Authentication} captured at the call site). The context stored in the invocation parameters still wins.
   */
  static AisecContextResolver from(Function<InvocationContext, Principal> principalOf) {
    checkArgument(principalOf != null, "principalOf must not be null");
    return invocation -> AisecContext.from(invocation).orElseGet(() -> {
      Principal p = principalOf.apply(invocation);
      return new AisecContext(p == null ? Principal.anonymous() : p, AisecContext.memoryId(invocation));
    });
  }

  /** Resolves safely: never throws and never returns null. */
  static AisecContext safely(AisecContextResolver resolver, InvocationContext invocation) {
    try {
      AisecContext c = resolver.resolve(invocation);
      return c == null ? AisecContext.anonymous() : c;
    } catch (RuntimeException e) {
      return AisecContext.anonymous();
    }
  }
}
