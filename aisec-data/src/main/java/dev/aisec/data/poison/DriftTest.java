package dev.aisec.data.poison;

import dev.aisec.data.poison.internal.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Drift between a trusted reference batch and a candidate batch. Numeric: a two-sample Kolmogorov-Smirnov test per
 * feature (asymptotic p-value) with Benjamini-Hochberg correction, and a multivariate maximum mean discrepancy test
 * (Gaussian kernel, median-heuristic bandwidth, on robustly scaled features, at most 500 rows per side, 200
 * permutations). Text: tokens whose document frequency jumped, by a two-proportion z-test. Deterministic for a fixed
 * seed.
 */
public final class DriftTest {

  /** Per-feature result. */
  public record FeatureDrift(String feature, double ks, double pValue, double adjustedP, boolean drifted) {}

  /** Numeric drift report. */
  public record Report(List<FeatureDrift> features, double mmd, double mmdPValue, boolean drifted) {}

  /** A token whose document frequency changed. */
  public record TokenJump(String token, double referenceRate, double candidateRate, double z) {}

  private DriftTest() {}

  /**
   * Numeric drift at family-wise level {@code alpha} (features and the multivariate test share it).
   *
   * @throws IllegalArgumentException when alpha is not in (0, 1) (a NaN level would report "no drift" for anything)
   */
  public static Report numeric(double[][] ref, double[][] cand, List<String> names, double alpha, long seed) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
    }
    int d = Matrices.validate(ref, "reference");
    int d2 = Matrices.validate(cand, "candidate");
    if (d != d2) {
      throw new IllegalArgumentException("candidate has " + d2 + " columns, reference has " + d);
    }
    double[] ks = new double[d];
    double[] p = new double[d];
    for (int j = 0; j < d; j++) {
      double[] a = Stats.column(ref, j);
      double[] b = Stats.column(cand, j);
      Arrays.sort(a);
      Arrays.sort(b);
      ks[j] = ksStatistic(a, b);
      double ne = (double) a.length * b.length / (a.length + b.length);
      p[j] = kolmogorovQ((Math.sqrt(ne) + 0.12 + 0.11 / Math.sqrt(ne)) * ks[j]);
    }
    double[] adj = benjaminiHochberg(p);
    List<FeatureDrift> fs = new ArrayList<>();
    boolean any = false;
    for (int j = 0; j < d; j++) {
      boolean dr = adj[j] < alpha;
      any |= dr;
      fs.add(new FeatureDrift(names == null ? "f" + j : names.get(j), ks[j], p[j], adj[j], dr));
    }
    double[] mmd = mmdTest(ref, cand, seed);
    return new Report(List.copyOf(fs), mmd[0], mmd[1], any || mmd[1] < alpha);
  }

  static double ksStatistic(double[] a, double[] b) {
    int i = 0;
    int j = 0;
    double dmax = 0;
    while (i < a.length && j < b.length) {
      double v = Math.min(a[i], b[j]);
      while (i < a.length && a[i] <= v) {
        i++;
      }
      while (j < b.length && b[j] <= v) {
        j++;
      }
      dmax = Math.max(dmax, Math.abs(i / (double) a.length - j / (double) b.length));
    }
    return dmax;
  }

  /** Q_KS(lambda) = 2 sum (-1)^(k-1) exp(-2 k^2 lambda^2). */
  static double kolmogorovQ(double lambda) {
    if (lambda < 1e-3) {
      return 1.0;
    }
    double s = 0;
    for (int k = 1; k <= 100; k++) {
      double t = Math.exp(-2.0 * k * k * lambda * lambda);
      s += (k % 2 == 1 ? 1 : -1) * t;
      if (t < 1e-12) {
        break;
      }
    }
    return Math.max(0, Math.min(1, 2 * s));
  }

  static double[] benjaminiHochberg(double[] p) {
    int m = p.length;
    Integer[] idx = new Integer[m];
    for (int i = 0; i < m; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.comparingDouble(i -> p[i]));
    double[] adj = new double[m];
    double prev = 1.0;
    for (int r = m - 1; r >= 0; r--) {
      double v = Math.min(prev, p[idx[r]] * m / (r + 1));
      adj[idx[r]] = v;
      prev = v;
    }
    return adj;
  }

  private static double[] mmdTest(double[][] ref, double[][] cand, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] a = subsample(ref, 500, rnd);
    double[][] b = subsample(cand, 500, rnd);
    double[][] all = new double[a.length + b.length][];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Stats.Scaler sc = Stats.Scaler.robust(all);
    if (sc.dims() == 0) {
      return new double[] {0.0, 1.0};
    }
    double[][] z = sc.apply(all);
    int n = z.length;
    double[][] d2 = new double[n][n];
    List<Double> sample = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = 0;
        for (int k = 0; k < z[i].length; k++) {
          double t = z[i][k] - z[j][k];
          s += t * t;
        }
        d2[i][j] = s;
        d2[j][i] = s;
        if (((i * 31 + j) & 7) == 0) {
          sample.add(s);
        }
      }
    }
    double[] sv = sample.stream().mapToDouble(Double::doubleValue).toArray();
    double med = sv.length > 0 ? Stats.median(sv) : 1.0;
    double gamma = 1.0 / Math.max(med, 1e-12);
    double[][] k = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        k[i][j] = Math.exp(-gamma * d2[i][j]);
      }
    }
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    double observed = mmd2(k, perm, a.length);
    int exceed = 0;
    int perms = 200;
    for (int t = 0; t < perms; t++) {
      for (int i = n - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int x = perm[i];
        perm[i] = perm[j];
        perm[j] = x;
      }
      if (mmd2(k, perm, a.length) >= observed) {
        exceed++;
      }
    }
    return new double[] {observed, (exceed + 1.0) / (perms + 1.0)};
  }

  private static double mmd2(double[][] k, int[] perm, int na) {
    int n = perm.length;
    int nb = n - na;
    double xx = 0;
    double yy = 0;
    double xy = 0;
    for (int i = 0; i < n; i++) {
      double[] ki = k[perm[i]];
      boolean ia = i < na;
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        double v = ki[perm[j]];
        boolean ja = j < na;
        if (ia && ja) {
          xx += v;
        } else if (!ia && !ja) {
          yy += v;
        } else {
          xy += v;
        }
      }
    }
    return xx / ((double) na * (na - 1)) + yy / ((double) nb * (nb - 1)) - xy / ((double) na * nb);
  }

  private static double[][] subsample(double[][] x, int max, SplittableRandom rnd) {
    if (x.length <= max) {
      return x;
    }
    int[] perm = new int[x.length];
    for (int i = 0; i < perm.length; i++) {
      perm[i] = i;
    }
    double[][] o = new double[max][];
    for (int i = 0; i < max; i++) {
      int j = i + rnd.nextInt(perm.length - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
      o[i] = x[perm[i]];
    }
    return o;
  }

  /** Tokens whose document frequency rose (positive z) or fell, |z| >= minZ, largest |z| first (at most limit). */
  public static List<TokenJump> textJumps(List<String> ref, List<String> cand, double minZ, int limit) {
    if (ref == null || cand == null || ref.isEmpty() || cand.isEmpty()) {
      throw new IllegalArgumentException("reference and candidate must each hold at least one text");
    }
    if (!(minZ >= 0) || Double.isInfinite(minZ)) {
      throw new IllegalArgumentException("minZ must be finite and >= 0, got " + minZ);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got " + limit);
    }
    Map<String, int[]> df = new HashMap<>();
    for (int side = 0; side < 2; side++) {
      for (String t : side == 0 ? ref : cand) {
        Set<String> seen = new HashSet<>(TextTokens.tokens(t));
        for (String tok : seen) {
          df.computeIfAbsent(tok, k -> new int[2])[side]++;
        }
      }
    }
    double n1 = ref.size();
    double n2 = cand.size();
    List<TokenJump> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : df.entrySet()) {
      int a = e.getValue()[0];
      int b = e.getValue()[1];
      if (a + b < 3) {
        continue;
      }
      double p1 = a / n1;
      double p2 = b / n2;
      double p = (a + b) / (n1 + n2);
      double se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
      if (se == 0) {
        continue;
      }
      double z = (p2 - p1) / se;
      if (Math.abs(z) >= minZ) {
        out.add(new TokenJump(e.getKey(), p1, p2, z));
      }
    }
    out.sort(Comparator.comparingDouble((TokenJump t) -> -Math.abs(t.z())).thenComparing(TokenJump::token));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
  }
}
