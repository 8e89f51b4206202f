package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Round 22 (pii22free): the speed steps of the round's PII-free path against the code they replace, on random texts
 * built to hit their edges.
 */
class Pii22fSpeedTest {

  private static final String[] WORD_PIECES = {"street", "Street", "STREET", "st", "St.", "st.", "rd", "Rd.", "ave",
      "Ave.", "stra\u00dfe", "Stra\u00dfe", "STRASSE", "strasse", "v\u00e4gen", "V\u00c4GEN", "rue", "Rue", "via",
      "calle", "ulica", "ULICA", "way", "WAY", "court", "close", "\u0130", "i", "x", "-", ".", "'", "e", "a", "d",
      "Europe", "Product", "\u00c9", "\u017f", "K", "\u212a"};

  private static String word(List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      sb.append(WORD_PIECES[p]);
    }
    return sb.toString();
  }

  /**
   * {@code Engine.address}'s last-word test, now {@code Engine.streetWord} on the word's range: the same answer as the
   * lower-cased string looked up in the word list ({@code STREET_WORDS.contains(" " + word + " ")}, the code before
   * round 22) for random words of street words, case changes, non-ASCII letters (dotted capital I, long s, Kelvin
   * sign) and the punctuation an address word may hold.
   */
  @Test
  void streetWordAgreesWithTheLowerCasedStringLookup() {
    int[] yes = new int[1];
    qt().withFixedSeed(22112026L).withExamples(20_000)
        .forAll(lists().of(integers().between(0, WORD_PIECES.length - 1)).ofSizeBetween(1, 3))
        .checkAssert(picks -> {
          String w = word(picks);
          boolean want = Engine.STREET_WORDS.contains(" " + w.toLowerCase(Locale.ROOT) + " ");
          yes[0] += want ? 1 : 0;
          String t = "12 " + w + " x";
          assertEquals(want, Engine.streetWord(t, 3, 3 + w.length()), w);
          assertEquals(want, Engine.streetWord(new StringBuilder(t), 3, 3 + w.length()), w);
        });
    assertTrue(yes[0] > 1000, "the random words hold street words: " + yes[0]);
  }

  /** House number, capitalised words and a street word: found as before; a count and a place word: not. */
  @Test
  void houseNumberAndStreetWordStillFound() {
    PiiDetector d = PiiDetector.standard();
    assertLocation(d, "we met at 221 Baker Street yesterday", "221 Baker Street");
    assertLocation(d, "deliver to 12 Harbour Rd. please", "12 Harbour Rd.");
    assertLocation(d, "wohnt in 17 Linden Stra\u00dfe seit Jahren", "17 Linden Stra\u00dfe");
    for (PiiSpan s : d.scan("sales grew 12 Europe grew by 250 Product notes")) {
      assertTrue(!PiiEntity.LOCATION.equals(s.type()), s.toString());
    }
  }

  private static void assertLocation(PiiDetector d, String text, String want) {
    boolean found = false;
    for (PiiSpan s : d.scan(text)) {
      found |= PiiEntity.LOCATION.equals(s.type()) && text.substring(s.start(), s.end()).equals(want);
    }
    assertTrue(found, text + " -> " + d.scan(text));
  }

  private static final String[] TEXT_PIECES = {"Maria", "Ubul", "Kezia", "Product", "Europe", "Engineering",
      "Grace", "Warouw", "Lohan", "with", "met", "is", "said", "the", "Dr.", " ", " ", " ", ", ", ".\n", ": ", "12",
      "my name is", "called", "from", "Berlin", "Ltd", "Inc"};

  /**
   * The name model's score, remembered in the scan's {@code Hits} by text, start and end: scanning one mutable text,
   * changing it in place (same object, same length, other words) and scanning it again gives what a scan of the new
   * text alone gives (the memo is forgotten at the start of each scan), for random texts of names, common
   * capitalised words and cues.
   */
  @Test
  void nameScoreMemoIsForgottenBetweenScansOfOneMutableText() {
    PiiDetector d = PiiDetector.builder().threshold(0.0).build();
    int[] spans = new int[1];
    qt().withFixedSeed(2211L).withExamples(1_500)
        .forAll(lists().of(integers().between(0, TEXT_PIECES.length - 1)).ofSizeBetween(1, 16),
            lists().of(integers().between(0, TEXT_PIECES.length - 1)).ofSizeBetween(1, 16))
        .checkAssert((a, b) -> {
          String ta = join(a);
          String tb = join(b);
          int n = Math.max(ta.length(), tb.length());
          ta = pad(ta, n);
          tb = pad(tb, n);
          StringBuilder sb = new StringBuilder(ta);
          List<PiiSpan> first = d.scan(sb);
          sb.replace(0, n, tb);
          List<PiiSpan> second = d.scan(sb);
          spans[0] += first.size() + second.size();
          assertEquals(d.scan(ta), first, ta);
          assertEquals(d.scan(tb), second, tb);
        });
    assertTrue(spans[0] > 1000, "the random texts hold candidates: " + spans[0]);
  }

  private static String join(List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      sb.append(TEXT_PIECES[p]);
    }
    return sb.toString();
  }

  private static String pad(String s, int n) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < n) {
      sb.append(' ');
    }
    return sb.toString();
  }
}
