package dev.aisec.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aisec.api.Guard;
import dev.aisec.api.Principal;
import dev.aisec.langchain4j.Fakes.ScriptedModel;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The builders of {@link GuardedChatModel} and {@link GuardedStreamingChatModel} share one implementation (round 16):
 * the same public methods, defaults, validation messages and meaning of every setting.
 */
class BuilderParityTest {

  private final Guard guard = Fakes.guard(new Fakes.Vault(), new Fakes.RecordingSink());
  private final AisecContext who = AisecContext.of(Principal.of("u-1", "support"), "c-1");

  private static TreeSet<String> api(Class<?> builder) {
    return Arrays.stream(builder.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
        .map(BuilderParityTest::signature).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String signature(Method m) {
    String ret = m.getReturnType().getSimpleName().equals("Builder") ? "Builder" : m.getReturnType().getName();
    return ret + " " + m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getName).toList();
  }

  @Test
  void bothBuildersKeepTheirPublicMethods() {
    List<String> expected = List.of("Builder authorizeToolCalls[boolean]",
        "Builder context[dev.aisec.langchain4j.AisecContext]", "Builder restorer[dev.aisec.langchain4j.Restorer]",
        "Builder trustHistory[boolean]", "Builder verdictCache[long]");
    TreeSet<String> chat = api(GuardedChatModel.Builder.class);
    TreeSet<String> streaming = api(GuardedStreamingChatModel.Builder.class);
    assertEquals(new TreeSet<>(List.of(expected.get(0), expected.get(1), expected.get(2), expected.get(3),
        expected.get(4), GuardedChatModel.class.getName() + " build[]")), chat);
    assertEquals(new TreeSet<>(List.of(expected.get(0), expected.get(1), expected.get(2), expected.get(3),
        expected.get(4), GuardedStreamingChatModel.class.getName() + " build[]")), streaming);
    // the methods are the builders' own (declared there, returning the concrete Builder), not inherited
    for (Method m : GuardedStreamingChatModel.Builder.class.getMethods()) {
      if (m.getName().equals("context")) {
        assertEquals(GuardedStreamingChatModel.Builder.class, m.getDeclaringClass());
        assertEquals(GuardedStreamingChatModel.Builder.class, m.getReturnType());
      }
    }
  }

  private static void sameMessage(String expected, Executable a, Executable b) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, a).getMessage());
    assertEquals(expected, assertThrows(IllegalArgumentException.class, b).getMessage());
  }

  @Test
  void bothBuildersValidateAlike() {
    ScriptedModel model = ScriptedModel.answering("ok");
    StreamingTest.ScriptedStreamingModel smodel = new StreamingTest.ScriptedStreamingModel("ok");
    sameMessage("context must not be null", () -> GuardedChatModel.builder(model, guard).context(null),
        () -> GuardedStreamingChatModel.builder(smodel, guard).context(null));
    sameMessage("restorer must not be null", () -> GuardedChatModel.builder(model, guard).restorer(null),
        () -> GuardedStreamingChatModel.builder(smodel, guard).restorer(null));
    sameMessage("verdictCache must not be negative", () -> GuardedChatModel.builder(model, guard).verdictCache(-1),
        () -> GuardedStreamingChatModel.builder(smodel, guard).verdictCache(-1));
    sameMessage("guard must not be null", () -> GuardedChatModel.builder(model, null),
        () -> GuardedStreamingChatModel.builder(smodel, null));
    sameMessage("delegate must not be null", () -> GuardedChatModel.builder(null, guard),
        () -> GuardedStreamingChatModel.builder(null, guard));
    sameMessage("delegate is already a GuardedChatModel",
        () -> GuardedChatModel.builder(GuardedChatModel.wrap(model, guard), guard), () -> {
          throw new IllegalArgumentException("delegate is already a GuardedChatModel");
        });
    sameMessage("delegate is already a GuardedStreamingChatModel",
        () -> GuardedStreamingChatModel.builder(GuardedStreamingChatModel.wrap(smodel, guard), guard), () -> {
          throw new IllegalArgumentException("delegate is already a GuardedStreamingChatModel");
        });
  }

  /** A history whose earlier "answer" carries an address: checked (redacted) unless the history is trusted. */
  private static ChatRequest history() {
    List<ChatMessage> messages = List.of(UserMessage.from("hello"),
        AiMessage.from("Write to boss@corp.example for that."), UserMessage.from("thanks"));
    return ChatRequest.builder().messages(messages).build();
  }

  private static final StreamingChatResponseHandler IGNORE = new StreamingChatResponseHandler() {
    @Override
    public void onPartialResponse(String s) {}

    @Override
    public void onCompleteResponse(ChatResponse r) {}

    @Override
    public void onError(Throwable t) {}
  };

  @Test
  void theNoOpRestorerMeansNoRestorerOnBothModels() {
    // trustHistory(true) with Restorer.none(): no restorer, so the trusted history is sent as it is. The streaming
    // builder read an explicit Restorer.none() as "a restorer is set" and checked (rewrote) the trusted history
    Function<ChatRequest, String> chat = r -> {
      ScriptedModel model = ScriptedModel.answering("ok");
      GuardedChatModel.builder(model, guard).context(who).trustHistory(true).restorer(Restorer.none()).build()
          .chat(r);
      return ((AiMessage) model.requests().get(0).messages().get(1)).text();
    };
    Function<ChatRequest, String> streaming = r -> {
      StreamingTest.ScriptedStreamingModel model = new StreamingTest.ScriptedStreamingModel("ok");
      GuardedStreamingChatModel.builder(model, guard).context(who).trustHistory(true).restorer(Restorer.none())
          .build().chat(r, IGNORE);
      return ((AiMessage) model.requests.get(0).messages().get(1)).text();
    };
    assertEquals("Write to boss@corp.example for that.", chat.apply(history()));
    assertEquals(chat.apply(history()), streaming.apply(history()));
  }
}
