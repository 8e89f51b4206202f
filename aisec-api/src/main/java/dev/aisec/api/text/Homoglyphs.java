package dev.aisec.api.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Homoglyph folding with Unicode TR39 confusable skeletons from ICU4J. Only letters of another script inside a word
 * that also contains Latin letters are folded ("pаypal" with a Cyrillic a becomes "paypal"), so genuine Cyrillic,
 * Greek or other text keeps its letters. Thread-safe.
 */
public final class Homoglyphs {

  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  private static final AtomicReferenceArray<String> BMP_CACHE = new AtomicReferenceArray<>(0x10000);
  /**
   * Astral code points that imitate Latin letters (a few hundred at most). Those that imitate none are marked in
   * {@link #ASTRAL_NONE}, a fixed 128 KB bit set: caching them in the map made it grow by one entry per distinct astral
   * letter an attacker sent in mixed-script words (about 150,000 possible, never trimmed).
   */
  private static final ConcurrentHashMap<Integer, String> ASTRAL_CACHE = new ConcurrentHashMap<>();
  private static final java.util.concurrent.atomic.AtomicLongArray ASTRAL_NONE =
      new java.util.concurrent.atomic.AtomicLongArray((Character.MAX_CODE_POINT + 1 - 0x10000) / 64);
  private static final String NONE = "";

  private Homoglyphs() {}

  /**
   * The ASCII letter(s) a non-Latin character imitates, or the empty string when it imitates none. For example
   * Cyrillic U+0430 gives {@code "a"}, Greek U+03BF gives {@code "o"}.
   */
  public static String latinLookalike(int cp) {
    if (cp < 0x80) {
      return NONE;
    }
    if (cp < 0x10000) {
      String v = BMP_CACHE.get(cp);
      if (v == null) {
        v = computeLookalike(cp);
        BMP_CACHE.lazySet(cp, v);
      }
      return v;
    }
    if (cp > Character.MAX_CODE_POINT) {
      return NONE;
    }
    int bit = cp - 0x10000;
    long mask = 1L << bit;
    if ((ASTRAL_NONE.get(bit >>> 6) & mask) != 0) {
      return NONE;
    }
    String v = ASTRAL_CACHE.get(cp);
    if (v != null) {
      return v;
    }
    v = computeLookalike(cp);
    if (v.isEmpty()) {
      ASTRAL_NONE.getAndAccumulate(bit >>> 6, mask, (a, b) -> a | b);
    } else {
      ASTRAL_CACHE.putIfAbsent(cp, v);
    }
    return v;
  }

  /** Entries in the cache of astral look-alikes (for tests). */
  static int astralCacheSize() {
    return ASTRAL_CACHE.size();
  }

  private static String computeLookalike(int cp) {
    if (!Character.isLetter(cp) || UScript.getScript(cp) == UScript.LATIN) {
      return NONE;
    }
    String skel = SPOOF.getSkeleton(new String(Character.toChars(cp)));
    if (skel.isEmpty() || skel.length() > 2) {
      return NONE;
    }
    for (int k = 0; k < skel.length(); k++) {
      char c = skel.charAt(k);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return NONE;
      }
    }
    // Keep the letter's case where the skeleton lost it (TR39 skeletons are case-preserving for most letters).
    return skel;
  }

  /** Whether the code point is a letter of the Latin script. Fast for ASCII, Latin-1 and CJK. */
  public static boolean isLatinLetter(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    if (cp < 0x250) {
      return cp != 0xB5 && cp != 0xAA && cp != 0xBA && Character.isLetter(cp);
    }
    if (cp >= 0x2E80 && cp < 0xFF00) {
      return false; // CJK, Hangul, Kana and symbols
    }
    return Character.isLetter(cp) && UScript.getScript(cp) == UScript.LATIN;
  }

  static void foldMixedScriptWords(Normalizer.Builder b) {
    boolean candidates = false;
    for (int k = 0, n = b.length(); k < n && !candidates; k++) {
      candidates = b.charAt(k) >= 0x370; // Greek, Cyrillic and later scripts hold the look-alikes
    }
    if (!candidates) {
      return;
    }
    int i = 0;
    while (i < b.length()) {
      int cp = b.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean latin = false;
      boolean other = false;
      while (i < b.length()) {
        int c = b.codePointAt(i);
        if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
          break;
        }
        if (isLatinLetter(c)) {
          latin = true;
        } else if (c >= 0x370) {
          other = true;
        }
        i += Character.charCount(c);
      }
      if (!latin || !other) {
        continue;
      }
      int k = start;
      while (k < i) {
        int c = b.codePointAt(k);
        int cl = Character.charCount(c);
        if (c >= 0x370 && !isLatinLetter(c)) {
          String rep = latinLookalike(c);
          boolean markFollows = k + cl < b.length()
              && Character.getType(b.codePointAt(k + cl)) == Character.NON_SPACING_MARK;
          if (rep.length() == cl && !markFollows) {
            b.overwrite(k, k + cl, rep);
          }
        }
        k += cl;
      }
    }
  }
}
