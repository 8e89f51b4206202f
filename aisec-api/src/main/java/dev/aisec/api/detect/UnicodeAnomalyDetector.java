package dev.aisec.api.detect;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import dev.aisec.api.DetectionContext;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.api.text.Homoglyphs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds "ASCII smuggling" and other Unicode tricks that hide text from a human reader but not from a model:
 *
 * <ul>
 *   <li>{@code TAG_SMUGGLING}: Unicode tag characters U+E0000–E007F, which encode invisible ASCII (score 0.95);</li>
 *   <li>{@code VARIATION_SELECTOR_SMUGGLING}: runs of variation selectors that carry bytes rather than pick a glyph
 *       (score 0.9);</li>
 *   <li>{@code BIDI_CONTROL}: bidi embeddings, overrides and isolates that reorder what a reader sees (Trojan
 *       Source; 0.85 for overrides, 0.6 for others);</li>
 *   <li>{@code INVISIBLE_CHARACTERS}: zero-width and other format characters, except a joiner inside an emoji
 *       sequence or between letters of scripts that need it (0.4, 0.7 when they split a Latin word or form
 *       long runs);</li>
 *   <li>{@code HOMOGLYPH}: words that mix Latin letters with look-alike letters of another script (0.7);</li>
 *   <li>{@code MALFORMED_UNICODE}: unpaired surrogates (0.5).</li>
 * </ul>
 *
 * Spans are in the original text, one finding per run. Bounded output: at most {@link #MAX_FINDINGS_PER_TYPE}
 * findings of each type; the runs beyond that are reported as one more finding of the same type that spans from the
 * first to the last omitted run, carries the highest omitted score (so the policy's action is unchanged) and says how
 * many runs it stands for ({@code "N more ... omitted"}). So a 10 MB text of alternating letters and zero-width
 * characters yields a few hundred findings, not millions. Linear time; thread-safe.
 */
public final class UnicodeAnomalyDetector implements Detector {

  /** The detector id used in policies. */
  public static final String ID = "unicode-anomaly";

  /** The most findings of one type reported one by one; further runs are summarised in one finding. */
  public static final int MAX_FINDINGS_PER_TYPE = 64;

  private static final UnicodeAnomalyDetector STANDARD = new UnicodeAnomalyDetector();

  private UnicodeAnomalyDetector() {}

  /** The detector with its standard scores. */
  public static UnicodeAnomalyDetector standard() {
    return STANDARD;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> detect(DetectionContext context) {
    String s = context.text();
    if (context.view().isIdentity()) {
      return new ArrayList<>(); // printable ASCII only: nothing to find
    }
    Out out = new Out();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80) {
        i++;
        continue;
      }
      if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1)))) {
        int start = i;
        while (i < n && isBrokenSurrogateAt(s, i)) {
          i++;
        }
        out.add("MALFORMED_UNICODE", start, i, 0.5, (i - start) + " unpaired surrogate(s)");
        continue;
      }
      int cp = s.codePointAt(i);
      if (cp >= 0xE0000 && cp <= 0xE007F) {
        int start = i;
        int count = 0;
        while (i < n) {
          int q = s.codePointAt(i);
          if (q < 0xE0000 || q > 0xE007F) {
            break;
          }
          count++;
          i += Character.charCount(q);
        }
        out.add("TAG_SMUGGLING", start, i, 0.95,
            count + " Unicode tag characters encoding invisible ASCII text");
        continue;
      }
      if (isVariationSelector(cp)) {
        int start = i;
        int count = 0;
        while (i < n && isVariationSelector(s.codePointAt(i))) {
          count++;
          i += Character.charCount(s.codePointAt(i));
        }
        if (count >= 4) {
          out.add("VARIATION_SELECTOR_SMUGGLING", start, i, 0.9,
              count + " consecutive variation selectors (hidden payload)");
        }
        continue;
      }
      if (isBidiControl(cp)) {
        int start = i;
        boolean override = false;
        int count = 0;
        while (i < n && isBidiControl(s.codePointAt(i))) {
          override |= s.charAt(i) == 0x202D || s.charAt(i) == 0x202E;
          count++;
          i++;
        }
        out.add("BIDI_CONTROL", start, i, override ? 0.85 : 0.6,
            count + " bidi control character(s)" + (override ? ", including a directional override" : ""));
        continue;
      }
      if (isInvisible(cp)) {
        int start = i;
        int count = 0;
        while (i < n && isInvisible(s.codePointAt(i))) {
          count++;
          i += Character.charCount(s.codePointAt(i));
        }
        if (count == 1 && legitimateJoiner(s, start, i)) {
          continue;
        }
        boolean splitsWord = start > 0 && i < n && isLatinLetter(s.codePointBefore(start))
            && isLatinLetter(s.codePointAt(i));
        double score = (splitsWord || count >= 3) ? 0.7 : 0.4;
        out.add("INVISIBLE_CHARACTERS", start, i, score,
            count + " invisible character(s)" + (splitsWord ? " inside a word" : ""));
        continue;
      }
      if (Character.isLetter(cp)) {
        i = scanWord(s, i, out);
        continue;
      }
      i += Character.charCount(cp);
    }
    return out.finish();
  }

  /** Scans a word that starts with a non-ASCII letter or contains one; reports mixed-script look-alikes. */
  private static int scanWord(String s, int from, Out out) {
    int start = from;
    while (start > 0 && Character.isLetter(s.codePointBefore(start))) {
      start -= Character.charCount(s.codePointBefore(start));
    }
    int i = start;
    boolean latin = false;
    int lookalikes = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
        break;
      }
      if (isLatinLetter(cp)) {
        latin = true;
      } else if (cp >= 0x370 && !Homoglyphs.latinLookalike(cp).isEmpty()) {
        lookalikes++;
      }
      i += Character.charCount(cp);
    }
    if (latin && lookalikes > 0) {
      out.add("HOMOGLYPH", start, i, 0.7,
          "word mixes Latin letters with " + lookalikes + " look-alike letter(s) of another script");
    }
    return Math.max(i, from + Character.charCount(s.codePointAt(from)));
  }

  /** Collects findings, at most {@link #MAX_FINDINGS_PER_TYPE} per type plus one summary per capped type. */
  private static final class Out {
    private final List<Finding> list = new ArrayList<>();
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, double[]> omitted = new LinkedHashMap<>();

    void add(String type, int start, int end, double score, String detail) {
      int[] c = counts.computeIfAbsent(type, k -> new int[1]);
      if (c[0]++ < MAX_FINDINGS_PER_TYPE) {
        list.add(Finding.of(ID, type, start, end, score, detail));
        return;
      }
      // {count, first start, last end, max score}
      double[] o = omitted.get(type);
      if (o == null) {
        omitted.put(type, new double[] {1, start, end, score});
      } else {
        o[0]++;
        o[2] = Math.max(o[2], end);
        o[3] = Math.max(o[3], score);
      }
    }

    List<Finding> finish() {
      for (Map.Entry<String, double[]> e : omitted.entrySet()) {
        double[] o = e.getValue();
        list.add(Finding.of(ID, e.getKey(), (int) o[1], (int) o[2], o[3],
            (long) o[0] + " more " + e.getKey() + " run(s) omitted (at most " + MAX_FINDINGS_PER_TYPE
                + " reported one by one)"));
      }
      return list;
    }
  }

  private static boolean isBrokenSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
    }
    if (Character.isLowSurrogate(c)) {
      return !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
    }
    return false;
  }

  private static boolean isLatinLetter(int cp) {
    return Homoglyphs.isLatinLetter(cp);
  }

  static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
        || cp == 0x061C;
  }

  static boolean isVariationSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  static boolean isInvisible(int cp) {
    if (cp < 0x80 || isBidiControl(cp) || isVariationSelector(cp) || (cp >= 0xE0000 && cp <= 0xE007F)) {
      return false;
    }
    if (cp == 0x00AD) {
      return false; // soft hyphen: common in hyphenated documents; normalisation still removes it
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT) {
      return true;
    }
    if (type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER) {
      return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0; // Hangul fillers
    }
    if (type != Character.NON_SPACING_MARK && type != Character.UNASSIGNED && type != Character.CONTROL) {
      return false;
    }
    return cp == 0x034F || cp == 0x180E
        || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
  }

  /** A single ZWJ/ZWNJ inside an emoji sequence or between letters of a non-Latin script is ordinary text. */
  private static boolean legitimateJoiner(String s, int start, int end) {
    int cp = s.codePointAt(start);
    if (cp == 0xFEFF && start == 0) {
      return true; // byte-order mark at the start
    }
    if (cp != 0x200D && cp != 0x200C) {
      return false;
    }
    if (start == 0 || end >= s.length()) {
      return false;
    }
    int before = s.codePointBefore(start);
    int after = s.codePointAt(end);
    if (UCharacter.hasBinaryProperty(before, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(after, UProperty.EXTENDED_PICTOGRAPHIC)
        || isVariationSelector(before)) {
      return true;
    }
    return Character.isLetter(before) && Character.isLetter(after) && !isLatinLetter(before)
        && !isLatinLetter(after);
  }
}
