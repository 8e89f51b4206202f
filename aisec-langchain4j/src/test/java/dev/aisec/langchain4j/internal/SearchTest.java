package dev.aisec.langchain4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class SearchTest {

  @Test
  void agreesWithStringIndexOf() {
    qt().withExamples(2000)
        .forAll(strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 40),
            strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 5), integers().between(-2, 45))
        .checkAssert((t, p, from) -> assertEquals(t.indexOf(p, from), Search.indexOf(t, p, from)));
  }

  @Test
  void lastIndexOfAgreesWithStringLastIndexOf() {
    qt().withExamples(2000)
        .forAll(strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 40),
            strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 5), integers().between(0, 45))
        .checkAssert((t, p, end) -> assertEquals(t.lastIndexOf(p, Math.min(end, t.length()) - p.length()),
            Search.lastIndexOf(t, p, end)));
  }

  @Test
  void adversarialInputsStayLinear() {
    String text = "a".repeat(2_000_000);
    String pattern = "a".repeat(1_000_000) + "b";
    assertEquals(-1, Search.indexOf(text, pattern, 0));
    assertEquals(-1, Search.lastIndexOf(text, "b" + "a".repeat(1_000_000), text.length()));
  }
}
