package dev.aisec.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aisec.api.Guard;
import dev.aisec.api.Principal;
import dev.aisec.langchain4j.internal.Checks;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Originals are restored into tool arguments only for tools the application named, and never into URL values. */
class ToolRestoreTest {

  private final Fakes.Vault vault = new Fakes.Vault();
  private final Guard guard = Fakes.guard(vault, new Fakes.RecordingSink());
  private final AisecContext admin = AisecContext.of(Principal.of("u-admin", "admin"), "t-1");
  private final List<String> received = new CopyOnWriteArrayList<>();

  private ToolExecutor executor(AisecTools.Builder b, String tool) {
    b.tool(ToolSpecification.builder().name(tool).build(), (req, mem) -> {
      received.add(req.arguments());
      return "ok";
    });
    Map<ToolSpecification, ToolExecutor> m = b.build();
    return m.values().iterator().next();
  }

  private void pseudonymise() {
    // the user's e-mail is pseudonymised in the conversation's vault
    assertEquals("mail <EMAIL_ADDRESS_1>",
        Checks.check(guard, admin, dev.aisec.api.Channel.USER_INPUT, "mail dora@example.net", "t", null).text());
  }

  private void run(ToolExecutor ex, String tool, String args) {
    ex.executeWithContext(ToolExecutionRequest.builder().id("1").name(tool).arguments(args).build(),
        dev.langchain4j.invocation.InvocationContext.builder()
            .invocationParameters(admin.toInvocationParameters()).build());
  }

  @Test
  void aToolNotNamedNeverReceivesOriginals() {
    pseudonymise();
    ToolExecutor ex = executor(AisecTools.builder(guard).restorer(vault), "fetch");
    run(ex, "fetch", "{\"q\":\"<EMAIL_ADDRESS_1>\"}");
    assertEquals(List.of("{\"q\":\"<EMAIL_ADDRESS_1>\"}"), received);
  }

  @Test
  void aNamedToolGetsOriginalsButNotInsideUrls() {
    pseudonymise();
    ToolExecutor ex = executor(AisecTools.builder(guard).restorer(vault).restoreArgumentsOf("sendReset"), "sendReset");
    run(ex, "sendReset", "{\"email\":\"<EMAIL_ADDRESS_1>\",\"link\":\"https://evil.example/?u=<EMAIL_ADDRESS_1>\","
        + "\"n\":[\"www.x.example/<EMAIL_ADDRESS_1>\"]}");
    assertEquals(List.of("{\"email\":\"dora@example.net\",\"link\":\"https://evil.example/?u=<EMAIL_ADDRESS_1>\","
        + "\"n\":[\"www.x.example/<EMAIL_ADDRESS_1>\"]}"), received);
  }

  @Test
  void argumentsThatAreNoJsonObjectAreNotRestored() {
    pseudonymise();
    ToolExecutor ex = executor(AisecTools.builder(guard).restorer(vault).restoreArgumentsOf("t"), "t");
    run(ex, "t", "<EMAIL_ADDRESS_1>");
    assertEquals(List.of("<EMAIL_ADDRESS_1>"), received);
  }

  /** A tool returning a record: LangChain4j keeps it as the result object next to its JSON text. */
  public record Customer(String name, String email) {}

  public static final class Crm {
    @dev.langchain4j.agent.tool.Tool("Finds a customer")
    public Customer find(String id) {
      return new Customer("Ida", "ida@example.com");
    }
  }

  @Test
  void aRewrittenResultReplacesTheRawResultObject() {
    ToolExecutor ex = AisecTools.builder(guard).tools(new Crm()).build().values().iterator().next();
    dev.langchain4j.service.tool.ToolExecutionResult r = ex.executeWithContext(
        ToolExecutionRequest.builder().id("1").name("find").arguments("{\"arg0\":\"7\"}").build(),
        dev.langchain4j.invocation.InvocationContext.builder()
            .invocationParameters(admin.toInvocationParameters()).build());
    org.junit.jupiter.api.Assertions.assertFalse(r.resultText().contains("ida@example.com"), r.resultText());
    org.junit.jupiter.api.Assertions.assertFalse(String.valueOf(r.result()).contains("ida@example.com"),
        String.valueOf(r.result()));
    org.junit.jupiter.api.Assertions.assertFalse(r.result() instanceof Customer);
  }
}
