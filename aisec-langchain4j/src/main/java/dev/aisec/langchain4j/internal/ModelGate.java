package dev.aisec.langchain4j.internal;

import dev.aisec.api.Channel;
import dev.aisec.api.Guard;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.AisecBlockedException;
import dev.aisec.langchain4j.AisecContext;
import dev.aisec.langchain4j.GuardedChatModel;
import dev.aisec.langchain4j.Restorer;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;

/** The checks of the guarded model decorators, shared by the blocking and the streaming one. Immutable. */
public final class ModelGate {

  private final Guard guard;
  private final Restorer restorer;
  private final boolean restoring;
  private final boolean authorizeTools;

  /** A gate; {@code restorer} null means no restoring. */
  public ModelGate(Guard guard, Restorer restorer, boolean authorizeTools) {
    this.guard = guard;
    this.restorer = restorer;
    this.restoring = restorer != null;
    this.authorizeTools = authorizeTools;
  }

  /** The request with every user message and tool result checked; throws when a user message is blocked. */
  public ChatRequest checkRequest(ChatRequest request, AisecContext ctx) {
    List<ChatMessage> in = request.messages();
    List<ChatMessage> out = new ArrayList<>(in.size());
    boolean changed = false;
    for (ChatMessage m : in) {
      ChatMessage safe = m;
      if (m instanceof UserMessage um) {
        Checks.PartsResult r = Checks.checkParts(guard, ctx, Channel.USER_INPUT, um.contents(), "model", null);
        if (r.blocked() != null) {
          throw new AisecBlockedException(Channel.USER_INPUT, r.blocked());
        }
        if (r.changed()) {
          safe = um.toBuilder().contents(r.contents()).build();
        }
      } else if (m instanceof AiMessage am && restoring && am.text() != null && !am.text().isEmpty()) {
        // An earlier answer whose pseudonyms this model restored: pseudonymise it again before it goes back.
        Verdict v = Checks.check(guard, ctx, Channel.MODEL_OUTPUT, am.text(), "model-history", null);
        if (v.blocked()) {
          safe = am.toBuilder().text("[earlier answer withheld by aisec]").build();
        } else if (!v.text().equals(am.text())) {
          safe = am.toBuilder().text(v.text()).build();
        }
      } else if (m instanceof ToolExecutionResultMessage tm) {
        Checks.PartsResult r = Checks.checkParts(guard, ctx, Channel.TOOL_RESULT, tm.contents(), "model",
            tm.toolName());
        if (r.blocked() != null) {
          safe = tm.toBuilder().contents(List.of(TextContent.from(GuardedChatModel.TOOL_RESULT_WITHHELD + " ("
              + Summaries.reasons(r.blocked()) + ")"))).build();
        } else if (r.changed()) {
          safe = tm.toBuilder().contents(r.contents()).build();
        }
      }
      changed |= safe != m;
      out.add(safe);
    }
    return changed ? request.toBuilder().messages(out).build() : request;
  }

  /** The checked answer; throws when a tool call is refused or the answer or tool arguments are blocked. */
  public ChatResponse checkResponse(ChatResponse response, AisecContext ctx) {
    if (response == null || response.aiMessage() == null) {
      return response;
    }
    AiMessage ai = response.aiMessage();
    List<ToolExecutionRequest> calls = ai.hasToolExecutionRequests() ? ai.toolExecutionRequests() : List.of();
    for (ToolExecutionRequest call : calls) {
      String name = String.valueOf(call.name());
      if (authorizeTools) {
        guard.requireAuthorized(ctx.principal(), "tool:" + name);
      }
      String args = call.arguments() == null ? "" : call.arguments();
      Verdict v = Checks.check(guard, ctx, Channel.MODEL_OUTPUT, args, "model-tool-arguments", name);
      if (v.blocked()) {
        throw new AisecBlockedException(Channel.MODEL_OUTPUT, v);
      }
    }
    String text = ai.text();
    String safeText = text;
    if (text != null && !text.isEmpty()) {
      Verdict v = Checks.check(guard, ctx, Channel.MODEL_OUTPUT, text, "model", null);
      if (v.blocked()) {
        throw new AisecBlockedException(Channel.MODEL_OUTPUT, v);
      }
      safeText = restoring ? Restoring.restore(text, v, restorer, ctx) : v.text();
    }
    // The reasoning reaches the application too (Result, returnThinking, onCompleteResponse): it is checked like the
    // answer; a blocked reasoning is dropped (the answer itself passed), a redacted one rewritten, never restored.
    String thinking = ai.thinking();
    String safeThinking = thinking;
    if (thinking != null && !thinking.isEmpty()) {
      Verdict v = Checks.check(guard, ctx, Channel.MODEL_OUTPUT, thinking, "model-thinking", null);
      safeThinking = v.blocked() ? null : v.text();
    }
    boolean sameText = safeText == null || safeText.equals(text);
    if (sameText && java.util.Objects.equals(safeThinking, thinking)) {
      return response;
    }
    return response.toBuilder().aiMessage(ai.toBuilder().text(sameText ? text : safeText).thinking(safeThinking)
        .build()).build();
  }
}
