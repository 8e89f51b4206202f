package dev.aisec.data.poison;

import dev.aisec.data.poison.internal.Linalg;
import dev.aisec.data.poison.internal.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Robust Mahalanobis distance from a Minimum Covariance Determinant estimate (FastMCD, Rousseeuw and Van Driessen,
 * 1999, with the deterministic start of DetMCD, Hubert, Rousseeuw and Verdonck, 2012). Features are robustly scaled
 * (median / MAD); a deterministic start and several random starts are improved with concentration steps
 * ("C-steps": refit mean and covariance on the {@code h = (n + d + 1) / 2} rows closest to the current fit) on a
 * subsample of at most 1,500 rows, the best start is refined on all rows, and a final reweighting step keeps rows
 * within the 97.5% chi-square quantile. The score is the squared robust Mahalanobis distance. A tiny ridge keeps
 * singular covariances (collinear or nearly constant features) invertible. Deterministic for a fixed seed.
 * Per-feature explanations split the squared distance into additive per-feature terms.
 */
public final class McdDetector implements OutlierDetector {

  private final int starts;
  private final long seed;

  private McdDetector(int starts, long seed) {
    if (starts < 1) {
      throw new IllegalArgumentException("starts must be >= 1");
    }
    this.starts = starts;
    this.seed = seed;
  }

  /** 20 random starts plus one deterministic start, seed 42. */
  public static McdDetector standard() {
    return new McdDetector(20, 42L);
  }

  /** A detector with the given number of random starts and seed. */
  public static McdDetector of(int starts, long seed) {
    return new McdDetector(starts, seed);
  }

  @Override
  public String id() {
    return "mcd";
  }

  @Override
  public OutlierModel fit(double[][] data) {
    Matrices.validate(data, "data");
    int[] order = Stats.canonicalOrder(data);
    return fitOrdered(Stats.reorder(data, order), order);
  }

  private OutlierModel fitOrdered(double[][] data, int[] order) {
    int dAll = data[0].length;
    Stats.Scaler scaler = Stats.Scaler.robust(data);
    int d = scaler.dims();
    int n = data.length;
    if (d == 0) {
      return new Model(dAll, scaler, new double[0], new double[0][0], new double[n], Double.POSITIVE_INFINITY);
    }
    double[][] x = scaler.apply(data);
    SplittableRandom rnd = new SplittableRandom(seed);
    // search phase on a subsample
    int sub = Math.min(n, 1500);
    int[] subIdx = sample(n, sub, rnd);
    double[][] xs = new double[sub][];
    for (int i = 0; i < sub; i++) {
      xs[i] = x[subIdx[i]];
    }
    int hSub = Math.max(Math.min(sub, (sub + d + 1) / 2), Math.min(sub, d + 1));
    // candidate starts: a deterministic one (the rows with the smallest sum of squared robust z-scores, as in
    // DetMCD) and random (d+1)-subsets; two C-steps each, then the best five are iterated to convergence
    List<double[]> means = new ArrayList<>();
    List<double[][]> factors = new ArrayList<>();
    List<Double> dets = new ArrayList<>();
    for (int s = -1; s < starts; s++) {
      int[] init;
      int m0;
      if (s < 0) {
        double[] marg = marginal(xs);
        init = smallest(marg, hSub);
        m0 = hSub;
      } else {
        m0 = Math.min(sub, d + 1);
        init = sample(sub, m0, rnd);
      }
      double[] mean = new double[d];
      double[][] l = Linalg.cholesky(floored(Linalg.covariance(xs, init, m0, mean)));
      for (int step = 0; step < 2; step++) {
        int[] h = closest(xs, l, mean, hSub);
        mean = new double[d];
        l = Linalg.cholesky(floored(Linalg.covariance(xs, h, hSub, mean)));
      }
      means.add(mean);
      factors.add(l);
      dets.add(Linalg.logDet(l));
    }
    Integer[] rank = new Integer[dets.size()];
    for (int i = 0; i < rank.length; i++) {
      rank[i] = i;
    }
    Arrays.sort(rank, (a, b) -> Double.compare(dets.get(a), dets.get(b)));
    double[] bestMean = null;
    double[][] bestL = null;
    double bestDet = Double.POSITIVE_INFINITY;
    for (int k = 0; k < Math.min(5, rank.length); k++) {
      double[] mean = means.get(rank[k]);
      double[][] l = factors.get(rank[k]);
      double prev = Linalg.logDet(l);
      for (int step = 0; step < 20; step++) {
        int[] h = closest(xs, l, mean, hSub);
        double[] m2 = new double[d];
        double[][] l2 = Linalg.cholesky(floored(Linalg.covariance(xs, h, hSub, m2)));
        double det = Linalg.logDet(l2);
        mean = m2;
        l = l2;
        if (det >= prev - 1e-10) {
          break;
        }
        prev = det;
      }
      double det = Linalg.logDet(l);
      if (det < bestDet) {
        bestDet = det;
        bestMean = mean;
        bestL = l;
      }
    }
    // refine on all rows
    int h = Math.max(Math.min(n, (n + d + 1) / 2), Math.min(n, d + 1));
    double[] mean = bestMean;
    double[][] l = bestL;
    double prev = Double.POSITIVE_INFINITY;
    for (int step = 0; step < 10; step++) {
      int[] hi = closest(x, l, mean, h);
      double[] m2 = new double[d];
      double[][] cov = floored(Linalg.covariance(x, hi, h, m2));
      double[][] l2 = Linalg.cholesky(cov);
      double det = Linalg.logDet(l2);
      mean = m2;
      l = l2;
      if (det >= prev - 1e-12) {
        break;
      }
      prev = det;
    }
    // consistency correction and reweighting
    double[] dist = distances(x, l, mean);
    double[] sorted = dist.clone();
    Arrays.sort(sorted);
    double med = Stats.quantileSorted(sorted, 0.5);
    double chiMed = Linalg.chi2Quantile(0.5, d);
    double factor = med > 0 ? med / chiMed : 1.0;
    double cut = Linalg.chi2Quantile(0.975, d) * factor;
    int[] keep = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (dist[i] <= cut) {
        keep[k++] = i;
      }
    }
    if (k > d) {
      double[] m2 = new double[d];
      double[][] cov = floored(Linalg.covariance(x, keep, k, m2));
      mean = m2;
      l = Linalg.cholesky(cov);
      dist = distances(x, l, mean);
    }
    // strict cutoff for the ensemble gate: 99.9% chi-square quantile, scaled to the data's median distance
    double[] sd = dist.clone();
    Arrays.sort(sd);
    double med2 = Stats.quantileSorted(sd, 0.5);
    double strict = Linalg.chi2Quantile(0.999, d) * (med2 > 0 ? med2 / chiMed : 1.0);
    Model model = new Model(dAll, scaler, mean, l, Stats.unorder(dist, order), strict);
    model.trainingGate = model.gates(Stats.unorder(x.length == 0 ? new double[0] : marginal(x), order),
        model.training);
    return model;
  }

  /** Ratio of robust Mahalanobis distance to the sum of squared robust z-scores that opens the ensemble gate. */
  static final double RATIO = 20.0;

  private static double[] marginal(double[][] z) {
    double[] o = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      double s = 0;
      for (double v : z[i]) {
        s += v * v;
      }
      o[i] = s;
    }
    return o;
  }

  /**
   * Variance floor, in robustly scaled units, added to the covariance diagonal: on discrete data an h-subset can
   * hold a single value of some feature, and without a floor that feature's near-zero variance would dominate every
   * distance.
   */
  static final double FLOOR = 0.01;

  private static double[][] floored(double[][] c) {
    for (int i = 0; i < c.length; i++) {
      c[i][i] += FLOOR;
    }
    return c;
  }

  private static int[] smallest(double[] v, int m) {
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
    int[] o = new int[m];
    for (int i = 0; i < m; i++) {
      o[i] = idx[i];
    }
    return o;
  }

  private static int[] sample(int n, int m, SplittableRandom rnd) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = 0; i < m; i++) {
      int j = i + rnd.nextInt(n - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return Arrays.copyOf(perm, m);
  }

  private static double[] distances(double[][] x, double[][] l, double[] mean) {
    int d = mean.length;
    double[] t1 = new double[d];
    double[] t2 = new double[d];
    double[] o = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      o[i] = Linalg.mahalanobis2(l, mean, x[i], t1, t2);
    }
    return o;
  }

  private static int[] closest(double[][] x, double[][] l, double[] mean, int h) {
    double[] dist = distances(x, l, mean);
    Integer[] idx = new Integer[x.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(dist[a], dist[b]));
    int[] o = new int[h];
    for (int i = 0; i < h; i++) {
      o[i] = idx[i];
    }
    return o;
  }

  private static final class Model implements GatedModel {
    final int dAll;
    final Stats.Scaler scaler;
    final double[] mean;
    final double[][] l;
    final double[] training;
    final double strict;

    Model(int dAll, Stats.Scaler scaler, double[] mean, double[][] l, double[] training, double strict) {
      this.dAll = dAll;
      this.scaler = scaler;
      this.mean = mean;
      this.l = l;
      this.training = training;
      this.strict = strict;
    }

    double[] trainingGate;

    /**
     * Open (1) for rows beyond the strict cutoff whose robust distance is at least {@link #RATIO} times their sum of
     * squared robust z-scores: rows that break the correlation structure rather than rows that are merely extreme
     * in a heavy-tailed feature.
     */
    double[] gates(double[] marginal, double[] dist) {
      double[] g = new double[dist.length];
      for (int i = 0; i < g.length; i++) {
        g[i] = dist[i] > strict && dist[i] > RATIO * Math.max(marginal[i], 1e-12) ? 1.0 : 0.0;
      }
      return g;
    }

    @Override
    public double[] trainingGate() {
      return trainingGate == null ? new double[training.length] : trainingGate.clone();
    }

    @Override
    public double[][] scoreAndGate(double[][] rows) {
      double[] s = score(rows);
      if (mean.length == 0) {
        return new double[][] {s, new double[s.length]};
      }
      return new double[][] {s, gates(marginal(scaler.apply(rows)), s)};
    }

    @Override
    public int dimensions() {
      return dAll;
    }

    @Override
    public double[] trainingScores() {
      return training.clone();
    }

    @Override
    public double[] score(double[][] rows) {
      Matrices.validateRows(rows, dAll);
      if (mean.length == 0) {
        return new double[rows.length];
      }
      return distances(scaler.apply(rows), l, mean);
    }

    @Override
    public Optional<double[]> explain(double[] row) {
      Matrices.validateRows(new double[][] {row}, dAll);
      double[] out = new double[dAll];
      int d = mean.length;
      if (d == 0) {
        return Optional.of(out);
      }
      double[] z = scaler.apply(row);
      double[] diff = new double[d];
      for (int j = 0; j < d; j++) {
        diff[j] = z[j] - mean[j];
      }
      double[] y = new double[d];
      double[] w = new double[d];
      Linalg.forward(l, diff, y);
      Linalg.backward(l, y, w);
      for (int k = 0; k < d; k++) {
        out[scaler.cols[k]] = diff[k] * w[k];
      }
      return Optional.of(out);
    }
  }
}
