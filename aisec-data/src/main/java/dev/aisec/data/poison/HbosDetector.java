package dev.aisec.data.poison;

import java.util.Optional;

/**
 * HBOS (Goldstein and Dengel, 2012): histogram-based outlier score. Each feature gets a static histogram of equal
 * width bins over its fitted range; a row's score is the sum over features of {@code -log} of the (Laplace-smoothed)
 * probability of its bin. Values outside the fitted range fall into an empty virtual bin. Deterministic; 10 bins by
 * default. Per-feature explanations are the per-feature terms.
 */
public final class HbosDetector implements OutlierDetector {

  private final int bins;

  private HbosDetector(int bins) {
    if (bins < 2) {
      throw new IllegalArgumentException("bins must be >= 2");
    }
    this.bins = bins;
  }

  /** 10 bins. */
  public static HbosDetector standard() {
    return new HbosDetector(10);
  }

  /** A detector with the given number of bins per feature. */
  public static HbosDetector withBins(int bins) {
    return new HbosDetector(bins);
  }

  @Override
  public String id() {
    return "hbos";
  }

  @Override
  public OutlierModel fit(double[][] data) {
    int d = Matrices.validate(data, "data");
    int n = data.length;
    double[] lo = new double[d];
    double[] hi = new double[d];
    java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    for (double[] r : data) {
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
    double[] inv = new double[d];
    for (int j = 0; j < d; j++) {
      inv[j] = hi[j] > lo[j] ? bins / (hi[j] - lo[j]) : 0.0;
    }
    int[] counts = new int[d * bins];
    for (double[] r : data) {
      for (int j = 0; j < d; j++) {
        if (inv[j] == 0.0) {
          continue;
        }
        int b = (int) ((r[j] - lo[j]) * inv[j]);
        if (b >= bins) {
          b = bins - 1;
        }
        counts[j * bins + b]++;
      }
    }
    double[] logp = new double[d * bins];
    double emptyLog = -Math.log(0.5 / (n + bins));
    for (int k = 0; k < logp.length; k++) {
      logp[k] = -Math.log((counts[k] + 0.5) / (n + 0.5 * bins));
    }
    Model m = new Model(d, bins, lo, inv, logp, emptyLog);
    double[] train = new double[n];
    for (int i = 0; i < n; i++) {
      train[i] = m.rowScore(data[i], null);
    }
    m.training = train;
    return m;
  }

  private static final class Model implements OutlierModel {
    final int d;
    final int bins;
    final double[] lo;
    final double[] inv;
    final double[] logp;
    final double outside;
    double[] training;

    Model(int d, int bins, double[] lo, double[] inv, double[] logp, double outside) {
      this.d = d;
      this.bins = bins;
      this.lo = lo;
      this.inv = inv;
      this.logp = logp;
      this.outside = outside;
    }

    double rowScore(double[] r, double[] contrib) {
      double s = 0;
      for (int j = 0; j < d; j++) {
        double c;
        if (inv[j] == 0.0) {
          c = 0.0;
        } else {
          double pos = (r[j] - lo[j]) * inv[j];
          if (pos < 0 || pos > bins) {
            c = outside;
          } else {
            int b = (int) pos;
            if (b >= bins) {
              b = bins - 1;
            }
            c = logp[j * bins + b];
          }
        }
        if (contrib != null) {
          contrib[j] = c;
        }
        s += c;
      }
      return s;
    }

    @Override
    public int dimensions() {
      return d;
    }

    @Override
    public double[] trainingScores() {
      return training.clone();
    }

    @Override
    public double[] score(double[][] rows) {
      Matrices.validateRows(rows, d);
      double[] o = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        o[i] = rowScore(rows[i], null);
      }
      return o;
    }

    @Override
    public Optional<double[]> explain(double[] row) {
      Matrices.validateRows(new double[][] {row}, d);
      double[] c = new double[d];
      rowScore(row, c);
      return Optional.of(c);
    }
  }
}
