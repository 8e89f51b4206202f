package dev.aisec.data.pii.internal;

import java.util.Collection;

/**
 * An immutable map from strings to dense ids ({@code 0..size-1}) that is probed with a range of a CharSequence, so a
 * word or phrase inside a larger string can be looked up without a substring. Case-sensitive (the same equality as
 * {@link String#equals}). Open addressing with linear probing. Thread-safe once built.
 */
final class RangeKeys {

  private final String[] keys;
  private final int[] hashes;
  private final int[] ids;
  private final int mask;
  private final int size;
  /** A bit per hash ({@link #hashOf}) of the first word of every key with a space. */
  private final long[] firstWords = new long[1 << 10];
  /** A bit per key, at the high half of its spread hash: a clear bit rejects a range with one load. */
  private final long[] allKeys = new long[1 << 10];

  /** Keys get the ids of their first position in {@code words} (duplicates keep the first id). */
  RangeKeys(Collection<String> words) {
    int cap = Integer.highestOneBit(Math.max(8, words.size() * 2)) * 2;
    keys = new String[cap];
    hashes = new int[cap];
    ids = new int[cap];
    mask = cap - 1;
    int n = 0;
    for (String w : words) {
      int h = w.hashCode();
      int k = spread(h) & mask;
      boolean dup = false;
      while (keys[k] != null) {
        if (keys[k].equals(w)) {
          dup = true;
          break;
        }
        k = (k + 1) & mask;
      }
      if (!dup) {
        keys[k] = w;
        hashes[k] = h;
        ids[k] = n;
        int a = spread(h) >>> 16;
        allKeys[a >>> 6] |= 1L << a;
        int sp = w.indexOf(' ');
        if (sp > 0) {
          int b = spread(hashOf(w, 0, sp)) & 0xFFFF;
          firstWords[b >>> 6] |= 1L << b;
        }
      }
      n++;
    }
    size = n;
  }

  /** The number of ids handed out (the size of {@code words} given to the constructor). */
  int size() {
    return size;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }

  /** The hash {@link #id(CharSequence, int, int, int)} takes ({@link String#hashCode} of the range). */
  static int hashOf(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  /** {@link #id(CharSequence, int, int, int)} of a range of a buffer. */
  int id(char[] s, int from, int to, int h) {
    int x = spread(h);
    int a = x >>> 16;
    if ((allKeys[a >>> 6] & (1L << a)) == 0) {
      return -1;
    }
    int len = to - from;
    int k = x & mask;
    String key;
    while ((key = keys[k]) != null) {
      if (hashes[k] == h && key.length() == len) {
        boolean eq = true;
        for (int i = 0; i < len; i++) {
          if (key.charAt(i) != s[from + i]) {
            eq = false;
            break;
          }
        }
        if (eq) {
          return ids[k];
        }
      }
      k = (k + 1) & mask;
    }
    return -1;
  }

  /** Whether some key with a space starts with the word whose {@link #hashOf} is {@code firstWordHash}. */
  boolean mayStartPhrase(int firstWordHash) {
    int b = spread(firstWordHash) & 0xFFFF;
    return (firstWords[b >>> 6] & (1L << b)) != 0;
  }

  /** The id of {@code s[from, to)}, or -1. */
  int id(CharSequence s, int from, int to) {
    return id(s, from, to, hashOf(s, from, to));
  }

  /** The id of {@code s[from, to)} whose {@link #hashOf} is {@code h}, or -1. */
  int id(CharSequence s, int from, int to, int h) {
    int x = spread(h);
    int a = x >>> 16;
    if ((allKeys[a >>> 6] & (1L << a)) == 0) {
      return -1;
    }
    int len = to - from;
    int k = x & mask;
    String key;
    while ((key = keys[k]) != null) {
      if (hashes[k] == h && key.length() == len) {
        boolean eq = true;
        for (int i = 0; i < len; i++) {
          if (key.charAt(i) != s.charAt(from + i)) {
            eq = false;
            break;
          }
        }
        if (eq) {
          return ids[k];
        }
      }
      k = (k + 1) & mask;
    }
    return -1;
  }
}
