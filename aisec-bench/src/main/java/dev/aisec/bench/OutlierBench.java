package dev.aisec.bench;

import dev.aisec.data.poison.EcodDetector;
import dev.aisec.data.poison.EnsembleDetector;
import dev.aisec.data.poison.HbosDetector;
import dev.aisec.data.poison.IsolationForestDetector;
import dev.aisec.data.poison.MinHasher;
import dev.aisec.data.poison.OutlierModel;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Outlier detectors (fit + score on every row) on a 50,000 x 10 Gaussian matrix and on the shuttle shape (49,097 x
 * 9, integer-valued, skewed), beside a baseline that makes one full pass computing per-column mean and variance.
 * Isolation Forest fit and scoring are measured apart. MinHash signs short documents (about 60 characters).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class OutlierBench {

  @Param({"50000x10", "shuttle"})
  public String shape;

  private double[][] data;
  private OutlierModel forest;
  private String[] docs;
  private final MinHasher minHasher = MinHasher.standard();

  static final int DOCS = 10_000;

  @Setup
  public void setUp() {
    Random r = new Random(42);
    if (shape.equals("shuttle")) {
      data = new double[49_097][9];
      for (double[] row : data) {
        for (int j = 0; j < 9; j++) {
          double v = r.nextGaussian() * (5 + 3 * j);
          row[j] = Math.round(j % 3 == 0 ? Math.abs(v) * 2 : v);
        }
        if (r.nextInt(14) == 0) {
          row[r.nextInt(9)] += 200;
        }
      }
    } else {
      data = new double[50_000][10];
      for (double[] row : data) {
        for (int j = 0; j < 10; j++) {
          row[j] = r.nextGaussian();
        }
      }
    }
    forest = IsolationForestDetector.standard().fit(data);
    String[] words = {"free", "call", "now", "meeting", "tomorrow", "ok", "see", "you", "prize", "win", "lunch",
        "home", "text", "reply", "love"};
    docs = new String[DOCS];
    for (int i = 0; i < DOCS; i++) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 60) {
        sb.append(words[r.nextInt(words.length)]).append(' ');
      }
      docs[i] = sb.toString();
    }
  }

  /** Baseline: one pass computing per-column mean and variance (Welford). */
  @Benchmark
  public double[] baselineMeanVariance() {
    int d = data[0].length;
    double[] mean = new double[d];
    double[] m2 = new double[d];
    int n = 0;
    for (double[] row : data) {
      n++;
      for (int j = 0; j < d; j++) {
        double delta = row[j] - mean[j];
        mean[j] += delta / n;
        m2[j] += delta * (row[j] - mean[j]);
      }
    }
    for (int j = 0; j < d; j++) {
      m2[j] /= Math.max(1, n - 1);
    }
    return m2;
  }

  @Benchmark
  public double[] ecodFitScore() {
    return EcodDetector.standard().fitScore(data);
  }

  @Benchmark
  public double[] hbosFitScore() {
    return HbosDetector.standard().fitScore(data);
  }

  @Benchmark
  public OutlierModel iforestFit() {
    return IsolationForestDetector.standard().fit(data);
  }

  @Benchmark
  public double[] iforestScore() {
    return forest.score(data);
  }

  @Benchmark
  public double[] ensembleFitScore() {
    return EnsembleDetector.standard().fitScore(data);
  }

  @Benchmark
  @OperationsPerInvocation(DOCS)
  public void minHashShortDocs(Blackhole bh) {
    for (String d : docs) {
      bh.consume(minHasher.signature(d));
    }
  }
}
