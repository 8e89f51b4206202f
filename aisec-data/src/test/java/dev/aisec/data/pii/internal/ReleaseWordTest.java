package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/**
 * {@link Engine#releaseWordBefore}, which probes each word start of its stretch with the release words of its first
 * letter, answers as the plain statement: some release word, at some position of the 24 characters (same line)
 * before {@code s}, starting a word, ending before {@code s} and not going on.
 */
class ReleaseWordTest {

  private static final String[] WORDS = {"driver", "agent:", "updated to", "upgraded to", "upgrade to", "update to",
      "downgraded to", "roll back to", "rolled back to", "rollback to", "patched to", "patch"};

  /** The statement, one pass per word over the stretch (the implementation before round 17). */
  private static boolean reference(CharSequence t, int s) {
    int from = s;
    while (from > 0 && s - from < 24 && t.charAt(from - 1) != '\n') {
      from--;
    }
    for (String w : WORDS) {
      for (int k = from; k + w.length() <= s; k++) {
        if ((k == 0 || !Engine.isWordChar(t.charAt(k - 1))) && Engine.startsWithIgnoreCase(t, k, w)
            && (k + w.length() == t.length() || !Engine.isWordChar(t.charAt(k + w.length())))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Pieces: release words in three cases, their prefixes, letters that lower-case to ASCII, separators. */
  private static final String[] PIECES = {"driver", "Driver", "DRIVER", "agent:", "Agent:", "agent", "updated to",
      "Updated to", "upgraded to", "upgrade to", "update to", "downgraded to", "roll back to", "rolled back to",
      "rollback to", "patched to", "patch", "Patch", "patches", "xpatch", "drive", "up", "to", " ", " ", "\n", ":",
      ".", "-", "_", "1", "23.40.0.4", "10.20.30.40", "\u0130", "\u212a", "é", "a", "d", "p", "u", "r", "version"};

  @Test
  void answersAsTheStatement() {
    qt().withFixedSeed(1711L).withExamples(50_000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 12))
        .checkAssert(picks -> {
          StringBuilder sb = new StringBuilder();
          for (int p : picks) {
            sb.append(PIECES[p]);
          }
          String t = sb.toString();
          for (int s = 0; s <= t.length(); s++) {
            final int at = s;
            assertEquals(reference(t, s), Engine.releaseWordBefore(t, s), () -> "at " + at + " in [" + t + "]");
          }
        });
  }

  @Test
  void releaseWordsBeforeAVersion() {
    String t = "Driver Intel AX211 23.40.0.4";
    assertTrue(Engine.releaseWordBefore(t, t.indexOf("23")));
    t = "we upgraded to 7.2.0.1";
    assertTrue(Engine.releaseWordBefore(t, t.indexOf("7.")));
    t = "AGENT: 7.2.0.1";
    assertTrue(Engine.releaseWordBefore(t, t.indexOf("7.")));
    t = "server at 10.20.30.40";
    assertFalse(Engine.releaseWordBefore(t, t.indexOf("10")));
    t = "dispatcher 10.20.30.40"; // "patch" inside a word does not count
    assertFalse(Engine.releaseWordBefore(t, t.indexOf("10")));
    t = "patch\n10.20.30.40"; // not across a line break
    assertFalse(Engine.releaseWordBefore(t, t.indexOf("10")));
  }
}
