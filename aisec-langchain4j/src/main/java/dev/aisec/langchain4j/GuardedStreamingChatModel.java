package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

import dev.aisec.api.Guard;
import dev.aisec.langchain4j.internal.ModelGate;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.Set;

/**
 * The streaming counterpart of {@link GuardedChatModel}: the same checks on the request and on the complete answer,
 * for a {@link StreamingChatModel}. Nothing the model streams reaches the caller's handler before the complete answer
 * passed: partial tokens, partial thinking and partial tool calls are held back; when the answer passes, the handler
 * receives its safe (redacted and restored) text as one partial response, the authorised tool calls as complete tool
 * calls (AI services configured to run tools concurrently start them on these events), then the checked complete
 * response. A
 * blocked answer or refused tool call goes to {@code onError} ({@link AisecBlockedException},
 * {@link dev.aisec.api.CapabilityDeniedException}) and no token is released. A blocked user message fails before the
 * delegate is called (the exception is thrown, as the delegate's own validation errors are).
 *
 * <p>This trades the first-token latency of streaming for the guarantee that no unchecked text is shown; it also
 * avoids LangChain4j 1.19's replay of original tokens after an output guardrail rewrote the answer. The principal is
 * resolved as in {@link GuardedChatModel}. Immutable and thread-safe when the delegate is.
 */
public final class GuardedStreamingChatModel implements StreamingChatModel {

  private final StreamingChatModel delegate;
  private final Guard guard;
  private final AisecContext context;
  private final Restorer restorer;
  private final boolean authorizeTools;
  private final ModelGate gate;

  private GuardedStreamingChatModel(StreamingChatModel delegate, Guard guard, AisecContext context, Restorer restorer,
      boolean authorizeTools, ModelGate gate) {
    this.delegate = delegate;
    this.guard = guard;
    this.context = context;
    this.restorer = restorer;
    this.authorizeTools = authorizeTools;
    this.gate = gate;
  }

  /** Wraps a streaming model with the anonymous context, no restorer and tool authorisation on. */
  public static GuardedStreamingChatModel wrap(StreamingChatModel delegate, Guard guard) {
    return builder(delegate, guard).build();
  }

  /** A builder. */
  public static Builder builder(StreamingChatModel delegate, Guard guard) {
    return new Builder(delegate, guard);
  }

  /** A copy bound to another principal and conversation (shares the Guard and the verdict cache). */
  public GuardedStreamingChatModel with(AisecContext ctx) {
    checkArgument(ctx != null, "context must not be null");
    return new GuardedStreamingChatModel(delegate, guard, ctx, restorer, authorizeTools, gate);
  }

  @Override
  public void chat(ChatRequest chatRequest, StreamingChatResponseHandler handler) {
    chat(chatRequest, ChatRequestOptions.EMPTY, handler);
  }

  @Override
  public void chat(ChatRequest chatRequest, ChatRequestOptions options, StreamingChatResponseHandler handler) {
    if (chatRequest == null || handler == null) {
      throw new IllegalArgumentException("chatRequest and handler must not be null");
    }
    ChatRequestOptions opts = options == null ? ChatRequestOptions.EMPTY : options;
    AisecContext ctx = AisecContext.from(opts.listenerAttributes()).orElse(context);
    ChatRequest safe = gate.checkRequest(chatRequest, ctx);
    delegate.chat(safe, opts, new HoldingHandler(handler, ctx));
  }

  @Override
  public void doChat(ChatRequest chatRequest, StreamingChatResponseHandler handler) {
    chat(chatRequest, handler);
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

  /** Holds everything back until the complete answer passed the gate. One per call. */
  private final class HoldingHandler implements StreamingChatResponseHandler {
    private final StreamingChatResponseHandler target;
    private final AisecContext ctx;

    HoldingHandler(StreamingChatResponseHandler target, AisecContext ctx) {
      this.target = target;
      this.ctx = ctx;
    }

    @Override
    public void onPartialResponse(String partialResponse) {
      // held back: the complete response is checked first
    }

    @Override
    public void onPartialResponse(PartialResponse partialResponse, PartialResponseContext context) {
      // held back
    }

    @Override
    public void onPartialThinking(PartialThinking partialThinking) {
      // partial thinking is never released; the complete response carries the checked thinking
    }

    @Override
    public void onPartialThinking(PartialThinking partialThinking, PartialThinkingContext context) {
      // never released
    }

    @Override
    public void onPartialToolCall(PartialToolCall partialToolCall) {
      // held back: tool calls are authorised on the complete response
    }

    @Override
    public void onPartialToolCall(PartialToolCall partialToolCall, PartialToolCallContext context) {
      // held back
    }

    @Override
    public void onCompleteToolCall(CompleteToolCall completeToolCall) {
      // held back
    }

    @Override
    public void onCompleteResponse(ChatResponse completeResponse) {
      ChatResponse safe;
      try {
        safe = gate.checkResponse(completeResponse, ctx);
      } catch (RuntimeException | Error e) {
        // this runs on the provider's thread: an Error must reach the caller's handler too, or its stream never ends
        target.onError(e);
        return;
      }
      AiMessage ai = safe == null ? null : safe.aiMessage();
      String text = ai == null ? null : ai.text();
      if (text != null && !text.isEmpty()) {
        target.onPartialResponse(text);
      }
      if (ai != null && ai.hasToolExecutionRequests()) {
        // Released only now that every call is authorised (AI services may start tools on these events).
        List<ToolExecutionRequest> calls = ai.toolExecutionRequests();
        for (int i = 0; i < calls.size(); i++) {
          target.onCompleteToolCall(new CompleteToolCall(i, calls.get(i)));
        }
      }
      target.onCompleteResponse(safe);
    }

    @Override
    public void onError(Throwable error) {
      target.onError(error);
    }
  }

  /**
   * Builds a {@link GuardedStreamingChatModel}. Every setting means what it means on {@link GuardedChatModel.Builder},
   * with the same default and validation (both builders hand their settings to one shared implementation).
   */
  public static final class Builder {
    private final StreamingChatModel delegate;
    private final GateSettings settings;

    private Builder(StreamingChatModel delegate, Guard guard) {
      this.settings = new GateSettings(delegate, guard, delegate instanceof GuardedStreamingChatModel,
          "GuardedStreamingChatModel");
      this.delegate = delegate;
    }

    /** See {@link GuardedChatModel.Builder#context(AisecContext)}. */
    public Builder context(AisecContext ctx) {
      settings.context(ctx);
      return this;
    }

    /** See {@link GuardedChatModel.Builder#restorer(Restorer)}. */
    public Builder restorer(Restorer r) {
      settings.restorer(r);
      return this;
    }

    /** See {@link GuardedChatModel.Builder#authorizeToolCalls(boolean)}. */
    public Builder authorizeToolCalls(boolean authorize) {
      settings.authorizeTools = authorize;
      return this;
    }

    /** See {@link GuardedChatModel.Builder#trustHistory(boolean)}. */
    public Builder trustHistory(boolean trust) {
      settings.trustHistory = trust;
      return this;
    }

    /** See {@link GuardedChatModel.Builder#verdictCache(long)}. */
    public Builder verdictCache(long weight) {
      settings.verdictCache(weight);
      return this;
    }

    public GuardedStreamingChatModel build() {
      return new GuardedStreamingChatModel(delegate, settings.guard, settings.context, settings.restorer,
          settings.authorizeTools, settings.gate());
    }
  }
}
