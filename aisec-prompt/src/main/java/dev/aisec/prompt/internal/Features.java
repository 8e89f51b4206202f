package dev.aisec.prompt.internal;

/**
 * Hashed features of a token list, identical at training and scoring time: word unigrams, word bigrams, and
 * character 3- and 4-grams of each word with boundary marks. Each feature is reported with the index of the token it
 * belongs to, so callers can sum weights per token and score any token window with prefix sums.
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
    final int[] coff = t.coff;
    final char[] cs = t.chars;
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
}
