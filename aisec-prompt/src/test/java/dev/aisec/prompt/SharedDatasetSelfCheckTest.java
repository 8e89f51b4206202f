package dev.aisec.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aisec.api.DetectionContext;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.PromptRegistry;
import dev.aisec.api.text.TextView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the shared {@code tensortrust-defenses} system prompts (skipped when ../shared/datasets is absent): every
 * prompt, once registered with the Guard's registry, scores 0 as user input, and the test reports how many the
 * user-input detector flags when they are not registered.
 */
class SharedDatasetSelfCheckTest {

  static Path find() {
    for (String c : new String[] {"../../shared/datasets/prompt-injection/tensortrust-defenses.jsonl",
        "../shared/datasets/prompt-injection/tensortrust-defenses.jsonl",
        "../../../shared/datasets/prompt-injection/tensortrust-defenses.jsonl"}) {
      if (Files.isRegularFile(Path.of(c))) {
        return Path.of(c);
      }
    }
    return null;
  }

  @Test
  void registeredDefencePromptsNeverScoreAsAttacks() throws Exception {
    Path f = find();
    assumeTrue(f != null, "../shared/datasets/prompt-injection is absent: skipping");
    ObjectMapper om = new ObjectMapper();
    List<String> lines = Files.readAllLines(f);
    PromptInjectionDetector d = PromptInjectionDetector.standard();
    Principal p = Principal.of("t", "user");
    int flaggedUnregistered = 0;
    int nonZeroRegistered = 0;
    for (String line : lines) {
      String text = om.readTree(line).path("text").asText();
      Input in = Input.user(p, text);
      if (d.assess(DetectionContext.of(in)).score() >= 0.5) {
        flaggedUnregistered++;
      }
      PromptRegistry reg = PromptRegistry.create();
      reg.register("defence", text);
      if (d.assess(new DetectionContext(in, TextView.of(text), reg)).score() > 0) {
        nonZeroRegistered++;
      }
    }
    System.out.println("tensortrust-defenses: " + lines.size() + " prompts; flagged (score >= 0.5) when not "
        + "registered: " + flaggedUnregistered + "; non-zero score when registered: " + nonZeroRegistered);
    assertEquals(0, nonZeroRegistered);
  }
}
