package dev.aisec.data.pii.internal;

import static dev.aisec.data.pii.internal.NameLexicon.*;

/**
 * Word shapes and small character tests of the name rules: the capitalisation classes of {@link #shape}, the
 * end of a word of letters ({@link #letters}), line and sentence starts, possessives, surname and English
 * suffixes, shouting and Title Case headlines, and the accent-folded gazetteer probe. Pure functions of the
 * text (the one buffer is thread-local); no hits are written here.
 */
final class NameWords {

  private NameWords() {}

  static final int LOWER = 0;

  static final int CAP = 1;

  static final int ALLCAPS = 2;

  static final int OTHER = 3;

  static boolean lowerAscii(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Whether the text around is mostly upper case (shouting), so capitals say nothing. */
  static boolean shouting(CharSequence t, int i) {
    int up = 0;
    int low = 0;
    int from = Math.max(0, i - 40);
    int to = Math.min(t.length(), i + 40);
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (Character.isUpperCase(c)) {
        up++;
      } else if (Character.isLowerCase(c)) {
        low++;
      }
    }
    return up >= 12 && up > 4 * low;
  }

  /** Title Case headline: the words right before and after the run are capitalised too. */
  static boolean headline(CharSequence t, int s, int e) {
    int caps = 0;
    int words = 0;
    int k = s - 1;
    for (int n = 0; n < 2 && k > 0; n++) {
      while (k >= 0 && t.charAt(k) == ' ') {
        k--;
      }
      int we = k + 1;
      while (k >= 0 && Character.isLetter(t.charAt(k))) {
        k--;
      }
      if (we - (k + 1) < 2) {
        break;
      }
      words++;
      if (Character.isUpperCase(t.charAt(k + 1))) {
        caps++;
      }
    }
    k = e;
    for (int n = 0; n < 2 && k < t.length(); n++) {
      while (k < t.length() && t.charAt(k) == ' ') {
        k++;
      }
      int ws = k;
      while (k < t.length() && Character.isLetter(t.charAt(k))) {
        k++;
      }
      if (k - ws < 2) {
        break;
      }
      words++;
      if (Character.isUpperCase(t.charAt(ws))) {
        caps++;
      }
    }
    return words >= 3 && caps >= 3;
  }

  private static final ThreadLocal<StringBuilder> FOLD_BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(32));

  /**
   * The gazetteer flags of a capitalised word with accents, looked up without them ("Élodie" as "Elodie"); 0 for a
   * word without a foldable accented letter. Folds into a per-thread buffer: no allocation.
   */
  static int foldedFlags(Gazetteer g, CharSequence t, int i, int e) {
    if (e - i > 32) {
      return 0;
    }
    StringBuilder b = FOLD_BUFFER.get();
    b.setLength(0);
    boolean folded = false;
    for (int k = i; k < e; k++) {
      char c = t.charAt(k);
      char f = c >= 0xC0 && c < 0x180 ? FOLD[c - 0xC0] : 0;
      if (f != 0) {
        folded = true;
        b.append(f);
      } else {
        b.append(c);
      }
    }
    if (!folded) {
      return 0;
    }
    return g.tagged.flags(b, 0, b.length(), WordSet.hashOf(b, 0, b.length()));
  }

  /** Whether {@code t[s, e)} ends with an entry of {@code set} (entries of 2..6 chars), leaving 3 chars before it. */
  private static boolean endsWithAny(WordSet set, CharSequence t, int s, int e) {
    for (int k = 2; k <= 6 && e - k >= s + 3; k++) {
      if (set.contains(t, e - k, e)) {
        return true;
      }
    }
    return false;
  }

  /** Spelling that marks an ordinary English word (suffixes like -ing, -ment, -tion), for unknown tokens. */
  static boolean englishWord(CharSequence t, int s, int e) {
    return e - s >= 6 && endsWithAny(ENGLISH_SUFFIX_SET, t, s, e);
  }

  /** "J'habite", "l'Eglise": a French or Italian elision, one letter and an apostrophe, starts the word. */
  static boolean elision(CharSequence t, int i) {
    return i + 1 < t.length() && (t.charAt(i + 1) == '\'' || t.charAt(i + 1) == '\u2019');
  }

  static boolean lineStart(CharSequence t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '>' || t.charAt(k) == '\t')) {
      k--;
    }
    return k < 0 || t.charAt(k) == '\n';
  }

  static int firstNonSpace(CharSequence t, int s, int e) {
    int k = s;
    while (k < e - 1 && (t.charAt(k) == ' ' || t.charAt(k) == '>' || t.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }

  static boolean possessive(CharSequence t, int e) {
    int k = e < t.length() && t.charAt(e) == ' ' ? e + 1 : e;
    return k + 1 < t.length() && (t.charAt(k) == '\'' || t.charAt(k) == '\u2019') && t.charAt(k + 1) == 's'
        && (k + 2 >= t.length() || !Character.isLetter(t.charAt(k + 2)));
  }

  static boolean surnameSuffix(CharSequence t, int s, int e) {
    return endsWithAny(SURNAME_SUFFIX_SET, t, s, e);
  }

  static boolean allDigits(CharSequence t, int s, int e) {
    if (e > t.length()) {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (!Engine.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  static boolean endsWithIgnoreCase(CharSequence t, int s, int e, String suffix) {
    int st = e - suffix.length();
    if (st < s) {
      return false;
    }
    for (int k = 0; k < suffix.length(); k++) {
      if (WordSet.lower(t.charAt(st + k)) != suffix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#isUpperCase(char)}, by range for ASCII. */
  static boolean upper(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** {@link Character#isLetter(char)}, by range for ASCII. */
  static boolean letter(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
  }

  static boolean sentenceStart(CharSequence t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '"' || t.charAt(k) == '\'' || t.charAt(k) == '(')) {
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = t.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '>' || c == '-' || c == '*';
  }

  /** End of a word of letters, with inner apostrophes and hyphens ("O'Brien", "Jean-Luc"). */
  static int letters(CharSequence t, int i) {
    int e = i;
    int n = t.length();
    while (e < n) {
      char c = t.charAt(e);
      if (Character.isLetter(c)) {
        e++;
      } else if ((c == '\'' || c == '-' || c == '\u2019') && e > i && e + 1 < n && Character.isLetter(t.charAt(e + 1))
          && !(c == '\'' && (t.charAt(e + 1) == 's' || t.charAt(e + 1) == 't' || t.charAt(e + 1) == 'S'
          || t.charAt(e + 1) == 'T') && (e + 2 >= n
          || !Character.isLetter(t.charAt(e + 2))))) {
        e++;
      } else {
        break;
      }
    }
    return e;
  }

  static int shape(CharSequence t, int s, int e) {
    char c0 = t.charAt(s);
    boolean up0 = Character.isUpperCase(c0);
    boolean anyLower = false;
    boolean anyUpperAfter = false;
    for (int k = s + 1; k < e; k++) {
      char c = t.charAt(k);
      if (Character.isLowerCase(c)) {
        anyLower = true;
      } else if (Character.isUpperCase(c)) {
        anyUpperAfter = true;
      }
    }
    if (!up0) {
      if (Character.isLowerCase(c0) && !anyUpperAfter) {
        return LOWER;
      }
      return Character.isLetter(c0) && !Character.isLowerCase(c0) ? CAP : OTHER;
    }
    if (!anyLower) {
      return e - s >= 2 ? ALLCAPS : CAP;
    }
    if (anyUpperAfter) {
      // McDonald, DeLuca, O'Neil
      return CAP;
    }
    return CAP;
  }
}
