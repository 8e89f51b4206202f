package dev.aisec.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PromptRegistryTest {

  @Test
  void versionsAreContentHashesWithHistory() {
    PromptRegistry r = PromptRegistry.create();
    PromptVersion a = r.register("support", "You are helpful.");
    PromptVersion again = r.register("support", "You are helpful.");
    assertEquals(a, again);
    PromptVersion b = r.register("support", "You are very helpful.");
    assertNotEquals(a.version(), b.version());
    assertEquals(b, r.current("support").orElseThrow());
    assertEquals(2, r.history("support").size());
    // 128 bits: a 64-bit version let an insider craft two prompts with one version in about 2^32 hashes, so the
    // audit trail could not tell which one was in force (and register() kept the old text for the new one)
    assertEquals(32, a.version().length());
    assertTrue(a.id().startsWith("support@"));
    assertTrue(r.current("missing").isEmpty());
    assertTrue(!a.toString().contains("helpful"), "toString does not print the prompt");
  }

  @Test
  void textsThatDifferOnlyInUnpairedSurrogatesGetDifferentVersions() {
    // UTF-8 writes '?' for every unpaired surrogate: three different prompts shared one version in the audit trail
    String a = PromptRegistry.versionOf("You are a bot.\uD800");
    String b = PromptRegistry.versionOf("You are a bot.\uDC00");
    String c = PromptRegistry.versionOf("You are a bot.?");
    assertNotEquals(a, b);
    assertNotEquals(a, c);
    assertNotEquals(b, c);
    // well-formed texts keep their versions (the UTF-8 SHA-256), emoji included
    assertEquals(com.google.common.hash.Hashing.sha256().hashString("hi \uD83D\uDE00", StandardCharsets.UTF_8)
        .toString().substring(0, 32), PromptRegistry.versionOf("hi \uD83D\uDE00"));
    PromptRegistry r = PromptRegistry.create();
    PromptVersion v1 = r.register("p", "You are a bot.?");
    PromptVersion v2 = r.register("p", "You are a bot.\uD800");
    assertNotEquals(v1.id(), v2.id(), "the audit trail tells the two prompts apart");
  }

  @Test
  void emptyRegistryRefusesRegistrations() {
    assertThrows(UnsupportedOperationException.class, () -> PromptRegistry.empty().register("x", "y"));
    assertThrows(IllegalArgumentException.class, () -> PromptRegistry.create().register(" ", "y"));
  }

  @Test
  void concurrentRegistrationsKeepEveryVersionAndNeverMixTexts() throws Exception {
    PromptRegistry r = PromptRegistry.create();
    int threads = 6;
    int rounds = 400;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads + 1);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.List<java.util.concurrent.Future<?>> fs = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      fs.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < rounds; i++) {
          String text = "prompt " + (i % 3) + " of thread " + (id % 2);
          PromptVersion v = r.register("shared", text);
          // the version returned is the one of the text registered, never another thread's
          assertEquals(text, v.text());
          assertEquals(PromptRegistry.versionOf(text), v.version());
          r.register("own-" + id, "text " + i);
        }
        return null;
      }));
    }
    fs.add(pool.submit(() -> {
      start.await();
      while (!done.get()) {
        for (PromptVersion v : r.currentVersions()) {
          assertEquals(PromptRegistry.versionOf(v.text()), v.version());
        }
        r.history("shared");
      }
      return null;
    }));
    start.countDown();
    for (int i = 0; i < threads; i++) {
      fs.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS);
    }
    done.set(true);
    fs.get(threads).get(60, java.util.concurrent.TimeUnit.SECONDS);
    pool.shutdown();
    java.util.List<PromptVersion> h = r.history("shared");
    for (int i = 1; i < h.size(); i++) {
      assertNotEquals(h.get(i - 1).text(), h.get(i).text(), "a repeated text is not a new version");
    }
    for (int t = 0; t < threads; t++) {
      assertEquals(rounds, r.history("own-" + t).size());
      assertEquals("text " + (rounds - 1), r.current("own-" + t).orElseThrow().text());
    }
  }

  @Test
  void nullNamesAreAnsweredLikeUnknownOnes() {
    // current(null) was empty but history(null) threw a NullPointerException from the map
    PromptRegistry r = PromptRegistry.create();
    assertTrue(r.current(null).isEmpty());
    assertEquals(java.util.List.of(), r.history(null));
    assertThrows(IllegalArgumentException.class, () -> r.register(null, "y"));
    assertThrows(IllegalArgumentException.class, () -> r.register("x", null));
  }
}
