package dev.aisec.data.pii.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * A per-token logistic model of "this capitalised word is (part of) a person's name", used by {@link Names} on the
 * capitalised words its rules leave without a confident finding ("Beyonce", "Cudi", "Lohan" mid-sentence, a name
 * after "with", "and", ",", at a line start). Features are hashed into {@code 2^BITS} weights: word shape and
 * length, capitalisation against sentence and line position, gazetteer membership (first name, last name, place,
 * common word), the {@link NameModel} spelling score, the rules' own low score, prefix and suffix letters, the word
 * itself, the words and punctuation on both sides, cue words, a verb or {@code 's} after, shouting and Title Case
 * headlines.
 *
 * <p>The weights ship as the resource {@code dev/aisec/data/pii/name-tagger.bin.gz}, written by
 * {@link NameTaggerTrainer} from the training parts of the shared data (see docs/pii.md for the command). Scoring
 * allocates nothing (features go into a per-thread scratch array). Immutable after loading, thread-safe. When the
 * resource is absent the tagger is {@link #NONE} and never fires.
 */
final class NameTagger {

  static final int BITS = 18;
  static final int MASK = (1 << BITS) - 1;
  /** Maximum number of features of one token. */
  static final int MAX_FEATURES = 48;
  static final String RESOURCE = "/dev/aisec/data/pii/name-tagger.bin.gz";
  static final int MAGIC = 0x4E544732; // "NTG2"

  /** A tagger without weights: {@link #probability} is 0 and nothing is tagged. */
  static final NameTagger NONE = new NameTagger(null, 2f, 2f);

  private final float[] weights;
  /** Probability at or above which a candidate is tagged PERSON (chosen on a validation split at training time). */
  final float threshold;
  /** The same for a lower-case word (a riskier guess, so it has a threshold of its own). */
  final float lowerThreshold;

  private static volatile NameTagger instance;
  private static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[MAX_FEATURES]);

  /** Set by the trainer on its own thread: candidates are recorded there instead of scored. */
  static final ThreadLocal<Recorder> RECORDER = new ThreadLocal<>();

  /** Receives the candidates of a scan at training time. */
  interface Recorder {
    void candidate(int start, int end, int[] features, int count);
  }

  NameTagger(float[] weights, float threshold, float lowerThreshold) {
    this.weights = weights;
    this.threshold = threshold;
    this.lowerThreshold = lowerThreshold;
  }

  static NameTagger get() {
    NameTagger t = instance;
    if (t == null) {
      synchronized (NameTagger.class) {
        t = instance;
        if (t == null) {
          t = load();
          instance = t;
        }
      }
    }
    return t;
  }

  private static NameTagger load() {
    try (InputStream raw = NameTagger.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        return NONE;
      }
      DataInputStream in = new DataInputStream(new GZIPInputStream(raw));
      if (in.readInt() != MAGIC || in.readInt() != BITS) {
        throw new IllegalStateException("name-tagger resource has an unknown format");
      }
      float threshold = in.readFloat();
      float lowerThreshold = in.readFloat();
      int count = in.readInt();
      float[] w = new float[1 << BITS];
      for (int k = 0; k < count; k++) {
        int idx = in.readInt();
        w[idx & MASK] = in.readFloat();
      }
      return new NameTagger(w, threshold, lowerThreshold);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name-tagger resource", e);
    }
  }

  boolean enabled() {
    return weights != null;
  }

  /** Probability that {@code t[s, e)} is part of a person's name, given the rules' best PERSON score there. */
  double probability(Gazetteer g, CharSequence t, int s, int e, double rulesScore) {
    if (weights == null) {
      return 0;
    }
    int[] f = SCRATCH.get();
    int n = features(g, t, s, e, rulesScore, f);
    return sigmoid(margin(weights, f, n));
  }

  static double margin(float[] w, int[] f, int n) {
    double z = 0;
    for (int k = 0; k < n; k++) {
      z += w[f[k]];
    }
    return z;
  }

  static double sigmoid(double z) {
    if (z > 30) {
      return 1;
    }
    if (z < -30) {
      return 0;
    }
    return 1 / (1 + Math.exp(-z));
  }

  static int[] scratch() {
    return SCRATCH.get();
  }

  // ---------------------------------------------------------------- features

  private static int mix(int template, int value) {
    int h = template * 0x9E3779B1 ^ value * 0x85EBCA6B;
    h ^= h >>> 15;
    h *= 0x2C1B3C6D;
    h ^= h >>> 12;
    h *= 0x297A2D39;
    h ^= h >>> 15;
    return h & MASK;
  }

  /** Character class of the nearest non-space character before {@code i} (0 = none). */
  private static int prevClass(CharSequence t, int i) {
    int k = i - 1;
    boolean space = false;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
      k--;
      space = true;
    }
    if (k < 0) {
      return 0;
    }
    return charClass(t.charAt(k)) * 2 + (space ? 1 : 0);
  }

  private static int nextClass(CharSequence t, int e) {
    int k = e;
    boolean space = false;
    while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
      k++;
      space = true;
    }
    if (k >= t.length()) {
      return 0;
    }
    return charClass(t.charAt(k)) * 2 + (space ? 1 : 0);
  }

  private static int charClass(char c) {
    switch (c) {
      case '\n':
      case '\r':
        return 1;
      case '@':
        return 2;
      case '#':
        return 3;
      case ',':
        return 4;
      case ':':
        return 5;
      case '.':
      case '!':
      case '?':
        return 6;
      case '(':
      case '[':
      case '{':
        return 7;
      case '"':
      case '\'':
      case '\u201C':
      case '\u201D':
      case '\u2019':
        return 8;
      case '-':
      case '\u2013':
      case '\u2014':
        return 9;
      case ')':
      case ']':
        return 10;
      case '&':
        return 11;
      case '/':
        return 12;
      case ';':
        return 13;
      default:
        if (Character.isDigit(c)) {
          return 14;
        }
        if (Character.isUpperCase(c)) {
          return 15;
        }
        if (Character.isLetter(c)) {
          return 16;
        }
        return 17;
    }
  }

  /** Start of the word of letters ending at or before {@code i} (skipping at most 3 non-letters), or -1. */
  private static int prevWordEnd(CharSequence t, int i) {
    int k = i - 1;
    int skipped = 0;
    while (k >= 0 && !Character.isLetter(t.charAt(k))) {
      if (t.charAt(k) != ' ' && ++skipped > 3 || t.charAt(k) == '\n') {
        return -1;
      }
      k--;
    }
    return k + 1;
  }

  private static int prevWordStart(CharSequence t, int we) {
    int k = we - 1;
    while (k >= 0 && (Character.isLetter(t.charAt(k)) || t.charAt(k) == '\'') && we - k < 40) {
      k--;
    }
    return k + 1;
  }

  private static int nextWordStart(CharSequence t, int e) {
    int k = e;
    int skipped = 0;
    while (k < t.length() && !Character.isLetter(t.charAt(k))) {
      if (t.charAt(k) != ' ' && ++skipped > 3 || t.charAt(k) == '\n') {
        return -1;
      }
      k++;
    }
    return k < t.length() ? k : -1;
  }

  /** Upper-case letters within 40 characters of the token, outside it: 0 none, 1 one or two, 2 more. */
  private static int capsAround(CharSequence t, int s, int e) {
    int c = 0;
    for (int k = Math.max(0, s - 40); k < s; k++) {
      if (Character.isUpperCase(t.charAt(k))) {
        c++;
      }
    }
    for (int k = e, to = Math.min(t.length(), e + 40); k < to; k++) {
      if (Character.isUpperCase(t.charAt(k))) {
        c++;
      }
    }
    return c == 0 ? 0 : c <= 2 ? 1 : 2;
  }

  private static int bucket(double v, double step, int lo, int hi) {
    int b = (int) Math.floor(v / step);
    return Math.max(lo, Math.min(hi, b));
  }

  /**
   * Writes the hashed feature indexes of the token {@code t[s, e)} into {@code f} and returns how many there are.
   * {@code rulesScore} is the best PERSON score the rules gave the token (0 when none).
   */
  static int features(Gazetteer g, CharSequence t, int s, int e, double rulesScore, int[] f) {
    int n = 0;
    int len = e - s;
    int shape = NameWords.shape(t, s, e);
    int hash = WordSet.hashOf(t, s, e);
    int tags = g.tagged.flags(t, s, e, hash) | (g.english.contains(t, s, e, hash) ? 64 : 0);
    boolean sent = NameWords.sentenceStart(t, s);
    boolean line = NameWords.lineStart(t, s);
    int pos = line ? 2 : sent ? 1 : 0;
    double nm = g.nameModel.score(t, s, e);
    int nmb = bucket(nm, 0.5, -8, 8);
    int lenb = Math.min(len, 12);
    f[n++] = mix(1, 0);
    f[n++] = mix(2, shape);
    f[n++] = mix(3, shape * 4 + pos);
    f[n++] = mix(4, tags);
    f[n++] = mix(5, tags * 4 + pos);
    f[n++] = mix(6, nmb);
    f[n++] = mix(7, nmb * 8 + shape * 2 + (sent ? 1 : 0));
    f[n++] = mix(8, lenb);
    int pc = prevClass(t, s);
    int nc = nextClass(t, e);
    f[n++] = mix(9, pc);
    f[n++] = mix(10, nc);
    f[n++] = mix(11, pc * 64 + nc);
    f[n++] = mix(12, hash);
    f[n++] = mix(13, WordSet.hashOf(t, Math.max(s, e - 3), e));
    f[n++] = mix(14, WordSet.hashOf(t, Math.max(s, e - 2), e));
    f[n++] = mix(15, WordSet.hashOf(t, s, Math.min(e, s + 3)));
    int rb = rulesScore <= 0 ? 0 : 1 + bucket(rulesScore, 0.1, 0, 9);
    f[n++] = mix(16, rb);
    // the word before and its shape and tags
    int pwe = prevWordEnd(t, s);
    int pws = pwe > 0 ? prevWordStart(t, pwe) : -1;
    if (pws >= 0 && pwe > pws) {
      int ph = WordSet.hashOf(t, pws, pwe);
      int pshape = NameWords.shape(t, pws, pwe);
      int ptags = g.tagged.flags(t, pws, pwe, ph);
      f[n++] = mix(17, ph);
      f[n++] = mix(18, ph * 31 + shape);
      f[n++] = mix(19, pshape * 64 + ptags);
      f[n++] = mix(20, pshape * 4 + shape);
      int ppe = prevWordEnd(t, pws);
      int pps = ppe > 0 ? prevWordStart(t, ppe) : -1;
      if (pps >= 0 && ppe > pps) {
        int pph = WordSet.hashOf(t, pps, ppe);
        f[n++] = mix(21, pph);
        f[n++] = mix(22, pph * 31 + ph);
      } else {
        f[n++] = mix(21, -1);
      }
    } else {
      f[n++] = mix(17, -1);
    }
    // the word after
    int nws = nextWordStart(t, e);
    if (nws >= 0) {
      int nwe = NameWords.letters(t, nws);
      if (nwe > nws) {
        int nh = WordSet.hashOf(t, nws, nwe);
        int nshape = NameWords.shape(t, nws, nwe);
        int ntags = g.tagged.flags(t, nws, nwe, nh);
        f[n++] = mix(23, nh);
        f[n++] = mix(24, nshape * 64 + ntags);
        f[n++] = mix(25, nshape * 4 + shape);
        f[n++] = mix(26, nh * 31 + nc);
        f[n++] = mix(27, bucket(g.nameModel.score(t, nws, nwe), 0.5, -8, 8) * 4 + nshape);
      }
    } else {
      f[n++] = mix(23, -1);
    }
    // cues and clues from the rules
    f[n++] = mix(28, (NameCues.prevIsCue(t, s) ? 1 : 0) + (NameCues.titleBefore(t, s) ? 2 : 0)
        + (NameCues.nextIsVerb(t, e) ? 4 : 0) + (NameWords.possessive(t, e) ? 8 : 0));
    f[n++] = mix(29, (NameWords.shouting(t, s) ? 1 : 0) + (NameWords.headline(t, s, e) ? 2 : 0)
        + (NameWords.englishWord(t, s, e) ? 4 : 0) + (NameWords.surnameSuffix(t, s, e) ? 8 : 0));
    f[n++] = mix(30, shape * 16 + (NameWords.shouting(t, s) ? 1 : 0) + (NameWords.headline(t, s, e) ? 2 : 0) + pos * 4);
    int caps = capsAround(t, s, e);
    f[n++] = mix(35, caps * 4 + shape);
    f[n++] = mix(36, caps * 64 + tags);
    f[n++] = mix(31, nmb * 64 + tags);
    f[n++] = mix(32, pc * 16 + shape * 4 + pos);
    f[n++] = mix(33, hash * 31 + nc);
    f[n++] = mix(34, hash * 31 + pc);
    return n;
  }
}
