package dev.aisec.data.pii.internal;

import java.util.Collection;

/**
 * A character n-gram naive Bayes model of "looks like a personal name": trained when the gazetteer loads, on the
 * gazetteer's first and last names (positive) against its common words and place names (negative), so it recognises
 * names that are not in the lists ("Keeva", "Yefremova") from their spelling. Counts live in hashed buckets (2^16 per
 * class); scoring a token allocates nothing. Immutable after construction, thread-safe.
 */
public final class NameModel {

  private static final int BITS = 16;
  private static final int MASK = (1 << BITS) - 1;
  private final float[] logRatio = new float[1 << BITS];
  private final float prior;

  NameModel(Collection<String> names, Collection<String> others) {
    int[] pos = new int[1 << BITS];
    int[] neg = new int[1 << BITS];
    long pTotal = 0;
    long nTotal = 0;
    for (String s : names) {
      pTotal += count(s, pos);
    }
    for (String s : others) {
      nTotal += count(s, neg);
    }
    for (int i = 0; i < logRatio.length; i++) {
      double p = (pos[i] + 0.5) / (pTotal + 0.5 * logRatio.length);
      double q = (neg[i] + 0.5) / (nTotal + 0.5 * logRatio.length);
      logRatio[i] = (float) Math.log(p / q);
    }
    prior = (float) Math.log((double) names.size() / Math.max(1, others.size()));
  }

  private static int count(String s, int[] into) {
    int n = 0;
    int len = s.length();
    for (int size = 2; size <= 4; size++) {
      for (int i = -1; i + size <= len + 1; i++) {
        into[hash(s, i, size, len)]++;
        n++;
      }
    }
    return n;
  }

  /** Hash of the n-gram starting at {@code i} (-1 = start marker) of length {@code size}, end marker at len. */
  private static int hash(CharSequence s, int from, int i, int size, int len) {
    int h = size * 0x9E3779B1;
    for (int k = i; k < i + size; k++) {
      char c = k < 0 ? '^' : k >= len ? '$' : WordSet.lower(s.charAt(from + k));
      h = (h ^ c) * 0x01000193;
    }
    return (h ^ (h >>> 16)) & MASK;
  }

  private static int hash(String s, int i, int size, int len) {
    return hash(s, 0, i, size, len);
  }

  /**
   * Per-thread memo of {@link #score} for words of 2-12 ASCII letters (the score ignores case): keys are the
   * lower-cased letters packed 5 bits each (so the key also fixes the length), in a two-way table of 256 slots; values
   * are the exact scores. Fixed size (4 KB a thread), a colliding word replaces the slot; never logged or exposed.
   */
  private final ThreadLocal<long[]> memo = ThreadLocal.withInitial(() -> new long[2 << MEMO_BITS]);
  private static final int MEMO_BITS = 8;

  /** Mean log-likelihood ratio per n-gram of {@code t[s, e)} being a name, plus the class prior; above 0 = name. */
  public double score(CharSequence t, int s, int e) {
    int len = e - s;
    if (len < 2) {
      return -10;
    }
    if (len > 12) {
      return compute(t, s, e);
    }
    long key = 0;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c >= 'a' && c <= 'z') {
        key = key << 5 | (c - ('a' - 1));
      } else if (c >= 'A' && c <= 'Z') {
        key = key << 5 | (c - ('A' - 1));
      } else {
        return compute(t, s, e);
      }
    }
    long[] m = memo.get();
    // two-way: entries (key, score bits) in pairs of slots; a new word goes first, the older entry moves second
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - MEMO_BITS)) << 1 & ~3;
    if (m[slot] == key) {
      return Double.longBitsToDouble(m[slot + 1]);
    }
    if (m[slot + 2] == key) {
      return Double.longBitsToDouble(m[slot + 3]);
    }
    double v = compute(t, s, e);
    m[slot + 2] = m[slot];
    m[slot + 3] = m[slot + 1];
    m[slot] = key;
    m[slot + 1] = Double.doubleToRawLongBits(v);
    return v;
  }

  /** {@link #score} without the memo. */
  double compute(CharSequence t, int s, int e) {
    int len = e - s;
    if (len < 2) {
      return -10;
    }
    double sum = 0;
    int n = 0;
    for (int size = 2; size <= 4; size++) {
      for (int i = -1; i + size <= len + 1; i++) {
        sum += logRatio[hash(t, s, i, size, len)];
        n++;
      }
    }
    return sum / n + prior / 4;
  }
}
