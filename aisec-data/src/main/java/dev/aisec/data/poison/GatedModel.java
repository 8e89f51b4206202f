package dev.aisec.data.poison;

/**
 * A model whose score is only trusted, inside a max-combining ensemble, for some rows: the cluster member for rows in
 * small clusters, the robust Mahalanobis member for rows beyond a strict chi-square cutoff. The gate of a row is a
 * number in [0, 1]; {@link EnsembleDetector} keeps the member's rank where the gate is at least 0.5.
 */
public interface GatedModel extends OutlierModel {

  /** The gate of every training row, in row order. */
  double[] trainingGate();

  /** Scores ({@code [0]}) and gates ({@code [1]}) of new rows. */
  double[][] scoreAndGate(double[][] rows);
}
