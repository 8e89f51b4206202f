package dev.aisec.examples;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class DpQuickStartTest {

  @Test
  void dpQuickStartRuns() {
    assertDoesNotThrow(() -> DpQuickStart.main(new String[0]));
  }
}
