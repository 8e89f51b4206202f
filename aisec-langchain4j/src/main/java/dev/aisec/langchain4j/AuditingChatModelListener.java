package dev.aisec.langchain4j;

import dev.aisec.api.Guard;
import dev.aisec.api.audit.AuditEvent;
import dev.aisec.api.audit.AuditSink;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An observe-only {@link ChatModelListener} that records every model request, response and error as an aisec
 * {@link AuditEvent} ({@code model_request}, {@code model_response}, {@code model_error}). Events carry lengths, keyed
 * hashes (the Guard's {@link Guard#auditHash(String)}), message counts, the model name, finish reason, tool names and
 * the error class, never message text or exception messages (a model or tool name that is not a plain identifier, such
 * as a hallucinated tool name, is recorded as {@code "?"}). The principal is the {@link AisecContext} found in the
 * listener attributes, otherwise {@code "unknown"}.
 *
 * <p>It never throws and never blocks: LangChain4j swallows listener exceptions anyway, and a sink failure is only
 * logged (class name only). Register it on the model builder ({@code .listeners(List.of(listener))}). Thread-safe.
 */
public final class AuditingChatModelListener implements ChatModelListener {

  private static final Logger LOG = LoggerFactory.getLogger(AuditingChatModelListener.class);

  private final Guard guard;
  private final AuditSink sink;
  private final Clock clock;

  private AuditingChatModelListener(Guard guard, AuditSink sink, Clock clock) {
    this.guard = guard;
    this.sink = sink;
    this.clock = clock;
  }

  /** A listener that records into the sink, hashing with the Guard's audit key under its policy version. */
  public static AuditingChatModelListener create(Guard guard, AuditSink sink) {
    return create(guard, sink, Clock.systemUTC());
  }

  /** As {@link #create(Guard, AuditSink)} with a clock for timestamps. */
  public static AuditingChatModelListener create(Guard guard, AuditSink sink, Clock clock) {
    if (guard == null || sink == null || clock == null) {
      throw new IllegalArgumentException("guard, sink and clock must not be null");
    }
    return new AuditingChatModelListener(guard, sink, clock);
  }

  @Override
  public void onRequest(ChatModelRequestContext requestContext) {
    try {
      ChatRequest req = requestContext.chatRequest();
      String text = requestText(req);
      Map<String, String> attrs = new TreeMap<>();
      attrs.put("provider", String.valueOf(requestContext.modelProvider()));
      attrs.put("messages", String.valueOf(req.messages().size()));
      if (req.modelName() != null) {
        attrs.put("model", name(req.modelName()));
      }
      if (req.toolSpecifications() != null && !req.toolSpecifications().isEmpty()) {
        attrs.put("tools", String.valueOf(req.toolSpecifications().size()));
      }
      record("model_request", requestContext.attributes(), text, attrs);
    } catch (RuntimeException e) {
      LOG.warn("aisec audit listener could not record a request ({})", e.getClass().getName());
    }
  }

  @Override
  public void onResponse(ChatModelResponseContext responseContext) {
    try {
      ChatResponse resp = responseContext.chatResponse();
      AiMessage ai = resp == null ? null : resp.aiMessage();
      String text = ai == null || ai.text() == null ? "" : ai.text();
      Map<String, String> attrs = new TreeMap<>();
      attrs.put("provider", String.valueOf(responseContext.modelProvider()));
      if (resp != null && resp.modelName() != null) {
        attrs.put("model", name(resp.modelName()));
      }
      if (resp != null && resp.finishReason() != null) {
        attrs.put("finishReason", resp.finishReason().name());
      }
      if (ai != null && ai.hasToolExecutionRequests()) {
        StringBuilder names = new StringBuilder();
        for (ToolExecutionRequest t : ai.toolExecutionRequests()) {
          if (names.length() > 0) {
            names.append(',');
          }
          names.append(name(t.name()));
        }
        attrs.put("toolCalls", names.toString());
      }
      if (resp != null && resp.tokenUsage() != null && resp.tokenUsage().totalTokenCount() != null) {
        attrs.put("tokens", String.valueOf(resp.tokenUsage().totalTokenCount()));
      }
      record("model_response", responseContext.attributes(), text, attrs);
    } catch (RuntimeException e) {
      LOG.warn("aisec audit listener could not record a response ({})", e.getClass().getName());
    }
  }

  @Override
  public void onError(ChatModelErrorContext errorContext) {
    try {
      Map<String, String> attrs = new TreeMap<>();
      attrs.put("provider", String.valueOf(errorContext.modelProvider()));
      attrs.put("error", errorContext.error() == null ? "unknown" : errorContext.error().getClass().getName());
      record("model_error", errorContext.attributes(), "", attrs);
    } catch (RuntimeException e) {
      LOG.warn("aisec audit listener could not record an error ({})", e.getClass().getName());
    }
  }

  private void record(String event, Map<Object, Object> listenerAttrs, String text, Map<String, String> attrs) {
    AisecContext ctx = AisecContext.from(listenerAttrs).orElse(null);
    String principal = ctx == null ? "unknown" : ctx.principal().id();
    if (ctx != null) {
      attrs.put("conversation", ctx.conversationKey());
    }
    AuditEvent e = new AuditEvent(clock.instant(), event, principal, ctx == null ? null : ctx.principal().roles(),
        null, "ALLOW", guard.policy().version(), null, text.length(), guard.auditHash(text), List.of(), null, 0,
        attrs);
    try {
      sink.record(e);
    } catch (RuntimeException ex) {
      LOG.warn("aisec audit sink failed for {} ({})", event, ex.getClass().getName());
    }
  }

  /** A model or tool name as recorded ({@link dev.aisec.langchain4j.internal.Names#safe}). */
  static String name(String n) {
    return dev.aisec.langchain4j.internal.Names.safe(n);
  }

  private static String requestText(ChatRequest req) {
    StringBuilder sb = new StringBuilder();
    for (ChatMessage m : req.messages()) {
      List<Content> parts = null;
      if (m instanceof UserMessage u) {
        parts = u.contents();
      } else if (m instanceof ToolExecutionResultMessage t) {
        parts = t.contents();
      } else if (m instanceof SystemMessage s) {
        sb.append(s.text()).append('\n');
      } else if (m instanceof AiMessage a && a.text() != null) {
        sb.append(a.text()).append('\n');
      }
      if (parts != null) {
        for (Content c : parts) {
          if (c instanceof TextContent tc) {
            sb.append(tc.text()).append('\n');
          }
        }
      }
    }
    return sb.toString();
  }
}
