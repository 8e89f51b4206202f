package dev.aisec.data.poison;

import java.util.SplittableRandom;

/**
 * MinHash signatures over character shingles (Broder, 1997). Text is lower-cased with runs of whitespace collapsed;
 * each {@code k}-character shingle is hashed once to 64 bits and mapped through {@code permutations} multiply-shift
 * hash functions, keeping the minimum of each. The fraction of equal signature entries estimates the Jaccard
 * similarity of the shingle sets. Immutable and thread-safe; deterministic for a fixed seed.
 */
public final class MinHasher {

  private final int permutations;
  private final int shingle;
  private final long[] a;
  private final long[] b;

  private MinHasher(int permutations, int shingle, long seed) {
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be >= 1");
    }
    if (shingle < 1) {
      throw new IllegalArgumentException("shingle must be >= 1");
    }
    this.permutations = permutations;
    this.shingle = shingle;
    SplittableRandom r = new SplittableRandom(seed);
    a = new long[permutations];
    b = new long[permutations];
    for (int i = 0; i < permutations; i++) {
      a[i] = r.nextLong() | 1L;
      b[i] = r.nextLong();
    }
  }

  /** 128 permutations, 5-character shingles, seed 42. */
  public static MinHasher standard() {
    return new MinHasher(128, 5, 42L);
  }

  public static MinHasher of(int permutations, int shingle, long seed) {
    return new MinHasher(permutations, shingle, seed);
  }

  public int permutations() {
    return permutations;
  }

  /** The signature of {@code text} (null or empty text has an all-max signature). */
  public int[] signature(String text) {
    int[] sig = new int[permutations];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    if (text == null) {
      return sig;
    }
    String t = normalise(text);
    int len = t.length();
    if (len == 0) {
      return sig;
    }
    int k = Math.min(shingle, len);
    for (int s = 0; s + k <= len; s++) {
      long h = 0xcbf29ce484222325L;
      for (int i = s; i < s + k; i++) {
        h ^= t.charAt(i);
        h *= 0x100000001b3L;
      }
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      for (int p = 0; p < permutations; p++) {
        int v = (int) ((a[p] * h + b[p]) >>> 33);
        if (v < sig[p]) {
          sig[p] = v;
        }
      }
    }
    return sig;
  }

  static String normalise(String text) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), TextTokens.MAX_CHARS));
    boolean space = false;
    int n = Math.min(text.length(), TextTokens.MAX_CHARS);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /** Estimated Jaccard similarity of two signatures. */
  public static double similarity(int[] x, int[] y) {
    int eq = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        eq++;
      }
    }
    return eq / (double) x.length;
  }
}
