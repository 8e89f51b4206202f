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
    double[] train = new double[n];
    double[] table = new double[n + 2];
    for (int k = 0; k <= n + 1; k++) {
      table[k] = -Math.log(Math.max(k, 0.5) / n);
    }
    long[] keys = new long[n];
    for (int j = 0; j < d; j++) {
      double mean = 0;
      for (double[] r : data) {
        mean += r[j];
      }
      mean /= n;
      double m2 = 0;
      double m3 = 0;
      for (double[] r : data) {
        double dv = r[j] - mean;
        m2 += dv * dv;
        m3 += dv * dv * dv;
      }
      m2 /= n;
      m3 /= n;
      double skew = m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0.0;
      skewSign[j] = skew > 0 ? 1 : skew < 0 ? -1 : 0;
      for (int i = 0; i < n; i++) {
        keys[i] = Stats.sortable(data[i][j]);
      }
      int[] order = Stats.radixArgsort(keys);
      double[] c = new double[n];
      for (int p = 0; p < n; p++) {
        c[p] = data[order[p]][j];
      }
      sorted[j] = c;
      if (c[0] == c[n - 1]) {
        continue;
      }
      // one walk over the sorted column gives every row's left and right tail counts, ties included
      boolean both = skewSign[j] == 0;
      int a = 0;
      while (a < n) {
        int b = a + 1;
        while (b < n && keys[b] == keys[a]) {
          b++;
        }
        double ul = table[b];
        double ur = table[n - a];
        double contrib = both ? ul + ur : Math.max(ul, ur);
        for (int p = a; p < b; p++) {
          train[order[p]] += contrib;
        }
        a = b;
      }
    }
    Model m = new Model(d, n, sorted, skewSign);
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

    /** -log((k + add) / denom) for k = 0..n, so scoring needs no logarithm per cell. */
    private double[] logTable(boolean inTraining) {
      double denom = inTraining ? n : n + 1;
      int add = inTraining ? 0 : 1;
      double[] t = new double[n + 2];
      for (int k = 0; k <= n + 1; k++) {
        t[k] = -Math.log(Math.max(k + add, 0.5) / denom);
      }
      return t;
    }

    private volatile double[] trainTable;
    private volatile double[] newTable;
    private int[][] runEnd;

    /** For each sorted position, the index just after the run of equal values it belongs to. */
    private int[] runEnd(int j) {
      int[][] re = runEnd;
      if (re == null) {
        synchronized (this) {
          if (runEnd == null) {
            int[][] r = new int[d][];
            for (int c = 0; c < d; c++) {
              double[] s = sorted[c];
              int[] e = new int[n];
              int i = n - 1;
              while (i >= 0) {
                int k = i;
                while (k > 0 && s[k - 1] == s[i]) {
                  k--;
                }
                for (int q = k; q <= i; q++) {
                  e[q] = i + 1;
                }
                i = k - 1;
              }
              r[c] = e;
            }
            runEnd = r;
          }
          re = runEnd;
        }
      }
      return re[j];
    }

    double rowScore(double[] row, double[] contrib, boolean inTraining) {
      double[] table = inTraining ? trainTable : newTable;
      if (table == null) {
        table = logTable(inTraining);
        if (inTraining) {
          trainTable = table;
        } else {
          newTable = table;
        }
      }
      double total = 0;
      for (int j = 0; j < d; j++) {
        double[] s = sorted[j];
        if (s[0] == s[n - 1]) {
          if (contrib != null) {
            contrib[j] = 0;
          }
          continue;
        }
        double v = row[j];
        int less = Stats.countLess(s, v);
        int lessOrEqual = less < n && s[less] == v ? runEnd(j)[less] : less;
        double ul = table[lessOrEqual];
        double ur = table[n - less];
        double c = skewSign[j] == 0 ? ul + ur : Math.max(ul, ur);
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
