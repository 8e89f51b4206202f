package dev.aisec.data.poison;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of every detector: finite scores, determinism, permutation invariance. */
class OutlierPropertiesTest {

  /** A random matrix from a seed: rows x cols, mixed scales, some duplicates and a constant column sometimes. */
  static double[][] matrix(long seed, int rows, int cols, double scale) {
    Random r = new Random(seed);
    double[][] x = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double v = r.nextInt(4) == 0 ? Math.round(r.nextGaussian() * 3) : r.nextGaussian() * (j + 1);
        x[i][j] = v * scale;
      }
      if (i > 0 && r.nextInt(10) == 0) {
        x[i] = x[i - 1].clone();
      }
    }
    if (cols > 1 && (seed & 1) == 0) {
      for (double[] row : x) {
        row[cols - 1] = 3.0;
      }
    }
    return x;
  }

  @Test
  void scoresAreFiniteForFiniteInput() {
    qt().withExamples(25).forAll(longs().all(), integers().between(1, 60), integers().between(1, 6),
        doubles().between(1e-6, 1e12)).checkAssert((seed, rows, cols, scale) -> {
          double[][] x = matrix(seed, rows, cols, scale);
          for (String id : OutlierDetectors.IDS) {
            for (double s : OutlierDetectors.byId(id).fitScore(x)) {
              if (!Double.isFinite(s)) {
                throw new AssertionError(id + " gave " + s);
              }
            }
          }
        });
  }

  @Test
  void scoresArePermutationInvariantInRowOrder() {
    qt().withExamples(20).forAll(longs().all(), integers().between(2, 80), integers().between(1, 5))
        .checkAssert((seed, rows, cols) -> {
          double[][] x = matrix(seed, rows, cols, 1.0);
          List<Integer> perm = new ArrayList<>();
          for (int i = 0; i < rows; i++) {
            perm.add(i);
          }
          Collections.shuffle(perm, new Random(seed + 1));
          double[][] y = new double[rows][];
          for (int i = 0; i < rows; i++) {
            y[i] = x[perm.get(i)];
          }
          for (String id : OutlierDetectors.IDS) {
            double[] sx = OutlierDetectors.byId(id).fitScore(x);
            double[] sy = OutlierDetectors.byId(id).fitScore(y);
            for (int i = 0; i < rows; i++) {
              double a = sx[perm.get(i)];
              double b = sy[i];
              if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) {
                throw new AssertionError(id + " row " + i + ": " + a + " vs " + b);
              }
            }
          }
        });
  }

  @Test
  void scoresAreDeterministicForAFixedSeed() {
    qt().withExamples(15).forAll(longs().all(), integers().between(1, 80), integers().between(1, 5))
        .checkAssert((seed, rows, cols) -> {
          double[][] x = matrix(seed, rows, cols, 1.0);
          List<OutlierDetector> a = List.of(IsolationForestDetector.of(50, 64, seed), McdDetector.of(3, seed),
              ClusterDetector.of(4, seed), KnnDetector.of(3, seed), EnsembleDetector.withSeed(seed));
          List<OutlierDetector> b = List.of(IsolationForestDetector.of(50, 64, seed), McdDetector.of(3, seed),
              ClusterDetector.of(4, seed), KnnDetector.of(3, seed), EnsembleDetector.withSeed(seed));
          for (int k = 0; k < a.size(); k++) {
            if (!java.util.Arrays.equals(a.get(k).fitScore(x), b.get(k).fitScore(x))) {
              throw new AssertionError(a.get(k).id() + " not deterministic");
            }
          }
        });
  }
}
