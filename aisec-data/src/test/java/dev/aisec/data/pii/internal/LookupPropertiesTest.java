package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The speed-oriented lookups (prefilters of {@link WordSet}, {@link RangeKeys}, the range-based cue masks of
 * {@link Context} and {@link CueIndex}) give exactly the answers of the plain implementations they replace.
 */
class LookupPropertiesTest {

  static final String[] WORDS = {"and", "in", "to", "the", "is", "was", "i'm", "mr", "m", "new", "york", "new york",
      "san", "san francisco", "straße", "vägen", "élise", "x", "phone", "phone number", "date of birth", "of", "birth",
      "order", "order no", "no", "zip code", "zip", "code", "$", "€", "d.o.b", "ss#", "very-long-hyphenated-word",
      "abcdefgh", "abcdefghi", "Ab", "AND", "İstanbul", "kelvin", "ǅemal"};

  static Gen<String> phrase() {
    return lists().of(integers().between(0, WORDS.length - 1).map(i -> WORDS[i])).ofSizeBetween(0, 4)
        .map(l -> String.join(" ", l));
  }

  static Gen<String> window() {
    return lists().of(integers().between(0, WORDS.length - 1).map(i -> WORDS[i])).ofSizeBetween(0, 8)
        .map(l -> " " + String.join(" ", l).toLowerCase(Locale.ROOT).replace("  ", " ") + (l.isEmpty() ? "" : " "));
  }

  private static boolean referenceContains(Set<String> lowered, String probe) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < probe.length(); i++) {
      b.append(WordSet.lower(probe.charAt(i)));
    }
    return lowered.contains(b.toString());
  }

  @Test
  void wordSetPrefiltersNeverChangeMembership() {
    List<String> keys = new ArrayList<>(Arrays.asList(WORDS).subList(0, WORDS.length / 2));
    WordSet small = new WordSet(keys);
    Set<String> lowered = new HashSet<>();
    for (String k : keys) {
      lowered.add(k.toLowerCase(Locale.ROOT));
    }
    qt().withFixedSeed(20261126L).withExamples(2000).forAll(phrase(), integers().between(0, 3)).checkAssert((p, pad) -> {
      String text = "##".substring(0, pad % 3) + p + "!";
      int from = pad % 3;
      int to = from + p.length();
      boolean want = !p.isEmpty() && referenceContains(lowered, p);
      assertEquals(want, small.contains(text, from, to), p);
      if (!p.isEmpty() && p.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        assertEquals(want, small.containsLowerAscii(text, from, to), p);
      }
    });
  }

  @Test
  void rangeKeysFindExactlyTheKeys() {
    List<String> keys = Arrays.asList(WORDS);
    RangeKeys rk = new RangeKeys(keys);
    Map<String, Integer> ids = new HashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      ids.putIfAbsent(keys.get(k), k);
    }
    qt().withFixedSeed(20261126L).withExamples(2000).forAll(phrase()).checkAssert(p -> {
      String text = "<" + p + ">";
      assertEquals(ids.getOrDefault(p, -1), rk.id(text, 1, 1 + p.length()), p);
      assertEquals(ids.getOrDefault(p, -1), rk.id(text.toCharArray(), 1, 1 + p.length(),
          RangeKeys.hashOf(text, 1, 1 + p.length())), p);
    });
  }

  /** The split-based mask of the first implementation. */
  private static long referenceMask(String win, int lastK, Map<String, Long> phraseMask) {
    String[] words = win.trim().isEmpty() ? new String[0] : win.trim().split(" ");
    int from = lastK > 0 ? Math.max(0, words.length - lastK) : 0;
    long m = 0;
    for (int i = from; i < words.length; i++) {
      m |= phraseMask.getOrDefault(words[i], 0L);
      if (i + 1 < words.length) {
        m |= phraseMask.getOrDefault(words[i] + " " + words[i + 1], 0L);
        if (i + 2 < words.length) {
          m |= phraseMask.getOrDefault(words[i] + " " + words[i + 1] + " " + words[i + 2], 0L);
        }
      }
    }
    return m;
  }

  @Test
  void contextMaskEqualsTheSplitBasedMask() {
    qt().withFixedSeed(20261126L).withExamples(3000).forAll(window(), integers().between(0, 3)).checkAssert((w, k) -> {
      assertEquals(referenceMask(w, k, Context.PHRASE_MASK), Context.mask(w, k), w + " k=" + k);
    });
  }

  @Test
  void cueIndexEqualsTheLinearScan() {
    String[] cues = {" my name is ", " name is ", " is ", " hi ", " i'm ", " this is ", " in ", " live in ",
        " from ", " moved here from ", " and "};
    CueIndex first = new CueIndex(cues, false);
    CueIndex highest = new CueIndex(cues, true);
    Gen<String> left = lists().of(integers().between(0, 9).map(i -> new String[] {"my", "name", "is", "hi", "i'm",
        "this", "in", "live", "from", "moved"}[i])).ofSizeBetween(0, 6).map(l -> " " + String.join(" ", l) + " ");
    qt().withFixedSeed(20261126L).withExamples(2000).forAll(left).checkAssert(l -> {
      int want = -1;
      int wantHigh = -1;
      for (int k = 0; k < cues.length; k++) {
        if (l.endsWith(cues[k])) {
          if (want < 0) {
            want = k;
          }
          wantHigh = k;
        }
      }
      assertEquals(want, first.find(l), l);
      assertEquals(wantHigh, highest.find(l), l);
    });
  }
}
