package dev.aisec.prompt.internal;

/**
 * Hashed features of a token list, identical at training and scoring time: word unigrams, word bigrams, and
 * character 3- and 4-grams of each word with boundary marks (read from {@link Tokens#gchars}, where a run of one
 * repeated unit of 1-3 characters is cut to three units, so "hahahahaha" yields the n-grams of "hahaha"). Each
 * feature is reported with the index of the token it belongs to, so callers can sum weights per token and score any
 * token window with prefix sums.
 */
public final class Features {

  /** Receives one feature occurrence. */
  public interface Sink {
    void accept(int token, int index, float sign);
  }

  public static final int BITS = 18;
  public static final int DIM = 1 << BITS;

  private Features() {}

  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static void emit(Sink sink, int tok, int h) {
    int m = mix(h);
    sink.accept(tok, m & (DIM - 1), (m & 0x80000000) != 0 ? -1f : 1f);
  }

  /** Emits every feature of tokens {@code [from, to)}. */
  public static void extract(Tokens t, int from, int to, Sink sink) {
    final int[] hash = t.hash;
    final int[] coff = t.goff;
    final char[] cs = t.gchars;
    int prev = 0;
    for (int i = from; i < to; i++) {
      int wh = hash[i];
      emit(sink, i, wh * 31 + 0x1234567);
      if (i > from) {
        emit(sink, i, (prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995);
      }
      prev = wh;
      if (!t.cjk[i]) {
        // char n-grams over "^" + w + "$"
        int p = coff[i];
        int n = coff[i + 1] - p;
        int c0 = '^';
        int c1 = cs[p];
        int c2 = n > 1 ? cs[p + 1] : '$';
        // the 3-gram starting at position k of "^" + w + "$" (k = 0 is "^"), and the 4-gram when it fits
        for (int k = 0; k + 3 <= n + 2; k++) {
          int h = ((7 * 131 + c0) * 131 + c1) * 131 + c2;
          emit(sink, i, h ^ 0x3c6ef372);
          if (k + 4 <= n + 2) {
            int c3 = k + 3 <= n ? cs[p + k + 2] : '$';
            emit(sink, i, (h * 131 + c3) ^ 0x27d4eb2f);
            c0 = c1;
            c1 = c2;
            c2 = c3;
          }
        }
      }
    }
  }

  /**
   * {@code sum(w[index] * sign)} over the features of tokens {@code [from, to)}, added in the order {@link #extract}
   * emits them (so the result is bit-identical to summing in a {@link Sink}), without a call per feature.
   */
  public static double dot(Tokens t, int from, int to, float[] w) {
    final int[] hash = t.hash;
    final int[] coff = t.goff;
    final char[] cs = t.gchars;
    final boolean[] cjk = t.cjk;
    double sum = 0;
    int prev = 0;
    for (int i = from; i < to; i++) {
      int wh = hash[i];
      sum += weight(w, wh * 31 + 0x1234567);
      if (i > from) {
        sum += weight(w, (prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995);
      }
      prev = wh;
      if (!cjk[i]) {
        int p = coff[i];
        int n = coff[i + 1] - p;
        int c0 = '^';
        int c1 = cs[p];
        int c2 = n > 1 ? cs[p + 1] : '$';
        for (int k = 0; k + 3 <= n + 2; k++) {
          int h = ((7 * 131 + c0) * 131 + c1) * 131 + c2;
          sum += weight(w, h ^ 0x3c6ef372);
          if (k + 4 <= n + 2) {
            int c3 = k + 3 <= n ? cs[p + k + 2] : '$';
            sum += weight(w, (h * 131 + c3) ^ 0x27d4eb2f);
            c0 = c1;
            c1 = c2;
            c2 = c3;
          }
        }
      }
    }
    return sum;
  }

  /** The signed weight of one feature hash, as {@code w[index] * sign} in float. */
  private static float weight(float[] w, int h) {
    int m = mix(h);
    float v = w[m & (DIM - 1)];
    return m < 0 ? -v : v;
  }

  /** How many features {@link #extract} emits for tokens {@code [from, to)}. */
  public static int count(Tokens t, int from, int to) {
    int c = 0;
    for (int i = from; i < to; i++) {
      c += i > from ? 2 : 1;
      if (!t.cjk[i]) {
        int n = t.goff[i + 1] - t.goff[i];
        c += 2 * n - 1; // n 3-grams and n - 1 4-grams of "^" + w + "$"
      }
    }
    return c;
  }

  /**
   * Per token of {@code [from, to)}: {@code c[i + 1] += w[index] * sign} over its features in {@link #extract}'s order,
   * and {@code k[i + 1] += } its feature count (bit-identical to doing the same in a {@link Sink}).
   */
  public static void perToken(Tokens t, int from, int to, float[] w, double[] c, int[] k) {
    final int[] hash = t.hash;
    final int[] coff = t.goff;
    final char[] cs = t.gchars;
    final boolean[] cjk = t.cjk;
    int prev = 0;
    for (int i = from; i < to; i++) {
      double sum = c[i + 1];
      int cnt = 1;
      int wh = hash[i];
      sum += weight(w, wh * 31 + 0x1234567);
      if (i > from) {
        sum += weight(w, (prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995);
        cnt++;
      }
      prev = wh;
      if (!cjk[i]) {
        int p = coff[i];
        int n = coff[i + 1] - p;
        int c0 = '^';
        int c1 = cs[p];
        int c2 = n > 1 ? cs[p + 1] : '$';
        for (int q = 0; q + 3 <= n + 2; q++) {
          int h = ((7 * 131 + c0) * 131 + c1) * 131 + c2;
          sum += weight(w, h ^ 0x3c6ef372);
          if (q + 4 <= n + 2) {
            int c3 = q + 3 <= n ? cs[p + q + 2] : '$';
            sum += weight(w, (h * 131 + c3) ^ 0x27d4eb2f);
            c0 = c1;
            c1 = c2;
            c2 = c3;
          }
        }
        cnt += 2 * n - 1;
      }
      c[i + 1] = sum;
      k[i + 1] += cnt;
    }
  }

  /**
   * The largest number of features whose signed weights (floats from {@code w}) add up exactly in double arithmetic,
   * whatever the order: every nonzero weight is a multiple of {@code u = 2^(emin - 23)} (emin = smallest exponent of a
   * nonzero weight) and smaller than {@code 2^(emax + 1)}, so while {@code n * 2^(emax + 1) <= 2^53 * u} every partial
   * sum is a multiple of u that a double represents exactly. For the shipped int16-quantised weights (exponents within
   * 15 of each other) this is at least 2^14. Returns 0 when a weight is not finite.
   */
  public static int exactSumLimit(float[] w) {
    int emin = Integer.MAX_VALUE;
    int emax = Integer.MIN_VALUE;
    for (float f : w) {
      if (f == 0) {
        continue;
      }
      if (!Float.isFinite(f)) {
        return 0;
      }
      int e = Math.max(Math.getExponent(f), Float.MIN_EXPONENT);
      emin = Math.min(emin, e);
      emax = Math.max(emax, e);
    }
    if (emin > emax) {
      return Integer.MAX_VALUE;
    }
    int b = 29 + emin - emax;
    return b < 0 ? 0 : b >= 31 ? Integer.MAX_VALUE : 1 << b;
  }

  /**
   * Equal to {@link #dot} when the features of {@code [from, to)} number at most {@link #exactSumLimit}{@code (w)}
   * (then the sum is exact and its order does not matter): the weights of a token's own features (unigram and
   * character n-grams) are summed once per distinct token of the range and reused for its repetitions.
   */
  public static double dotExact(Tokens t, int from, int to, float[] w) {
    final int[] hash = t.hash;
    final String[] text = t.text;
    final String[] keys = new String[256];
    final double[] own = new double[256];
    double sum = 0;
    int prev = 0;
    for (int i = from; i < to; i++) {
      int wh = hash[i];
      if (i > from) {
        sum += weight(w, (prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995);
      }
      prev = wh;
      int slot = (wh * 0x9E3779B9) >>> 24;
      String k = keys[slot];
      String s = text[i];
      if (k != null && (k == s || k.equals(s))) {
        sum += own[slot];
        continue;
      }
      double o = ownSum(t, i, w);
      keys[slot] = s;
      own[slot] = o;
      sum += o;
    }
    return sum;
  }

  /** Sum of the signed weights of token i's unigram and character n-grams. */
  private static double ownSum(Tokens t, int i, float[] w) {
    double sum = weight(w, t.hash[i] * 31 + 0x1234567);
    if (!t.cjk[i]) {
      final char[] cs = t.gchars;
      int p = t.goff[i];
      int n = t.goff[i + 1] - p;
      int c0 = '^';
      int c1 = cs[p];
      int c2 = n > 1 ? cs[p + 1] : '$';
      for (int q = 0; q + 3 <= n + 2; q++) {
        int h = ((7 * 131 + c0) * 131 + c1) * 131 + c2;
        sum += weight(w, h ^ 0x3c6ef372);
        if (q + 4 <= n + 2) {
          int c3 = q + 3 <= n ? cs[p + q + 2] : '$';
          sum += weight(w, (h * 131 + c3) ^ 0x27d4eb2f);
          c0 = c1;
          c1 = c2;
          c2 = c3;
        }
      }
    }
    return sum;
  }

  /** {@link #ownSum} of token i for {@code w} into {@code out[0]} and for {@code w2} into {@code out[1]} (same bits). */
  private static void ownSum2(Tokens t, int i, float[] w, float[] w2, double[] out) {
    int m = mix(t.hash[i] * 31 + 0x1234567);
    int ix = m & (DIM - 1);
    double sum = m < 0 ? -w[ix] : w[ix];
    double sum2 = m < 0 ? -w2[ix] : w2[ix];
    if (!t.cjk[i]) {
      final char[] cs = t.gchars;
      int p = t.goff[i];
      int n = t.goff[i + 1] - p;
      int c0 = '^';
      int c1 = cs[p];
      int c2 = n > 1 ? cs[p + 1] : '$';
      for (int q = 0; q + 3 <= n + 2; q++) {
        int h = ((7 * 131 + c0) * 131 + c1) * 131 + c2;
        m = mix(h ^ 0x3c6ef372);
        ix = m & (DIM - 1);
        sum += m < 0 ? -w[ix] : w[ix];
        sum2 += m < 0 ? -w2[ix] : w2[ix];
        if (q + 4 <= n + 2) {
          int c3 = q + 3 <= n ? cs[p + q + 2] : '$';
          m = mix((h * 131 + c3) ^ 0x27d4eb2f);
          ix = m & (DIM - 1);
          sum += m < 0 ? -w[ix] : w[ix];
          sum2 += m < 0 ? -w2[ix] : w2[ix];
          c0 = c1;
          c1 = c2;
          c2 = c3;
        }
      }
    }
    out[0] = sum;
    out[1] = sum2;
  }

  /**
   * Equal to {@link #perToken} (on zeroed arrays) when the features of {@code [from, to)} number at most
   * {@link #exactSumLimit}{@code (w)}: each distinct token's own feature weights are summed once.
   */
  public static void perTokenExact(Tokens t, int from, int to, float[] w, double[] c, int[] k) {
    final int[] hash = t.hash;
    final String[] text = t.text;
    final String[] keys = new String[256];
    final double[] own = new double[256];
    int prev = 0;
    for (int i = from; i < to; i++) {
      int wh = hash[i];
      double sum = 0;
      int cnt = 1;
      if (i > from) {
        sum = weight(w, (prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995);
        cnt++;
      }
      prev = wh;
      if (!t.cjk[i]) {
        cnt += 2 * (t.goff[i + 1] - t.goff[i]) - 1;
      }
      int slot = (wh * 0x9E3779B9) >>> 24;
      String key = keys[slot];
      String s = text[i];
      double o;
      if (key != null && (key == s || key.equals(s))) {
        o = own[slot];
      } else {
        o = ownSum(t, i, w);
        keys[slot] = s;
        own[slot] = o;
      }
      c[i + 1] += sum + o;
      k[i + 1] += cnt;
    }
  }

  /**
   * {@link #perTokenExact} for two weight vectors at once (one hashing pass): {@code c} and {@code k} as
   * {@code perTokenExact(t, from, to, w, c, k)} and {@code c2} as the sums of {@code perTokenExact(t, from, to, w2, ...)},
   * the same bits as two separate calls when the features number at most the {@link #exactSumLimit} of both.
   */
  public static void perTokenExact2(Tokens t, int from, int to, float[] w, float[] w2, double[] c, double[] c2,
      int[] k) {
    final int[] hash = t.hash;
    final String[] text = t.text;
    final String[] keys = new String[256];
    final double[] own = new double[256];
    final double[] own2 = new double[256];
    final double[] pair = new double[2];
    int prev = 0;
    for (int i = from; i < to; i++) {
      int wh = hash[i];
      double sum = 0;
      double sum2 = 0;
      int cnt = 1;
      if (i > from) {
        int m = mix((prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995);
        int ix = m & (DIM - 1);
        sum = m < 0 ? -w[ix] : w[ix];
        sum2 = m < 0 ? -w2[ix] : w2[ix];
        cnt++;
      }
      prev = wh;
      if (!t.cjk[i]) {
        cnt += 2 * (t.goff[i + 1] - t.goff[i]) - 1;
      }
      int slot = (wh * 0x9E3779B9) >>> 24;
      String key = keys[slot];
      String s = text[i];
      double o;
      double o2;
      if (key != null && (key == s || key.equals(s))) {
        o = own[slot];
        o2 = own2[slot];
      } else {
        ownSum2(t, i, w, w2, pair);
        o = pair[0];
        o2 = pair[1];
        keys[slot] = s;
        own[slot] = o;
        own2[slot] = o2;
      }
      c[i + 1] += sum + o;
      c2[i + 1] += sum2 + o2;
      k[i + 1] += cnt;
    }
  }

  /** {@code w} and {@code w2} interleaved: {@code ww[2 * i] = w[i]}, {@code ww[2 * i + 1] = w2[i]}. */
  public static float[] interleave(float[] w, float[] w2) {
    if (w.length != w2.length) {
      throw new IllegalArgumentException("w2 must have as many weights as w");
    }
    float[] ww = new float[2 * w.length];
    for (int i = 0; i < w.length; i++) {
      ww[2 * i] = w[i];
      ww[2 * i + 1] = w2[i];
    }
    return ww;
  }

  /**
   * A memo of distinct tokens' own-feature sums ({@link #ownSum} under both halves of one {@link #interleave}d weight
   * vector), direct-mapped by the token's hash, kept across calls by its owner (one per thread and weight vector; not
   * thread-safe). A sum is a function of the token's text alone (its n-gram characters and CJK flag follow from it),
   * so a hit returns the same bits as computing it again.
   */
  public static final class OwnMemo {
    static final int BITS = 10;
    final String[] keys = new String[1 << BITS];
    final double[] own = new double[1 << BITS];
    final double[] own2 = new double[1 << BITS];
    /** Out values of {@link #ownSum2I}. */
    double o;
    double o2;
  }

  /**
   * {@link #perTokenExact2} with {@code ww = interleave(w, w2)} (the same bits): one memory access per feature for
   * both weights, and each distinct token's own sums taken from {@code memo} when it holds them.
   */
  public static void perTokenExact2(Tokens t, int from, int to, float[] ww, OwnMemo memo, double[] c, double[] c2,
      int[] k) {
    final int[] hash = t.hash;
    final String[] text = t.text;
    final boolean[] cjk = t.cjk;
    final int[] goff = t.goff;
    final String[] keys = memo.keys;
    final double[] own = memo.own;
    final double[] own2 = memo.own2;
    final int shift = 32 - OwnMemo.BITS;
    int prev = 0;
    for (int i = from; i < to; i++) {
      int wh = hash[i];
      double sum = 0;
      double sum2 = 0;
      int cnt = 1;
      if (i > from) {
        int m = mix((prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995);
        int ix = (m & (DIM - 1)) << 1;
        sum = m < 0 ? -ww[ix] : ww[ix];
        sum2 = m < 0 ? -ww[ix + 1] : ww[ix + 1];
        cnt++;
      }
      prev = wh;
      if (!cjk[i]) {
        cnt += 2 * (goff[i + 1] - goff[i]) - 1;
      }
      int slot = (wh * 0x9E3779B9) >>> shift;
      String key = keys[slot];
      String s = text[i];
      double o;
      double o2;
      if (key != null && (key == s || key.equals(s))) {
        o = own[slot];
        o2 = own2[slot];
      } else {
        ownSum2I(t, i, ww, memo);
        o = memo.o;
        o2 = memo.o2;
        keys[slot] = s;
        own[slot] = o;
        own2[slot] = o2;
      }
      c[i + 1] += sum + o;
      c2[i + 1] += sum2 + o2;
      k[i + 1] += cnt;
    }
  }

  /**
   * (p20speed) {@link #perTokenExact2(Tokens, int, int, float[], OwnMemo, double[], double[], int[])} over all tokens
   * followed by prefix sums, in one pass: with {@code c}, {@code c2} and {@code k} all zero on entry, {@code c[i + 1] =
   * c[i] + (token i's sum)}, which is what the per-token pass then {@code c[i] += c[i - 1]} computes, bit for bit
   * (addition is commutative, and {@code 0.0 + x} only differs from {@code x} for {@code x = -0.0}, which adds to a
   * running sum that is never {@code -0.0} as {@code +0.0} does).
   */
  public static void prefixSumsExact2(Tokens t, float[] ww, OwnMemo memo, double[] c, double[] c2, int[] k) {
    final int n = t.size;
    final int[] hash = t.hash;
    final String[] text = t.text;
    final boolean[] cjk = t.cjk;
    final int[] goff = t.goff;
    final String[] keys = memo.keys;
    final double[] own = memo.own;
    final double[] own2 = memo.own2;
    final int shift = 32 - OwnMemo.BITS;
    int prev = 0;
    double run = 0;
    double run2 = 0;
    int cntRun = 0;
    for (int i = 0; i < n; i++) {
      int wh = hash[i];
      double sum = 0;
      double sum2 = 0;
      int cnt = 1;
      if (i > 0) {
        int m = mix((prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995);
        int ix = (m & (DIM - 1)) << 1;
        sum = m < 0 ? -ww[ix] : ww[ix];
        sum2 = m < 0 ? -ww[ix + 1] : ww[ix + 1];
        cnt++;
      }
      prev = wh;
      if (!cjk[i]) {
        cnt += 2 * (goff[i + 1] - goff[i]) - 1;
      }
      int slot = (wh * 0x9E3779B9) >>> shift;
      String key = keys[slot];
      String s = text[i];
      double o;
      double o2;
      if (key != null && (key == s || key.equals(s))) {
        o = own[slot];
        o2 = own2[slot];
      } else {
        ownSum2I(t, i, ww, memo);
        o = memo.o;
        o2 = memo.o2;
        keys[slot] = s;
        own[slot] = o;
        own2[slot] = o2;
      }
      run = run + (sum + o);
      run2 = run2 + (sum2 + o2);
      cntRun += cnt;
      c[i + 1] = run;
      c2[i + 1] = run2;
      k[i + 1] = cntRun;
    }
  }

  /**
   * {@link #ownSum2} of token i for the two halves of {@code ww} (same order, same bits), into {@code memo.o} and
   * {@code memo.o2}.
   */
  private static void ownSum2I(Tokens t, int i, float[] ww, OwnMemo memo) {
    int m = mix(t.hash[i] * 31 + 0x1234567);
    int ix = (m & (DIM - 1)) << 1;
    double sum = m < 0 ? -ww[ix] : ww[ix];
    double sum2 = m < 0 ? -ww[ix + 1] : ww[ix + 1];
    if (!t.cjk[i]) {
      final char[] cs = t.gchars;
      int p = t.goff[i];
      int n = t.goff[i + 1] - p;
      int c0 = '^';
      int c1 = cs[p];
      int c2 = n > 1 ? cs[p + 1] : '$';
      for (int q = 0; q + 3 <= n + 2; q++) {
        int h = ((7 * 131 + c0) * 131 + c1) * 131 + c2;
        m = mix(h ^ 0x3c6ef372);
        ix = (m & (DIM - 1)) << 1;
        sum += m < 0 ? -ww[ix] : ww[ix];
        sum2 += m < 0 ? -ww[ix + 1] : ww[ix + 1];
        if (q + 4 <= n + 2) {
          int c3 = q + 3 <= n ? cs[p + q + 2] : '$';
          m = mix((h * 131 + c3) ^ 0x27d4eb2f);
          ix = (m & (DIM - 1)) << 1;
          sum += m < 0 ? -ww[ix] : ww[ix];
          sum2 += m < 0 ? -ww[ix + 1] : ww[ix + 1];
          c0 = c1;
          c1 = c2;
          c2 = c3;
        }
      }
    }
    memo.o = sum;
    memo.o2 = sum2;
  }

  /**
   * For every feature of tokens {@code [0, t.size)} in {@link #extract}'s order, with {@code k = seg[token]}:
   * {@code acc[k] += w[index] * sign}, {@code cnt[k]++}, and when {@code w2} is not null {@code acc2[k] += w2[index] *
   * sign}, {@code cnt2[k]++} (bit-identical to doing the same in a {@link Sink}, without a call per feature).
   */
  public static void segmentSums(Tokens t, int[] seg, float[] w, double[] acc, int[] cnt, float[] w2, double[] acc2,
      int[] cnt2) {
    final int[] hash = t.hash;
    final int[] coff = t.goff;
    final char[] cs = t.gchars;
    final boolean[] cjk = t.cjk;
    int prev = 0;
    for (int i = 0; i < t.size; i++) {
      int k = seg[i];
      int wh = hash[i];
      segAdd(wh * 31 + 0x1234567, k, w, acc, cnt, w2, acc2, cnt2);
      if (i > 0) {
        segAdd((prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995, k, w, acc, cnt, w2, acc2, cnt2);
      }
      prev = wh;
      if (!cjk[i]) {
        int p = coff[i];
        int n = coff[i + 1] - p;
        int c0 = '^';
        int c1 = cs[p];
        int c2 = n > 1 ? cs[p + 1] : '$';
        for (int q = 0; q + 3 <= n + 2; q++) {
          int h = ((7 * 131 + c0) * 131 + c1) * 131 + c2;
          segAdd(h ^ 0x3c6ef372, k, w, acc, cnt, w2, acc2, cnt2);
          if (q + 4 <= n + 2) {
            int c3 = q + 3 <= n ? cs[p + q + 2] : '$';
            segAdd((h * 131 + c3) ^ 0x27d4eb2f, k, w, acc, cnt, w2, acc2, cnt2);
            c0 = c1;
            c1 = c2;
            c2 = c3;
          }
        }
      }
    }
  }

  private static void segAdd(int h, int k, float[] w, double[] acc, int[] cnt, float[] w2, double[] acc2,
      int[] cnt2) {
    int m = mix(h);
    int idx = m & (DIM - 1);
    float sign = m < 0 ? -1f : 1f;
    acc[k] += w[idx] * sign;
    cnt[k]++;
    if (w2 != null) {
      acc2[k] += w2[idx] * sign;
      cnt2[k]++;
    }
  }
}
