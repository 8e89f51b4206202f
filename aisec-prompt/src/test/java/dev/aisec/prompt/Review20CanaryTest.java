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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Round 20: {@link CanaryDetector} keeps its sessions in a linked set under one lock, so {@code forget} takes constant
 * time (the queue it replaces walked every session: forgetting 80,000 sessions in random order took 51 s, measured by
 * a probe, not here) and a session raced by {@code issue} and {@code forget} cannot escape the eviction. Null
 * collections give a typed error.
 */
class Review20CanaryTest {

  private static List<Finding> leaks(CanaryDetector d, String text) {
    return d.detect(DetectionContext.of(Input.modelOutput(Principal.of("p"), text)));
  }

  private static List<Finding> leaks(CanaryDetector d, String session, String text) {
    return d.detect(DetectionContext.of(new Input(Principal.of("p"), dev.aisec.api.Channel.MODEL_OUTPUT, text,
        Map.of(Input.CONVERSATION, session))));
  }

  @Test
  void theOldestSessionIsEvictedAndForgetIsExact() {
    CanaryDetector d = CanaryDetector.create(3);
    CanaryToken a = d.issue("a");
    CanaryToken b = d.issue("b");
    assertSame(a, d.issue("a"));
    d.issue("c");
    d.issue("d"); // evicts a, the oldest
    assertTrue(leaks(d, "x " + a.value()).isEmpty());
    assertEquals(1, leaks(d, "x " + b.value()).size());
    d.forget("b");
    d.forget("b");
    d.forget("nobody");
    d.forget(null);
    assertTrue(leaks(d, "b", "x " + b.value()).isEmpty());
    CanaryToken b2 = d.issue("b");
    assertNotEquals(b.value(), b2.value());
    assertEquals(1, leaks(d, "b", "x " + b2.value()).size());
    d.issue("e"); // c, d, b, e: c goes
    d.issue("f"); // d goes
    assertEquals(1, leaks(d, "x " + b2.value()).size());
  }

  /** Sessions issued and forgotten from eight threads: afterwards the capacity still evicts every one of them. */
  @Test
  void racedSessionsStillTakePartInTheEviction() throws Exception {
    CanaryDetector d = CanaryDetector.create(20);
    ExecutorService ex = Executors.newFixedThreadPool(8);
    List<Future<List<CanaryToken>>> fs = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      final int seed = w;
      fs.add(ex.submit(() -> {
        Random r = new Random(seed);
        List<CanaryToken> seen = new ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
          String id = "s" + r.nextInt(40);
          if (r.nextBoolean()) {
            seen.add(d.issue(id));
          } else {
            d.forget(id);
          }
        }
        return seen;
      }));
    }
    List<CanaryToken> all = new ArrayList<>();
    for (Future<List<CanaryToken>> f : fs) {
      all.addAll(f.get());
    }
    ex.shutdown();
    for (int k = 0; k < 20; k++) {
      d.issue("fresh" + k);
    }
    for (CanaryToken t : all) {
      assertTrue(leaks(d, "x " + t.value()).isEmpty(), "a raced session survived 20 fresh ones");
    }
  }

  @Test
  void nullCollectionsGiveATypedError() {
    assertThrows(IllegalArgumentException.class, () -> CanaryDetector.find("x", null));
    assertThrows(IllegalArgumentException.class, () -> OutputLeakDetector.allowing((String[]) null));
  }
}
