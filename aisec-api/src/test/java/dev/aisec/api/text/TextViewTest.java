package dev.aisec.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextViewTest {

  @Test
  void plainAsciiIsIdentity() {
    TextView v = TextView.of("Hello world, nothing to see.");
    assertTrue(v.isIdentity());
    assertEquals("Hello world, nothing to see.", v.normalized());
    assertEquals(5, v.toOriginalStart(5));
  }

  @Test
  void removesZeroWidthAndMapsBack() {
    String s = "ig\u200Bnore previous";
    TextView v = TextView.of(s);
    assertEquals("ignore previous", v.normalized());
    int start = v.normalized().indexOf("nore");
    assertEquals(3, v.toOriginalStart(start));
    assertEquals(s.length(), v.toOriginalEnd(v.length()));
    assertEquals(1, v.removedCount());
  }

  @Test
  void decodesTagSmuggling() {
    StringBuilder sb = new StringBuilder("hi");
    for (char c : "ignore rules".toCharArray()) {
      sb.appendCodePoint(0xE0000 + c);
    }
    TextView v = TextView.of(sb.toString());
    assertEquals("hi", v.normalized());
    assertEquals("ignore rules", v.smuggledText());
  }

  @Test
  void nfkcFoldsFullwidthAndMathLetters() {
    TextView v = TextView.of("\uFF29\uFF47\uFF4E\uFF4F\uFF52\uFF45 \uD835\uDC22\uD835\uDC27");
    assertEquals("Ignore in", v.normalized());
    // the math letter "i" is a surrogate pair: its normalised char maps to both code units
    int i = v.normalized().indexOf("in");
    assertEquals(7, v.toOriginalStart(i));
    assertEquals(9, v.toOriginalEnd(i + 1));
  }

  @Test
  void foldsHomoglyphsOnlyInMixedScriptWords() {
    TextView mixed = TextView.of("p\u0430ypal"); // Cyrillic a
    assertEquals("paypal", mixed.normalized());
    String russian = "\u043F\u0440\u0438\u0432\u0435\u0442 \u043C\u0438\u0440"; // "привет мир"
    assertEquals(russian, TextView.of(russian).normalized());
  }

  @Test
  void foldsWhitespaceRunsKeepingLineBreaks() {
    TextView v = TextView.of("a \t  b\r\n\n  c\u00A0d");
    assertEquals("a b\nc d", v.normalized());
    assertEquals(1, v.toOriginalStart(1));
    assertEquals(5, v.toOriginalEnd(2));
  }

  @Test
  void brokenSurrogatesBecomeReplacementCharacters() {
    String s = "a\uD800b\uDC00c";
    TextView v = TextView.of(s);
    assertEquals("a\uFFFDb\uFFFDc", v.normalized());
    assertEquals(1, v.toOriginalStart(1));
    assertEquals(2, v.toOriginalEnd(2));
  }

  @Test
  void nullIsEmpty() {
    TextView v = TextView.of(null);
    assertEquals("", v.normalized());
    assertEquals(0, v.toOriginalStart(0));
    assertEquals(0, v.toOriginalEnd(0));
  }

  @Test
  void hugeTextNormalisesInLinearTime() {
    String unit = "p\u0430y\u200B \u202Ex ";
    String s = unit.repeat(10 * 1024 * 1024 / unit.length());
    TextView v = TextView.of(s);
    assertFalse(v.isIdentity());
    assertEquals(s.length(), v.toOriginalEnd(v.length()));
  }

  /** Arbitrary strings, including lone surrogates, tags, bidi controls and combining marks. */
  static Gen<String> nastyStrings() {
    int[] alphabet = {'a', 'B', ' ', '\n', '\t', 0x200B, 0x202E, 0x2066, 0xFEFF, 0x0301, 0x0430, 0x03BF, 0xFF21,
        0x00A0, 0xD800, 0xDC00, 0xE0041, 0x1F600, 0x1D400, 0x00AD, 0xFE0F, 0x3000, 0x1100, 0x1161, 0x00C5, 0xFB01};
    return lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 40).map(idx -> {
      StringBuilder sb = new StringBuilder();
      for (int k : idx) {
        int cp = alphabet[k];
        if (cp >= 0xD800 && cp <= 0xDFFF) {
          sb.append((char) cp);
        } else {
          sb.appendCodePoint(cp);
        }
      }
      return sb.toString();
    });
  }

  @Test
  void everyNormalisedSpanMapsInsideTheOriginal() {
    qt().withExamples(3000).forAll(nastyStrings(), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert((s, a, b) -> {
          TextView v = TextView.of(s);
          int n = v.length();
          int from = Math.min(a, b) % (n + 1);
          int to = Math.max(from, Math.max(a, b) % (n + 1));
          int os = v.toOriginalStart(from);
          int oe = v.toOriginalEnd(to);
          assertTrue(os >= 0 && os <= s.length(), "start inside");
          assertTrue(oe >= 0 && oe <= s.length(), "end inside");
          if (to > from) {
            assertTrue(os < oe, "non-empty span maps to a non-empty span");
          }
        });
  }

  @Test
  void arbitraryUnicodeStringsMapInside() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(s -> {
      TextView v = TextView.of(s);
      for (int i = 0; i <= v.length(); i++) {
        int os = v.toOriginalStart(i);
        int oe = v.toOriginalEnd(i);
        assertTrue(os >= 0 && os <= s.length() && oe >= 0 && oe <= s.length());
      }
      assertEquals(v.normalized(), TextView.of(s).normalized(), "deterministic");
    });
  }

  @Test
  void mapsAreMonotone() {
    qt().withExamples(2000).forAll(nastyStrings()).checkAssert(s -> {
      TextView v = TextView.of(s);
      int prev = 0;
      for (int i = 0; i < v.length(); i++) {
        int os = v.toOriginalStart(i);
        assertTrue(os >= prev, "starts never go backwards");
        prev = os;
      }
    });
  }

  /**
   * Mostly printable ASCII with spaces and line feeds (so the plain shortcut is often taken), up to 300 chars (past
   * the 64-char blocks of {@code Normalizer.isPlain}), with now and then a char that is not plain: doubled spaces,
   * tabs, DEL, C0 and C1 controls, chars whose low seven bits are a space or a letter (U+00A0, U+008A, U+0161),
   * lone surrogates, emoji, invisible and bidi characters, tag characters and Cyrillic homoglyphs.
   */
  static Gen<String> mostlyPlainStrings() {
    int[] plain = {'a', 'z', 'Q', '0', '9', '.', '@', '~', '!', ' ', ' ', ' ', '\n'};
    int[] odd = {'\t', '\r', 0x7F, 0x1F, 0x00, 0x80, 0x8A, 0xA0, 0xE1, 0x161, 0x0430, 0x0435, 0x200B, 0x202E,
        0xFEFF, 0x00AD, 0xD800, 0xDC00, 0xE0041, 0x1F600, 0x3000, 0xFF21};
    return lists().of(integers().between(0, 999)).ofSizeBetween(0, 300).map(idx -> {
      StringBuilder sb = new StringBuilder();
      for (int k : idx) {
        int cp = k < 985 ? plain[k % plain.length] : odd[k % odd.length];
        if (cp >= 0xD800 && cp <= 0xDFFF) {
          sb.append((char) cp);
        } else {
          sb.appendCodePoint(cp);
        }
      }
      return sb.toString();
    });
  }

  @Test
  void plainShortcutAgreesWithThePlainLoop() {
    qt().withExamples(5000).forAll(mostlyPlainStrings()).checkAssert(s ->
        assertEquals(Normalizer.isPlainReference(s), Normalizer.isPlain(s), s));
    qt().withExamples(2000).forAll(nastyStrings()).checkAssert(s ->
        assertEquals(Normalizer.isPlainReference(s), Normalizer.isPlain(s), s));
    for (int c = 0; c < 0x10000; c++) {
      String one = "ab " + (char) c + " cd";
      assertEquals(Normalizer.isPlainReference(one), Normalizer.isPlain(one), "char " + c);
    }
  }

  @Test
  void plainShortcutGivesTheFullView() {
    qt().withExamples(3000).forAll(mostlyPlainStrings()).checkAssert(TextViewTest::sameView);
    qt().withExamples(2000).forAll(nastyStrings()).checkAssert(TextViewTest::sameView);
  }

  private static void sameView(String s) {
    TextView fast = Normalizer.normalize(s);
    TextView full = Normalizer.normalizeFully(s);
    assertEquals(full.normalized(), fast.normalized());
    assertEquals(full.isIdentity(), fast.isIdentity());
    assertEquals(full.smuggledText(), fast.smuggledText());
    assertEquals(full.removedCount(), fast.removedCount());
    for (int k = 0; k <= full.length(); k++) {
      assertEquals(full.toOriginalStart(k), fast.toOriginalStart(k));
      assertEquals(full.toOriginalEnd(k), fast.toOriginalEnd(k));
    }
  }

  @Test
  void normalisationIsIdempotentOnItsOutput() {
    qt().withExamples(1000).forAll(nastyStrings()).checkAssert(s -> {
      String once = TextView.of(s).normalized();
      assertEquals(once, TextView.of(once).normalized());
    });
    List.of();
  }
}
