package dev.aisec.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the support-assistant example with its scripted model and checks the guarded conversation. */
class SupportAssistantTest {

  @Test
  void theGuardedConversationRunsEndToEnd() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      SupportAssistant.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("model saw : user: Please send the confirmation to <EMAIL_ADDRESS_1>"), out);
    assertTrue(out.contains("assistant < Done: the confirmation goes to alice.smith@example.com."), out);
    assertFalse(out.contains("evil.example"), "the poisoned article never reaches the model: " + out);
    assertTrue(out.contains("aisec refused it before it ran"), out);
    assertTrue(out.contains("aisec blocked the user message") && out.contains("prompt-injection/"), out);
    assertTrue(out.contains("aisec blocked the answer") && out.contains("canary/CANARY_LEAK"), out);
    assertTrue(out.contains("model saw : user: Please send the confirmation to <EMAIL_ADDRESS_1>"), out);
    assertFalse(out.contains("ctk-"), "the canary value is never printed: " + out);
  }
}
