package dev.aisec.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class OutputTest {

  @Test
  void wellFormedTextIsReturnedAsIs() {
    String s = "{\"text\":\"plain 😀 text\"}";
    assertSame(s, Output.escapeLoneSurrogates(s));
  }

  @Test
  void unpairedSurrogatesBecomeEscapesAndPairsStay() {
    assertEquals("a\\ud800b", Output.escapeLoneSurrogates("a\ud800b"));
    assertEquals("\\udc00😀\\ud83d", Output.escapeLoneSurrogates("\udc00😀\ud83d"));
    assertEquals("\\udbff\\udbff", Output.escapeLoneSurrogates("\udbff\udbff"));
  }
}
