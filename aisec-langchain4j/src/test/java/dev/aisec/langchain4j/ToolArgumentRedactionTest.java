package dev.aisec.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.api.Channel;
import dev.aisec.api.Guard;
import dev.aisec.api.Principal;
import dev.aisec.langchain4j.Fakes.ScriptedModel;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A REDACT verdict on tool-call arguments: the JSON string values are redacted, or the call does not go out. */
class ToolArgumentRedactionTest {

  private final Fakes.Vault vault = new Fakes.Vault();
  private final Guard guard = Fakes.guard(vault, new Fakes.RecordingSink());
  private final AisecContext admin = AisecContext.of(Principal.of("u-admin", "admin"), "t-1");
  private final List<String> received = new CopyOnWriteArrayList<>();

  private ToolExecutor executor(AisecTools.Builder b) {
    b.tool(ToolSpecification.builder().name("send").build(), (req, mem) -> {
      received.add(req.arguments());
      return "sent";
    });
    return b.build().values().iterator().next();
  }

  private ToolExecutionResult run(ToolExecutor ex, String args) {
    return ex.executeWithContext(ToolExecutionRequest.builder().id("1").name("send").arguments(args).build(),
        dev.langchain4j.invocation.InvocationContext.builder()
            .invocationParameters(admin.toInvocationParameters()).build());
  }

  @Test
  void aToolReceivesRedactedStringValues() {
    ToolExecutionResult r = run(executor(AisecTools.builder(guard)),
        "{\"to\": \"boss@corp.example\", \"cc\": [\"x\", {\"m\": \"write to eve@corp.example\"}], \"n\": 3}");
    assertEquals(1, received.size());
    String got = received.get(0);
    assertFalse(got.contains("@corp.example"), got);
    assertTrue(got.contains("<EMAIL_ADDRESS_") && got.contains("\"n\":3"), got);
    assertFalse(r.isError());
  }

  @Test
  void redactedArgumentsAreNotRestoredEvenForANamedTool() {
    ToolExecutor ex = executor(AisecTools.builder(guard).restorer(vault).restoreArgumentsOf("send"));
    run(ex, "{\"to\": \"boss@corp.example\"}");
    assertFalse(received.get(0).contains("boss@corp.example"), received.get(0));
  }

  @Test
  void argumentsThatCannotBeRedactedSafelyStopTheCall() {
    ToolExecutor ex = executor(AisecTools.builder(guard));
    for (String args : List.of("send it to boss@corp.example", "{\"boss@corp.example\": \"x\"}",
        "\"boss@corp.example\"", "{\"to\": \"boss@corp.example\"} trailing", "{\"a\": \"x\", \"a\": \"boss@corp.example\"}")) {
      ToolExecutionResult r = run(ex, args);
      assertTrue(r.isError(), args);
      assertTrue(r.resultText().startsWith(AisecTools.ARGUMENTS_NOT_REDACTABLE), r.resultText());
      assertFalse(r.resultText().contains("boss@"), r.resultText());
    }
    assertEquals(List.of(), received);
  }

  @Test
  void escapedDataIsCheckedAsTheToolWillReadIt() {
    // a JSON \\u escape for "@" hides the address from a check of the raw JSON; the tool's parser undoes them
    run(executor(AisecTools.builder(guard)), "{\"to\": \"boss\\u0040corp.example\"}");
    assertEquals(1, received.size());
    assertFalse(received.get(0).contains("boss"), received.get(0));
    assertTrue(received.get(0).contains("<EMAIL_ADDRESS_"), received.get(0));
  }

  @Test
  void redactedArgumentsKeepTheirNumbersExactly() {
    run(executor(AisecTools.builder(guard)),
        "{\"to\": \"boss@corp.example\", \"amount\": 12345678901234567.89, \"big\": 1e400, \"r\": 0.10}");
    String got = received.get(0);
    assertTrue(got.contains("12345678901234567.89") && got.contains("0.10"), got);
    assertFalse(got.contains("Infinity") || got.contains("E16"), got);
  }

  @Test
  void argumentsThatAreNotJsonAreCheckedWithTheirEscapesUndone() {
    ToolExecutor ex = executor(AisecTools.builder(guard));
    ToolExecutionResult r = run(ex, "{'to': 'boss\\u0040corp.example'}");
    assertTrue(r.isError());
    assertEquals(List.of(), received);
    run(ex, "{'to': 'the boss'}");
    assertEquals(List.of("{'to': 'the boss'}"), received);
  }

  @Test
  void argumentsWithoutDataToRedactPassUnchanged() {
    run(executor(AisecTools.builder(guard)), "{ \"to\" : \"the boss\" }");
    assertEquals(List.of("{ \"to\" : \"the boss\" }"), received);
  }

  private static AiMessage toolCall(String args) {
    return AiMessage.from(ToolExecutionRequest.builder().id("c1").name("lookupOrder").arguments(args).build());
  }

  @Test
  void theGuardedModelRedactsOrBlocksToolCallArguments() {
    ScriptedModel model = new ScriptedModel(r -> toolCall("{\"q\": \"orders of boss@corp.example\"}"));
    ChatResponse r = GuardedChatModel.wrap(model, guard).with(admin)
        .chat(dev.langchain4j.model.chat.request.ChatRequest.builder()
            .messages(dev.langchain4j.data.message.UserMessage.from("my orders")).build());
    String args = r.aiMessage().toolExecutionRequests().get(0).arguments();
    assertFalse(args.contains("boss@corp.example"), args);
    assertTrue(args.contains("<EMAIL_ADDRESS_"), args);

    ScriptedModel keyed = new ScriptedModel(q -> toolCall("{\"boss@corp.example\": 1}"));
    AisecBlockedException e = assertThrows(AisecBlockedException.class, () -> GuardedChatModel.wrap(keyed, guard)
        .with(admin).chat(dev.langchain4j.model.chat.request.ChatRequest.builder()
            .messages(dev.langchain4j.data.message.UserMessage.from("my orders")).build()));
    assertEquals(Channel.MODEL_OUTPUT, e.channel());
    assertFalse(e.getMessage().contains("boss@"));
  }
}
