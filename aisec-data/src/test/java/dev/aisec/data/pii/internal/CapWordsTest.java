package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The per-thread memo of word facts ({@link CapWords}) answers exactly what {@link Names#shape}, the gazetteer's
 * tags, {@link Names#englishWord}, {@link Names#surnameSuffix}, the place gazetteer's phrase-start bit,
 * {@link Names#streetPrefixWord} and {@link Names#dateWord} answer, also when words collide in its slots, and its
 * packed keys never confuse two words; its place tag is the place gazetteer's answer for the word.
 */
class CapWordsTest {

  private static final String[] LISTED = {"Maria", "Gonzalez", "Europe", "Product", "Engineering", "London", "Paris",
      "Smith", "Johnson", "Williamson", "Okafor", "Brandtner", "January", "Monday", "Street", "Will", "Rose", "The",
      "SMITH", "MARIA", "maria", "europe", "Berlin", "Müller", "O'Brien", "Jean-Luc", "Hernandez", "Kowalski",
      "Andersson", "Nguyen", "Engineering", "Engineeringa", "Engineerings", "ENGINEERING", "Internationalisation",
      "Q", "Ab", "McDonald", "DeLuca", "iPhone", "Dr", "Mrs", "Rue", "Calle", "Via", "Avenida", "New", "San", "Los",
      "Saint", "Mars", "March", "Mai", "Juni", "Sunday", "Lundi", "Hong", "Rio", "Buenos", "Salt", "Frankfurt"};

  static Gen<String> word() {
    Gen<String> random = lists().of(integers().between(0, 51).map(i -> String.valueOf(
        (char) (i < 26 ? 'a' + i : 'A' + i - 26)))).ofSizeBetween(1, 24).map(l -> String.join("", l));
    Gen<String> listed = integers().between(0, LISTED.length - 1).map(i -> LISTED[i]);
    return random.mix(listed, 50);
  }

  private static void assertFacts(CapWords memo, String text, int s, int e) {
    CapWords f = memo.look(text, s, e);
    String w = text.substring(s, e);
    assertEquals(NameWords.shape(text, s, e), f.shape, w);
    assertEquals(Gazetteer.get().tagged.flags(text, s, e, WordSet.hashOf(text, s, e)), f.tags, w);
    assertEquals(NameWords.englishWord(text, s, e), f.english, w);
    assertEquals(NameWords.surnameSuffix(text, s, e), f.surname, w);
    assertEquals(Gazetteer.get().place.mayStartPhrase(text, s, e), f.placeStart, w);
    assertEquals(NameStreets.streetPrefixWord(text, s, e), f.streetPrefix, w);
    assertEquals(NameDates.dateWord(text, s, e), f.dateWord, w);
    // the name rules read the tag bits as the answers of the gazetteer's sets for the word
    Gazetteer g = Gazetteer.get();
    assertEquals(g.place.contains(text, s, e), (f.tags & Gazetteer.T_PLACE) != 0, w);
    assertEquals(g.first.contains(text, s, e), (f.tags & Gazetteer.T_FIRST) != 0, w);
    assertEquals(g.last.contains(text, s, e), (f.tags & Gazetteer.T_LAST) != 0, w);
    assertEquals(g.common.contains(text, s, e), (f.tags & Gazetteer.T_COMMON) != 0, w);
    assertEquals(g.stop.contains(text, s, e), (f.tags & Gazetteer.T_STOP) != 0, w);
    assertEquals(g.never.contains(text, s, e), (f.tags & Gazetteer.T_NEVER) != 0, w);
  }

  @Test
  void factsAreTheComputedOnes() {
    CapWords memo = new CapWords();
    qt().withFixedSeed(20261127L).withExamples(30_000).forAll(word(), integers().between(0, 2))
        .checkAssert((w, pad) -> {
          String text = "  ".substring(0, pad) + w + " .";
          assertFacts(memo, text, pad, pad + w.length());
          assertFacts(memo, text, pad, pad + w.length());
        });
  }

  @Test
  void lastWordIsForgottenBetweenScans() {
    // the same text object and range asked twice in a row: the facts held; after forget, a changed text is read again
    CapWords memo = new CapWords();
    StringBuilder b = new StringBuilder("x Europe y");
    assertEquals(Gazetteer.get().tagged.flags(b, 2, 8, WordSet.hashOf(b, 2, 8)), memo.look(b, 2, 8).tags);
    assertEquals(Gazetteer.get().tagged.flags(b, 2, 8, WordSet.hashOf(b, 2, 8)), memo.look(b, 2, 8).tags);
    b.replace(2, 8, "Sophia");
    memo.forget();
    assertFacts(memo, b.toString(), 2, 8);
    assertEquals(Gazetteer.get().tagged.flags(b, 2, 8, WordSet.hashOf(b, 2, 8)), memo.look(b, 2, 8).tags);
    // a word in between: the fields follow the last word asked
    String t = "Anna Product";
    assertFacts(memo, t, 0, 4);
    assertFacts(memo, t, 5, 12);
    assertFacts(memo, t, 0, 4);
  }

  @Test
  void factsOfNonAsciiAndLongWordsAreComputed() {
    CapWords memo = new CapWords();
    Random r = new Random(3);
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéßÜ'-";
    for (int k = 0; k < 20_000; k++) {
      int len = 1 + r.nextInt(24);
      StringBuilder b = new StringBuilder(" ");
      for (int j = 0; j < len; j++) {
        b.append(alphabet.charAt(r.nextInt(k % 2 == 0 ? alphabet.length() : 52)));
      }
      String text = b.append(' ').toString();
      assertFacts(memo, text, 1, 1 + len);
      assertFacts(memo, text, 1, 1 + len);
    }
  }

  @Test
  void packedKeysAreOneToOne() {
    // 6 bits a letter, no zero symbol: equal keys only for equal words (length and case included)
    java.util.Map<Long, String> seen = new java.util.HashMap<>();
    Random r = new Random(8);
    for (int k = 0; k < 200_000; k++) {
      int len = 1 + r.nextInt(10);
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < len; j++) {
        int v = r.nextInt(k % 3 == 0 ? 3 : 52);
        b.append((char) (v < 26 ? 'a' + v : 'A' + v - 26));
      }
      String w = b.toString();
      long key = CapWords.pack(w, 0, w.length());
      String old = seen.putIfAbsent(key, w);
      assertEquals(old == null ? w : old, w);
    }
    assertEquals(0, CapWords.pack("Ab1", 0, 3));
    assertEquals(0, CapWords.pack("Mü", 0, 2));
  }
}
