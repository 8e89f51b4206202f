package dev.aisec.data.poison;

import java.util.List;

/** Lookup of the built-in outlier detectors by id. */
public final class OutlierDetectors {

  private OutlierDetectors() {}

  /** The ids accepted by {@link #byId}. */
  public static final List<String> IDS = List.of("ecod", "iforest", "hbos", "mcd", "knn", "cluster", "ensemble");

  /** The standard detector with this id (seed 42 where one is used). */
  public static OutlierDetector byId(String id) {
    if (id == null) {
      throw new IllegalArgumentException("detector must not be null");
    }
    switch (id) {
      case "ecod":
        return EcodDetector.standard();
      case "iforest":
        return IsolationForestDetector.standard();
      case "hbos":
        return HbosDetector.standard();
      case "mcd":
        return McdDetector.standard();
      case "knn":
        return KnnDetector.standard();
      case "cluster":
        return ClusterDetector.standard();
      case "ensemble":
        return EnsembleDetector.standard();
      default:
        throw new IllegalArgumentException("detector must be one of " + IDS + ", got '" + id + "'");
    }
  }
}
