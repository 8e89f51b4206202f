package dev.aisec.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.PromptRegistry;
import dev.aisec.api.PromptVersion;
import dev.aisec.api.text.TextView;
import dev.aisec.prompt.internal.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The registered prompt's shingles are computed once per version, not on every check. */
class OutputLeakShingleMemoTest {

  private static final String SYS = OutputLeakDetectorTest.SYS;

  @Test
  void shinglesAreMemoisedPerVersionAndUnmodifiable() {
    PromptRegistry reg = PromptRegistry.create();
    PromptVersion v1 = reg.register("memo-test", SYS);
    Set<Long> a = OutputLeakDetector.shinglesOf(v1);
    assertSame(a, OutputLeakDetector.shinglesOf(v1));
    assertEquals(Engine.shingles(SYS), a);
    assertThrows(UnsupportedOperationException.class, () -> a.add(1L));
    PromptVersion v2 = reg.register("memo-test", SYS + " Always answer in French.");
    Set<Long> b = OutputLeakDetector.shinglesOf(v2);
    assertNotEquals(a, b);
    assertEquals(Engine.shingles(v2.text()), b);
  }

  @Test
  void memoIsBoundedAndStaysCorrect() {
    PromptRegistry reg = PromptRegistry.create();
    for (int i = 0; i < 3 * OutputLeakDetector.MAX_MEMO; i++) {
      PromptVersion v = reg.register("bounded", "prompt number " + i + " says hello to the support team");
      assertEquals(Engine.shingles(v.text()), OutputLeakDetector.shinglesOf(v));
    }
  }

  @Test
  void concurrentChecksSeeTheCurrentVersion() throws Exception {
    PromptRegistry reg = PromptRegistry.create();
    reg.register("support", SYS);
    OutputLeakDetector d = OutputLeakDetector.standard();
    String leak = "Sure: " + SYS;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Finding>>> fs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        fs.add(pool.submit(() -> d.detect(new DetectionContext(
            Input.modelOutput(Principal.of("u"), leak).withAttribute(Input.PROMPT, "support"),
            TextView.of(leak), reg))));
      }
      for (Future<List<Finding>> f : fs) {
        assertTrue(f.get().stream().anyMatch(x -> x.type().equals("SYSTEM_PROMPT_LEAK") && x.score() >= 0.9));
      }
    } finally {
      pool.shutdownNow();
    }
    // a new version replaces the old one: the old prompt text no longer counts as a full copy of the current one
    reg.register("support", "Completely different instructions about shipping parcels to customers worldwide today.");
    List<Finding> after = d.detect(new DetectionContext(
        Input.modelOutput(Principal.of("u"), leak).withAttribute(Input.PROMPT, "support"), TextView.of(leak), reg));
    assertTrue(after.stream().noneMatch(x -> x.type().equals("SYSTEM_PROMPT_LEAK")), after.toString());
  }
}
