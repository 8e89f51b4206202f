package dev.aisec.data.poison;

/**
 * An unsupervised outlier detector: {@link #fit} learns what normal rows look like from a numeric matrix, and the
 * returned {@link OutlierModel} scores rows, higher meaning more anomalous.
 *
 * <p>Guarantees shared by every implementation in this package: detectors are immutable and thread-safe; fitting is
 * deterministic for a fixed seed (detectors that sample take a seed in their factory); the input matrix is never
 * modified; scores are finite for finite input; a matrix that is empty, ragged, or holds NaN or infinities is
 * rejected with an {@link IllegalArgumentException} naming the first bad row and column (see {@link Matrices} for
 * the policy on missing values and constant columns). Constant columns carry no information and are ignored.
 */
public interface OutlierDetector {

  /** A short stable id, such as {@code ecod} or {@code iforest}. */
  String id();

  /** Learns a model of normal rows from {@code data} (rows x features). */
  OutlierModel fit(double[][] data);

  /** Fits on {@code data} and returns the score of every row of {@code data}, in row order. */
  default double[] fitScore(double[][] data) {
    return fit(data).trainingScores();
  }
}
