package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 20: every prefix entry of the compliance lexicon can match. {@code kindOf} reads prefixes of 3 to 12
 * characters, so the round-18 entries {@code avertissement*} and {@code gerichtsbeschluss*} never matched; they are
 * removed (outputs unchanged) and {@code add} refuses such an entry.
 */
class Review20ComplianceLexiconTest {

  @Test
  void everyPrefixEntryIsWithinTheLengthsKindOfReads() throws Exception {
    Field f = Compliance.class.getDeclaredField("PREFIX");
    f.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<String, Integer> prefix = (Map<String, Integer>) f.get(null);
    assertTrue(prefix.size() > 100);
    for (String p : prefix.keySet()) {
      assertTrue(p.length() >= 3 && p.length() <= 12, "prefix entry " + p + "* can never match");
    }
  }
}
