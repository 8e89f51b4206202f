package dev.aisec.data.poison;

import dev.aisec.data.poison.internal.Stats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Out-of-fold multinomial logistic regression for numeric or embedding rows: z-scored features, L2 penalty 1e-3,
 * full-batch gradient descent with a fixed step (300 iterations), k-fold cross-fitting so every row's probabilities
 * come from a model that never saw it. Deterministic for a fixed seed.
 */
public final class NumericClassifier {

  private final List<String> classes;
  private final int[] y;
  private final double[][] proba;

  private NumericClassifier(List<String> classes, int[] y, double[][] proba) {
    this.classes = classes;
    this.y = y;
    this.proba = proba;
  }

  /** Cross-fits on {@code x} with {@code labels}. */
  public static NumericClassifier crossFit(double[][] x, List<String> labels, int folds, long seed) {
    Matrices.validate(x, "x");
    if (labels == null || labels.size() != x.length) {
      throw new IllegalArgumentException("labels must have one entry per row");
    }
    int n = x.length;
    List<String> classes = new ArrayList<>();
    Map<String, Integer> idx = new HashMap<>();
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      String l = labels.get(i);
      if (l == null) {
        throw new IllegalArgumentException("labels row " + i + " is null");
      }
      y[i] = idx.computeIfAbsent(l, s -> {
        classes.add(s);
        return classes.size() - 1;
      });
    }
    if (classes.size() < 2) {
      throw new IllegalArgumentException("labels must hold at least 2 classes");
    }
    if (classes.size() > n / 2 && n >= 200) {
      // an id-like column: 5,000 rows with 5,000 labels ran for hours (cost grows with classes x rows x features)
      throw new IllegalArgumentException("labels hold " + classes.size() + " distinct values for " + n
          + " rows; a class needs several rows (is the label column an id?)");
    }
    if ((double) classes.size() * n * (x[0].length + 1) > 1e9) {
      throw new IllegalArgumentException("too large for the built-in numeric model: " + classes.size() + " classes x "
          + n + " rows x " + x[0].length + " features; sample the rows or merge classes");
    }
    double[][] z = Stats.Scaler.zscore(x).apply(x);
    int k = Math.max(2, Math.min(folds, n));
    int[] fold = new int[n];
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    for (int i = 0; i < n; i++) {
      fold[perm[i]] = i % k;
    }
    int c = classes.size();
    int d = z[0].length;
    double[][] proba = new double[n][];
    for (int fo = 0; fo < k; fo++) {
      double[][] w = new double[c][d + 1];
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (fold[i] != fo) {
          m++;
        }
      }
      double lr = 0.5;
      double[][] grad = new double[c][d + 1];
      for (int iter = 0; iter < 300; iter++) {
        for (double[] g : grad) {
          java.util.Arrays.fill(g, 0);
        }
        for (int i = 0; i < n; i++) {
          if (fold[i] == fo) {
            continue;
          }
          double[] p = predict(w, z[i]);
          for (int cc = 0; cc < c; cc++) {
            double e = p[cc] - (y[i] == cc ? 1 : 0);
            double[] g = grad[cc];
            for (int j = 0; j < d; j++) {
              g[j] += e * z[i][j];
            }
            g[d] += e;
          }
        }
        for (int cc = 0; cc < c; cc++) {
          for (int j = 0; j <= d; j++) {
            double reg = j < d ? 1e-3 * w[cc][j] : 0;
            w[cc][j] -= lr * (grad[cc][j] / m + reg);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (fold[i] == fo) {
          proba[i] = predict(w, z[i]);
        }
      }
    }
    return new NumericClassifier(List.copyOf(classes), y, proba);
  }

  private static double[] predict(double[][] w, double[] x) {
    int c = w.length;
    int d = x.length;
    double[] s = new double[c];
    for (int cc = 0; cc < c; cc++) {
      double v = w[cc][d];
      for (int j = 0; j < d; j++) {
        v += w[cc][j] * x[j];
      }
      s[cc] = v;
    }
    return TextClassifier.softmax(s);
  }

  public List<String> classes() {
    return classes;
  }

  public int[] labelIndex() {
    return y.clone();
  }

  public double[][] probabilities() {
    double[][] c = new double[proba.length][];
    for (int i = 0; i < proba.length; i++) {
      c[i] = proba[i].clone();
    }
    return c;
  }
}
