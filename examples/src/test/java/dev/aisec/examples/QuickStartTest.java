package dev.aisec.examples;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void quickStartRuns() {
    assertDoesNotThrow(() -> QuickStart.main(new String[0]));
  }
}
