package dev.aisec.data.poison;

import dev.aisec.data.poison.internal.Stats;
import java.util.Arrays;
import java.util.Optional;

/**
 * ECOD (Li et al., TKDE 2022): empirical-cumulative-distribution outlier detection. For each feature the left and
 * right tail probabilities of a value are estimated from the empirical CDF; the feature's contribution is the larger
 * of {@code -log} of the two tails (both tails summed for an unskewed feature), and the row score is the sum over
 * features. Parameter-free and deterministic. Per-feature explanations are the per-feature tail scores.
 */
public final class EcodDetector implements OutlierDetector {

  private static final EcodDetector INSTANCE = new EcodDetector();

  private EcodDetector() {}

  /** The detector (no parameters). */
  public static EcodDetector standard() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return "ecod";
  }

  @Override
  public OutlierModel fit(double[][] data) {
    int d = Matrices.validate(data, "data");
    int n = data.length;
    double[][] sorted = new double[d][];
    int[] skewSign = new int[d];
    for (int j = 0; j < d; j++) {
      double[] c = Stats.column(data, j);
      double mean = 0;
      for (double v : c) {
        mean += v;
      }
      mean /= n;
      double m2 = 0;
      double m3 = 0;
      for (double v : c) {
        double dv = v - mean;
        m2 += dv * dv;
        m3 += dv * dv * dv;
      }
      m2 /= n;
      m3 /= n;
      double skew = m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0.0;
      skewSign[j] = skew > 0 ? 1 : skew < 0 ? -1 : 0;
      Arrays.sort(c);
      sorted[j] = c;
    }
    Model m = new Model(d, n, sorted, skewSign);
    double[] train = new double[n];
    for (int i = 0; i < n; i++) {
      train[i] = m.rowScore(data[i], null, true);
    }
    return m.withTraining(train);
  }

  private static final class Model implements OutlierModel {
    private final int d;
    private final int n;
    private final double[][] sorted;
    private final int[] skewSign;
    private double[] training;

    Model(int d, int n, double[][] sorted, int[] skewSign) {
      this.d = d;
      this.n = n;
      this.sorted = sorted;
      this.skewSign = skewSign;
    }

    Model withTraining(double[] t) {
      this.training = t;
      return this;
    }

    double rowScore(double[] row, double[] contrib, boolean inTraining) {
      double total = 0;
      double denom = inTraining ? n : n + 1;
      int add = inTraining ? 0 : 1;
      for (int j = 0; j < d; j++) {
        double[] s = sorted[j];
        if (s[0] == s[n - 1]) {
          if (contrib != null) {
            contrib[j] = 0;
          }
          continue;
        }
        double v = row[j];
        double left = (Stats.countLessOrEqual(s, v) + add) / denom;
        double right = (n - Stats.countLess(s, v) + add) / denom;
        double ul = -Math.log(Math.max(left, 0.5 / denom));
        double ur = -Math.log(Math.max(right, 0.5 / denom));
        double c;
        if (skewSign[j] > 0) {
          c = Math.max(ul, ur);
        } else if (skewSign[j] < 0) {
          c = Math.max(ul, ur);
        } else {
          c = ul + ur;
        }
        if (contrib != null) {
          contrib[j] = c;
        }
        total += c;
      }
      return total;
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
        o[i] = rowScore(rows[i], null, false);
      }
      return o;
    }

    @Override
    public Optional<double[]> explain(double[] row) {
      Matrices.validateRows(new double[][] {row}, d);
      double[] c = new double[d];
      rowScore(row, c, false);
      return Optional.of(c);
    }
  }
}
