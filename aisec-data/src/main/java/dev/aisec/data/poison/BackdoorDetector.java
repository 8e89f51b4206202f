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
 * is below {@code alpha}, at least {@code minSupport} distinct contradicted rows carry it, at least half of its
 * rows with label L are contradicted, and at least 80% of its rows carry L. Candidates are ranked by {@code score = -log10(corrected
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
    java.util.HashMap<Long, int[]> dfByHash = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      List<String> t = TextTokens.tokens(texts.get(i));
      toks.add(t);
      java.util.Set<Long> seen = new java.util.HashSet<>();
      for (int len = 1; len <= 3; len++) {
        for (int s = 0; s + len <= t.size(); s++) {
          long h = ngramHash(t, s, len);
          if (seen.add(h)) {
            dfByHash.computeIfAbsent(h, k -> new int[1])[0]++;
          }
        }
      }
    }
    Map<String, List<Integer>> rowsOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      List<String> t = toks.get(i);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int len = 1; len <= 3; len++) {
        for (int s = 0; s + len <= t.size(); s++) {
          if (dfByHash.get(ngramHash(t, s, len))[0] < minSupport) {
            continue;
          }
          String g = String.join(" ", t.subList(s, s + len));
          if (seen.add(g)) {
            rowsOf.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
          }
        }
      }
    }
    dfByHash = null;
    long tests = 0;
    List<Trigger> cands = new ArrayList<>();
    MinHasher mh = MinHasher.of(64, 5, seed);
    int[][] signatures = new int[n][];
    for (int i = 0; i < n; i++) {
      signatures[i] = mh.signature(texts.get(i));
    }
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
    for (Map.Entry<String, List<Integer>> e : rowsOf.entrySet()) {
      List<Integer> rows = e.getValue();
      if (rows.size() < minSupport) {
        continue;
      }
      String g = e.getKey();
      String[] parts = g.split(" ");
      int[] withLabel = new int[c];
      int[] contra = new int[c];
      List<List<Integer>> targetRows = new ArrayList<>();
      for (int cc = 0; cc < c; cc++) {
        targetRows.add(new ArrayList<>());
      }
      Map<Integer, double[]> cntG = new HashMap<>();
      double[] sumG = new double[c];
      int[] docsG = new int[c];
      for (int i : rows) {
        int l = m.label(i);
        docsG[l]++;
        for (int f : m.featuresOf(i)) {
          cntG.computeIfAbsent(f, k -> new double[c])[l]++;
          sumG[l]++;
        }
      }
      double[] lj = new double[c];
      java.util.Set<Integer> contradictedRows = new java.util.HashSet<>();
      for (int i : rows) {
        int l = m.label(i);
        withLabel[l]++;
        targetRows.get(l).add(i);
        for (int cc = 0; cc < c; cc++) {
          lj[cc] = Math.log((docsC[cc] - docsG[cc] + 1.0) / (n - rows.size() + c));
        }
        for (int f : m.featuresOf(i)) {
          if (sharesToken(f, parts, vocab, m)) {
            continue;
          }
          double[] cg = cntG.get(f);
          double any = 0;
          for (int cc = 0; cc < c; cc++) {
            any += total[cc][f] - cg[cc];
          }
          if (any <= 0) {
            continue;
          }
          for (int cc = 0; cc < c; cc++) {
            lj[cc] += Math.log(total[cc][f] - cg[cc] + 0.5) - Math.log(sumC[cc] - sumG[cc] + smooth);
          }
        }
        if (TextClassifier.argmax(lj) != l) {
          contra[l]++;
          contradictedRows.add(i);
        }
      }
      for (int cc = 0; cc < c; cc++) {
        if (withLabel[cc] < minSupport) {
          continue;
        }
        tests++;
        double q = (contradictedPerLabel[cc] + 1.0) / (perLabel[cc] + 2.0);
        double purity = withLabel[cc] / (double) rows.size();
        double frac = contra[cc] / (double) withLabel[cc];
        if (purity < 0.8 || frac < 0.5) {
          continue;
        }
        // near-identical rows (a spam campaign's template) count once: a planted trigger sits in diverse rows
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

  private static boolean sharesToken(int feature, String[] parts, Map<String, Integer> vocab, TextClassifier m) {
    String[] ft = m.featureTokens(feature);
    for (String a : ft) {
      for (String b : parts) {
        if (a.equals(b)) {
          return true;
        }
      }
    }
    return false;
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
