package dev.aisec.data.poison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Spectral signatures (Tran, Li and Madry, NeurIPS 2018): within each label, the representations are centred and the
 * top right singular vector of the centred matrix is found (power iteration on the covariance, seeded); a row's score
 * is its squared projection on that vector, normalised by the class's median score. Poisoned rows of a class share a
 * direction and stand out. {@link #flagged} marks the top {@code 1.5 * epsilon} fraction of each class. Deterministic.
 */
public final class SpectralSignature {

  private SpectralSignature() {}

  /** One score per row (higher = more suspicious). */
  public static double[] scores(double[][] emb, List<String> labels) {
    int d = Matrices.validate(emb, "embeddings");
    if (labels == null || labels.size() != emb.length) {
      throw new IllegalArgumentException("labels must have one entry per row");
    }
    Map<String, List<Integer>> byLabel = new HashMap<>();
    for (int i = 0; i < emb.length; i++) {
      byLabel.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
    }
    double[] out = new double[emb.length];
    for (List<Integer> rows : byLabel.values()) {
      int m = rows.size();
      if (m < 3) {
        continue;
      }
      double[] mean = new double[d];
      for (int i : rows) {
        for (int j = 0; j < d; j++) {
          mean[j] += emb[i][j] / m;
        }
      }
      double[] v = new double[d];
      SplittableRandom r = new SplittableRandom(7);
      for (int j = 0; j < d; j++) {
        v[j] = r.nextGaussian();
      }
      for (int it = 0; it < 100; it++) {
        double[] w = new double[d];
        for (int i : rows) {
          double proj = 0;
          for (int j = 0; j < d; j++) {
            proj += (emb[i][j] - mean[j]) * v[j];
          }
          for (int j = 0; j < d; j++) {
            w[j] += proj * (emb[i][j] - mean[j]);
          }
        }
        double norm = 0;
        for (double x : w) {
          norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
          break;
        }
        for (int j = 0; j < d; j++) {
          w[j] /= norm;
        }
        v = w;
      }
      double[] s = new double[m];
      for (int k = 0; k < m; k++) {
        int i = rows.get(k);
        double proj = 0;
        for (int j = 0; j < d; j++) {
          proj += (emb[i][j] - mean[j]) * v[j];
        }
        s[k] = proj * proj;
      }
      double med = dev.aisec.data.poison.internal.Stats.median(s);
      for (int k = 0; k < m; k++) {
        out[rows.get(k)] = med > 0 ? s[k] / med : s[k];
      }
    }
    return out;
  }

  /** Marks the top {@code 1.5 * epsilon} fraction of each class by score. */
  public static boolean[] flagged(double[] scores, List<String> labels, double epsilon) {
    Map<String, List<Integer>> byLabel = new HashMap<>();
    for (int i = 0; i < scores.length; i++) {
      byLabel.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
    }
    boolean[] f = new boolean[scores.length];
    for (List<Integer> rows : byLabel.values()) {
      rows.sort((a, b) -> Double.compare(scores[b], scores[a]));
      int k = (int) Math.round(1.5 * epsilon * rows.size());
      for (int i = 0; i < Math.min(k, rows.size()); i++) {
        f[rows.get(i)] = true;
      }
    }
    return f;
  }
}
