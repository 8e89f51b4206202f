package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.data.pii.PiiDetector;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 20 (pii20speed): the digit path's fast paths against the plain path. {@link Engine#withShortcuts} off runs
 * every recognizer as before; on, {@link Engine#dottedDniGroups} lets a number with a dot ("3.4", "99.9%") skip the
 * dotted-DNI reader before it copies any digit. Whole scans of random digit-dense texts (decimals, dotted numbers,
 * dotted DNIs with right and wrong letters, times, dates, amounts, phone and ID numbers) give the same candidates
 * (start, end, type, score, detail) in the same order.
 */
class Pii20sDigitFastPathTest {

  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  private static final String[] WORDS = {"the", "report", "grew", "by", "percent", "costs", "fell", "to", "million",
      "and", "team", "of", "on", "for", "call", "at", "with", "Product", "Europe", "ms", "DNI", "NIF", "dni", "mi",
      "es", "cliente", "Sr.", "contact", "phone", "tel", "version", "v", "May", "mayo", "junio", "de", "born",
      "Q3.", "#4821", "10:30", "Street", "Calle", "\u00e9t\u00e9", "\u00a0"};

  private static final String[] GAPS = {" ", " ", " ", "", ".", ". ", ".\n", "\n", ", ", "-", " - ", "/", ":", "(",
      ") ", "%", "\t", ";", "'", "\""};

  private static Engine engine(boolean shortcuts) throws Exception {
    PiiDetector d = PiiDetector.standard();
    Field f = PiiDetector.class.getDeclaredField("engine");
    f.setAccessible(true);
    Engine e = (Engine) f.get(d);
    assertTrue(e.shortcuts);
    return shortcuts ? e : e.withShortcuts(false);
  }

  static String candidates(Engine e, String t) {
    Hits h = new Hits();
    e.scan(t, h);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < h.n; k++) {
      sb.append(h.starts[k]).append(' ').append(h.ends[k]).append(' ').append(h.types[k]).append(' ')
          .append(h.scores[k]).append(' ').append(h.details[k]).append('\n');
    }
    return sb.toString();
  }

  /** A random digit token; {@code kind} and {@code v} pick its layout and digits. */
  static String number(int kind, int v) {
    int a = Math.abs(v);
    switch (kind) {
      case 0: // decimal "3.4", "99.9"
        return (a % 100) + "." + (a / 100 % 10);
      case 1: { // dotted DNI, right letter, eight or seven digits, letter glued, after a dash or a space
        int num = a % 100_000_000;
        String s = String.format("%,d", num).replace(',', '.');
        String[] joins = {"", "-", " "};
        return s + joins[a / 7 % 3] + DNI_LETTERS.charAt(num % 23);
      }
      case 2: { // dotted number, wrong or missing letter
        int num = a % 100_000_000;
        String s = String.format("%,d", num).replace(',', '.');
        return a % 3 == 0 ? s : s + "-" + DNI_LETTERS.charAt((num + 1) % 23);
      }
      case 3: // short group
        return Integer.toString(a % 1000);
      case 4: // dotted pieces of random lengths
        return (a % 1000) + "." + (a / 1000 % 10000) + (a % 2 == 0 ? "." + (a / 7 % 1000) : "");
      case 5: // long numbers and groups
        return (a % 9000 + 1000) + " " + (a / 9000 % 10000);
      case 6: // a time or a ratio
        return (a % 24) + ":" + (a / 24 % 60) + (a % 5 == 0 ? ":" + (a / 7 % 60) : "");
      case 7: // a dotted date
        return (a % 31 + 1) + "." + (a / 31 % 12 + 1) + "." + (1900 + a / 400 % 130);
      case 8: // an amount with thousands dots
        return (a % 999 + 1) + "." + String.format("%03d", a / 1000 % 1000) + (a % 4 == 0 ? ",50" : "");
      default: // a digit right after letters or a dot
        return "x" + (a % 100) + "." + (a / 100 % 1000);
    }
  }

  private static String text(List<Integer> picks, List<Integer> gaps) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < picks.size(); k++) {
      int p = picks.get(k);
      if (p % 3 == 0) {
        sb.append(WORDS[(p >>> 2) % WORDS.length]);
      } else {
        sb.append(number((p >>> 2) % 10, p >>> 6));
      }
      sb.append(GAPS[gaps.get(k % gaps.size())]);
    }
    return sb.toString();
  }

  @Test
  void dottedDniGroupsAgreesWithTheLayout() {
    assertTrue(Engine.dottedDniGroups("33.738.116-Z", 2));
    assertTrue(Engine.dottedDniGroups("3.738.116 Z", 1));
    assertFalse(Engine.dottedDniGroups("3.4 million", 1));
    assertFalse(Engine.dottedDniGroups("99.9%", 2));
    assertFalse(Engine.dottedDniGroups("1.234.56", 1));
    assertFalse(Engine.dottedDniGroups("1.234", 1));
  }

  @Test
  void dottedDnisAreStillFound() throws Exception {
    Engine fast = engine(true);
    for (int v : new int[] {33_738_116, 3_738_116, 12_345_678, 70_000_001}) {
      String s = String.format("%,d", v).replace(',', '.');
      String t = "mi DNI es " + s + "-" + DNI_LETTERS.charAt(v % 23) + " gracias";
      assertTrue(candidates(fast, t).contains("ES_NIF"), t);
    }
  }

  @Test
  void randomDigitTextsGiveTheSameCandidates() throws Exception {
    Engine fast = engine(true);
    Engine plain = engine(false);
    qt().withFixedSeed(28112026L).withExamples(4_000)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 40),
            lists().of(integers().between(0, GAPS.length - 1)).ofSizeBetween(1, 7))
        .checkAssert((picks, gaps) -> {
          String t = text(picks, gaps);
          assertEquals(candidates(plain, t), candidates(fast, t), () -> t);
        });
  }

  /** Random strings over digits, dots, dashes, spaces and a few letters (DNI letters among them). */
  @Test
  void randomDigitSoupGivesTheSameCandidates() throws Exception {
    Engine fast = engine(true);
    Engine plain = engine(false);
    String alphabet = "0123456789012345678901234567890123456789........---   ZTRWxyaM:/,%#\n";
    qt().withFixedSeed(20112026L).withExamples(4_000)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(1, 60))
        .checkAssert(picks -> {
          StringBuilder sb = new StringBuilder();
          for (int p : picks) {
            sb.append(alphabet.charAt(p));
          }
          String t = sb.toString();
          assertEquals(candidates(plain, t), candidates(fast, t), () -> t);
        });
  }
}
