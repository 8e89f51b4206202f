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

  private char[] buf = new char[72];

  /** Tokenises {@code s[from, to)}, replacing the current content. */
  public Tokens tokenize(CharSequence s, int from, int to) {
    size = 0;
    leetFolded = 0;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c >= 0x3040 && isCjk(c)) {
        add(String.valueOf(c), i, i + 1, true);
        i++;
        continue;
      }
      if (!isWordChar(s, i, from, to)) {
        i++;
        continue;
      }
      int st = i;
      int len = 0;
      boolean letter = false;
      boolean leet = false;
      boolean ascii = true;
      while (i < to && len < 64) {
        char ch = s.charAt(i);
        if (ch >= 0x3040 && isCjk(ch)) {
          break;
        }
        if (ch < 0x80) {
          if (!ASCII_WORD[ch] && !((ch == '@' || ch == '$') && isWordChar(s, i, from, to))) {
            break;
          }
          if (ch >= 'A' && ch <= 'Z') {
            ch = (char) (ch + 32);
            letter = true;
          } else if (ch >= 'a' && ch <= 'z') {
            letter = true;
          } else {
            leet = true;
          }
        } else {
          if (!isWordChar(s, i, from, to)) {
            break;
          }
          ascii = false;
          if (Character.isLetter(ch)) {
            letter = true;
          }
        }
        buf[len++] = ch;
        i++;
      }
      if (letter && leet && len >= 3) {
        boolean changed = false;
        for (int k = 0; k < len; k++) {
          char f = fold(buf[k]);
          if (f != buf[k]) {
            buf[k] = f;
            changed = true;
          }
        }
        if (changed) {
          leetFolded++;
        }
      }
      String tok = new String(buf, 0, len);
      add(ascii ? tok : tok.toLowerCase(java.util.Locale.ROOT), st, i, false);
    }
    return this;
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
