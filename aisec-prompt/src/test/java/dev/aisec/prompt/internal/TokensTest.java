package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void foldsLeetspeakAndSplitsCjk() {
    Tokens t = new Tokens().tokenize("1gn0r3 R00T gpt 忽略 Ünïcode", 0, "1gn0r3 R00T gpt 忽略 Ünïcode".length());
    assertEquals("ignore", t.text[0]);
    assertEquals("root", t.text[1]);
    assertEquals("gpt", t.text[2]);
    assertEquals("忽", t.text[3]);
    assertEquals("略", t.text[4]);
    assertEquals("ünïcode", t.text[5]);
    assertEquals(6, t.size);
    assertEquals(0, t.start[0]);
    assertEquals(6, t.end[0]);
  }

  @Test
  void keepsPureNumbers() {
    Tokens t = new Tokens().tokenize("room 101", 0, 8);
    assertEquals("101", t.text[1]);
  }

  @Test
  void ngramCharactersCutPeriodicRunsToThreeUnits() {
    String in = "hahahahaha nooooooo way lollollollol banana";
    Tokens t = new Tokens().tokenize(in, 0, in.length());
    String[] want = {"hahaha", "nooo", "way", "lollollol", "banana"};
    for (int i = 0; i < want.length; i++) {
      assertEquals(want[i], new String(t.gchars, t.goff[i], t.goff[i + 1] - t.goff[i]));
    }
    assertEquals("hahahahaha", t.text[0]);
  }
}
