package dev.aisec.langchain4j.testing;

import static com.google.common.base.Preconditions.checkArgument;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An in-process {@link ChatModel} that answers from rules instead of calling a provider: for tests, demos and examples
 * that must run without network. The first rule whose condition matches the request answers (with text, tool calls,
 * or anything a script wants to simulate, such as a leak); every request is recorded, so a test can assert what the
 * model saw. Thread-safe; listeners fire as for any {@link ChatModel}.
 */
public final class ScriptedChatModel implements ChatModel {

  private record Rule(Predicate<ChatRequest> when, Function<ChatRequest, AiMessage> answer) {}

  private final List<Rule> rules;
  private final Function<ChatRequest, AiMessage> otherwise;
  private final List<ChatModelListener> listeners;
  private final List<ChatRequest> seen = new CopyOnWriteArrayList<>();

  private ScriptedChatModel(Builder b) {
    this.rules = List.copyOf(b.rules);
    this.otherwise = b.otherwise;
    this.listeners = List.copyOf(b.listeners);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    seen.add(request);
    for (Rule r : rules) {
      if (r.when().test(request)) {
        return ChatResponse.builder().aiMessage(r.answer().apply(request)).build();
      }
    }
    return ChatResponse.builder().aiMessage(otherwise.apply(request)).build();
  }

  @Override
  public List<ChatModelListener> listeners() {
    return listeners;
  }

  @Override
  public ModelProvider provider() {
    return ModelProvider.OTHER;
  }

  /** Every request the model received, oldest first. */
  public List<ChatRequest> requests() {
    return List.copyOf(seen);
  }

  /** The text of the last user message of a request (all its text parts joined), or "". */
  public static String lastUserText(ChatRequest request) {
    List<ChatMessage> ms = request.messages();
    for (int i = ms.size() - 1; i >= 0; i--) {
      if (ms.get(i) instanceof UserMessage u) {
        return texts(u.contents());
      }
    }
    return "";
  }

  /** The last message of a request when it is a tool result, or null. */
  public static ToolExecutionResultMessage lastToolResult(ChatRequest request) {
    List<ChatMessage> ms = request.messages();
    return !ms.isEmpty() && ms.get(ms.size() - 1) instanceof ToolExecutionResultMessage t ? t : null;
  }

  /** Every text of a request, one message per line, as a model would read it. */
  public static String transcript(ChatRequest request) {
    StringBuilder sb = new StringBuilder();
    for (ChatMessage m : request.messages()) {
      sb.append(m.type()).append(": ");
      if (m instanceof UserMessage u) {
        sb.append(texts(u.contents()));
      } else if (m instanceof SystemMessage s) {
        sb.append(s.text());
      } else if (m instanceof AiMessage a) {
        sb.append(a.text() == null ? "" : a.text());
        if (a.hasToolExecutionRequests()) {
          a.toolExecutionRequests().forEach(t -> sb.append(" [calls ").append(t.name()).append(' ')
              .append(t.arguments()).append(']'));
        }
      } else if (m instanceof ToolExecutionResultMessage t) {
        sb.append(texts(t.contents()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String texts(List<Content> contents) {
    List<String> out = new ArrayList<>();
    for (Content c : contents) {
      if (c instanceof TextContent t) {
        out.add(t.text());
      }
    }
    return String.join("\n", out);
  }

  /** Builds a {@link ScriptedChatModel}. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private Function<ChatRequest, AiMessage> otherwise = r -> AiMessage.from("OK.");
    private final List<ChatModelListener> listeners = new ArrayList<>();

    private Builder() {}

    /** Adds a rule; rules are tried in the order added. */
    public Builder when(Predicate<ChatRequest> condition, Function<ChatRequest, AiMessage> answer) {
      if (condition == null || answer == null) {
        throw new IllegalArgumentException("rule condition and answer must not be null");
      }
      rules.add(new Rule(condition, answer));
      return this;
    }

    /** Adds a rule on the last user message's text (ASCII case-insensitive substring). */
    public Builder whenUserSays(String phrase, Function<ChatRequest, AiMessage> answer) {
      checkArgument(phrase != null, "phrase must not be null");
      String p = phrase.toLowerCase(java.util.Locale.ROOT);
      return when(r -> lastUserText(r).toLowerCase(java.util.Locale.ROOT).contains(p), answer);
    }

    /** The answer when no rule matches (default "OK."). */
    public Builder otherwise(Function<ChatRequest, AiMessage> answer) {
      checkArgument(answer != null, "otherwise must not be null");
      this.otherwise = answer;
      return this;
    }

    /** Adds a listener fired on every call. */
    public Builder listener(ChatModelListener listener) {
      checkArgument(listener != null, "listener must not be null");
      listeners.add(listener);
      return this;
    }

    public ScriptedChatModel build() {
      return new ScriptedChatModel(this);
    }
  }
}
