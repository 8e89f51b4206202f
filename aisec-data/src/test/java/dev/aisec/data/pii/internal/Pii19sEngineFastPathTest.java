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
 * Round 19 (pii19speed): the engine's fast paths against its plain path. {@link Engine#withShortcuts} off takes
 * every character through the full dispatch of the main loop; on, the loop passes over the {@link Engine#INERT}
 * characters at once. Whole scans of random texts (PII values, words, numbers and every kind of separator and
 * punctuation, including the characters that may start a value: {@code + ( - @}) give the same candidates (start,
 * end, type, score, detail) in the same order.
 */
class Pii19sEngineFastPathTest {

  private static final String[] TOKENS = {"the", "report", "shows", "that", "sales", "in", "Europe", "grew", "by",
      "12", "percent", "while", "costs", "fell", "to", "3.4", "million", "and", "team", "will", "2.1", "of", "plan",
      "on", "for", "#4821", "call", "at", "10:30", "with", "Product", "Engineering", "250", "ms", "99.9%", "Q3.",
      "Maria", "Gonzalez", "Paris", "dear", "Street", "42", "said", "is", "my", "name", "Smith", "Monday",
      "jane.doe@example.com", "@mention", "+44 20 7946 0958", "+1 (212) 555-0199", "(212) 555-0199", "-5", "- 12",
      "4111 1111 1111 1111", "536-22-1234", "10.20.30.40", "192.168.0.1:8080", "DE89 3704 0044 0532 0130 00",
      "AKIAIOSFODNN7EXAMPLE", "AB 12 34 56 C", "https://example.org/a?b=1", "www.example.com", "5 May 1990",
      "255 Main Street", "ssn", "phone", "passport", "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcN"
          + "LYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----",
      "caf\u00e9", "Jos\u00e9", "M\u00fcller", "\u00e9t\u00e9", "2001:db8::8a2e:370:7334", "x_y", "a-b", "key=abc",
      "Mr", "Dr.", "INFO", "(", ")", "+", "-", "@", "\u2019s", "\u00a0"};

  private static final String[] GAPS = {" ", " ", " ", " ", "", "  ", ", ", ". ", ".\n", "\n", "\t", "; ", "! ",
      "? ", "/", " / ", "*", "#", "[", "] ", "&", "\"", "'", " | ", ": ", "=", "~", "\r\n", "...", " (", ") ", " -",
      "- ", " +", "@", "%", "$", "^", "`", "{", "}", "<", ">", "\\", "\u2014", "\u00a0", "\u3000"};

  private static Engine engine(boolean shortcuts) throws Exception {
    PiiDetector d = PiiDetector.standard();
    Field f = PiiDetector.class.getDeclaredField("engine");
    f.setAccessible(true);
    Engine e = (Engine) f.get(d);
    assertTrue(e.shortcuts);
    return shortcuts ? e : e.withShortcuts(false);
  }

  private static String candidates(Engine e, String t) {
    Hits h = new Hits();
    e.scan(t, h);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < h.n; k++) {
      sb.append(h.starts[k]).append(' ').append(h.ends[k]).append(' ').append(h.types[k]).append(' ')
          .append(h.scores[k]).append(' ').append(h.details[k]).append('\n');
    }
    return sb.toString();
  }

  private static String text(List<Integer> picks, List<Integer> gaps) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < picks.size(); k++) {
      sb.append(TOKENS[picks.get(k)]);
      sb.append(GAPS[gaps.get(k % gaps.size())]);
    }
    return sb.toString();
  }

  @Test
  void inertCharactersStartNothing() {
    for (char c = 0; c < 128; c++) {
      if (Engine.INERT[c]) {
        assertFalse(Engine.isWordChar(c), "word character " + (int) c);
        assertTrue("@+(-".indexOf(c) < 0, "trigger " + c);
      }
    }
    for (char c : " \t\n\r.,;:!?\"'/|#*[]{}<>=~%$&^`\\".toCharArray()) {
      assertTrue(Engine.INERT[c], "not inert: " + c);
    }
  }

  @Test
  void randomTextsGiveTheSameCandidates() throws Exception {
    Engine fast = engine(true);
    Engine plain = engine(false);
    qt().withFixedSeed(19112026L).withExamples(3_000)
        .forAll(lists().of(integers().between(0, TOKENS.length - 1)).ofSizeBetween(1, 50),
            lists().of(integers().between(0, GAPS.length - 1)).ofSizeBetween(1, 9))
        .checkAssert((picks, gaps) -> {
          String t = text(picks, gaps);
          assertEquals(candidates(plain, t), candidates(fast, t), () -> t);
        });
  }

  /** Random strings over a small alphabet of letters, digits and every separator (no tokens). */
  @Test
  void randomCharacterSoupGivesTheSameCandidates() throws Exception {
    Engine fast = engine(true);
    Engine plain = engine(false);
    String alphabet = "aeiouxyzAEMQ0123456789 ..,,::--++(())@@__//=%#'\"\n\t|<>\u00e9\u2019";
    qt().withFixedSeed(27112619L).withExamples(3_000)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(1, 80))
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
