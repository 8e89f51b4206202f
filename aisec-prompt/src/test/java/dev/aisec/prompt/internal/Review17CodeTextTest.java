package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Review round 17: {@link Mentions.CodeText} reads a text's code context and quote counts once for all its
 * chat-template tokens; it must answer as {@link Mentions#codeString} did, written out here as it was before round
 * 17 (the code context and the quotes before the token read again for every token).
 */
class Review17CodeTextTest {

  /** Mentions.codeString before round 17: the reference. */
  static boolean plainCodeString(String chunk, int s, int e) {
    if (!Mentions.codeContext(chunk)) {
      return false;
    }
    int a = s;
    while (a > 0 && s - a < 200 && chunk.charAt(a - 1) != '\n') {
      a--;
    }
    int b = e;
    while (b < chunk.length() && b - e < 200 && chunk.charAt(b) != '\n') {
      b++;
    }
    for (int i = a; i < b; i++) {
      if (i >= s && i < e) {
        continue;
      }
      char c = chunk.charAt(i);
      if (c == '"' || c == '\'' || c == '`' || c == '=' || c == '+') {
        return true;
      }
    }
    int dq = 0;
    int sq = 0;
    for (int i = 0; i < s; i++) {
      char c = chunk.charAt(i);
      if (c == '"') {
        dq++;
      } else if (c == '\'' && (i == 0 || !Character.isLetter(chunk.charAt(i - 1))
          || i + 1 >= chunk.length() || !Character.isLetter(chunk.charAt(i + 1)))) {
        sq++;
      }
    }
    return ((dq | sq) & 1) == 1;
  }

  private static final String[] PARTS = {"<|im_start|>", "<|im_end|>", "system", "\n", "'", "\"", "don't", "x = ",
      "return ", "def f():", "+", "`", " ", "user", "a" + " ".repeat(210), "f\"", "=>", "It's", "'quoted'",
      "\"\"\"", "\uD800", "😀"};

  static Gen<String> texts() {
    return lists().of(integers().between(0, PARTS.length - 1)).ofSizeBetween(0, 60).map(l -> {
      StringBuilder sb = new StringBuilder();
      for (int k : l) {
        sb.append(PARTS[k]);
      }
      return sb.toString();
    });
  }

  /**
   * Every marker of a generated text, and every position with a token of up to 12 characters, asked of one CodeText
   * (as the engine asks it for all markers of a window), answer as the plain reading does.
   */
  @Test
  void oneReadingAnswersAsTheReadingPerToken() {
    qt().withFixedSeed(20261127L).withExamples(1000).forAll(texts()).checkAssert(t -> {
      Mentions.CodeText ct = new Mentions.CodeText(t);
      java.util.List<Markers.Hit> marks = new java.util.ArrayList<>();
      Markers.scan(t, 0, t.length(), marks);
      for (Markers.Hit m : marks) {
        assertEquals(plainCodeString(t, m.start(), m.end()), ct.string(m.start(), m.end()), () -> m + " in " + t);
      }
      for (int s = 0; s < t.length(); s += 3) {
        int e = Math.min(t.length(), s + 12);
        int at = s;
        assertEquals(plainCodeString(t, s, e), ct.string(s, e), () -> at + " in " + t);
      }
      assertEquals(Mentions.codeContext(t), ct.context());
    });
  }
}
