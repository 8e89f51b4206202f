package dev.aisec.data.pii.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * An immutable, case-insensitive set of words that can be probed with a range of a CharSequence without allocating.
 * Open addressing with linear probing; keys are stored lower-cased. Thread-safe once built.
 */
public final class WordSet {

  private final String[] table;
  private final int[] hashes;
  private final int[] flags;
  private final int mask;
  private final int size;
  /**
   * Prefilter of small sets: bit {@code len} of entry {@code (first & 31) << 5 | (last & 31)} is set when an entry of
   * that length has those (lower-cased ASCII) first and last characters; a probe whose first and last characters are
   * ASCII and whose length is below 32 is rejected here without hashing. {@code null} for large sets.
   */
  private final int[] shape;
  /**
   * For sets with keys of several words: a bit per hash of a key's first word (up to its first space). A probe of a
   * range with a space whose first word has no bit cannot be in the set; it is rejected when hashing reaches that
   * space. {@code null} when no key has a space.
   */
  private final long[] firstWords;
  /**
   * Small sets: the keys of at most 8 ASCII characters packed into a long (8 bits a character, first character
   * highest), open addressing with 0 as the empty slot, so an ASCII word is found by comparing one long.
   */
  private final long[] packed;

  public WordSet(Collection<String> words) {
    this(words, null);
  }

  /**
   * A set holding the words of every given set, each word tagged with bit {@code k} for every {@code sets[k]} that
   * holds it, so one probe ({@link #flags}) answers membership in all of them.
   */
  public static WordSet union(WordSet... sets) {
    java.util.Map<String, Integer> tags = new java.util.LinkedHashMap<>();
    for (int k = 0; k < sets.length; k++) {
      for (String w : sets[k].table) {
        if (w != null) {
          tags.merge(w, 1 << k, (a, b) -> a | b);
        }
      }
    }
    return new WordSet(tags.keySet(), tags);
  }

  private WordSet(Collection<String> words, java.util.Map<String, Integer> tags) {
    int cap = Integer.highestOneBit(Math.max(16, words.size() * 2)) * 2;
    table = new String[cap];
    hashes = new int[cap];
    flags = tags == null ? null : new int[cap];
    mask = cap - 1;
    int n = 0;
    for (String w : words) {
      String k = w.toLowerCase(Locale.ROOT);
      if (k.isEmpty()) {
        continue;
      }
      int full = hash(k, 0, k.length());
      int h = slot(full) & mask;
      boolean dup = false;
      while (table[h] != null) {
        if (table[h].equals(k)) {
          dup = true;
          break;
        }
        h = (h + 1) & mask;
      }
      if (!dup) {
        table[h] = k;
        hashes[h] = full;
        if (flags != null) {
          flags[h] = tags.get(w);
        }
        n++;
      }
    }
    size = n;
    shape = n <= SHAPE_MAX ? shapes(table) : null;
    long[] fw = null;
    for (String k : table) {
      int sp = k == null ? -1 : k.indexOf(' ');
      if (sp > 0) {
        if (fw == null) {
          fw = new long[FIRST_BITS >>> 6];
        }
        int b = slot(hash(k, 0, sp)) & (FIRST_BITS - 1);
        fw[b >>> 6] |= 1L << b;
      }
    }
    firstWords = fw;
    packed = n <= SHAPE_MAX ? packKeys(table) : null;
  }

  private static long[] packKeys(String[] keys) {
    long[] p = new long[Integer.highestOneBit(Math.max(16, keys.length)) * 2];
    for (String k : keys) {
      long key = k == null ? 0 : pack(k);
      if (key != 0) {
        int m = p.length - 1;
        int h = packSlot(key) & m;
        while (p[h] != 0 && p[h] != key) {
          h = (h + 1) & m;
        }
        p[h] = key;
      }
    }
    return p;
  }

  /** The packed form of an ASCII key of 1..8 characters, or 0. */
  private static long pack(String k) {
    if (k.isEmpty() || k.length() > 8) {
      return 0;
    }
    long v = 0;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c >= 128 || c == 0) {
        return 0;
      }
      v = v << 8 | c;
    }
    return v;
  }

  private static int packSlot(long key) {
    long x = key * 0x9E3779B97F4A7C15L;
    return (int) (x >>> 40);
  }

  private static final int FIRST_BITS = 1 << 16;

  /** Sets up to this size get the first/last/length prefilter (large sets would fill it). */
  private static final int SHAPE_MAX = 2048;

  private static int[] shapes(String[] keys) {
    int[] s = new int[32 * 32];
    for (String k : keys) {
      if (k == null) {
        continue;
      }
      char f = k.charAt(0);
      char l = k.charAt(k.length() - 1);
      if (f < 128 && l < 128 && k.length() < 32) {
        s[(f & 31) << 5 | (l & 31)] |= 1 << k.length();
      }
    }
    return s;
  }

  /**
   * False only when no entry can equal the range: its lower-cased first and last characters are ASCII, its length is
   * below 32, and no entry has that first character, last character and length. Entries whose first or last
   * character is not ASCII are never rejected this way, because a probe must then have a non-ASCII character there.
   */
  private boolean mayContain(CharSequence s, int from, int to) {
    int[] sh = shape;
    if (sh == null) {
      return true;
    }
    int len = to - from;
    char f = lower(s.charAt(from));
    char l = lower(s.charAt(to - 1));
    if (f >= 128 || l >= 128 || len >= 32) {
      return true;
    }
    return (sh[(f & 31) << 5 | (l & 31)] & (1 << len)) != 0;
  }

  public int size() {
    return size;
  }

  static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lower(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  /** Spreads the polynomial hash so that words differing in the last letter do not land in one probe run. */
  private static int slot(int hash) {
    int x = hash * 0x9E3779B9;
    return x ^ (x >>> 15);
  }

  static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /** The hash {@link #contains(CharSequence, int, int, int)} expects, shared by every WordSet. */
  public static int hashOf(CharSequence s, int from, int to) {
    return hash(s, from, to);
  }

  /** Whether the range {@code [from, to)} of {@code s}, lower-cased, is in the set. */
  public boolean contains(CharSequence s, int from, int to) {
    if (to <= from || !mayContain(s, from, to)) {
      return false;
    }
    long[] fw = firstWords;
    if (fw == null) {
      return contains(s, from, to, hash(s, from, to));
    }
    // one pass: the hash of the whole range, checking the first word's bit when the first space is reached
    int h = 0;
    boolean spaced = false;
    for (int i = from; i < to; i++) {
      char c = lower(s.charAt(i));
      if (c == ' ' && !spaced) {
        spaced = true;
        int b = slot(h ^ (h >>> 16)) & (FIRST_BITS - 1);
        if ((fw[b >>> 6] & (1L << b)) == 0) {
          return false;
        }
      }
      h = 31 * h + c;
    }
    return contains(s, from, to, h ^ (h >>> 16));
  }

  /**
   * False only when no key of several words starts with the word {@code s[from, to)} (no spaces in it): then no range
   * made of that word, a space and more text is in the set ({@link #contains} rejects such a range by the same bit).
   */
  public boolean mayStartPhrase(CharSequence s, int from, int to) {
    long[] fw = firstWords;
    if (fw == null) {
      return false;
    }
    int b = slot(hash(s, from, to)) & (FIRST_BITS - 1);
    return (fw[b >>> 6] & (1L << b)) != 0;
  }

  /**
   * As {@link #contains(CharSequence, int, int)} for a range known to hold only ASCII lower-case letters (no case
   * folding on the way to the hash; the shape prefilter first).
   */
  public boolean containsLowerAscii(CharSequence s, int from, int to) {
    int len = to - from;
    if (len <= 0) {
      return false;
    }
    int[] sh = shape;
    if (sh != null && len < 32 && (sh[(s.charAt(from) & 31) << 5 | (s.charAt(to - 1) & 31)] & (1 << len)) == 0) {
      return false;
    }
    long[] p = packed;
    if (p != null && len <= 8) {
      long key = 0;
      for (int i = from; i < to; i++) {
        key = key << 8 | s.charAt(i);
      }
      int m = p.length - 1;
      for (int k = packSlot(key) & m; ; k = (k + 1) & m) {
        long v = p[k];
        if (v == key) {
          return true;
        }
        if (v == 0) {
          return false;
        }
      }
    }
    if (firstWords != null) {
      return contains(s, from, to);
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return contains(s, from, to, h ^ (h >>> 16));
  }

  /**
   * As {@link #contains(CharSequence, int, int)}; a range of ASCII characters (either case) is folded while it is
   * packed and found with one long comparison, anything else takes the general path.
   */
  public boolean containsAscii(CharSequence s, int from, int to) {
    int len = to - from;
    if (len <= 0) {
      return false;
    }
    char f = s.charAt(from);
    char l = s.charAt(to - 1);
    if (f >= 128 || l >= 128) {
      return contains(s, from, to);
    }
    int[] sh = shape;
    if (sh != null && len < 32 && (sh[(fold(f) & 31) << 5 | (fold(l) & 31)] & (1 << len)) == 0) {
      return false;
    }
    long[] p = packed;
    if (p == null || len > 8) {
      return contains(s, from, to);
    }
    long key = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 128 || c == 0) {
        return contains(s, from, to);
      }
      key = key << 8 | fold(c);
    }
    int m = p.length - 1;
    for (int k = packSlot(key) & m; ; k = (k + 1) & m) {
      long v = p[k];
      if (v == key) {
        return true;
      }
      if (v == 0) {
        return false;
      }
    }
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** As {@link #contains(CharSequence, int, int)} with the range's {@link #hashOf} already computed. */
  public boolean contains(CharSequence s, int from, int to, int hash) {
    int len = to - from;
    if (len <= 0) {
      return false;
    }
    int h = slot(hash) & mask;
    String k;
    while ((k = table[h]) != null) {
      if (hashes[h] == hash && k.length() == len) {
        boolean eq = true;
        for (int i = 0; i < len; i++) {
          if (k.charAt(i) != lower(s.charAt(from + i))) {
            eq = false;
            break;
          }
        }
        if (eq) {
          return true;
        }
      }
      h = (h + 1) & mask;
    }
    return false;
  }

  /** For a {@link #union}: the tag bits of the range (0 if absent); {@code hash} as from {@link #hashOf}. */
  public int flags(CharSequence s, int from, int to, int hash) {
    int len = to - from;
    if (len <= 0) {
      return 0;
    }
    int h = slot(hash) & mask;
    String k;
    while ((k = table[h]) != null) {
      if (hashes[h] == hash && k.length() == len) {
        boolean eq = true;
        for (int i = 0; i < len; i++) {
          if (k.charAt(i) != lower(s.charAt(from + i))) {
            eq = false;
            break;
          }
        }
        if (eq) {
          return flags[h];
        }
      }
      h = (h + 1) & mask;
    }
    return 0;
  }

  public boolean contains(CharSequence s) {
    return contains(s, 0, s.length());
  }
}
