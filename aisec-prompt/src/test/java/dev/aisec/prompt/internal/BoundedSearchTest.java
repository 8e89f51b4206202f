package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** {@link BoundedSearch} agrees with {@link String#indexOf} cut to the range, and never reports a start past it. */
class BoundedSearchTest {

  private static int expected(String s, String needle, int from, int to) {
    int i = s.indexOf(needle, Math.max(0, from));
    return i >= 0 && i < Math.min(to, s.length()) ? i : -1;
  }

  @Test
  void agreesWithIndexOfInsideTheRange() {
    qt().forAll(strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 40), integers().between(-2, 45),
        integers().between(-2, 45)).checkAssert((s, from, to) -> {
          assertEquals(expected(s, "a", from, to), BoundedSearch.indexOf(s, 'a', from, to));
          assertEquals(expected(s, "ab", from, to), BoundedSearch.indexOf(s, "ab", from, to));
          assertEquals(expected(s, "cad", from, to), BoundedSearch.indexOf(s, "cad", from, to));
        });
  }

  @Test
  void aNeedleMayEndAfterTheRange() {
    assertEquals(2, BoundedSearch.indexOf("xxhttp", "http", 0, 3));
    assertEquals(-1, BoundedSearch.indexOf("xxhttp", "http", 0, 2));
    assertEquals(-1, BoundedSearch.indexOf("", 'a', 0, 5));
  }
}
