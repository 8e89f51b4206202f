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
    int prev = 0;
    for (int i = from; i < to; i++) {
      String w = t.text[i];
      int wh = w.hashCode();
      emit(sink, i, wh * 31 + 0x1234567);
      if (i > from) {
        emit(sink, i, (prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995);
      }
      prev = wh;
      if (!t.cjk[i]) {
        int n = w.length();
        // char n-grams over "^" + w + "$"
        for (int k = -1; k + 3 <= n + 1; k++) {
          int h = 7;
          for (int q = k; q < k + 3; q++) {
            h = h * 131 + charAt(w, q, n);
          }
          emit(sink, i, h ^ 0x3c6ef372);
          if (k + 4 <= n + 1) {
            emit(sink, i, (h * 131 + charAt(w, k + 3, n)) ^ 0x27d4eb2f);
          }
        }
      }
    }
  }

  private static int charAt(String w, int q, int n) {
    return q < 0 ? '^' : q >= n ? '$' : w.charAt(q);
  }
}
