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

  /** Mean log-likelihood ratio per n-gram of {@code t[s, e)} being a name, plus the class prior; above 0 = name. */
  public double score(CharSequence t, int s, int e) {
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
