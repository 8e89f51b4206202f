package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

import dev.aisec.api.CapabilityDeniedException;
import dev.aisec.api.Guard;
import dev.aisec.langchain4j.internal.ModelGate;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Set;

/**
 * A {@link ChatModel} decorator that puts every text on its way to and from the model through the aisec
 * {@link Guard}: for applications that call the model directly and for agents that loop over tools.
 *
 * <p>On the way in, every user message (each text part; images and other parts pass unchecked) is checked as
 * USER_INPUT and every tool result as TOOL_RESULT. System messages are checked on USER_INPUT too (templates can put user
 * variables there), except the texts registered with the Guard's {@link dev.aisec.api.PromptRegistry} and the canary
 * line of {@link AisecPrompts}, which are trusted: register your system prompt ({@code guard.prompts().register(..)}),
 * or it is checked as user input (a registered template's literal fragments are trusted, its filled-in values are
 * checked). {@code CustomMessage} text attributes are checked on USER_INPUT (an attribute that is
 * not text, number or boolean, or an unknown message type, throws {@link IllegalArgumentException}: fail closed), and
 * the descriptions of the request's tool specifications (which may come from an MCP server) on TOOL_RESULT; a blocked
 * system or custom message or tool description throws {@link AisecBlockedException}. Earlier answers (AI messages of the history) are not trusted by default:
 * their text and reasoning are checked on MODEL_OUTPUT like a new answer (see {@link Builder#trustHistory(boolean)}).
 * The whole history
 * is checked on every call, so a raw message kept in chat memory is redacted again; a bounded verdict cache
 * ({@link Builder#verdictCache(long)}, keyed by a secret-prefixed SHA-256 of Guard, policy version, registered prompts, channel,
 * principal, roles, conversation and text) keeps that O(N) checks for N turns instead of O(N&sup2;). A blocked user message throws
 * {@link AisecBlockedException} and the delegate is not called; a blocked tool result is replaced by
 * {@link #TOOL_RESULT_WITHHELD} so the agent can go on; REDACT rewrites the text.
 *
 * <p>On the way out, every tool call the model asks for is authorised as capability {@code tool:NAME} for the
 * principal (default deny: a refused call throws {@link CapabilityDeniedException} before any tool runs; a name that
 * is not a plain identifier, 1 to 128 characters of {@code [A-Za-z0-9_.:/-]}, is refused as {@code tool:?}), its
 * arguments are checked on MODEL_OUTPUT (a canary or exfiltration link in arguments blocks; on REDACT the JSON string
 * values of the forwarded call are redacted, or the answer is blocked when that cannot be done safely), and the answer
 * text is
 * checked on MODEL_OUTPUT (BLOCK throws {@link AisecBlockedException}, REDACT rewrites), then the {@link Restorer}
 * puts the conversation's pseudonyms back in the answer text. The model's reasoning ({@code AiMessage.thinking()}) is
 * checked on MODEL_OUTPUT too: a blocked reasoning is removed from the response, a redacted one rewritten (never
 * restored). When a restorer is set, earlier answers in the history
 * are always checked again on the way in, so restored values are pseudonymised again before they go back to the model.
 * Tool arguments are not restored here (they stay in the chat memory); {@link AisecTools} restores them just before
 * the tool runs.
 *
 * <p>The principal: the {@link AisecContext} found under {@link AisecContext#KEY} in the call's
 * {@link ChatRequestOptions#listenerAttributes()}, otherwise the context bound with {@link #with(AisecContext)} or the
 * builder (anonymous by default). AI services call {@code chat(ChatRequest)} without options, so behind
 * {@code AiServices} bind a context per user or use the guardrails, which see the invocation's context.
 *
 * <p>Both {@code chat(ChatRequest)} overloads are guarded; {@code defaultRequestParameters()}, {@code provider()} and
 * {@code supportedCapabilities()} are forwarded. The delegate fires its own listeners, so {@link #listeners()} is
 * empty. Immutable and thread-safe when the delegate is.
 */
public final class GuardedChatModel implements ChatModel {

  /** Text that replaces a tool result the Guard blocked. */
  public static final String TOOL_RESULT_WITHHELD = "[tool result withheld by aisec]";

  /** Default size of the verdict cache of request messages (see {@link Builder#verdictCache(long)}). */
  public static final long DEFAULT_VERDICT_CACHE = 10_000;

  private final ChatModel delegate;
  private final Guard guard;
  private final AisecContext context;
  private final Restorer restorer;
  private final boolean authorizeTools;
  private final boolean restoring;
  private final ModelGate gate;

  private GuardedChatModel(ChatModel delegate, Guard guard, AisecContext context, Restorer restorer,
      boolean authorizeTools, ModelGate gate) {
    this.delegate = delegate;
    this.guard = guard;
    this.context = context;
    this.restorer = restorer;
    this.authorizeTools = authorizeTools;
    this.restoring = restorer != GateSettings.NO_RESTORE;
    this.gate = gate;
  }

  /** Wraps a model with the anonymous context, no restorer and tool authorisation on. */
  public static GuardedChatModel wrap(ChatModel delegate, Guard guard) {
    return builder(delegate, guard).build();
  }

  /** A builder for a guarded model. */
  public static Builder builder(ChatModel delegate, Guard guard) {
    return new Builder(delegate, guard);
  }

  /**
   * A copy bound to another principal and conversation (cheap; shares the delegate, the Guard and the verdict
   * cache, whose entries are keyed by principal and conversation).
   */
  public GuardedChatModel with(AisecContext ctx) {
    checkArgument(ctx != null, "context must not be null");
    return new GuardedChatModel(delegate, guard, ctx, restorer, authorizeTools, gate);
  }

  /** The wrapped model. */
  public ChatModel delegate() {
    return delegate;
  }

  @Override
  public ChatResponse chat(ChatRequest chatRequest) {
    return chat(chatRequest, ChatRequestOptions.EMPTY);
  }

  @Override
  public ChatResponse chat(ChatRequest chatRequest, ChatRequestOptions options) {
    checkArgument(chatRequest != null, "chatRequest must not be null");
    ChatRequestOptions opts = options == null ? ChatRequestOptions.EMPTY : options;
    AisecContext ctx = AisecContext.from(opts.listenerAttributes()).orElse(context);
    ChatRequest safe = gate.checkRequest(chatRequest, ctx);
    ChatResponse response = delegate.chat(safe, opts);
    return gate.checkResponse(response, ctx);
  }

  @Override
  public ChatResponse doChat(ChatRequest chatRequest) {
    return chat(chatRequest);
  }

  @Override
  public ChatRequestParameters defaultRequestParameters() {
    return delegate.defaultRequestParameters();
  }

  @Override
  public ModelProvider provider() {
    return delegate.provider();
  }

  @Override
  public Set<Capability> supportedCapabilities() {
    return delegate.supportedCapabilities();
  }

  @Override
  public List<ChatModelListener> listeners() {
    return List.of();
  }

  /** Builds a {@link GuardedChatModel}. */
  public static final class Builder {
    private final ChatModel delegate;
    private final GateSettings settings;

    private Builder(ChatModel delegate, Guard guard) {
      this.settings = new GateSettings(delegate, guard, delegate instanceof GuardedChatModel, "GuardedChatModel");
      this.delegate = delegate;
    }

    /** The principal and conversation used when a call carries none (default anonymous, no capability). */
    public Builder context(AisecContext ctx) {
      settings.context(ctx);
      return this;
    }

    /** Puts pseudonyms back into answer texts (default: none). */
    public Builder restorer(Restorer r) {
      settings.restorer(r);
      return this;
    }

    /**
     * Whether tool calls in answers are authorised as {@code tool:NAME} (default true). Turn off only when the tools
     * are authorised elsewhere ({@link AisecTools}).
     */
    public Builder authorizeToolCalls(boolean authorize) {
      settings.authorizeTools = authorize;
      return this;
    }

    /**
     * Whether the earlier answers (AI messages) in a request's history are trusted as the model's own (default
     * false: fail closed). Untrusted, each earlier answer's text and reasoning are checked on MODEL_OUTPUT like a new
     * answer (a blocked one is replaced by {@code "[earlier answer withheld by aisec]"}, personal data redacted),
     * because an application that accepts the history from its client cannot tell a forged "answer" from a real one.
     * Set it only when the history never leaves your server (chat memory you own). With a restorer the answers are
     * always checked, whatever this says: restored values must be pseudonymised again before they go back.
     */
    public Builder trustHistory(boolean trust) {
      settings.trustHistory = trust;
      return this;
    }

    /**
     * Size of the verdict cache for request messages, in weight units (about one per message of up to 1 KiB of
     * text; default {@value GuardedChatModel#DEFAULT_VERDICT_CACHE}); 0 turns it off, so every message of the
     * history is checked again on every call. The cache makes the checks of an agent loop of N turns O(N) instead of
     * O(N&sup2;): a message seen before with the same Guard, policy version, registered prompts, channel, principal
     * and roles, conversation and text gets the earlier verdict without running the detectors again. A reused FLAG
     * or REDACT verdict is audited again ({@link Guard#recordReuse}, attribute {@code reused=true}); a reused ALLOW
     * verdict is not (its first check is in the audit trail). Keys are SHA-256 digests over a random secret prefix,
     * never the text. Blocked verdicts and verdicts that carry a detector or Guard error are not cached. Turn it off
     * if one of your detectors is not a deterministic function of the text and the registered prompts.
     */
    public Builder verdictCache(long weight) {
      settings.verdictCache(weight);
      return this;
    }

    public GuardedChatModel build() {
      return new GuardedChatModel(delegate, settings.guard, settings.context, settings.restorer,
          settings.authorizeTools, settings.gate());
    }
  }
}
