package dev.aisec.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HomoglyphsCacheTest {

  @Test
  void astralLettersThatImitateNothingDoNotGrowTheCache() {
    // every CJK Extension B letter (42,000 astral code points) inside Latin words: the cache used to keep one entry for
    // each, for the life of the JVM
    StringBuilder text = new StringBuilder();
    for (int cp = 0x20000; cp <= 0x2A6DF; cp++) {
      assertEquals("", Homoglyphs.latinLookalike(cp));
      if (cp < 0x20400) {
        text.append('a').appendCodePoint(cp).append("b ");
      }
    }
    TextView.of(text.toString());
    assertTrue(Homoglyphs.astralCacheSize() < 1000, "astral cache entries: " + Homoglyphs.astralCacheSize());
    // an astral letter that imitates a Latin one is still found (mathematical bold small a, if ICU folds it) and
    // answered the same way twice
    String first = Homoglyphs.latinLookalike(0x1D41A);
    assertEquals(first, Homoglyphs.latinLookalike(0x1D41A));
    assertEquals("", Homoglyphs.latinLookalike(0x20000));
  }
}
