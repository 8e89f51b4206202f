package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DramaNumbersTest {

  @Test
  void numbersOfTheDramaBlocksAreKnownInEveryWrittenForm() {
    assertTrue(DramaNumbers.national("07700900482"));
    assertTrue(DramaNumbers.national("02079460999"));
    assertTrue(DramaNumbers.national("01134960000"));
    assertTrue(DramaNumbers.international("+447700900482"));
    assertTrue(DramaNumbers.international("+4407700900482"));
    assertTrue(DramaNumbers.international("+441914980123"));
  }

  @Test
  void numbersOutsideTheBlocksOrOfAnotherShapeAreNot() {
    assertFalse(DramaNumbers.national("07700901482")); // next block
    assertFalse(DramaNumbers.national("0770090048")); // one digit short
    assertFalse(DramaNumbers.national("077009004821"));
    assertFalse(DramaNumbers.national("17700900482")); // no trunk 0
    assertFalse(DramaNumbers.national(null));
    assertFalse(DramaNumbers.international("+337700900482"));
    assertFalse(DramaNumbers.international("+44770090048x"));
    assertFalse(DramaNumbers.international("+44"));
  }
}
