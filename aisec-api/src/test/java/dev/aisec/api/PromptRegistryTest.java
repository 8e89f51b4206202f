package dev.aisec.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void emptyRegistryRefusesRegistrations() {
    assertThrows(UnsupportedOperationException.class, () -> PromptRegistry.empty().register("x", "y"));
    assertThrows(IllegalArgumentException.class, () -> PromptRegistry.create().register(" ", "y"));
  }
}
