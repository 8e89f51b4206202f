package dev.aisec.data.poison.internal;

import java.util.Arrays;

/** Small numeric helpers shared by the detectors. Stateless. */
public final class Stats {

  private Stats() {}

  public static double[] column(double[][] x, int j) {
    double[] c = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      c[i] = x[i][j];
    }
    return c;
  }

  /** Indices of columns that are not constant. */
  public static int[] varyingColumns(double[][] x) {
    int d = x[0].length;
    int[] keep = new int[d];
    int k = 0;
    for (int j = 0; j < d; j++) {
      double first = x[0][j];
      for (double[] r : x) {
        if (r[j] != first) {
          keep[k++] = j;
          break;
        }
      }
    }
    return Arrays.copyOf(keep, k);
  }

  public static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }

  public static double quantileSorted(double[] sorted, double q) {
    if (sorted.length == 1) {
      return sorted[0];
    }
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Number of sorted values {@code <= v}. */
  public static int countLessOrEqual(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Number of sorted values {@code < v}. */
  public static int countLess(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * A canonical row order (by a 64-bit hash of the row's values) so that randomised fitting depends only on the multiset
   * of rows, never on their order: {@code order[k]} is the original index of the k-th canonical row.
   */
  public static int[] canonicalOrder(double[][] x) {
    int n = x.length;
    long[] h = new long[n];
    for (int i = 0; i < n; i++) {
      long v = 0x9E3779B97F4A7C15L;
      for (double d : x[i]) {
        v ^= Double.doubleToLongBits(d == 0.0 ? 0.0 : d);
        v *= 0xbf58476d1ce4e5b9L;
        v ^= v >>> 31;
      }
      h[i] = v;
    }
    // identical rows hash alike and are interchangeable; distinct rows colliding on 64 bits are ignored
    return radixArgsort(h);
  }

  /** A long whose signed order equals the numeric order of the (non-NaN) double; -0.0 and 0.0 map alike. */
  public static long sortable(double v) {
    long b = Double.doubleToLongBits(v == 0.0 ? 0.0 : v);
    return b ^ ((b >> 63) & 0x7fffffffffffffffL);
  }

  /**
   * Indices that sort {@code keys} ascending (stable), by an LSD radix sort over 8-bit digits that skips digits on
   * which all keys agree. Linear time and branch-light; {@code keys} is reordered in place into sorted order.
   */
  public static int[] radixArgsort(long[] keys) {
    int n = keys.length;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    long[] k2 = new long[n];
    int[] i2 = new int[n];
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[digit(keys[i], shift) + 1]++;
      }
      boolean trivial = false;
      for (int b = 1; b <= 256; b++) {
        if (count[b] == n) {
          trivial = true;
          break;
        }
      }
      if (trivial) {
        continue;
      }
      for (int b = 0; b < 256; b++) {
        count[b + 1] += count[b];
      }
      for (int i = 0; i < n; i++) {
        int pos = count[digit(keys[i], shift)]++;
        k2[pos] = keys[i];
        i2[pos] = idx[i];
      }
      System.arraycopy(k2, 0, keys, 0, n);
      System.arraycopy(i2, 0, idx, 0, n);
    }
    return idx;
  }

  private static int digit(long key, int shift) {
    int dgt = (int) ((key >>> shift) & 0xff);
    return shift == 56 ? dgt ^ 0x80 : dgt;
  }

  /** The rows of x in the given order (no copy of the rows themselves). */
  public static double[][] reorder(double[][] x, int[] order) {
    double[][] o = new double[x.length][];
    for (int k = 0; k < order.length; k++) {
      o[k] = x[order[k]];
    }
    return o;
  }

  /** Maps scores of canonically ordered rows back to the original row order. */
  public static double[] unorder(double[] s, int[] order) {
    double[] o = new double[s.length];
    for (int k = 0; k < order.length; k++) {
      o[order[k]] = s[k];
    }
    return o;
  }

  /** Average ranks (1-based, ties averaged) divided by n, so values lie in (0, 1]. */
  public static double[] normalisedRanks(double[] s) {
    int n = s.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(s[a], s[b]));
    double[] r = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && s[idx[j + 1]] == s[idx[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1.0;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = avg / n;
      }
      i = j + 1;
    }
    return r;
  }

  /** Column-wise standardisation: (x - centre) / scale, with scale fallback to 1 for zero spread. */
  public static final class Scaler {
    public final int[] cols;
    public final double[] centre;
    public final double[] scale;

    private Scaler(int[] cols, double[] centre, double[] scale) {
      this.cols = cols;
      this.centre = centre;
      this.scale = scale;
    }

    /** z-score on the varying columns. */
    public static Scaler zscore(double[][] x) {
      int[] cols = varyingColumns(x);
      double[] c = new double[cols.length];
      double[] s = new double[cols.length];
      int n = x.length;
      for (int k = 0; k < cols.length; k++) {
        int j = cols[k];
        double mean = 0;
        for (double[] r : x) {
          mean += r[j];
        }
        mean /= n;
        double var = 0;
        for (double[] r : x) {
          double dd = r[j] - mean;
          var += dd * dd;
        }
        double sd = Math.sqrt(var / Math.max(1, n - 1));
        c[k] = mean;
        s[k] = sd > 0 ? sd : 1.0;
      }
      return new Scaler(cols, c, s);
    }

    /** median / (1.4826 MAD) on the varying columns, falling back to the standard deviation when MAD is 0. */
    public static Scaler robust(double[][] x) {
      Scaler z = zscore(x);
      double[] c = new double[z.cols.length];
      double[] s = new double[z.cols.length];
      for (int k = 0; k < z.cols.length; k++) {
        double[] col = column(x, z.cols[k]);
        double med = median(col);
        for (int i = 0; i < col.length; i++) {
          col[i] = Math.abs(col[i] - med);
        }
        double mad = 1.4826 * median(col);
        c[k] = med;
        s[k] = mad > 0 ? mad : z.scale[k];
      }
      return new Scaler(z.cols, c, s);
    }

    public int dims() {
      return cols.length;
    }

    public double[] apply(double[] row) {
      double[] o = new double[cols.length];
      for (int k = 0; k < cols.length; k++) {
        o[k] = (row[cols[k]] - centre[k]) / scale[k];
      }
      return o;
    }

    public double[][] apply(double[][] x) {
      double[][] o = new double[x.length][];
      for (int i = 0; i < x.length; i++) {
        o[i] = apply(x[i]);
      }
      return o;
    }
  }
}
