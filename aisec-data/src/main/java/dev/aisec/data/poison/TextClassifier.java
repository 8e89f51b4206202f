package dev.aisec.data.poison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Out-of-fold naive Bayes over text: binarised multinomial naive Bayes on unigram and bigram features of
 * {@link TextTokens}, with additive smoothing, evaluated with k-fold cross-fitting so that every row's class
 * probabilities come from a model that never saw that row. Keeps, per row, the fold model's per-class
 * log-likelihood so that checks can ask "what would the model say without these features?" (used by
 * {@link BackdoorDetector}). Immutable after construction; deterministic for a fixed seed.
 */
public final class TextClassifier {

  private static final double ALPHA = 0.5;

  private final List<String> classes;
  private final int[] y;
  private final int[][] docFeatures;
  private final Map<String, Integer> vocab;
  private final int[] fold;
  private final double[][][] logTheta; // [fold][class][feature]
  private final double[][] logPrior; // [fold][class]
  private final double[][] logLik; // [row][class] full log-joint under the row's fold model
  private final double[][] proba; // [row][class]

  private TextClassifier(List<String> classes, int[] y, int[][] docFeatures, Map<String, Integer> vocab, int[] fold,
      double[][][] logTheta, double[][] logPrior, double[][] logLik, double[][] proba) {
    this.classes = classes;
    this.y = y;
    this.docFeatures = docFeatures;
    this.vocab = vocab;
    this.fold = fold;
    this.logTheta = logTheta;
    this.logPrior = logPrior;
    this.logLik = logLik;
    this.proba = proba;
  }

  /** Cross-fits naive Bayes on {@code texts} with {@code labels} (same length, at least 2 rows and 2 classes). */
  public static TextClassifier crossFit(List<String> texts, List<String> labels, int folds, long seed) {
    return crossFit(texts, labels, folds, seed, null);
  }

  /**
   * As {@link #crossFit(List, List, int, long)}, but rows with {@code exclude[i]} true do not train any fold model
   * (they are still scored).
   */
  public static TextClassifier crossFit(List<String> texts, List<String> labels, int folds, long seed,
      boolean[] exclude) {
    if (texts == null || labels == null || texts.size() != labels.size()) {
      throw new IllegalArgumentException("texts and labels must be non-null and of equal length");
    }
    int n = texts.size();
    if (n < 2) {
      throw new IllegalArgumentException("texts must have at least 2 rows");
    }
    List<String> classes = new ArrayList<>();
    Map<String, Integer> classIdx = new HashMap<>();
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      String l = labels.get(i);
      if (l == null) {
        throw new IllegalArgumentException("labels row " + i + " is null");
      }
      Integer c = classIdx.get(l);
      if (c == null) {
        c = classes.size();
        classIdx.put(l, c);
        classes.add(l);
      }
      y[i] = c;
    }
    if (classes.size() < 2) {
      throw new IllegalArgumentException("labels must hold at least 2 classes");
    }
    // features carried by a single row never inform an out-of-fold prediction: they are dropped to save memory
    List<List<String>> feats = new ArrayList<>(n);
    Map<String, Integer> df = new HashMap<>();
    for (int i = 0; i < n; i++) {
      List<String> f = TextTokens.features(TextTokens.tokens(texts.get(i)));
      feats.add(f);
      for (String x : f) {
        df.merge(x, 1, Integer::sum);
      }
    }
    Map<String, Integer> vocab = new HashMap<>();
    int[][] docFeatures = new int[n][];
    for (int i = 0; i < n; i++) {
      List<String> f = feats.get(i);
      int[] ids = new int[f.size()];
      int m = 0;
      for (String x : f) {
        if (df.get(x) >= 2) {
          ids[m++] = vocab.computeIfAbsent(x, s -> vocab.size());
        }
      }
      docFeatures[i] = java.util.Arrays.copyOf(ids, m);
      feats.set(i, null);
    }
    df = null;
    int v = vocab.size();
    int c = classes.size();
    int k = Math.max(2, Math.min(folds, n));
    int[] fold = new int[n];
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    for (int i = 0; i < n; i++) {
      fold[perm[i]] = i % k;
    }
    double[][] total = new double[c][v];
    double[][][] perFold = new double[k][c][v];
    int[][] docsPerFold = new int[k][c];
    for (int i = 0; i < n; i++) {
      if (exclude != null && exclude[i]) {
        continue;
      }
      docsPerFold[fold[i]][y[i]]++;
      for (int f : docFeatures[i]) {
        total[y[i]][f]++;
        perFold[fold[i]][y[i]][f]++;
      }
    }
    double[][][] logTheta = new double[k][c][v];
    double[][] logPrior = new double[k][c];
    for (int fo = 0; fo < k; fo++) {
      int docs = 0;
      int[] classDocs = new int[c];
      for (int fo2 = 0; fo2 < k; fo2++) {
        if (fo2 != fo) {
          for (int cc = 0; cc < c; cc++) {
            classDocs[cc] += docsPerFold[fo2][cc];
            docs += docsPerFold[fo2][cc];
          }
        }
      }
      boolean[] seen = new boolean[v];
      for (int cc = 0; cc < c; cc++) {
        for (int f = 0; f < v; f++) {
          if (total[cc][f] - perFold[fo][cc][f] > 0) {
            seen[f] = true;
          }
        }
      }
      for (int cc = 0; cc < c; cc++) {
        logPrior[fo][cc] = Math.log((classDocs[cc] + 1.0) / (docs + c));
        double sum = 0;
        double[] cnt = new double[v];
        int vs = 0;
        for (int f = 0; f < v; f++) {
          cnt[f] = total[cc][f] - perFold[fo][cc][f];
          sum += cnt[f];
          if (seen[f]) {
            vs++;
          }
        }
        double denom = Math.log(sum + ALPHA * vs);
        for (int f = 0; f < v; f++) {
          // features never seen while training this fold carry no evidence (otherwise the smaller class wins them)
          logTheta[fo][cc][f] = seen[f] ? Math.log(cnt[f] + ALPHA) - denom : 0.0;
        }
      }
    }
    double[][] logLik = new double[n][c];
    double[][] proba = new double[n][c];
    for (int i = 0; i < n; i++) {
      int fo = fold[i];
      for (int cc = 0; cc < c; cc++) {
        double s = logPrior[fo][cc];
        for (int f : docFeatures[i]) {
          s += logTheta[fo][cc][f];
        }
        logLik[i][cc] = s;
      }
      proba[i] = softmax(logLik[i]);
    }
    return new TextClassifier(List.copyOf(classes), y, docFeatures, vocab, fold, logTheta, logPrior, logLik, proba);
  }

  static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] p = new double[z.length];
    double s = 0;
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      s += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= s;
    }
    return p;
  }

  /** The class names, in index order. */
  public List<String> classes() {
    return classes;
  }

  /** The class index of each row's given label. */
  public int[] labelIndex() {
    return y.clone();
  }

  /** Out-of-fold class probabilities, [row][class]. */
  public double[][] probabilities() {
    double[][] c = new double[proba.length][];
    for (int i = 0; i < proba.length; i++) {
      c[i] = proba[i].clone();
    }
    return c;
  }

  int rows() {
    return y.length;
  }

  int label(int row) {
    return y[row];
  }

  int[] featuresOf(int row) {
    return docFeatures[row];
  }

  Map<String, Integer> vocabulary() {
    return vocab;
  }

  private volatile String[][] featureTokens;

  /** The tokens of feature {@code f} (one for a unigram, two for a bigram). */
  String[] featureTokens(int f) {
    String[][] ft = featureTokens;
    if (ft == null) {
      ft = new String[vocab.size()][];
      for (Map.Entry<String, Integer> e : vocab.entrySet()) {
        ft[e.getValue()] = e.getKey().split(" ");
      }
      featureTokens = ft;
    }
    return ft[f];
  }

  /** The row's out-of-fold log-joint per class with the given features' contributions removed. */
  double[] logJointWithout(int row, int[] removed, int removedCount) {
    int fo = fold[row];
    double[] s = logLik[row].clone();
    for (int r = 0; r < removedCount; r++) {
      int f = removed[r];
      for (int cc = 0; cc < s.length; cc++) {
        s[cc] -= logTheta[fo][cc][f];
      }
    }
    return s;
  }

  /** Index of the largest value. */
  static int argmax(double[] v) {
    int b = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[b]) {
        b = i;
      }
    }
    return b;
  }
}
