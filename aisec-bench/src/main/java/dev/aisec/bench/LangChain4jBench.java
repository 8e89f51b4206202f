package dev.aisec.bench;

import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.Verdict;
import dev.aisec.api.detect.UnicodeAnomalyDetector;
import dev.aisec.data.pii.PiiDetector;
import dev.aisec.langchain4j.AisecContext;
import dev.aisec.langchain4j.AisecInputGuardrail;
import dev.aisec.langchain4j.GuardedChatModel;
import dev.aisec.prompt.IndirectInjectionDetector;
import dev.aisec.prompt.OutputLeakDetector;
import dev.aisec.prompt.PromptInjectionDetector;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.GuardrailRequestParams;
import dev.langchain4j.guardrail.InputGuardrailRequest;
import dev.langchain4j.guardrail.InputGuardrailResult;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the LangChain4j integration adds on top of the Guard: the input guardrail against one direct
 * {@code guard.check} of the same user text, and the guarded model (user message in, answer out, with an in-process
 * delegate that answers instantly) against the two direct checks it performs. Same Guard, default policy and the
 * standard detectors (Unicode anomaly, prompt and indirect injection, output leak, PII) on both sides.
 * Run: {@code java -jar aisec-bench/target/benchmarks.jar LangChain4jBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LangChain4jBench {

  @Param({"200", "2048"})
  public int size;

  private String text;
  private String answer;
  private Guard guard;
  private Principal principal;
  private AisecInputGuardrail inputGuardrail;
  private InputGuardrailRequest request;
  private GuardedChatModel guarded;
  private GuardedChatModel historyCached;
  private GuardedChatModel historyUncached;
  private ChatRequest historyRequest;
  private ChatRequest chatRequest;

  @Setup
  public void setUp() {
    String[] words = {"please", "check", "the", "status", "of", "my", "order", "and", "the", "delivery", "address"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < size; i++) {
      sb.append(words[i % words.length]).append(' ');
    }
    text = sb.substring(0, size);
    answer = "Your order shipped on Monday and arrives on Thursday. " + text.substring(0, size / 2);
    guard = Guard.builder()
        .detector(UnicodeAnomalyDetector.standard())
        .detector(PromptInjectionDetector.standard())
        .detector(IndirectInjectionDetector.standard())
        .detector(OutputLeakDetector.standard())
        .detector(PiiDetector.standard())
        .build();
    principal = Principal.of("bench", "customer");
    AisecContext ctx = AisecContext.of(principal, "bench-conversation");
    inputGuardrail = AisecInputGuardrail.of(guard);
    InvocationContext ic = InvocationContext.builder().invocationId(UUID.randomUUID()).interfaceName("Bench")
        .methodName("chat").chatMemoryId("bench-conversation").invocationParameters(ctx.toInvocationParameters())
        .timestampNow().build();
    request = InputGuardrailRequest.builder().userMessage(UserMessage.from(text))
        .commonParams(GuardrailRequestParams.builder().userMessageTemplate("").variables(Map.of())
            .invocationContext(ic).build())
        .build();
    ChatResponse fixed = ChatResponse.builder().aiMessage(AiMessage.from(answer)).build();
    ChatModel instant = new ChatModel() {
      @Override
      public ChatResponse doChat(ChatRequest r) {
        return fixed;
      }
    };
    // verdictCache(0): this benchmark repeats one request, which the verdict cache would answer without checking
    guarded = GuardedChatModel.builder(instant, guard).context(ctx).verdictCache(0).build();
    chatRequest = ChatRequest.builder().messages(UserMessage.from(text)).build();
    // a 20-turn history (distinct user messages and answers) ending with a new user message
    java.util.List<dev.langchain4j.data.message.ChatMessage> turns = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      turns.add(UserMessage.from("turn " + i + ": " + text));
      turns.add(AiMessage.from("answer " + i + ": " + answer));
    }
    turns.add(UserMessage.from("last turn: " + text));
    historyRequest = ChatRequest.builder().messages(turns).build();
    historyCached = GuardedChatModel.builder(instant, guard).context(ctx).build();
    historyUncached = GuardedChatModel.builder(instant, guard).context(ctx).verdictCache(0).build();
  }

  @Benchmark
  public InputGuardrailResult inputGuardrail() {
    return inputGuardrail.validate(request);
  }

  @Benchmark
  public Verdict baselineGuardCheck() {
    return guard.check(Input.user(principal, text));
  }

  @Benchmark
  public ChatResponse guardedModelChat() {
    return guarded.chat(chatRequest);
  }

  /**
   * A call with a 20-turn history through the default verdict cache: after the first call every history message is
   * served from the cache (an agent loop sends the same history again with one new message).
   */
  @Benchmark
  public ChatResponse history20Cached() {
    return historyCached.chat(historyRequest);
  }

  /** The same call without the cache: all 41 messages and the answer are checked on every call. */
  @Benchmark
  public ChatResponse baselineHistory20Uncached() {
    return historyUncached.chat(historyRequest);
  }

  @Benchmark
  public Verdict baselineTwoGuardChecks() {
    guard.check(Input.user(principal, text));
    return guard.check(Input.modelOutput(principal, answer));
  }
}
