package dev.aisec.data.poison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backdoor trigger detection for text classification sets. A planted trigger is a token or short phrase added to rows
 * whose content belongs to another class, all relabelled to one target class. For every token, 2-gram and 3-gram
 * carried by at least {@code minSupport} rows, and every label L, the detector counts the rows that carry it, are
 * labelled L, and that a naive Bayes model trained on every row <em>not</em> carrying the n-gram assigns to another
 * class once the n-gram's own features (and every feature sharing a token with it) are removed: the content of the
 * row, judged by a model the trigger could not teach. The base rate comes from the cross-fitted model
 * ({@link TextClassifier}). A one-sided binomial test against
 * the base rate at which rows labelled L are contradicted gives a p-value, Bonferroni-corrected over all candidates.
 * Natural class words ("free", "call" in spam) carry rows whose remaining content still agrees with their label, so
 * they are not significant however frequent they are; a planted trigger's rows are contradicted almost always.
 *
 * <p>Near-identical rows carrying a candidate (a spam campaign's template, judged by MinHash similarity >= 0.5) count
 * once in the test, since a planted trigger sits in diverse rows. A candidate is reported when its corrected p-value
 * is below {@code alpha}, at least {@code minSupport} distinct contradicted rows carry it, at least 10% of its
 * rows with label L are contradicted (a trigger planted into random rows, most of them already of the target class,
 * still shows), and at least 80% of its rows carry L. Candidates are ranked by {@code score = -log10(corrected
 * p)}; a candidate whose target rows are a subset of a better-ranked trigger's sharing a token is dropped. Row scores
 * lie in [0, 1]: rows labelled with a trigger's target label that carry it score {@code 0.5 + 0.5 * min(1,
 * score / 20)}, other rows score 0. Deterministic for a fixed seed.
 */
public final class BackdoorDetector {

  /** A candidate trigger. Rows are 0-based indices in input order. */
  public record Trigger(String token, String targetLabel, double score, double pValue, int support,
      int contradicted, List<Integer> rows) {}

  /** The result: ranked triggers and one score per row. */
  public record Result(List<Trigger> triggers, double[] rowScores, double baseContradictionRate) {}

  /** Smallest share of a candidate's target rows that must be contradicted. */
  static final double MIN_CONTRADICTED = 0.1;

  private final int minSupport;
  private final double alpha;
  private final long seed;

  private BackdoorDetector(int minSupport, double alpha, long seed) {
    if (minSupport < 2) {
      throw new IllegalArgumentException("minSupport must be >= 2");
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1)");
    }
    this.minSupport = minSupport;
    this.alpha = alpha;
    this.seed = seed;
  }

  /** Support 3, alpha 0.001, seed 42. */
  public static BackdoorDetector standard() {
    return new BackdoorDetector(3, 0.001, 42L);
  }

  public static BackdoorDetector of(int minSupport, double alpha, long seed) {
    return new BackdoorDetector(minSupport, alpha, seed);
  }

  /** Runs the check on texts with their labels. */
  public Result detect(List<String> texts, List<String> labels) {
    TextClassifier m = TextClassifier.crossFit(texts, labels, 5, seed);
    int n = m.rows();
    int c = m.classes().size();
    Map<String, Integer> vocab = m.vocabulary();
    // base contradiction rate per label
    int[] perLabel = new int[c];
    int[] contradictedPerLabel = new int[c];
    double[][] p = m.probabilities();
    for (int i = 0; i < n; i++) {
      perLabel[m.label(i)]++;
      if (TextClassifier.argmax(p[i]) != m.label(i)) {
        contradictedPerLabel[m.label(i)]++;
      }
    }
    // candidate n-grams -> rows; a first pass counts document frequency by 64-bit hash so that only n-grams carried
    // by at least minSupport rows are ever materialised
    List<List<String>> toks = new ArrayList<>(n);
    LongCounts dfByHash = new LongCounts(1 << 16);
    LongCounts seenInRow = new LongCounts(1 << 10);
    for (int i = 0; i < n; i++) {
      List<String> t = TextTokens.tokens(texts.get(i));
      toks.add(t);
      seenInRow.clear();
      for (int len = 1; len <= 3; len++) {
        for (int s = 0; s + len <= t.size(); s++) {
          long h = ngramHash(t, s, len);
          if (seenInRow.increment(h) == 1) {
            dfByHash.increment(h);
          }
        }
      }
    }
    Map<Long, RowList> rowsOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      List<String> t = toks.get(i);
      seenInRow.clear();
      for (int len = 1; len <= 3; len++) {
        for (int s = 0; s + len <= t.size(); s++) {
          long h = ngramHash(t, s, len);
          if (dfByHash.get(h) < minSupport || seenInRow.increment(h) != 1) {
            continue;
          }
          final int start = s;
          final int length = len;
          rowsOf.computeIfAbsent(h, k -> new RowList(String.join(" ", t.subList(start, start + length)))).add(i);
        }
      }
    }
    dfByHash = null;
    toks = null;
    TokenIndex tokenIndex = new TokenIndex(m);
    boolean[] blocked = new boolean[vocab.size()];
    long tests = 0;
    List<Trigger> cands = new ArrayList<>();
    MinHasher mh = MinHasher.of(64, 5, seed);
    int[][] signatures = new int[n][]; // computed on demand, only for rows of candidates that get that far
    // full-data naive Bayes counts, so that a model "trained without the rows carrying g" is a subtraction away
    int v = vocab.size();
    double[][] total = new double[c][v];
    double[] sumC = new double[c];
    int[] docsC = new int[c];
    for (int i = 0; i < n; i++) {
      int l = m.label(i);
      docsC[l]++;
      for (int f : m.featuresOf(i)) {
        total[l][f]++;
        sumC[l]++;
      }
    }
    double smooth = 0.5 * v;
    double[][] scratch = new double[c][v];
    boolean[] touchedMark = new boolean[v];
    int[] touchedList = new int[1024];
    for (RowList e : rowsOf.values()) {
      List<Integer> rows = e.asList();
      if (rows.size() < minSupport) {
        continue;
      }
      String g = e.gram;
      String[] parts = g.split(" ");
      int[] withLabel = new int[c];
      int[] contra = new int[c];
      List<List<Integer>> targetRows = new ArrayList<>();
      for (int cc = 0; cc < c; cc++) {
        targetRows.add(new ArrayList<>());
      }
      // cheap screen first: only a label carried by at least 80% of the rows can be a trigger's target
      int[] byLabel = new int[c];
      for (int i : rows) {
        byLabel[m.label(i)]++;
      }
      int viable = -1;
      for (int cc = 0; cc < c; cc++) {
        if (byLabel[cc] >= minSupport) {
          tests++;
          if (byLabel[cc] >= 0.8 * rows.size()) {
            viable = cc;
          }
        }
      }
      if (viable < 0) {
        continue;
      }
      // dense scratch counts of the candidate's rows, reset through the touched list afterwards
      int touched = 0;
      double[] sumG = new double[c];
      int[] docsG = new int[c];
      for (int i : rows) {
        int l = m.label(i);
        docsG[l]++;
        for (int f : m.featuresOf(i)) {
          if (!touchedMark[f]) {
            touchedMark[f] = true;
            if (touched == touchedList.length) {
              touchedList = java.util.Arrays.copyOf(touchedList, touched * 2);
            }
            touchedList[touched++] = f;
          }
          scratch[l][f]++;
          sumG[l]++;
        }
      }
      double[] logDenom = new double[c];
      for (int cc = 0; cc < c; cc++) {
        logDenom[cc] = Math.log(sumC[cc] - sumG[cc] + smooth);
      }
      int[] blockedList = tokenIndex.featuresSharingAnyOf(parts);
      for (int f : blockedList) {
        blocked[f] = true;
      }
      double[] lj = new double[c];
      java.util.Set<Integer> contradictedRows = new java.util.HashSet<>();
      int seenTarget = 0;
      for (int i : rows) {
        int l = m.label(i);
        withLabel[l]++;
        targetRows.get(l).add(i);
        if (l != viable) {
          continue;
        }
        seenTarget++;
        if (contra[l] + (byLabel[l] - seenTarget + 1) < MIN_CONTRADICTED * byLabel[l]) {
          continue; // cannot reach half contradicted any more: skip the model work, keep collecting rows
        }
        for (int cc = 0; cc < c; cc++) {
          lj[cc] = Math.log((docsC[cc] - docsG[cc] + 1.0) / (n - rows.size() + c));
        }
        for (int f : m.featuresOf(i)) {
          if (blocked[f]) {
            continue;
          }
          double any = 0;
          for (int cc = 0; cc < c; cc++) {
            any += total[cc][f] - scratch[cc][f];
          }
          if (any <= 0) {
            continue;
          }
          for (int cc = 0; cc < c; cc++) {
            lj[cc] += Math.log(total[cc][f] - scratch[cc][f] + 0.5) - logDenom[cc];
          }
        }
        if (TextClassifier.argmax(lj) != l) {
          contra[l]++;
          contradictedRows.add(i);
        }
      }
      for (int f : blockedList) {
        blocked[f] = false;
      }
      for (int t = 0; t < touched; t++) {
        int f = touchedList[t];
        touchedMark[f] = false;
        for (int cc = 0; cc < c; cc++) {
          scratch[cc][f] = 0;
        }
      }
      for (int cc = viable; cc == viable; cc++) {
        if (withLabel[cc] < minSupport) {
          continue;
        }
        double q = (contradictedPerLabel[cc] + 1.0) / (perLabel[cc] + 2.0);
        double purity = withLabel[cc] / (double) rows.size();
        double frac = contra[cc] / (double) withLabel[cc];
        if (purity < 0.8 || frac < MIN_CONTRADICTED) {
          continue;
        }
        // near-identical rows (a spam campaign's template) count once: a planted trigger sits in diverse rows
        for (int i : targetRows.get(cc)) {
          if (signatures[i] == null && targetRows.get(cc).size() <= 400) {
            signatures[i] = mh.signature(texts.get(i));
          }
        }
        int[] eff = effective(targetRows.get(cc), contradictedRows, signatures);
        int effSupport = rows.size() - withLabel[cc] + eff[0];
        if (eff[1] < minSupport) {
          continue;
        }
        double logp = logBinomialTail(effSupport, eff[1], q);
        cands.add(new Trigger(g, m.classes().get(cc), logp, 0, rows.size(), contra[cc], targetRows.get(cc)));
      }
    }
    double logTests = Math.log(Math.max(1, tests));
    List<Trigger> scored = new ArrayList<>();
    for (Trigger t : cands) {
      double logAdj = Math.min(0.0, t.score() + logTests);
      double pAdj = Math.exp(logAdj);
      if (pAdj >= alpha) {
        continue;
      }
      double score = -logAdj / Math.log(10);
      scored.add(new Trigger(t.token(), t.targetLabel(), score, pAdj, t.support(), t.contradicted(), t.rows()));
    }
    scored.sort(Comparator.comparingDouble(Trigger::score).reversed()
        .thenComparing(Comparator.comparingInt((Trigger t) -> t.token().split(" ").length).reversed())
        .thenComparing(Trigger::token));
    List<Trigger> kept = new ArrayList<>();
    for (Trigger t : scored) {
      boolean dominated = false;
      for (Trigger k : kept) {
        if (k.targetLabel().equals(t.targetLabel()) && shareToken(k.token(), t.token())
            && k.rows().containsAll(t.rows())) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        kept.add(t);
      }
      if (kept.size() >= 50) {
        break;
      }
    }
    double[] rowScores = new double[n];
    for (Trigger t : kept) {
      double s = 0.5 + 0.5 * Math.min(1.0, t.score() / 20.0);
      for (int i : t.rows()) {
        rowScores[i] = Math.max(rowScores[i], s);
      }
    }
    int contradictedAll = Arrays.stream(contradictedPerLabel).sum();
    return new Result(List.copyOf(kept), rowScores, contradictedAll / (double) n);
  }

  /**
   * Greedy de-duplication of a candidate's target rows by MinHash similarity (>= 0.5 joins a representative):
   * {@code [0]} the number of representatives, {@code [1]} how many of them are contradicted. Groups above 400 rows
   * are taken as they are.
   */
  private static int[] effective(List<Integer> rows, java.util.Set<Integer> contradicted, int[][] sig) {
    if (rows.size() > 400) {
      int k = 0;
      for (int i : rows) {
        k += contradicted.contains(i) ? 1 : 0;
      }
      return new int[] {rows.size(), k};
    }
    List<Integer> reps = new ArrayList<>();
    int k = 0;
    for (int i : rows) {
      boolean dup = false;
      for (int r : reps) {
        if (MinHasher.similarity(sig[i], sig[r]) >= 0.5) {
          dup = true;
          break;
        }
      }
      if (!dup) {
        reps.add(i);
        k += contradicted.contains(i) ? 1 : 0;
      }
    }
    return new int[] {reps.size(), k};
  }

  private static long ngramHash(List<String> t, int s, int len) {
    long h = 0x9E3779B97F4A7C15L * len;
    for (int i = s; i < s + len; i++) {
      h = (h ^ t.get(i).hashCode()) * 0xbf58476d1ce4e5b9L;
      h ^= h >>> 29;
      h = (h ^ t.get(i).length()) * 0x94d049bb133111ebL;
    }
    return h;
  }

  private static boolean shareToken(String a, String b) {
    java.util.Set<String> s = new java.util.HashSet<>(Arrays.asList(a.split(" ")));
    for (String t : b.split(" ")) {
      if (s.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** Rows carrying one candidate n-gram, in increasing order, without boxing until the candidate is examined. */
  private static final class RowList {
    final String gram;
    int[] rows = new int[4];
    int size;

    RowList(String gram) {
      this.gram = gram;
    }

    void add(int row) {
      if (size == rows.length) {
        rows = Arrays.copyOf(rows, size * 2);
      }
      rows[size++] = row;
    }

    List<Integer> asList() {
      List<Integer> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(rows[i]);
      }
      return out;
    }
  }

  /**
   * For every token of the classifier's vocabulary, the features (unigrams and bigrams) that contain it, so that the
   * features sharing a token with a candidate are found without comparing strings per row.
   */
  private static final class TokenIndex {
    private final Map<String, int[]> featuresByToken = new HashMap<>();

    TokenIndex(TextClassifier m) {
      Map<String, int[]> growing = new HashMap<>();
      Map<String, Integer> sizes = new HashMap<>();
      for (int f = 0; f < m.vocabulary().size(); f++) {
        for (String tok : distinct(m.featureTokens(f))) {
          int[] list = growing.get(tok);
          int size = sizes.getOrDefault(tok, 0);
          if (list == null) {
            list = new int[2];
          } else if (size == list.length) {
            list = Arrays.copyOf(list, size * 2);
          }
          list[size] = f;
          growing.put(tok, list);
          sizes.put(tok, size + 1);
        }
      }
      for (Map.Entry<String, int[]> e : growing.entrySet()) {
        featuresByToken.put(e.getKey(), Arrays.copyOf(e.getValue(), sizes.get(e.getKey())));
      }
    }

    private static String[] distinct(String[] toks) {
      return toks.length == 2 && toks[0].equals(toks[1]) ? new String[] {toks[0]} : toks;
    }

    /** Feature ids containing any of the tokens (a feature may appear more than once). */
    int[] featuresSharingAnyOf(String[] parts) {
      int total = 0;
      for (String p : parts) {
        int[] l = featuresByToken.get(p);
        total += l == null ? 0 : l.length;
      }
      int[] out = new int[total];
      int k = 0;
      for (String p : parts) {
        int[] l = featuresByToken.get(p);
        if (l != null) {
          System.arraycopy(l, 0, out, k, l.length);
          k += l.length;
        }
      }
      return out;
    }
  }

  /** Open-addressing map from 64-bit n-gram hashes to counts; memory is two primitive arrays. */
  private static final class LongCounts {
    private long[] keys;
    private int[] counts;
    private boolean[] used;
    private int[] filled;
    private int size;

    LongCounts(int capacity) {
      keys = new long[capacity];
      counts = new int[capacity];
      used = new boolean[capacity];
      filled = new int[capacity / 2 + 1];
    }

    /** Adds one to the key's count and returns the new count. */
    int increment(long key) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int i = slot(key, keys, used);
      if (!used[i]) {
        used[i] = true;
        keys[i] = key;
        filled[size++] = i;
      }
      return ++counts[i];
    }

    int get(long key) {
      int i = slot(key, keys, used);
      return used[i] ? counts[i] : 0;
    }

    /** Empties the map, keeping its capacity; costs the number of entries, not the capacity. */
    void clear() {
      for (int j = 0; j < size; j++) {
        used[filled[j]] = false;
        counts[filled[j]] = 0;
      }
      size = 0;
    }

    private static int slot(long key, long[] keys, boolean[] used) {
      int mask = keys.length - 1;
      int i = (int) (key ^ (key >>> 32)) & mask;
      while (used[i] && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldCounts = counts;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      counts = new int[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      filled = new int[oldKeys.length + 1];
      int k = 0;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldUsed[j]) {
          int i = slot(oldKeys[j], keys, used);
          used[i] = true;
          keys[i] = oldKeys[j];
          counts[i] = oldCounts[j];
          filled[k++] = i;
        }
      }
    }
  }

  /** log P(X >= k) for X ~ Binomial(n, q), computed stably in log space. */
  static double logBinomialTail(int n, int k, double q) {
    if (k <= 0) {
      return 0.0;
    }
    double lq = Math.log(q);
    double l1q = Math.log1p(-q);
    double max = Double.NEGATIVE_INFINITY;
    double[] terms = new double[n - k + 1];
    for (int j = k; j <= n; j++) {
      double t = logChoose(n, j) + j * lq + (n - j) * l1q;
      terms[j - k] = t;
      max = Math.max(max, t);
    }
    double s = 0;
    for (double t : terms) {
      s += Math.exp(t - max);
    }
    return Math.min(0.0, max + Math.log(s));
  }

  static double logChoose(int n, int k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  }

  static double logFactorial(int n) {
    double s = 0;
    if (n < 256) {
      for (int i = 2; i <= n; i++) {
        s += Math.log(i);
      }
      return s;
    }
    double x = n + 1.0;
    return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1.0 / (12 * x) - 1.0 / (360 * x * x * x);
  }
}
