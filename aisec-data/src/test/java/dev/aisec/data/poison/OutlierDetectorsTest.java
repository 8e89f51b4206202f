package dev.aisec.data.poison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutlierDetectorsTest {

  /** 500 Gaussian rows in 4 dims plus 10 far-away rows at the end. */
  static double[][] planted(long seed) {
    Random r = new Random(seed);
    double[][] x = new double[510][4];
    for (int i = 0; i < 500; i++) {
      for (int j = 0; j < 4; j++) {
        x[i][j] = r.nextGaussian();
      }
    }
    for (int i = 500; i < 510; i++) {
      for (int j = 0; j < 4; j++) {
        x[i][j] = 6 + r.nextGaussian();
      }
    }
    return x;
  }

  static double auc(double[] s, int firstPositive) {
    int pos = s.length - firstPositive;
    int neg = firstPositive;
    double wins = 0;
    for (int i = firstPositive; i < s.length; i++) {
      for (int j = 0; j < firstPositive; j++) {
        wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
      }
    }
    return wins / ((double) pos * neg);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecod", "iforest", "hbos", "mcd", "knn", "cluster", "ensemble"})
  void plantedOutliersRankHighest(String id) {
    double[] s = OutlierDetectors.byId(id).fitScore(planted(1));
    assertEquals(510, s.length);
    assertTrue(auc(s, 500) > 0.95, id + " auc " + auc(s, 500));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecod", "iforest", "hbos", "mcd", "knn", "cluster", "ensemble"})
  void newRowsScoreLikeTrainingRows(String id) {
    OutlierModel m = OutlierDetectors.byId(id).fit(planted(2));
    double[] s = m.score(new double[][] {{0, 0, 0, 0}, {8, 8, 8, 8}});
    assertTrue(s[1] > s[0], id);
    assertEquals(s[0], m.score(new double[] {0, 0, 0, 0}), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> m.score(new double[][] {{1, 2}}));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecod", "iforest", "hbos", "mcd", "knn", "cluster", "ensemble"})
  void rejectsNanAndInfinityNamingTheCell(String id) {
    double[][] x = planted(3);
    x[7][2] = Double.NaN;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OutlierDetectors.byId(id).fit(x));
    assertTrue(e.getMessage().contains("row 7 column 2"), e.getMessage());
    x[7][2] = Double.POSITIVE_INFINITY;
    assertThrows(IllegalArgumentException.class, () -> OutlierDetectors.byId(id).fit(x));
    assertThrows(IllegalArgumentException.class, () -> OutlierDetectors.byId(id).fit(new double[0][]));
    assertThrows(IllegalArgumentException.class, () -> OutlierDetectors.byId(id).fit(null));
    assertThrows(IllegalArgumentException.class,
        () -> OutlierDetectors.byId(id).fit(new double[][] {{1, 2}, {3}}));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecod", "iforest", "hbos", "mcd", "knn", "cluster", "ensemble"})
  void constantColumnsAreIgnoredAndAllConstantIsFlat(String id) {
    double[][] x = planted(4);
    double[][] withConst = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      withConst[i] = new double[] {x[i][0], 5.0, x[i][1], x[i][2], x[i][3]};
    }
    double[] s = OutlierDetectors.byId(id).fitScore(withConst);
    assertTrue(auc(s, 500) > 0.95, id);
    double[][] flat = new double[50][3];
    double[] f = OutlierDetectors.byId(id).fitScore(flat);
    for (double v : f) {
      assertTrue(Double.isFinite(v));
      assertEquals(f[0], v, 1e-12);
    }
    double[] one = OutlierDetectors.byId(id).fitScore(new double[][] {{1.0, 2.0}});
    assertEquals(1, one.length);
    assertTrue(Double.isFinite(one[0]));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecod", "hbos", "mcd"})
  void explanationsPointAtTheDeviatingFeature(String id) {
    OutlierModel m = OutlierDetectors.byId(id).fit(planted(5));
    double[] e = m.explain(new double[] {0, 0, 9, 0}).orElseThrow();
    assertEquals(4, e.length);
    for (int j = 0; j < 4; j++) {
      if (j != 2) {
        assertTrue(e[2] > e[j], id + " " + java.util.Arrays.toString(e));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void ensembleCatchesTightClusterBetweenRealClusters() {
    Random r = new Random(9);
    int n = 1500;
    int m = 40;
    double[][] x = new double[n + m][6];
    double[][] c = new double[3][6];
    for (double[] cc : c) {
      for (int j = 0; j < 6; j++) {
        cc[j] = r.nextGaussian() * 6;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 6; j++) {
        x[i][j] = c[i % 3][j] + r.nextGaussian();
      }
    }
    for (int i = n; i < n + m; i++) {
      for (int j = 0; j < 6; j++) {
        x[i][j] = (c[0][j] + c[1][j]) / 2 + 0.1 * r.nextGaussian();
      }
    }
    double global = auc(EcodDetector.standard().fitScore(x), n);
    double ens = auc(EnsembleDetector.standard().fitScore(x), n);
    assertTrue(global < 0.5, "ECOD should miss clustered poison: " + global);
    assertTrue(ens > 0.95, "ensemble " + ens);
  }

  @org.junit.jupiter.api.Test
  void mcdCatchesCorrelationOnlyOutliers() {
    Random r = new Random(11);
    double[][] x = new double[1030][4];
    for (int i = 0; i < 1030; i++) {
      double z = r.nextGaussian();
      boolean out = i >= 1000;
      for (int j = 0; j < 4; j++) {
        x[i][j] = (out && j % 2 == 1 ? -z : z) + 0.2 * r.nextGaussian();
      }
    }
    assertTrue(auc(McdDetector.standard().fitScore(x), 1000) > 0.9);
    assertTrue(auc(EnsembleDetector.standard().fitScore(x), 1000) > 0.8);
    assertTrue(auc(EcodDetector.standard().fitScore(x), 1000) < 0.7);
  }

  @org.junit.jupiter.api.Test
  void knnApproximateIndexAboveLimitStillFindsOutliers() {
    Random r = new Random(13);
    int n = 21_000;
    double[][] x = new double[n + 20][3];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = r.nextGaussian();
      }
    }
    for (int i = n; i < n + 20; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = 7 + r.nextGaussian();
      }
    }
    assertTrue(auc(KnnDetector.standard().fitScore(x), n) > 0.99);
  }

  @org.junit.jupiter.api.Test
  void unknownDetectorIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutlierDetectors.byId("x"));
    assertTrue(e.getMessage().contains("detector"));
    assertEquals(List.of("ecod", "iforest", "hbos", "mcd", "knn", "cluster", "ensemble"), OutlierDetectors.IDS);
  }

  @org.junit.jupiter.api.Test
  void inputIsNotModified() {
    double[][] x = planted(6);
    double[][] copy = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      copy[i] = x[i].clone();
    }
    for (String id : OutlierDetectors.IDS) {
      OutlierDetectors.byId(id).fitScore(x);
    }
    for (int i = 0; i < x.length; i++) {
      assertArrayEquals(copy[i], x[i]);
    }
  }
}
