package dev.aisec.prompt.internal;

import java.util.Arrays;

/**
 * A reusable, growable list of tokens of one text region: lower-cased, leetspeak-folded words (runs of letters,
 * digits and combining marks; {@code @} and {@code $} inside words) and single CJK characters, with their offsets in
 * the scanned string. Linear time. Not thread-safe: one instance per scan.
 */
public final class Tokens {

  public String[] text;
  public int[] start;
  public int[] end;
  /** Whether the token is one CJK character (Han, kana, Hangul). */
  public boolean[] cjk;
  /** {@code text[i].hashCode()}, computed once while tokenising. */
  public int[] hash;
  /** The characters of every token, back to back: token {@code i} is {@code chars[coff[i], coff[i + 1])}. */
  public char[] chars;
  /** Offset of each token's characters in {@link #chars}; {@code coff[size]} is the end of the last token. */
  public int[] coff;
  /**
   * The characters the character n-gram features read, back to back: token {@code i} is
   * {@code gchars[goff[i], goff[i + 1])}, its characters with every periodic run (a unit of 1, 2 or 3 characters
   * repeated) cut to its first three units ("hahahahaha" reads as "hahaha", "nooooo" as "nooo"), so one long repeated
   * token cannot contribute dozens of identical n-grams. Equal to its characters for almost every word.
   */
  public char[] gchars;
  /** Offset of each token's n-gram characters in {@link #gchars}; {@code goff[size]} is the end of the last. */
  public int[] goff;
  public int size;
  /** How many tokens had leetspeak digits or symbols folded into letters. */
  public int leetFolded;

  public Tokens() {
    this(64);
  }

  /** With room for {@code capacity} tokens before growing (a text of n characters has at most about n / 2). */
  public Tokens(int capacity) {
    int c = Math.max(16, capacity);
    text = new String[c];
    start = new int[c];
    end = new int[c];
    cjk = new boolean[c];
    hash = new int[c];
    coff = new int[c + 1];
    chars = new char[8 * c];
    goff = new int[c + 1];
    gchars = new char[8 * c];
  }

  /**
   * Strings of recent ASCII tokens, direct-mapped by hash, so a word repeated within the scans of one instance is
   * allocated once. Lives as long as this instance (one scan, or one thread's scans when its owner reuses it).
   */
  private final String[] recent = new String[256];
  /**
   * Per slot of {@link #recent}, at {@code 4 * slot}: its last four characters and the four before, packed 16 bits
   * each (with the length, the whole string when it has at most eight; word characters are never 0, so an empty slot
   * matches nothing), then {@code hash << 32 | length << 1 | plain}, where plain means {@link #collapseRuns} is known
   * to leave its characters unchanged (a property of the characters alone). One cache line per lookup, no
   * dereference of the string.
   */
  private final long[] recentKey = new long[256 * 4];
  /** Characters of the slot's string when it is longer than eight (at {@code slot * 64}; allocated at first use). */
  private char[] recentChars;

  /** The scanned range, copied once per call (array access is cheaper than {@code charAt} in the hot loops). */
  private char[] src = new char[0];
  /** The string of the last {@link #tokenize} when it read all of it (so {@link #src} holds it), else null. */
  private String srcString;
  /** (p20tt) Where the scanned range of the last {@link #tokenize} starts, and its length. */
  private int srcFrom;
  private int srcLen;

  /**
   * (p20tt) Whether the characters between token {@code i} and the next one (or the end of the scanned range, for the
   * last token) hold {@code c}. Reads only that gap; valid until the next {@link #tokenize} of this instance.
   */
  boolean gapHolds(int i, char c) {
    if (i < 0 || i >= size) {
      return false;
    }
    int from = end[i] - srcFrom;
    int to = i + 1 < size ? start[i + 1] - srcFrom : srcLen;
    for (int k = Math.max(0, from); k < to && k < srcLen; k++) {
      if (src[k] == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * (p20speed) Positions, in the scanned range, of the ASCII characters of the last {@link #tokenize} that are not
   * word characters and not a space (punctuation, line breaks, tabs, and {@code @} or {@code $} also inside words),
   * in ascending order, {@link #nMarks} of them. Every ASCII character outside a letter, a digit and a space is here,
   * so a scan that only acts on such characters ({@link Markers}) can visit these positions instead of every one.
   */
  private int[] marks = new int[64];
  private int nMarks;
  /**
   * (p20speed) Whether the last {@link #tokenize} saw no {@code + / - _ =}, no {@code @} or {@code $} inside a word,
   * no word with a non-ASCII character and no word cut at 64 characters: then its maximal runs of base64 characters
   * are exactly its non-CJK tokens (see {@link #plainRuns}).
   */
  private boolean runsAreTokens;
  /** {@link #size} when the last {@link #tokenize} ended, or -1 when it removed tokens (see {@link #plainRuns}). */
  private int sizeAtTokenize = -1;

  /**
   * The characters of {@code s}: this instance's copy when the last {@link #tokenize} read all of {@code s} (the
   * same string object), else a new copy. Index {@code i} holds {@code s.charAt(i)}; the array may be longer than
   * {@code s}. Read-only, and valid only until the next {@link #tokenize} of this instance.
   */
  char[] charsOf(String s) {
    return s == srcString ? src : s.toCharArray();
  }

  /** Tokenises {@code s[from, to)}, replacing the current content. */
  public Tokens tokenize(CharSequence s, int from, int to) {
    size = 0;
    leetFolded = 0;
    coff[0] = 0;
    goff[0] = 0;
    final int n = to - from;
    nMarks = 0;
    boolean simple = true;
    sizeAtTokenize = -1;
    if (src.length < n) {
      src = new char[Math.max(n, Math.min(2 * src.length, 1 << 16))];
    }
    final char[] a = src;
    srcString = null;
    srcFrom = from;
    srcLen = n;
    if (s instanceof String) {
      ((String) s).getChars(from, to, a, 0);
      if (from == 0 && to == s.length()) {
        srcString = (String) s;
      }
    } else {
      for (int k = 0; k < n; k++) {
        a[k] = s.charAt(from + k);
      }
    }
    int i = 0;
    while (i < n) {
      char c = a[i];
      if (c < 0x80) {
        if (!ASCII_WORD[c] && !((c == '@' || c == '$') && letterAround(a, i, n))) {
          if (c != ' ') {
            mark(i);
            simple &= !B64_PUNCT[c];
          }
          i++;
          continue;
        }
      } else if (c >= 0x3040 && isCjk(c)) {
        addCjk(c, from + i);
        i++;
        continue;
      } else if (!isWordCharNonAscii(c)) {
        i++;
        continue;
      }
      int co = coff[size];
      if (co + 64 > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, co + 64));
      }
      final char[] out = chars;
      // the n-gram characters are written beside the characters; add() rewrites them when a run is cut or a token
      // changes after this loop (leetspeak folding, non-ASCII lower-casing)
      int go = goff[size];
      if (go + 64 > gchars.length) {
        gchars = Arrays.copyOf(gchars, Math.max(2 * gchars.length, go + 64));
      }
      final char[] gout = gchars;
      // the last eight characters, 16 bits each: with the length, the whole token when it has at most eight
      long p0 = 0;
      long p1 = 0;
      int st = i;
      int len = 0;
      int h = 0;
      boolean letter = false;
      boolean leet = false;
      boolean ascii = true;
      while (i < n && len < 64) {
        char ch = a[i];
        if (ch < 0x80) {
          if (!ASCII_WORD[ch]) {
            if (!((ch == '@' || ch == '$') && letterAround(a, i, n))) {
              break;
            }
            mark(i); // @ or $ inside a word
            simple = false;
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
          if (ch >= 0x3040 && isCjk(ch)) {
            break;
          }
          if (!isWordCharNonAscii(ch)) {
            break;
          }
          ascii = false;
          if (Character.isLetter(ch)) {
            letter = true;
          }
        }
        gout[go + len] = ch;
        out[co + len++] = ch;
        h = 31 * h + ch;
        p1 = (p1 << 16) | (p0 >>> 48);
        p0 = (p0 << 16) | ch;
        i++;
      }
      if (!ascii || (len == 64 && i < n)) {
        simple = false;
      }
      boolean folded = false;
      // (p12gen) two-character words fold only a zero ("n0", "t0", "s0" → no, to, so)
      boolean two = letter && leet && len == 2 && (out[co] == '0' || out[co + 1] == '0');
      if (letter && leet && (len >= 3 || two)) {
        boolean changed = false;
        long ones = 0;
        for (int k = co; k < co + len; k++) {
          if (out[k] == '1') {
            ones |= 1L << (k - co);
          }
          char f = two ? (out[k] == '0' ? 'o' : out[k]) : fold(out[k]);
          if (f != out[k]) {
            out[k] = f;
            changed = true;
          }
        }
        if (ones != 0 && !two) {
          // (p12gen) a "1" stands for "l" as often as for "i" ("a11", "ru1es", "p01icy", "10nger"): when only the
          // l-reading is a word of the rules' vocabulary, take it
          String iv = new String(out, co, len);
          char[] lc = iv.toCharArray();
          for (int k = 0; k < len; k++) {
            if ((ones & (1L << k)) != 0) {
              lc[k] = 'l';
            }
          }
          String lv = new String(lc);
          if (LeetLexicon.known(lv) && !LeetLexicon.known(iv)) {
            for (int k = 0; k < len; k++) {
              if ((ones & (1L << k)) != 0) {
                out[co + k] = 'l';
              }
            }
          }
        }
        if (changed) {
          leetFolded++;
          folded = true;
          h = 0;
          p0 = 0;
          p1 = 0;
          for (int k = co; k < co + len; k++) {
            h = 31 * h + out[k];
            p1 = (p1 << 16) | (p0 >>> 48);
            p0 = (p0 << 16) | out[k];
          }
        }
      }
      String tok;
      if (ascii) {
        int slot = (h * 0x9E3779B9) >>> 24;
        final long[] rk = recentKey;
        final int q = slot << 2;
        final long meta = ((long) h << 32) | ((long) len << 1);
        if (rk[q] == p0 && rk[q + 1] == p1 && (rk[q + 2] & ~1L) == meta
            && (len <= 8 || sameChars(recentChars, slot << 6, out, co, len))) {
          tok = recent[slot];
        } else {
          tok = new String(out, co, len);
          recent[slot] = tok;
          rk[q] = p0;
          rk[q + 1] = p1;
          rk[q + 2] = meta;
          if (len > 8) {
            if (recentChars == null) {
              recentChars = new char[256 * 64];
            }
            System.arraycopy(out, co, recentChars, slot << 6, len);
          }
        }
        if ((rk[q + 2] & 1) != 0) {
          addPlain(tok, len, h, from + st, from + i, folded);
        } else if (add(tok, len, h, from + st, from + i, false) == len) {
          rk[q + 2] |= 1;
        }
        continue;
      } else {
        tok = new String(out, co, len).toLowerCase(java.util.Locale.ROOT);
        len = tok.length();
        if (co + len > chars.length) {
          chars = Arrays.copyOf(chars, Math.max(2 * chars.length, co + len));
        }
        tok.getChars(0, len, chars, co);
        h = tok.hashCode();
      }
      add(tok, len, h, from + st, from + i, false);
    }
    runsAreTokens = simple;
    int before = size;
    cutRepeats();
    sizeAtTokenize = size == before ? size : -1;
    return this;
  }

  private void mark(int i) {
    if (nMarks == marks.length) {
      marks = Arrays.copyOf(marks, 2 * nMarks);
    }
    marks[nMarks++] = i;
  }

  /**
   * (p20speed) The positions of the last {@link #tokenize}'s ASCII non-word, non-space characters (see {@link #marks})
   * when it read all of {@code s} (the same string object), else null; {@link #markCount} of them are valid.
   * Read-only, valid until the next {@link #tokenize}.
   */
  int[] marksOf(String s) {
    return s == srcString ? marks : null;
  }

  /** How many entries of {@link #marksOf} are valid. */
  int markCount() {
    return nMarks;
  }

  /**
   * (p20speed) Whether the maximal runs of base64 characters ({@code A-Z a-z 0-9 + / - _ =}) of {@code s} are exactly
   * the spans {@code [start[k], end[k])} of the non-CJK tokens: true only when the last {@link #tokenize} read all of
   * {@code s} (the same string object), removed no token, and no token has been removed since (size unchanged, no
   * {@link #removeTokens}), and {@code s} has none of {@code + / - _ =}, no {@code @} or {@code $} inside a word, no
   * word with a non-ASCII character and no word cut at 64 characters. Every other character ends a base64 run and
   * either ends a word too or is a CJK token.
   */
  boolean plainRuns(String s) {
    return runsAreTokens && s == srcString && size == sizeAtTokenize;
  }

  /** Longest unit (in tokens) of a repeated token sequence that {@link #cutRepeats} cuts. */
  static final int MAX_PERIOD = 16;
  private static final int RING = 32;
  private final int[] ringHash = new int[RING];
  private final String[] ringText = new String[RING];
  private final int[] runs = new int[MAX_PERIOD + 1];
  /**
   * How many of the last {@link #MAX_PERIOD} tokens have each {@code hash & 63}: a token whose count is 0 equals none
   * of them, so no period matches it and, while every run is 0, it needs no comparisons (a speed path only).
   */
  private final int[] recentHashCount = new int[64];

  /**
   * Removes every token that would extend a periodic run of tokens — a unit of 1 to {@link #MAX_PERIOD} tokens
   * repeated — beyond three units ("lol lol lol lol …" keeps "lol lol lol", "ab ab ab ab" keeps "ab ab ab", a sentence
   * of up to 16 words repeated keeps three copies; the word-level twin of {@link #collapseRuns}). Degenerate
   * repetition then yields the features of three units, not a count that grows with the length, which the square-root
   * normalised classifier would amplify. Text without such runs is unchanged. Linear: {@code MAX_PERIOD} comparisons
   * per token, the kept tokens are moved down in place.
   */
  private void cutRepeats() {
    if (size < 4 || !hashRepeats()) {
      return;
    }
    // the last MAX_PERIOD original tokens (the arrays below index w are overwritten while compacting)
    final int[] rh = ringHash;
    final String[] rt = ringText;
    final int[] run = runs;
    java.util.Arrays.fill(run, 0);
    final int[] hc = recentHashCount;
    java.util.Arrays.fill(hc, 0);
    boolean anyRun = false; // whether some run[p] is not 0
    int w = 0; // next write position
    for (int i = 0; i < size; i++) {
      int h = hash[i];
      String tx = text[i];
      boolean drop = false;
      if (anyRun || hc[h & 63] != 0) {
        anyRun = false;
        for (int p = 1; p <= MAX_PERIOD && p <= i; p++) {
          int slot = (i - p) & (RING - 1);
          if (rh[slot] == h && tx.equals(rt[slot])) {
            anyRun = true;
            if (++run[p] >= 2 * p + 1) {
              drop = true;
            }
          } else {
            run[p] = 0;
          }
        }
      }
      if (i >= MAX_PERIOD) {
        hc[rh[(i - MAX_PERIOD) & (RING - 1)] & 63]--;
      }
      hc[h & 63]++;
      rh[i & (RING - 1)] = h;
      rt[i & (RING - 1)] = tx;
      if (drop) {
        continue;
      }
      if (w != i) {
        int len = coff[i + 1] - coff[i];
        int glen = goff[i + 1] - goff[i];
        System.arraycopy(chars, coff[i], chars, coff[w], len);
        System.arraycopy(gchars, goff[i], gchars, goff[w], glen);
        text[w] = tx;
        start[w] = start[i];
        end[w] = end[i];
        cjk[w] = cjk[i];
        hash[w] = h;
        coff[w + 1] = coff[w] + len;
        goff[w + 1] = goff[w] + glen;
      }
      w++;
    }
    size = w;
  }

  /**
   * Per bucket of a token hash (its top {@value #LAST_BITS} bits after mixing): {@code lastBase} plus the index of the
   * latest token in it during {@link #hashRepeats}; entries of earlier calls are below the current base minus
   * {@link #MAX_PERIOD}.
   */
  private static final int LAST_BITS = 10;
  private final int[] lastAt = new int[1 << LAST_BITS];
  private int lastBase = MAX_PERIOD + 1;

  /**
   * (p20speed) Whether some token has the same hash as one of the {@link #MAX_PERIOD} tokens before it: a necessary
   * condition for {@link #cutRepeats} to find a run (every run starts with a token equal to the one {@code p <=
   * MAX_PERIOD} before it), so when it is false there is nothing to cut. One load and one store per token; the hashes
   * are compared only when the bucket of a token was used within the last {@link #MAX_PERIOD} tokens.
   */
  boolean hashRepeats() {
    final int n = size;
    if (lastBase > Integer.MAX_VALUE - n - 2 * MAX_PERIOD - 2) {
      Arrays.fill(lastAt, 0);
      lastBase = MAX_PERIOD + 1;
    }
    final int base = lastBase;
    lastBase = base + n + MAX_PERIOD + 1;
    final int[] h = hash;
    final int[] last = lastAt;
    for (int i = 0; i < n; i++) {
      int x = h[i];
      int b = (x * 0x9E3779B9) >>> (32 - LAST_BITS);
      if (last[b] >= base + i - MAX_PERIOD) {
        for (int p = Math.max(0, i - MAX_PERIOD); p < i; p++) {
          if (h[p] == x) {
            return true;
          }
        }
      }
      last[b] = base + i;
    }
    return false;
  }

  /**
   * The unit length (in tokens) when the whole token sequence is one periodic run of at least two units — after
   * {@link #cutRepeats}, at most three copies of a unit of up to {@link #MAX_PERIOD} tokens ("no no no", "hello
   * hello hello", "ab cd ab cd ab cd") — else 0. The smallest such unit is returned; text of fewer than two tokens
   * gives 0. Linear.
   */
  public int wholeRunUnit() {
    if (size < 2) {
      return 0;
    }
    for (int p = 1; p <= MAX_PERIOD && 2 * p <= size; p++) {
      if (size % p != 0) {
        continue;
      }
      boolean ok = true;
      for (int i = p; i < size && ok; i++) {
        ok = hash[i] == hash[i - p] && text[i].equals(text[i - p]);
      }
      if (ok) {
        return p;
      }
    }
    return 0;
  }

  /** Removes every token {@code i < size} with {@code drop[i]}, keeping the others in order. Linear. */
  public void removeTokens(boolean[] drop) {
    sizeAtTokenize = -1;
    int w = 0;
    for (int i = 0; i < size; i++) {
      if (drop[i]) {
        continue;
      }
      if (w != i) {
        int len = coff[i + 1] - coff[i];
        int glen = goff[i + 1] - goff[i];
        System.arraycopy(chars, coff[i], chars, coff[w], len);
        System.arraycopy(gchars, goff[i], gchars, goff[w], glen);
        text[w] = text[i];
        start[w] = start[i];
        end[w] = end[i];
        cjk[w] = cjk[i];
        hash[w] = hash[i];
        coff[w + 1] = coff[w] + len;
        goff[w + 1] = goff[w] + glen;
      }
      w++;
    }
    size = w;
  }

  private static boolean sameChars(char[] a, int aoff, char[] c, int off, int len) {
    for (int k = 0; k < len; k++) {
      if (a[aoff + k] != c[off + k]) {
        return false;
      }
    }
    return true;
  }

  private void addCjk(char c, int at) {
    int co = coff[size];
    if (co + 1 > chars.length) {
      chars = Arrays.copyOf(chars, 2 * chars.length);
    }
    chars[co] = c;
    add(String.valueOf(c), 1, c, at, at + 1, true);
  }

  /** Characters of token {@code i}: {@code chars[coff[i], coff[i + 1])}. */
  public int length(int i) {
    return coff[i + 1] - coff[i];
  }

  /**
   * {@link #add} of an ASCII token whose characters {@link #collapseRuns} leaves unchanged (known from an earlier
   * occurrence): its n-gram characters are a plain copy, already in place unless {@code copy}.
   */
  private void addPlain(String t, int tlen, int h, int s, int e, boolean copy) {
    int go = open(t, tlen, h, s, e, false);
    int co = coff[size];
    if (copy) {
      System.arraycopy(chars, co, gchars, go, tlen);
    }
    size++;
    coff[size] = co + tlen;
    goff[size] = go + tlen;
  }

  /**
   * Fills the next token's slot (growing the arrays when full) except its character offsets, and makes room for up to
   * {@code tlen} n-gram characters; returns where they start in {@code gchars}.
   */
  private int open(String t, int tlen, int h, int s, int e, boolean isCjk) {
    if (size == text.length) {
      grow();
    }
    text[size] = t;
    start[size] = s;
    end[size] = e;
    cjk[size] = isCjk;
    hash[size] = h;
    int go = goff[size];
    if (go + tlen > gchars.length) {
      gchars = Arrays.copyOf(gchars, Math.max(2 * gchars.length, go + tlen));
    }
    return go;
  }

  private void grow() {
    int n = size * 2;
    text = Arrays.copyOf(text, n);
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    cjk = Arrays.copyOf(cjk, n);
    hash = Arrays.copyOf(hash, n);
    coff = Arrays.copyOf(coff, n + 1);
    goff = Arrays.copyOf(goff, n + 1);
  }

  /**
   * Appends a token whose {@code tlen} characters are already at {@code chars[coff[size]...]}; returns how many
   * n-gram characters it has (after {@link #collapseRuns}).
   */
  private int add(String t, int tlen, int h, int s, int e, boolean isCjk) {
    int go = open(t, tlen, h, s, e, isCjk);
    int co = coff[size];
    int g = collapseRuns(chars, co, tlen, gchars, go);
    size++;
    coff[size] = co + tlen;
    goff[size] = go + g;
    return g;
  }

  /**
   * Copies {@code a[from, from + len)} to {@code out[at...]} leaving out every character that would extend a run of
   * period 1, 2 or 3 beyond three units (positions j with {@code a[j] == a[j - p]} for the 2p + 1 positions up to j),
   * and returns how many characters it wrote. Linear time.
   */
  static int collapseRuns(char[] a, int from, int len, char[] out, int at) {
    if (len < 4) { // no run of three units fits
      System.arraycopy(a, from, out, at, len);
      return len;
    }
    int r1 = 0;
    int r2 = 0;
    int r3 = 0;
    int w = at;
    for (int j = 0; j < len; j++) {
      char c = a[from + j];
      r1 = j >= 1 && c == a[from + j - 1] ? r1 + 1 : 0;
      r2 = j >= 2 && c == a[from + j - 2] ? r2 + 1 : 0;
      r3 = j >= 3 && c == a[from + j - 3] ? r3 + 1 : 0;
      if (r1 >= 3 || r2 >= 5 || r3 >= 7) {
        continue;
      }
      out[w++] = c;
    }
    return w - at;
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
  /** The base64 characters that are not letters or digits. */
  private static final boolean[] B64_PUNCT = new boolean[128];

  static {
    for (char c : "+/-_=".toCharArray()) {
      B64_PUNCT[c] = true;
    }
  }

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

  /** {@code @} or {@code $} at {@code a[i]} is part of a word when a letter touches it. */
  private static boolean letterAround(char[] a, int i, int n) {
    return (i + 1 < n && Character.isLetter(a[i + 1])) || (i > 0 && Character.isLetter(a[i - 1]));
  }

  private static boolean isWordCharNonAscii(char c) {
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
