package dev.aisec.data.poison;

import dev.aisec.data.poison.internal.Stats;
import java.util.SplittableRandom;

/**
 * Isolation Forest (Liu, Ting and Zhou, 2008): an ensemble of random trees, each grown on a random subsample until
 * rows are isolated or a depth limit of {@code ceil(log2(subsample))} is reached. Anomalous rows are isolated in
 * fewer splits; the score is {@code 2^(-E[h(x)] / c(psi))} in (0, 1]. Split features are drawn among the features
 * that vary in the node. Deterministic for a fixed seed; defaults are 100 trees and subsample 256.
 */
public final class IsolationForestDetector implements OutlierDetector {

  private final int trees;
  private final int subsample;
  private final long seed;

  private IsolationForestDetector(int trees, int subsample, long seed) {
    if (trees < 1) {
      throw new IllegalArgumentException("trees must be >= 1");
    }
    if (subsample < 2) {
      throw new IllegalArgumentException("subsample must be >= 2");
    }
    this.trees = trees;
    this.subsample = subsample;
    this.seed = seed;
  }

  /** 100 trees, subsample 256, seed 42. */
  public static IsolationForestDetector standard() {
    return new IsolationForestDetector(100, 256, 42L);
  }

  /** A forest with the given parameters. */
  public static IsolationForestDetector of(int trees, int subsample, long seed) {
    return new IsolationForestDetector(trees, subsample, seed);
  }

  @Override
  public String id() {
    return "iforest";
  }

  static double c(int n) {
    if (n <= 1) {
      return 0.0;
    }
    if (n == 2) {
      return 1.0;
    }
    return 2.0 * (Math.log(n - 1.0) + 0.5772156649015329) - 2.0 * (n - 1.0) / n;
  }

  @Override
  public OutlierModel fit(double[][] data) {
    Matrices.validate(data, "data");
    int[] order = Stats.canonicalOrder(data);
    return fitOrdered(Stats.reorder(data, order), order);
  }

  private OutlierModel fitOrdered(double[][] data, int[] order) {
    int d = data[0].length;
    int n = data.length;
    int psi = Math.min(subsample, n);
    int maxDepth = (int) Math.ceil(Math.log(Math.max(psi, 2)) / Math.log(2));
    SplittableRandom rnd = new SplittableRandom(seed);
    Tree[] forest = new Tree[trees];
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int t = 0; t < trees; t++) {
      // partial Fisher-Yates for a sample without replacement
      for (int i = 0; i < psi; i++) {
        int j = i + rnd.nextInt(n - i);
        int tmp = perm[i];
        perm[i] = perm[j];
        perm[j] = tmp;
      }
      int[] idx = new int[psi];
      System.arraycopy(perm, 0, idx, 0, psi);
      forest[t] = Tree.grow(data, idx, d, maxDepth, rnd);
    }
    Model m = new Model(d, forest, c(psi));
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      copy[i] = data[i].clone();
    }
    m.trainingRows = copy;
    m.order = order;
    return m;
  }

  /** Array-backed isolation tree. Leaves point to themselves and store the adjusted path length in plen. */
  private static final class Tree {
    int[] feature;
    double[] threshold;
    int[] left;
    int[] right;
    double[] plen;
    int size;
    int depth;

    static Tree grow(double[][] x, int[] idx, int d, int maxDepth, SplittableRandom rnd) {
      Tree t = new Tree();
      int cap = 2 * idx.length + 1;
      t.feature = new int[cap];
      t.threshold = new double[cap];
      t.left = new int[cap];
      t.right = new int[cap];
      t.plen = new double[cap];
      double[] lo = new double[d];
      double[] hi = new double[d];
      int[] cand = new int[d];
      t.build(x, idx, 0, idx.length, 0, maxDepth, rnd, lo, hi, cand);
      return t;
    }

    private int build(double[][] x, int[] idx, int from, int to, int depth, int maxDepth, SplittableRandom rnd,
        double[] lo, double[] hi, int[] cand) {
      int node = size++;
      int count = to - from;
      this.depth = Math.max(this.depth, depth);
      if (depth >= maxDepth || count <= 1) {
        return leaf(node, depth, count);
      }
      int d = lo.length;
      for (int j = 0; j < d; j++) {
        lo[j] = Double.POSITIVE_INFINITY;
        hi[j] = Double.NEGATIVE_INFINITY;
      }
      for (int i = from; i < to; i++) {
        double[] r = x[idx[i]];
        for (int j = 0; j < d; j++) {
          double v = r[j];
          if (v < lo[j]) {
            lo[j] = v;
          }
          if (v > hi[j]) {
            hi[j] = v;
          }
        }
      }
      int nc = 0;
      for (int j = 0; j < d; j++) {
        if (hi[j] > lo[j]) {
          cand[nc++] = j;
        }
      }
      if (nc == 0) {
        return leaf(node, depth, count);
      }
      int f = cand[rnd.nextInt(nc)];
      double a = lo[f];
      double b = hi[f];
      double split = a + rnd.nextDouble() * (b - a);
      if (split <= a) {
        split = Math.nextUp(a);
      }
      int i = from;
      int j = to - 1;
      while (i <= j) {
        if (x[idx[i]][f] < split) {
          i++;
        } else {
          int tmp = idx[i];
          idx[i] = idx[j];
          idx[j] = tmp;
          j--;
        }
      }
      feature[node] = f;
      threshold[node] = split;
      left[node] = build(x, idx, from, i, depth + 1, maxDepth, rnd, lo, hi, cand);
      right[node] = build(x, idx, i, to, depth + 1, maxDepth, rnd, lo, hi, cand);
      return node;
    }

    private int leaf(int node, int depth, int count) {
      feature[node] = 0;
      threshold[node] = 0.0;
      left[node] = node;
      right[node] = node;
      plen[node] = depth + c(count);
      return node;
    }
  }

  private static final class Model implements OutlierModel {
    private final int d;
    private final Tree[] forest;
    private final double cn;
    private volatile double[] training;
    private double[][] trainingRows;
    private int[] order;

    Model(int d, Tree[] forest, double cn) {
      this.d = d;
      this.forest = forest;
      this.cn = cn;
    }

    double[] scoreUnchecked(double[][] rows) {
      double[] o = new double[rows.length];
      double denom = cn > 0 ? cn : 1.0;
      // tree-major: one small tree stays in cache while the rows stream past it
      for (Tree t : forest) {
        int[] feature = t.feature;
        double[] threshold = t.threshold;
        int[] left = t.left;
        int[] right = t.right;
        double[] plen = t.plen;
        int depth = t.depth;
        // leaves loop to themselves, so every row takes exactly `depth` branch-free steps
        for (int i = 0; i < rows.length; i++) {
          double[] r = rows[i];
          int node = 0;
          for (int k = 0; k < depth; k++) {
            int l = left[node];
            int rr = right[node];
            node = r[feature[node]] < threshold[node] ? l : rr;
          }
          o[i] += plen[node];
        }
      }
      double scale = -1.0 / (forest.length * denom);
      for (int i = 0; i < rows.length; i++) {
        o[i] = Math.pow(2.0, o[i] * scale);
      }
      return o;
    }

    @Override
    public int dimensions() {
      return d;
    }

    /** Training scores are computed on first use (fitting alone does not pay for scoring every row). */
    @Override
    public double[] trainingScores() {
      double[] t = training;
      if (t == null) {
        synchronized (this) {
          t = training;
          if (t == null) {
            t = Stats.unorder(scoreUnchecked(trainingRows), order);
            training = t;
            trainingRows = null;
          }
        }
      }
      return t.clone();
    }

    @Override
    public double[] score(double[][] rows) {
      Matrices.validateRows(rows, d);
      return scoreUnchecked(rows);
    }
  }
}
