package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

import dev.aisec.api.Principal;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.invocation.InvocationParameters;
import java.util.Map;
import java.util.Optional;

/**
 * Who is asking and in which conversation: the ThreadLocal-free context object that carries the current user and
 * roles through a LangChain4j call, so the role policy, capability grants and per-conversation pseudonym vault of
 * aisec apply to guardrails, retrievers, tools and the guarded model.
 *
 * <p>Pass it with the AI service call through {@link InvocationParameters} (LangChain4j hands those to guardrails,
 * retrievers and tools of the same invocation):
 *
 * <pre>{@code
 * interface Assistant { String chat(@UserMessage String msg, InvocationParameters params); }
 * assistant.chat(text, AisecContext.of(Principal.of("u-42", "support"), "ticket-7").toInvocationParameters());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param principal who the texts are checked for; never null
 * @param conversationId the application's conversation id (scopes pseudonyms and canaries); never blank
 */
public record AisecContext(Principal principal, String conversationId) {

  /** Key under which the context is stored in {@link InvocationParameters} and in listener attributes. */
  public static final String KEY = "aisec.context";

  /** Conversation id used when the application names none. */
  public static final String DEFAULT_CONVERSATION = "default";

  public AisecContext {
    checkArgument(principal != null, "context.principal must not be null");
    if (conversationId == null || conversationId.isBlank()) {
      throw new IllegalArgumentException("context.conversationId must not be blank");
    }
  }

  /** A context for the principal in the named conversation. */
  public static AisecContext of(Principal principal, String conversationId) {
    return new AisecContext(principal, conversationId);
  }

  /** A context for the principal in the {@link #DEFAULT_CONVERSATION}. */
  public static AisecContext of(Principal principal) {
    return new AisecContext(principal, DEFAULT_CONVERSATION);
  }

  /** The anonymous principal (no roles, so no capability) in the default conversation. */
  public static AisecContext anonymous() {
    return new AisecContext(Principal.anonymous(), DEFAULT_CONVERSATION);
  }

  /**
   * The key that scopes pseudonyms and canaries: principal id and conversation id together, so two users who share a
   * conversation id (for example LangChain4j's {@code "default"} memory id) never share a vault. The principal id is
   * length-prefixed ({@code "<length>:<principal id>:<conversation id>"}), so the key is injective: ids that contain
   * {@code ':'} cannot make two different (principal, conversation) pairs collide.
   */
  public String conversationKey() {
    return principal.id().length() + ":" + principal.id() + ":" + conversationId;
  }

  /**
   * Whether this context names a scope of its own: false for the {@linkplain Principal#anonymous() anonymous
   * principal} (its id, with any roles) in the {@link #DEFAULT_CONVERSATION}, which every caller without a context shares. Pseudonyms minted in
   * such a context are never restored ({@link Restorer#of(dev.aisec.data.pii.PiiRedactor)} fails closed), since any
   * other unidentified caller could otherwise read them back; and its checks carry no {@code conversation} attribute,
   * so a pseudonymising redactor keeps no vault for it at all.
   */
  public boolean scoped() {
    // (review19) by id, whatever the roles: Principal.of("anonymous", "guest") is every unidentified caller too
    return !(principal.id().equals(Principal.anonymous().id()) && DEFAULT_CONVERSATION.equals(conversationId));
  }

  /** New invocation parameters that hold this context under {@link #KEY}. */
  public InvocationParameters toInvocationParameters() {
    return InvocationParameters.from(KEY, this);
  }

  /** Stores this context into existing invocation parameters and returns them. */
  public InvocationParameters putInto(InvocationParameters parameters) {
    checkArgument(parameters != null, "parameters must not be null");
    parameters.put(KEY, this);
    return parameters;
  }

  /**
   * The context stored in the invocation's parameters, if any. Also accepts a bare {@link Principal} stored under
   * {@link #KEY}; then the conversation is the invocation's chat memory id.
   */
  public static Optional<AisecContext> from(InvocationContext invocation) {
    if (invocation == null) {
      return Optional.empty();
    }
    Optional<AisecContext> direct = from(invocation.invocationParameters() == null ? null
        : invocation.invocationParameters().asMap());
    if (direct.isPresent()) {
      return direct;
    }
    if (invocation.invocationParameters() != null
        && invocation.invocationParameters().asMap().get(KEY) instanceof Principal p) {
      return Optional.of(new AisecContext(p, memoryId(invocation)));
    }
    return Optional.empty();
  }

  /** The context stored under {@link #KEY} in a map (invocation parameters or listener attributes), if any. */
  public static Optional<AisecContext> from(Map<?, ?> attributes) {
    if (attributes == null) {
      return Optional.empty();
    }
    Object v = attributes.get(KEY);
    if (v == null) {
      v = attributes.get(AisecContext.class);
    }
    return v instanceof AisecContext c ? Optional.of(c) : Optional.empty();
  }

  static String memoryId(InvocationContext invocation) {
    Object id = invocation == null ? null : invocation.chatMemoryId();
    String s = id == null ? null : String.valueOf(id);
    return s == null || s.isBlank() ? DEFAULT_CONVERSATION : s;
  }
}
