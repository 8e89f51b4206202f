package dev.aisec.data.poison.internal;

/** Dense linear algebra on small symmetric matrices (row-major double[][]). Stateless. */
public final class Linalg {

  private Linalg() {}

  /** Mean and covariance (divisor m-1) of the rows of x selected by idx[0..m). */
  public static double[][] covariance(double[][] x, int[] idx, int m, double[] meanOut) {
    int d = meanOut.length;
    java.util.Arrays.fill(meanOut, 0.0);
    for (int t = 0; t < m; t++) {
      double[] r = x[idx[t]];
      for (int j = 0; j < d; j++) {
        meanOut[j] += r[j];
      }
    }
    for (int j = 0; j < d; j++) {
      meanOut[j] /= m;
    }
    double[][] c = new double[d][d];
    double[] dv = new double[d];
    for (int t = 0; t < m; t++) {
      double[] r = x[idx[t]];
      for (int j = 0; j < d; j++) {
        dv[j] = r[j] - meanOut[j];
      }
      for (int a = 0; a < d; a++) {
        double va = dv[a];
        if (va == 0) {
          continue;
        }
        double[] ca = c[a];
        for (int b = 0; b <= a; b++) {
          ca[b] += va * dv[b];
        }
      }
    }
    double div = Math.max(1, m - 1);
    for (int a = 0; a < d; a++) {
      for (int b = 0; b <= a; b++) {
        c[a][b] /= div;
        c[b][a] = c[a][b];
      }
    }
    return c;
  }

  /**
   * Cholesky factor L (lower) of a + ridge*I, where ridge grows from {@code 1e-9 * mean diagonal} until the factor
   * exists. Never fails for a symmetric matrix with a positive mean diagonal.
   */
  public static double[][] cholesky(double[][] a) {
    int d = a.length;
    double tr = 0;
    for (int i = 0; i < d; i++) {
      tr += a[i][i];
    }
    double base = tr > 0 ? tr / d : 1.0;
    double ridge = 0;
    for (int attempt = 0; attempt < 40; attempt++) {
      double[][] l = tryCholesky(a, ridge);
      if (l != null) {
        return l;
      }
      ridge = ridge == 0 ? base * 1e-9 : ridge * 10;
    }
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      l[i][i] = Math.sqrt(base);
    }
    return l;
  }

  private static double[][] tryCholesky(double[][] a, double ridge) {
    int d = a.length;
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j] + (i == j ? ridge : 0.0);
        double[] li = l[i];
        double[] lj = l[j];
        for (int k = 0; k < j; k++) {
          s -= li[k] * lj[k];
        }
        if (i == j) {
          if (!(s > 0) || !Double.isFinite(s)) {
            return null;
          }
          li[i] = Math.sqrt(s);
        } else {
          li[j] = s / lj[j];
        }
      }
    }
    return l;
  }

  public static double logDet(double[][] l) {
    double s = 0;
    for (int i = 0; i < l.length; i++) {
      s += Math.log(l[i][i]);
    }
    return 2 * s;
  }

  /** Solves L y = v (forward substitution), writing y into out. */
  public static void forward(double[][] l, double[] v, double[] out) {
    int d = l.length;
    for (int i = 0; i < d; i++) {
      double s = v[i];
      double[] li = l[i];
      for (int k = 0; k < i; k++) {
        s -= li[k] * out[k];
      }
      out[i] = s / li[i];
    }
  }

  /** Solves L^T z = y (back substitution). */
  public static void backward(double[][] l, double[] y, double[] out) {
    int d = l.length;
    for (int i = d - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < d; k++) {
        s -= l[k][i] * out[k];
      }
      out[i] = s / l[i][i];
    }
  }

  /** Squared Mahalanobis distance of row from mean under the covariance factored as L L^T. */
  public static double mahalanobis2(double[][] l, double[] mean, double[] row, double[] tmp, double[] tmp2) {
    int d = mean.length;
    for (int j = 0; j < d; j++) {
      tmp[j] = row[j] - mean[j];
    }
    forward(l, tmp, tmp2);
    double s = 0;
    for (int j = 0; j < d; j++) {
      s += tmp2[j] * tmp2[j];
    }
    return s;
  }

  /** Chi-square quantile by the Wilson-Hilferty approximation. */
  public static double chi2Quantile(double p, int k) {
    double z = normalQuantile(p);
    double a = 2.0 / (9.0 * k);
    double t = 1 - a + z * Math.sqrt(a);
    return k * t * t * t;
  }

  /** Standard normal quantile (Acklam's rational approximation, relative error about 1e-9). */
  public static double normalQuantile(double p) {
    if (p <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p >= 1) {
      return Double.POSITIVE_INFINITY;
    }
    double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
        -3.066479806614716e+01, 2.506628277459239e+00};
    double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
        -1.328068155288572e+01};
    double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
        4.374664141464968e+00, 2.938163982698783e+00};
    double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    double pl = 0.02425;
    if (p < pl) {
      double q = Math.sqrt(-2 * Math.log(p));
      return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - pl) {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
}
