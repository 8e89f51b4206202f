package dev.aisec.prompt.internal;

import java.util.Arrays;

/**
 * A reusable, growable list of tokens of one text region: lower-cased, leetspeak-folded words (runs of letters,
 * digits and combining marks; {@code @} and {@code $} inside words) and single CJK characters, with their offsets in
 * the scanned string. Linear time. Not thread-safe: one instance per scan.
 */
public final class Tokens {

  public String[] text = new String[64];
  public int[] start = new int[64];
  public int[] end = new int[64];
  /** Whether the token is one CJK character (Han, kana, Hangul). */
  public boolean[] cjk = new boolean[64];
  public int size;
  /** How many tokens had leetspeak digits or symbols folded into letters. */
  public int leetFolded;

  /** Tokenises {@code s[from, to)}, replacing the current content. */
  public Tokens tokenize(CharSequence s, int from, int to) {
    size = 0;
    leetFolded = 0;
    StringBuilder sb = new StringBuilder(32);
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (isCjk(c)) {
        add(String.valueOf(c), i, i + 1, true);
        i++;
        continue;
      }
      if (!isWordChar(s, i, from, to)) {
        i++;
        continue;
      }
      int st = i;
      sb.setLength(0);
      boolean letter = false;
      boolean leet = false;
      while (i < to && !isCjk(s.charAt(i)) && isWordChar(s, i, from, to)) {
        char ch = s.charAt(i);
        if (ch < 0x80) {
          if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') {
            letter = true;
          } else {
            leet = true;
          }
        } else if (Character.isLetter(ch)) {
          letter = true;
        }
        sb.append(ch);
        i++;
        if (sb.length() > 64) { // very long runs: cut, keeps work per token bounded
          break;
        }
      }
      String tok;
      if (letter && leet && sb.length() >= 3) {
        boolean changed = false;
        for (int k = 0; k < sb.length(); k++) {
          char f = fold(sb.charAt(k));
          if (f != sb.charAt(k)) {
            sb.setCharAt(k, f);
            changed = true;
          }
        }
        if (changed) {
          leetFolded++;
        }
      }
      tok = lower(sb);
      add(tok, st, i, false);
    }
    return this;
  }

  private static String lower(StringBuilder sb) {
    boolean ascii = true;
    for (int k = 0; k < sb.length(); k++) {
      char ch = sb.charAt(k);
      if (ch >= 0x80) {
        ascii = false;
      } else if (ch >= 'A' && ch <= 'Z') {
        sb.setCharAt(k, (char) (ch + 32));
      }
    }
    String s = sb.toString();
    return ascii ? s : s.toLowerCase(java.util.Locale.ROOT);
  }

  private void add(String t, int s, int e, boolean isCjk) {
    if (size == text.length) {
      int n = size * 2;
      text = Arrays.copyOf(text, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      cjk = Arrays.copyOf(cjk, n);
    }
    text[size] = t;
    start[size] = s;
    end[size] = e;
    cjk[size] = isCjk;
    size++;
  }

  /** Leetspeak folding of one character inside a word that also holds letters. */
  static char fold(char c) {
    switch (c) {
      case '0': return 'o';
      case '1': return 'i';
      case '3': return 'e';
      case '4': return 'a';
      case '5': return 's';
      case '7': return 't';
      case '8': return 'b';
      case '9': return 'g';
      case '@': return 'a';
      case '$': return 's';
      default: return c;
    }
  }

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_WORD[c] = true;
      ASCII_WORD[c - 32] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII_WORD[c] = true;
    }
  }

  static boolean isWordChar(CharSequence s, int i, int from, int to) {
    char c = s.charAt(i);
    if (c < 0x80) {
      if (ASCII_WORD[c]) {
        return true;
      }
      if (c == '@' || c == '$') {
        return (i + 1 < to && Character.isLetter(s.charAt(i + 1))) || (i > from && Character.isLetter(s.charAt(i - 1)));
      }
      return false;
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** Han ideographs, kana and Hangul syllables: each is a token on its own (as Lucene's StandardTokenizer does). */
  public static boolean isCjk(char c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x31F0 && c <= 0x31FF);
  }
}
