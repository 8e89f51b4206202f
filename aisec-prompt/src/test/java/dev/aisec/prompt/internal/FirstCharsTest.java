package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** (p16speed) The first-character pre-check of Pasted's word lists. */
class FirstCharsTest {

  @Test
  void holdsExactlyTheFirstCharactersOfItsWords() {
    FirstChars f = new FirstChars("summar", "read", "check", "сумм", "übersetz", "read");
    for (char c = 0; c < 0x500; c++) {
      boolean expected = c == 's' || c == 'r' || c == 'c' || c == 'с' || c == 'ü';
      assertEquals(expected, f.contains(c), "char " + (int) c);
    }
  }

  @Test
  void pastedListsAgreeWithTheirStems() {
    assertTrue(Pasted.TRANSLATION_FIRST.contains('t'));
    assertTrue(Pasted.TRANSLATION_FIRST.contains('п'));
    assertFalse(Pasted.TRANSLATION_FIRST.contains('s'));
    assertTrue(Pasted.PROCESSING_FIRST.contains('l'));
    assertTrue(Pasted.PROCESSING_FIRST.contains('z'));
    assertFalse(Pasted.PROCESSING_FIRST.contains('t'));
  }

  @Test
  void rejectsAnEmptyWord() {
    assertThrows(IllegalArgumentException.class, () -> new FirstChars("a", ""));
  }
}
