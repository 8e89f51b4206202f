package dev.aisec.api.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/** Builds {@link TextView}s. Stateless and thread-safe. */
final class Normalizer {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private static final java.util.concurrent.atomic.AtomicReferenceArray<String> SINGLE =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(0x10000);
  private static final String UNCHANGED = new String("unchanged");

  private Normalizer() {}

  /** NFKC of one BMP char, or null when NFKC leaves it unchanged. Cached. */
  static String nfkcOf(char c) {
    String v = SINGLE.get(c);
    if (v == null) {
      String one = String.valueOf(c);
      String norm = NFKC.normalize(one);
      v = norm.equals(one) ? UNCHANGED : norm;
      SINGLE.lazySet(c, v);
    }
    return v == UNCHANGED ? null : v;
  }

  static TextView normalize(String s) {
    if (isPlain(s)) {
      return new TextView(s, s, null, null, "", 0);
    }
    return normalizeFully(s);
  }

  /** {@link #normalize} without the plain-text shortcut (the same view: see {@code TextViewTest}). */
  static TextView normalizeFully(String s) {
    Builder b = new Builder(s.length());
    StringBuilder smuggled = new StringBuilder();
    int removed = 0;
    int segStart = -1; // start of the pending NFKC segment in the original
    int segEnd = -1;
    StringBuilder seg = new StringBuilder(); // the segment's kept characters (invisible ones left out)
    int wsStart = -1; // start of a pending whitespace run
    int wsEnd = -1;
    boolean wsNewline = false;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      int cp;
      int len;
      boolean broken = false;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(i + 1));
        len = 2;
      } else if (Character.isSurrogate(c)) {
        cp = 0xFFFD;
        len = 1;
        broken = true;
      } else {
        cp = c;
        len = 1;
      }
      if (!broken && isInvisible(cp)) {
        removed++;
        if (cp >= 0xE0020 && cp <= 0xE007E) {
          smuggled.append((char) (cp - 0xE0000));
        }
        i += len;
        continue;
      }
      if (isSpace(cp)) {
        if (segStart >= 0) {
          b.appendNormalized(seg, segStart, segEnd);
          seg.setLength(0);
          segStart = -1;
        }
        if (wsStart < 0) {
          wsStart = i;
          wsNewline = false;
        }
        wsEnd = i + len;
        wsNewline |= cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C
            || cp == 0x85;
        i += len;
        continue;
      }
      if (wsStart >= 0) {
        b.append(wsNewline ? '\n' : ' ', wsStart, wsEnd);
        wsStart = -1;
      }
      if (broken) {
        if (segStart >= 0) {
          b.appendNormalized(seg, segStart, segEnd);
          seg.setLength(0);
          segStart = -1;
        }
        b.append('\uFFFD', i, i + 1);
        i += 1;
        continue;
      }
      if (cp < 0x80 ? (i + 1 == n || finalAfterAscii(s.charAt(i + 1))) : NFKC.isInert(cp)) {
        // nothing can compose with it or change it: append as is
        if (segStart >= 0) {
          b.appendNormalized(seg, segStart, segEnd);
          seg.setLength(0);
          segStart = -1;
        }
        if (len == 1) {
          b.append(c, i, i + 1);
        } else {
          b.append(c, i, i + 2);
          b.append(s.charAt(i + 1), i, i + 2);
        }
        i += len;
        continue;
      }
      if (segStart >= 0 && NFKC.hasBoundaryBefore(cp)) {
        b.appendNormalized(seg, segStart, segEnd);
          seg.setLength(0);
        segStart = -1;
      }
      if (segStart < 0) {
        segStart = i;
      }
      seg.appendCodePoint(cp);
      segEnd = i + len;
      i += len;
    }
    if (segStart >= 0) {
      b.appendNormalized(seg, segStart, segEnd);
          seg.setLength(0);
    }
    if (wsStart >= 0) {
      b.append(wsNewline ? '\n' : ' ', wsStart, wsEnd);
    }
    Homoglyphs.foldMixedScriptWords(b);
    return b.build(s, smuggled.toString(), removed);
  }

  /** Whether an ASCII char followed by {@code next} is final: {@code next} can neither compose with it nor be
   * removed to let a later combining mark reach it (U+00AD, the soft hyphen, is the one removable char below U+0300). */
  private static boolean finalAfterAscii(char next) {
    return next < 0x300 && next != 0x00AD;
  }

  /**
   * Per ASCII char, for {@link #isPlain}: 0 printable (0x21-0x7E), 1 a space or line feed, 2 anything else (control
   * characters and DEL).
   */
  private static final byte[] PLAIN_CLASS = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      PLAIN_CLASS[c] = (byte) (c == ' ' || c == '\n' ? 1 : c > 0x20 && c < 0x7F ? 0 : 2);
    }
  }

  /**
   * Printable ASCII and single spaces or line feeds only: the view is the text itself. The same answer as
   * {@link #isPlainReference}, without a data-dependent branch per character (a branch per word boundary used to be
   * mispredicted on ordinary prose): each char's class is read from a table ({@code >= 0x80} is class 2), and the
   * bad classes and doubled spaces are or-ed into one flag tested every 64 chars.
   */
  static boolean isPlain(String s) {
    int n = s.length();
    int bad = 0;
    int prev = 0;
    int i = 0;
    while (i < n) {
      int stop = Math.min(n, i + 64);
      for (; i < stop; i++) {
        char c = s.charAt(i);
        int cls = PLAIN_CLASS[c & 0x7F] | (-(c >>> 7) >>> 31) << 1;
        bad |= (cls >>> 1) | (cls & prev);
        prev = cls & 1;
      }
      if (bad != 0) {
        return false;
      }
    }
    return true;
  }

  /** The plain loop {@link #isPlain} must agree with (kept for the tests). */
  static boolean isPlainReference(String s) {
    boolean prevSpace = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\n') {
        if (prevSpace) {
          return false;
        }
        prevSpace = true;
      } else if (c > 0x20 && c < 0x7F) {
        prevSpace = false;
      } else {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /** Characters that render as nothing: format controls, bidi controls, tags, variation selectors, fillers. */
  static boolean isInvisible(int cp) {
    if (cp < 0x80) {
      return false;
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT) {
      return true;
    }
    if (type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER) {
      return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0; // Hangul fillers
    }
    if (type != Character.NON_SPACING_MARK && type != Character.UNASSIGNED && type != Character.CONTROL
        && type != Character.SPACE_SEPARATOR) {
      return false;
    }
    if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD
        || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x180E) {
      return true;
    }
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
        || cp == 0x061C) {
      return true; // bidi controls
    }
    if (cp >= 0xE0000 && cp <= 0xE007F) {
      return true; // tags
    }
    if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x180B && cp <= 0x180F)) {
      return true; // variation selectors
    }
    return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
  }

  /** Growable normalised text with its offset map. */
  static final class Builder {
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    Builder(int capacity) {
      this.text = new StringBuilder(capacity);
      int cap = Math.max(16, capacity);
      this.starts = new int[cap];
      this.ends = new int[cap];
    }

    void append(char c, int origStart, int origEnd) {
      ensure(text.length() + 1);
      starts[text.length()] = origStart;
      ends[text.length()] = origEnd;
      text.append(c);
    }

    void appendNormalized(CharSequence kept, int from, int to) {
      if (kept.length() == 1) {
        char c = kept.charAt(0);
        String norm = c < 0x80 ? null : nfkcOf(c);
        if (norm == null) {
          append(c, from, to);
        } else {
          for (int k = 0; k < norm.length(); k++) {
            char d = norm.charAt(k);
            append(isSpace(d) ? ' ' : d, from, to);
          }
        }
        return;
      }
      String seg = kept.toString();
      String norm = NFKC.isNormalized(seg) ? seg : NFKC.normalize(seg);
      for (int k = 0; k < norm.length(); k++) {
        char c = norm.charAt(k);
        // NFKC may produce spaces (e.g. from U+00A0 compatibility forms); keep them as single spaces.
        append(isSpace(c) ? ' ' : c, from, to);
      }
    }

    int length() {
      return text.length();
    }

    char charAt(int i) {
      return text.charAt(i);
    }

    int codePointAt(int i) {
      return text.codePointAt(i);
    }

    /**
     * Overwrites chars [from, to) with a replacement of the same length, every new char mapping to the union of the
     * old ranges. Same-length only, so folding stays linear in the text's length.
     */
    void overwrite(int from, int to, String replacement) {
      if (replacement.length() != to - from) {
        throw new IllegalArgumentException("overwrite needs a replacement of the same length");
      }
      int oStart = starts[from];
      int oEnd = ends[to - 1];
      for (int k = 0; k < replacement.length(); k++) {
        starts[from + k] = oStart;
        ends[from + k] = oEnd;
        text.setCharAt(from + k, replacement.charAt(k));
      }
    }

    private void ensure(int cap) {
      if (cap > starts.length) {
        int newCap = Math.max(cap, starts.length + (starts.length >> 1) + 16);
        starts = Arrays.copyOf(starts, newCap);
        ends = Arrays.copyOf(ends, newCap);
      }
    }

    TextView build(String original, String smuggled, int removed) {
      String norm = text.toString();
      if (norm.equals(original)) {
        return new TextView(original, original, null, null, smuggled, removed);
      }
      return new TextView(original, norm, Arrays.copyOf(starts, norm.length()), Arrays.copyOf(ends, norm.length()),
          smuggled, removed);
    }
  }
}
