package dev.aisec.data.poison;

import dev.aisec.data.poison.internal.Stats;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Cluster-based local outlier score in the style of CBLOF (He, Xu and Deng, 2003), the cluster-aware member of the
 * default ensemble. Rows are z-scored and clustered with seeded k-means++ (8 clusters by default, fitted on at most
 * 10,000 rows). Clusters are split into large and small: large clusters cover 90% of the rows, or end where the next
 * cluster is 5 times smaller. A row in a large cluster scores its distance to its own centre; a row in a small
 * cluster scores its distance to the nearest large-cluster centre; the score is averaged over 5 k-means runs with
 * seeds derived from the detector's seed, which keeps it stable, so a tight little cluster of poison planted
 * between the real clusters scores high although every global method finds it unremarkable. Deterministic for a
 * fixed seed.
 */
public final class ClusterDetector implements OutlierDetector {

  private final int clusters;
  private final long seed;

  private ClusterDetector(int clusters, long seed) {
    if (clusters < 2) {
      throw new IllegalArgumentException("clusters must be >= 2");
    }
    this.clusters = clusters;
    this.seed = seed;
  }

  /** 8 clusters, seed 42. */
  public static ClusterDetector standard() {
    return new ClusterDetector(8, 42L);
  }

  /** A detector with the given number of clusters and seed. */
  public static ClusterDetector of(int clusters, long seed) {
    return new ClusterDetector(clusters, seed);
  }

  @Override
  public String id() {
    return "cluster";
  }

  @Override
  public ClusterModel fit(double[][] input) {
    int dAll = Matrices.validate(input, "data");
    int[] order = Stats.canonicalOrder(input);
    double[][] data = Stats.reorder(input, order);
    Stats.Scaler scaler = Stats.Scaler.zscore(data);
    double[][] x = scaler.apply(data);
    int n = x.length;
    int d = scaler.dims();
    double[][][] centresPerRun = new double[RUNS][][];
    boolean[][] largePerRun = new boolean[RUNS][];
    double[] sortedScores = new double[n];
    double[] sortedSmall = new double[n];
    for (int run = 0; run < RUNS; run++) {
      SplittableRandom rnd = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * run);
      double[][] fitRows = x;
      if (n > 10_000) {
        fitRows = new double[10_000][];
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
          perm[i] = i;
        }
        for (int i = 0; i < 10_000; i++) {
          int j = i + rnd.nextInt(n - i);
          int t = perm[i];
          perm[i] = perm[j];
          perm[j] = t;
          fitRows[i] = x[perm[i]];
        }
      }
      int k = Math.max(1, Math.min(clusters, distinctUpTo(fitRows, clusters)));
      double[][] centres = kmeans(fitRows, k, d, rnd);
      int[] assign = new int[n];
      int[] size = new int[k];
      for (int i = 0; i < n; i++) {
        assign[i] = nearest(centres, x[i]);
        size[assign[i]]++;
      }
      boolean[] large = largeClusters(size, n);
      for (int i = 0; i < n; i++) {
        sortedScores[i] += rowScore(centres, large, assign[i], x[i]) / RUNS;
        sortedSmall[i] += large[assign[i]] ? 0 : 1.0 / RUNS;
      }
      centresPerRun[run] = centres;
      largePerRun[run] = large;
    }
    return new ClusterModel(dAll, scaler, centresPerRun, largePerRun, Stats.unorder(sortedScores, order),
        Stats.unorder(sortedSmall, order));
  }

  /** Number of k-means runs averaged (with different seeds derived from the detector's seed). */
  static final int RUNS = 5;

  /**
   * The fitted model. Besides scores it tells, per training row, the share of k-means runs that put the row in a
   * small cluster ({@link #trainingGate()}), which the ensemble uses to let only clustered rows dominate.
   */
  public static final class ClusterModel implements GatedModel {
    private final int dAll;
    private final Stats.Scaler scaler;
    private final double[][][] centres;
    private final boolean[][] large;
    private final double[] train;
    private final double[] small;

    ClusterModel(int dAll, Stats.Scaler scaler, double[][][] centres, boolean[][] large, double[] train,
        double[] small) {
      this.dAll = dAll;
      this.scaler = scaler;
      this.centres = centres;
      this.large = large;
      this.train = train;
      this.small = small;
    }

    @Override
    public int dimensions() {
      return dAll;
    }

    @Override
    public double[] trainingScores() {
      return train.clone();
    }

    /** Share of runs (0..1) that placed each training row in a small cluster. */
    @Override
    public double[] trainingGate() {
      return small.clone();
    }

    @Override
    public double[] score(double[][] rows) {
      return scoreAndGate(rows)[0];
    }

    /** Scores and small-cluster shares of new rows: {@code [0]} scores, {@code [1]} shares. */
    @Override
    public double[][] scoreAndGate(double[][] rows) {
      Matrices.validateRows(rows, dAll);
      double[] o = new double[rows.length];
      double[] sh = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        double[] z = scaler.apply(rows[i]);
        for (int run = 0; run < centres.length; run++) {
          int own = nearest(centres[run], z);
          o[i] += rowScore(centres[run], large[run], own, z) / centres.length;
          sh[i] += large[run][own] ? 0 : 1.0 / centres.length;
        }
      }
      return new double[][] {o, sh};
    }
  }

  private static int distinctUpTo(double[][] x, int limit) {
    java.util.Set<java.util.List<Double>> seen = new java.util.HashSet<>();
    for (double[] r : x) {
      java.util.List<Double> key = new java.util.ArrayList<>(r.length);
      for (double v : r) {
        key.add(v);
      }
      seen.add(key);
      if (seen.size() >= limit) {
        return limit;
      }
    }
    return seen.size();
  }

  static boolean[] largeClusters(int[] size, int n) {
    int k = size.length;
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(size[b], size[a]));
    boolean[] large = new boolean[k];
    long cum = 0;
    for (int r = 0; r < k; r++) {
      int c = order[r];
      large[c] = true;
      cum += size[c];
      if (cum >= 0.9 * n) {
        break;
      }
      if (r + 1 < k && size[order[r + 1]] > 0 && size[c] / (double) size[order[r + 1]] >= 5.0) {
        break;
      }
    }
    return large;
  }

  private static double rowScore(double[][] centres, boolean[] large, int own, double[] z) {
    if (large[own]) {
      return Math.sqrt(dist2(centres[own], z));
    }
    double best = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centres.length; c++) {
      if (large[c]) {
        best = Math.min(best, dist2(centres[c], z));
      }
    }
    return Math.sqrt(best);
  }

  static double dist2(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      double t = a[j] - b[j];
      s += t * t;
    }
    return s;
  }

  static int nearest(double[][] centres, double[] z) {
    int best = 0;
    double bd = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centres.length; c++) {
      double dd = dist2(centres[c], z);
      if (dd < bd) {
        bd = dd;
        best = c;
      }
    }
    return best;
  }

  /** Seeded k-means++ followed by Lloyd iterations. */
  static double[][] kmeans(double[][] x, int k, int d, SplittableRandom rnd) {
    int n = x.length;
    double[][] c = new double[k][];
    c[0] = x[rnd.nextInt(n)].clone();
    double[] dmin = new double[n];
    Arrays.fill(dmin, Double.POSITIVE_INFINITY);
    for (int m = 1; m < k; m++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        dmin[i] = Math.min(dmin[i], dist2(x[i], c[m - 1]));
        total += dmin[i];
      }
      int pick = rnd.nextInt(n);
      if (total > 0) {
        double r = rnd.nextDouble() * total;
        double acc = 0;
        for (int i = 0; i < n; i++) {
          acc += dmin[i];
          if (acc >= r) {
            pick = i;
            break;
          }
        }
      }
      c[m] = x[pick].clone();
    }
    int[] assign = new int[n];
    for (int iter = 0; iter < 50; iter++) {
      boolean changed = iter == 0;
      for (int i = 0; i < n; i++) {
        int a = nearest(c, x[i]);
        if (a != assign[i]) {
          assign[i] = a;
          changed = true;
        }
      }
      double[][] sum = new double[k][d];
      int[] cnt = new int[k];
      for (int i = 0; i < n; i++) {
        cnt[assign[i]]++;
        double[] s = sum[assign[i]];
        for (int j = 0; j < d; j++) {
          s[j] += x[i][j];
        }
      }
      for (int m = 0; m < k; m++) {
        if (cnt[m] > 0) {
          for (int j = 0; j < d; j++) {
            sum[m][j] /= cnt[m];
          }
          c[m] = sum[m];
        }
      }
      if (!changed) {
        break;
      }
    }
    return c;
  }
}
