package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/** The substring-free prefix lookup of {@link Compliance#kindOf} answers exactly what the substring lookup did. */
class R18ComplianceLexiconTest {

  private static final String[] PARTS = {"ref", "use", "apolog", "ize", "warn", "ing", "entschuldig", "ung", "от",
      "каз", "ы", "debug", "ger", "начин", "ай", "x", "a", "ab", "comienz", "o", "moralis", "ation", "é", "ñ"};

  @Test
  void sameKindsAsTheSubstringLookup() {
    qt().withFixedSeed(18L).withExamples(5000)
        .forAll(lists().of(integers().between(0, PARTS.length - 1)).ofSizeBetween(1, 5))
        .checkAssert(idx -> {
          StringBuilder b = new StringBuilder();
          for (int i : idx) {
            b.append(PARTS[i]);
          }
          String w = b.toString();
          assertEquals(Compliance.kindOfBySubstrings(w), Compliance.kindOf(w), w);
        });
  }

  @Test
  void listedPrefixesAndWordsAreFound() {
    for (String w : new String[] {"refusing", "apologize", "warnings", "entschuldigung", "отказываться", "debugging",
        "sorry", "never"}) {
      assertNotEquals(0, Compliance.kindOf(w), w);
      assertEquals(Compliance.kindOfBySubstrings(w), Compliance.kindOf(w), w);
    }
    assertEquals(0, Compliance.kindOf("table"));
  }
}
