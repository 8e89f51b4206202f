package dev.aisec.data.poison;

import java.util.Optional;

/**
 * A fitted outlier model. Immutable and thread-safe. Scores are higher for more anomalous rows; their scale depends
 * on the detector (compare ranks across detectors, as {@link EnsembleDetector} does).
 */
public interface OutlierModel {

  /** The number of features the model was fitted on (rows to score must have this length). */
  int dimensions();

  /** The scores of the rows the model was fitted on, in row order (leave-one-out where the method needs it). */
  double[] trainingScores();

  /** Scores new rows; each row must have {@link #dimensions()} finite values. */
  double[] score(double[][] rows);

  /** Scores one new row. */
  default double score(double[] row) {
    return score(new double[][] {row})[0];
  }

  /**
   * Per-feature contributions to the score of {@code row} (same length as the row; larger = that feature made the
   * row more anomalous), when the method allows such a decomposition.
   */
  default Optional<double[]> explain(double[] row) {
    return Optional.empty();
  }
}
