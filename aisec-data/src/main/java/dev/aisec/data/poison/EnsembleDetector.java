package dev.aisec.data.poison;

import dev.aisec.data.poison.internal.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The default outlier detector: rank-normalised member scores, combined as {@code max(mean of the global members'
 * ranks, highest local member rank)}. Each member's training scores are turned into ranks in (0, 1]; new rows are
 * placed by the fraction of training scores they do not exceed. The standard ensemble averages
 * {@link IsolationForestDetector}, {@link HbosDetector}, {@link McdDetector} (axis-aligned, density and correlation
 * views) and {@link ClusterDetector}, and takes the maximum with two gated local terms ({@link GatedModel}): the
 * cluster member's rank for rows most of its k-means runs place in a small cluster, and the robust Mahalanobis rank
 * for rows beyond its strict chi-square cutoff whose distance is 20 times their sum of squared robust z-scores
 * (rows that break the correlation structure while every feature looks ordinary). A tight little cluster of poison between the real
 * clusters looks normal to every global method (ranks near 0), so averaging alone would hide it; the gated local
 * term ranks it near the top without letting ordinary rows of large clusters inflate their scores.
 * Deterministic for a fixed seed; thread-safe.
 */
public final class EnsembleDetector implements OutlierDetector {

  private final List<OutlierDetector> members;
  private final List<OutlierDetector> local;

  private EnsembleDetector(List<OutlierDetector> members, List<OutlierDetector> local) {
    if (members == null || members.isEmpty()) {
      throw new IllegalArgumentException("members must not be empty");
    }
    if (local == null) {
      throw new IllegalArgumentException("local must not be null");
    }
    this.members = List.copyOf(members);
    this.local = List.copyOf(local);
  }

  /** The default ensemble (seed 42). */
  public static EnsembleDetector standard() {
    return withSeed(42L);
  }

  /** The default ensemble with the given seed for its randomised members. */
  public static EnsembleDetector withSeed(long seed) {
    return new EnsembleDetector(List.of(IsolationForestDetector.of(100, 256, seed), HbosDetector.standard(),
        McdDetector.of(20, seed), ClusterDetector.of(8, seed)),
        List.of(ClusterDetector.of(8, seed), McdDetector.of(20, seed)));
  }

  /** An ensemble averaging the ranks of {@code global} members, maxed with the ranks of {@code local} members. */
  public static EnsembleDetector of(List<OutlierDetector> global, List<OutlierDetector> local) {
    return new EnsembleDetector(global, local);
  }

  /** The global (averaged) members, in order. */
  public List<OutlierDetector> members() {
    return members;
  }

  /** The local (maxed) members, in order. */
  public List<OutlierDetector> localMembers() {
    return local;
  }

  @Override
  public String id() {
    return "ensemble";
  }

  @Override
  public OutlierModel fit(double[][] data) {
    int d = Matrices.validate(data, "data");
    int n = data.length;
    List<OutlierDetector> all = new ArrayList<>(members);
    all.addAll(local);
    List<OutlierModel> models = new ArrayList<>();
    List<double[]> sortedTrain = new ArrayList<>();
    double[][] ranks = new double[all.size()][];
    for (int m = 0; m < all.size(); m++) {
      OutlierModel model = all.get(m).fit(data);
      double[] t = model.trainingScores();
      ranks[m] = Stats.normalisedRanks(t);
      if (m >= members.size() && model instanceof GatedModel gm) {
        gate(ranks[m], gm.trainingGate());
      }
      Arrays.sort(t);
      models.add(model);
      sortedTrain.add(t);
    }
    int g = members.size();
    double[] train = combine(ranks, g, n);
    return new OutlierModel() {
      @Override
      public int dimensions() {
        return d;
      }

      @Override
      public double[] trainingScores() {
        return train.clone();
      }

      @Override
      public double[] score(double[][] rows) {
        Matrices.validateRows(rows, d);
        double[][] r = new double[models.size()][rows.length];
        for (int m = 0; m < models.size(); m++) {
          OutlierModel model = models.get(m);
          double[] share = null;
          double[] s;
          if (m >= g && model instanceof GatedModel gm) {
            double[][] ss = gm.scoreAndGate(rows);
            s = ss[0];
            share = ss[1];
          } else {
            s = model.score(rows);
          }
          double[] sorted = sortedTrain.get(m);
          for (int i = 0; i < rows.length; i++) {
            r[m][i] = (double) Stats.countLessOrEqual(sorted, s[i]) / sorted.length;
          }
          if (share != null) {
            gate(r[m], share);
          }
        }
        return combine(r, g, rows.length);
      }
    };
  }

  /** A local cluster member's rank counts only for rows that most of its runs place in a small cluster. */
  private static void gate(double[] rank, double[] share) {
    for (int i = 0; i < rank.length; i++) {
      rank[i] = share[i] >= 0.5 ? rank[i] : 0.0;
    }
  }

  private static double[] combine(double[][] ranks, int global, int n) {
    double[] o = new double[n];
    for (int i = 0; i < n; i++) {
      double mean = 0;
      for (int m = 0; m < global; m++) {
        mean += ranks[m][i];
      }
      double v = mean / global;
      for (int m = global; m < ranks.length; m++) {
        v = Math.max(v, ranks[m][i]);
      }
      o[i] = v;
    }
    return o;
  }
}
