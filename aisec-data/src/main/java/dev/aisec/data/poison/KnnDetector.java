package dev.aisec.data.poison;

import dev.aisec.data.poison.internal.Neighbours;
import dev.aisec.data.poison.internal.Stats;

/**
 * k-nearest-neighbour distance (Ramaswamy et al., 2000): the score is the Euclidean distance, on z-scored features,
 * to the k-th nearest other row (k = 5 by default). Exact for up to 20,000 fitted rows; above that an approximate
 * random-projection forest proposes candidates (documented approximation: a true neighbour can be missed, which can
 * only raise a score). Deterministic for a fixed seed.
 */
public final class KnnDetector implements OutlierDetector {

  private final int k;
  private final long seed;

  private KnnDetector(int k, long seed) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1");
    }
    this.k = k;
    this.seed = seed;
  }

  /** k = 5, seed 42. */
  public static KnnDetector standard() {
    return new KnnDetector(5, 42L);
  }

  /** A detector with the given k and seed (the seed only matters above 20,000 rows). */
  public static KnnDetector of(int k, long seed) {
    return new KnnDetector(k, seed);
  }

  @Override
  public String id() {
    return "knn";
  }

  @Override
  public OutlierModel fit(double[][] input) {
    int dAll = Matrices.validate(input, "data");
    int[] order = Stats.canonicalOrder(input);
    double[][] data = Stats.reorder(input, order);
    Stats.Scaler scaler = Stats.Scaler.zscore(data);
    double[][] x = scaler.apply(data);
    int kk = Math.max(1, Math.min(k, data.length - 1));
    Neighbours nb = Neighbours.build(x, seed);
    double[] sorted = new double[x.length];
    if (data.length > 1) {
      for (int i = 0; i < x.length; i++) {
        sorted[i] = nb.knn(x[i], kk, i)[kk - 1];
      }
    }
    double[] train = Stats.unorder(sorted, order);
    return new OutlierModel() {
      @Override
      public int dimensions() {
        return dAll;
      }

      @Override
      public double[] trainingScores() {
        return train.clone();
      }

      @Override
      public double[] score(double[][] rows) {
        Matrices.validateRows(rows, dAll);
        double[] o = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
          double[] dd = nb.knn(scaler.apply(rows[i]), kk, -1);
          o[i] = dd[kk - 1];
        }
        return o;
      }
    };
  }
}
