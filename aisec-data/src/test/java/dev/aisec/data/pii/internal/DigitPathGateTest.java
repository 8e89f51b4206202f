package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap gates of the digit path only reject what the test they guard would reject. */
class DigitPathGateTest {

  private static final String[] WORDS = {"rua", "Rue", "RUE", "avenue", "Avenida", "calle", "via", "ul", "ulica",
      "strada", "av", "Boulevard", "piazza", "plaza", "largo", "viale", "allée", "Allée", "quai", "paseo", "corso",
      "percent", "ms", "million", "and", "latency", "Product", "Europe", "rueful", "l'avenue", "a-rue", "Ünter", "ŕue"};

  @Test
  void streetPrefixGateRejectsOnlyWhatPrefixStreetRejects() {
    Random r = new Random(15);
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉ'-. 1";
    int rejected = 0;
    for (int k = 0; k < 100_000; k++) {
      String w;
      if (k % 3 == 0) {
        w = WORDS[r.nextInt(WORDS.length)];
      } else {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < 1 + r.nextInt(8); j++) {
          b.append(letters.charAt(r.nextInt(k % 5 == 0 ? letters.length() : 52)));
        }
        w = b.toString();
      }
      String t = "12 " + w + (r.nextBoolean() ? " des Lilas" : " Garibaldi 12, x");
      boolean may = NameStreets.mayStartStreetPrefix(t, 3);
      int pe = NameStreets.prefixStreet(t, 3, false);
      if (!may) {
        rejected++;
        assertEquals(-1, pe, t);
        assertEquals(-1, NameStreets.prefixStreet(t, 3, true), t);
      }
    }
    assertTrue(rejected > 30_000);
    assertTrue(NameStreets.mayStartStreetPrefix("12 Rue des Lilas", 3));
    assertTrue(NameStreets.prefixStreet("12 Rue des Lilas", 3, false) > 0);
  }

  private static final String[] MONTH_WORDS = {"january", "June", "MAY", "mai", "Mei", "juin", "juillet", "févr",
      "février", "déc", "décembre", "Jänner", "março", "maggio", "settembre", "oktober", "augustus", "dic", "ene",
      "percent", "million", "ms", "of", "and", "the", "Product", "Europe", "marzipan", "ju", "é", "Ém", "Ünter"};

  @Test
  void dayMonthGateRejectsOnlyWordsThatAreNoMonthName() {
    Random r = new Random(16);
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉäÄçøß";
    int rejected = 0;
    for (int k = 0; k < 100_000; k++) {
      String w;
      if (k % 3 == 0) {
        w = MONTH_WORDS[r.nextInt(MONTH_WORDS.length)];
        w = r.nextBoolean() ? w : r.nextBoolean() ? w.toUpperCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT);
      } else {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < 1 + r.nextInt(9); j++) {
          b.append(letters.charAt(r.nextInt(k % 5 == 0 ? letters.length() : 52)));
        }
        w = b.toString();
      }
      String t = "5 " + w;
      if (!NameDates.mayStartDayMonth(t, 2)) {
        rejected++;
        assertFalse(NameLexicon.DAY_MONTHS.contains(t, 2, t.length()), t);
      }
    }
    assertTrue(rejected > 30_000);
    // every listed month name, in any case, passes the gate
    for (String m : new String[] {"january", "mayo", "maggio", "maart", "janeiro", "jänner", "févr", "déc", "mrt"}) {
      for (String v : new String[] {m, m.toUpperCase(Locale.ROOT), m.substring(0, 1).toUpperCase(Locale.ROOT)
          + m.substring(1)}) {
        assertTrue(NameDates.mayStartDayMonth("5 " + v, 2), v);
      }
    }
    assertFalse(NameDates.mayStartDayMonth("12 percent", 3));
    assertTrue(NameDates.mayStartDayMonth("5 x", 2)); // the text ends after one letter: not decided by the gate
  }

  @Test
  void dayMonthDatesAreStillFound() {
    PiiDetector d = PiiDetector.standard();
    for (String text : new String[] {"I was born on 5 juin 1990.", "Geboren am 3. Mai 1985 in Köln.",
        "nacido el 12 de mayo de 1988", "born 30 de janeiro de 1995", "DOB: 1 MARCH 1970"}) {
      assertTrue(d.scan(text).stream().anyMatch(x -> x.type().equals(PiiEntity.DATE_TIME)), text);
    }
  }

  /** {@link Engine#lowerStreetGoesOn} after the first occurrence of {@code word} in {@code t}. */
  private static boolean goesOn(String t, String word) {
    return Engine.lowerStreetGoesOn(t, t.indexOf(word) + word.length());
  }

  @Test
  void lowerStreetGateFollowsTheAddressLoop() {
    assertTrue(goesOn("at 255 hersnapvej 18", "hersnapvej"));
    assertTrue(goesOn("at 255 hersnapvej Nord 18", "hersnapvej"));
    assertTrue(goesOn("at 255 hersnapvej de 18", "hersnapvej"));
    assertTrue(goesOn("at 255 hersnapvej d.l 18", "hersnapvej"));
    assertFalse(goesOn("to 12 percent while", "percent"));
    assertFalse(goesOn("to 12 percent.", "percent"));
    assertFalse(goesOn("to 12 percent", "percent"));
    assertFalse(goesOn("to 12 percent  18", "percent"));
    assertFalse(goesOn("to 12 percent from 18", "percent"));
    assertFalse(goesOn("to 12 percent _x", "percent"));
    // the detector still finds lower-case streets that end in a number, and nothing where the gate stops
    PiiDetector d = PiiDetector.standard();
    List<PiiSpan> found = d.scan("send it to 255 hersnapvej 18 please");
    assertTrue(found.stream().anyMatch(x -> x.type().equals(PiiEntity.LOCATION) && x.start() == 11), found.toString());
    assertTrue(d.scan("it grew to 12 percent while costs fell").isEmpty());
  }

  /** Two groups of fewer than five digits joined by one dot, dash or slash, with nothing that continues them. */
  private static final Pattern SHORT_PAIR = Pattern.compile("(\\d{1,3})[.\\-/](\\d{1,4})(?!\\d)(?![ .\\-/\u00a0]\\(?\\d)");

  @Test
  void shortDottedPairMatchesTheReadersTwoGroupLayout() {
    Random r = new Random(17);
    String alphabet = "0123456789.-/ (\u00a0ab%";
    int yes = 0;
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder();
      int digits = 1 + r.nextInt(4);
      for (int j = 0; j < digits; j++) {
        b.append((char) ('0' + r.nextInt(10)));
      }
      int e = b.length();
      for (int j = 0; j < r.nextInt(8); j++) {
        b.append(j < 2 && r.nextBoolean() ? (char) ('0' + r.nextInt(10)) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = b.toString();
      Matcher m = SHORT_PAIR.matcher(t);
      boolean expected = m.lookingAt() && m.end(1) == e && m.group(1).length() + m.group(2).length() < 5;
      assertEquals(expected, Engine.shortDottedPair(t, 0, e), t);
      if (expected) {
        yes++;
      }
    }
    assertTrue(yes > 3_000, "yes " + yes);
  }

  @Test
  void shortDecimalsStayQuietAndLongerNumbersAreStillRead() {
    PiiDetector d = PiiDetector.standard();
    assertTrue(d.scan("uptime 99.9% and costs fell to 3.4 million on 2.1 and 3-4 and 7/12").isEmpty());
    assertTrue(d.scan("server at 10.20.30.40 now").stream().anyMatch(x -> x.type().equals(PiiEntity.IP_ADDRESS)));
    assertTrue(d.scan("call me at 212.555.0199 please").stream()
        .anyMatch(x -> x.type().equals(PiiEntity.PHONE_NUMBER)));
    assertTrue(d.scan("born 5.6.1990 in Ulm").stream().anyMatch(x -> x.type().equals(PiiEntity.DATE_TIME)));
  }
}
