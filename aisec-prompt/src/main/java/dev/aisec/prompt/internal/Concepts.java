package dev.aisec.prompt.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multilingual concept layer (round 16): a lexicon ({@code concepts.txt}) maps the detector's folded tokens in
 * nine languages to about 25 concepts — the assistant's rules, removing or invalidating them, refusing and warning,
 * never / always / without, the assistant itself, authority, hidden configuration text, revealing it verbatim, personas,
 * being unrestricted, safety, harm topics, and a few harmless contexts (questions, stories, IT) — and {@link #extract}
 * turns a token range into hashed features of concept unigrams and of concept pairs whose tokens are at most
 * {@link #PAIR_WINDOW} tokens apart. "An AI unplugged from its moderation rules that never refuses" and "une IA
 * débranchée de ses règles de modération qui ne refuse jamais" give the same features, so a model over them carries
 * what it learnt from one wording and language to the others.
 *
 * <p>One linear pass: a token is looked up by a 64-bit hash of its characters (exact entries, and prefixes of at
 * least {@link #MIN_PREFIX} characters, the longest winning), after a one-bit pre-check on its first three
 * characters; Han/kana/Hangul entries match runs of up to {@link #MAX_CJK} one-character tokens. Nothing is allocated
 * per token. Immutable tables; thread-safe.
 */
public final class Concepts {

  public static final String RESOURCE = "/dev/aisec/prompt/concepts.txt";
  /** Hashed feature space of the concept model. */
  public static final int BITS = 15;
  public static final int DIM = 1 << BITS;
  /** Two concept tokens at most this many tokens apart make a pair feature. */
  public static final int PAIR_WINDOW = 8;
  /** Triples are formed with two of the last this many concept tokens (within {@link #PAIR_WINDOW}). */
  static final int TRIPLE_BACK = 3;
  static final int MIN_PREFIX = 3;
  static final int MAX_CJK = 4;
  /** Longest prefix looked up (characters); longer tokens are looked up by their whole text too. */
  static final int MAX_PREFIX = 14;

  /** Concept names, in the order of their first line in the lexicon (bit i of a mask is concept i). */
  public static final List<String> NAMES;
  private static final long[] KEYS;
  private static final long[] MASKS;
  private static final int TABLE_BITS;
  /** One bit per hash of a token's first (up to) three characters, set for every entry's. */
  private static final long[] FIRST = new long[1 << 10];

  static {
    Map<String, Integer> ids = new LinkedHashMap<>();
    Map<Long, Long> table = new LinkedHashMap<>();
    try (InputStream in = Concepts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = br.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+");
        Integer id = ids.get(parts[0]);
        if (id == null) {
          id = ids.size();
          if (id >= 64) {
            throw new IllegalStateException("more than 64 concepts");
          }
          ids.put(parts[0], id);
        }
        for (int k = 1; k < parts.length; k++) {
          String w = parts[k];
          boolean prefix = w.endsWith("*");
          if (prefix) {
            w = w.substring(0, w.length() - 1);
            if (w.length() < MIN_PREFIX || w.length() > MAX_PREFIX) {
              continue;
            }
          }
          if (w.isEmpty() || !wordOnly(w)) {
            continue; // entries with apostrophes, hyphens or spaces can never equal one token
          }
          long h = 0;
          for (int c = 0; c < w.length(); c++) {
            h = step(h, w.charAt(c));
          }
          table.merge(key(h, w.length(), prefix), 1L << id, (a, b) -> a | b);
          int f = first(w, 0, Tokens.isCjk(w.charAt(0)) ? 1 : w.length());
          FIRST[f >>> 6] |= 1L << f;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    NAMES = List.copyOf(ids.keySet());
    int bits = 4;
    while ((1 << bits) < 4 * table.size()) {
      bits++;
    }
    TABLE_BITS = bits;
    KEYS = new long[1 << bits];
    MASKS = new long[1 << bits];
    for (Map.Entry<Long, Long> e : table.entrySet()) {
      int s = slot(e.getKey());
      while (KEYS[s] != 0) {
        s = (s + 1) & ((1 << TABLE_BITS) - 1);
      }
      KEYS[s] = e.getKey();
      MASKS[s] = e.getValue();
    }
  }

  private Concepts() {}

  private static boolean wordOnly(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetterOrDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static long step(long h, char c) {
    return (h + c + 1) * 0x100000001B3L;
  }

  private static long key(long h, int len, boolean prefix) {
    long k = (h ^ ((long) len << 56) ^ (prefix ? 0x5DEECE66DL : 0x2545F4914F6CDD1DL)) * 0x9E3779B97F4A7C15L;
    k ^= k >>> 29;
    return k == 0 ? 1 : k;
  }

  private static int slot(long k) {
    return (int) (k >>> (64 - TABLE_BITS));
  }

  private static long lookup(long k) {
    int s = slot(k);
    while (true) {
      long v = KEYS[s];
      if (v == k) {
        return MASKS[s];
      }
      if (v == 0) {
        return 0;
      }
      s = (s + 1) & ((1 << TABLE_BITS) - 1);
    }
  }

  private static int first(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < Math.min(to, from + 3); i++) {
      h = h * 31 + s.charAt(i);
    }
    h ^= h >>> 15;
    h *= 0x2c1b3c6d;
    h ^= h >>> 12;
    return h & ((1 << 16) - 1);
  }

  private static boolean maybe(int f) {
    return (FIRST[f >>> 6] & (1L << f)) != 0;
  }

  /**
   * The mask bits of the named concepts ({@link #NAMES}), for the callers that test a word's mask against a family.
   *
   * @throws IllegalStateException if a name is not a concept of the lexicon (a resource out of step with the code)
   */
  static long bits(String... names) {
    long m = 0;
    for (String n : names) {
      int i = NAMES.indexOf(n);
      if (i < 0) {
        throw new IllegalStateException("concept " + n + " missing");
      }
      m |= 1L << i;
    }
    return m;
  }

  /** The concept mask of one non-CJK word: its exact entry's, else its longest prefix entry's, else 0. */
  static long ofWord(String s) {
    int n = s.length();
    if (n == 0 || !maybe(first(s, 0, n))) {
      return 0;
    }
    long h = 0;
    long best = 0;
    for (int i = 0; i < n; i++) {
      h = step(h, s.charAt(i));
      int len = i + 1;
      if (len >= MIN_PREFIX && len <= MAX_PREFIX) {
        long m = lookup(key(h, len, true));
        if (m != 0) {
          best = m;
        }
      }
    }
    long exact = lookup(key(h, n, false));
    return exact != 0 ? exact : best;
  }

  /**
   * Writes the concept mask of each token of {@code [from, to)} to {@code masks[i]} (0: none). A Han/kana/Hangul run
   * matched by an entry of length L puts its mask on the run's first token and 0 on the other L - 1.
   */
  public static void annotate(Tokens t, int from, int to, long[] masks) {
    final String[] text = t.text;
    final boolean[] cjk = t.cjk;
    int i = from;
    while (i < to) {
      if (!cjk[i]) {
        masks[i] = ofWord(text[i]);
        i++;
        continue;
      }
      char c0 = text[i].charAt(0);
      int f = first(text[i], 0, 1);
      long best = 0;
      int bestLen = 1;
      if (maybe(f)) {
        long h = 0;
        for (int L = 1; L <= MAX_CJK && i + L - 1 < to && cjk[i + L - 1]; L++) {
          h = step(h, L == 1 ? c0 : text[i + L - 1].charAt(0));
          long m = lookup(key(h, L, false));
          if (m != 0) {
            best = m;
            bestLen = L;
          }
        }
      }
      masks[i] = best;
      for (int k = 1; k < bestLen; k++) {
        masks[i + k] = 0;
      }
      i += bestLen;
    }
  }

  /** Receives one hashed concept feature: its index and its signed value (±1, or ± the count of other tokens). */
  public interface Sink {
    void accept(int index, float value);
  }

  private static void emit(Sink sink, int h) {
    int m = Features.mix(h);
    sink.accept(m & (DIM - 1), m < 0 ? -1f : 1f);
  }

  /**
   * Emits the concept features of tokens {@code [from, to)} whose masks {@link #annotate} wrote into {@code masks}:
   * per concept of each token, its unigram; per concept of a token and concept of an earlier token at most
   * {@link #PAIR_WINDOW} tokens before it, their (unordered) pair; with two of the last {@link #TRIPLE_BACK} concept
   * tokens (both within {@link #PAIR_WINDOW}), their (unordered) triple; and one feature whose value is the number of
   * tokens without a concept. Returns that number. {@code recent} is scratch of at least
   * {@link #PAIR_WINDOW} + 1 slots.
   */
  public static int extract(long[] masks, int from, int to, int[] recent, Sink sink) {
    int nr = 0; // concept tokens in the ring, newest at recent[(nr - 1) % R]
    final int r = PAIR_WINDOW + 1;
    int other = 0;
    for (int i = from; i < to; i++) {
      long m = masks[i];
      if (m == 0) {
        other++;
        continue;
      }
      for (long a = m; a != 0; a &= a - 1) {
        int ca = Long.numberOfTrailingZeros(a);
        emit(sink, 0x51ED27 + ca);
        for (int q = nr - 1; q >= 0 && q >= nr - r; q--) {
          int j = recent[q % r];
          if (i - j > PAIR_WINDOW) {
            break;
          }
          for (long b = masks[j]; b != 0; b &= b - 1) {
            int cb = Long.numberOfTrailingZeros(b);
            int lo = Math.min(ca, cb);
            int hi = Math.max(ca, cb);
            emit(sink, 0x7A11 * 64 * 64 + lo * 64 + hi);
          }
        }
        // triples with two of the last TRIPLE_BACK concept tokens, all within PAIR_WINDOW tokens
        for (int q1 = nr - 1; q1 >= 1 && q1 >= nr - TRIPLE_BACK; q1--) {
          int j1 = recent[q1 % r];
          if (i - j1 > PAIR_WINDOW) {
            break;
          }
          for (int q2 = q1 - 1; q2 >= 0 && q2 >= nr - TRIPLE_BACK; q2--) {
            int j2 = recent[q2 % r];
            if (i - j2 > PAIR_WINDOW) {
              break;
            }
            for (long b = masks[j1]; b != 0; b &= b - 1) {
              int cb = Long.numberOfTrailingZeros(b);
              for (long c = masks[j2]; c != 0; c &= c - 1) {
                int cc = Long.numberOfTrailingZeros(c);
                int x = Math.min(ca, Math.min(cb, cc));
                int z = Math.max(ca, Math.max(cb, cc));
                int y = ca + cb + cc - x - z;
                emit(sink, 0x3B9ACA07 + (x * 64 + y) * 64 + z);
              }
            }
          }
        }
      }
      recent[nr % r] = i;
      nr++;
    }
    if (other > 0) {
      // one feature whose value is the number of tokens without a concept (they also count in the normalisation):
      // a few concept words in a long ordinary text weigh less than the same words alone
      int mm = Features.mix(0x0DDBA11);
      sink.accept(mm & (DIM - 1), mm < 0 ? -other : other);
    }
    return other;
  }

  /** The logit of a concept model ({@code w}, {@code bias}) on tokens {@code [from, to)}; 0 features: the bias. */
  public static double logit(Tokens t, int from, int to, float[] w, float bias, long[] masks, int[] recent) {
    annotate(t, from, to, masks);
    double[] acc = new double[2];
    int other = extract(masks, from, to, recent, (ix, value) -> {
      acc[0] += w[ix] * value;
      acc[1]++;
    });
    // the count-of-other-tokens feature counts as that many features
    double count = other > 0 ? acc[1] - 1 + other : acc[1];
    return count == 0 ? bias : bias + acc[0] / Model.norm(count);
  }

  /** The names of the concepts of a mask (for explanations and tests). */
  public static List<String> names(long mask) {
    List<String> out = new ArrayList<>();
    for (long a = mask; a != 0; a &= a - 1) {
      out.add(NAMES.get(Long.numberOfTrailingZeros(a)));
    }
    return out;
  }
}
