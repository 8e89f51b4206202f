package dev.aisec.bench;

import dev.aisec.privacy.DiscreteGaussianMechanism;
import dev.aisec.privacy.DiscreteLaplaceMechanism;
import dev.aisec.privacy.GaussianMechanism;
import dev.aisec.privacy.LaplaceMechanism;
import dev.aisec.privacy.aggregate.AggregationParams;
import dev.aisec.privacy.aggregate.BoundedMean;
import dev.aisec.privacy.aggregate.DpRelease;
import dev.aisec.privacy.random.NoiseSource;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-sample cost of the secure samplers of aisec-privacy beside an insecure textbook baseline (inverse-CDF Laplace
 * on SplittableRandom, vulnerable to the floating-point attacks the secure samplers defend against), and a
 * BoundedMean over 1,000,000 doubles beside a plain summing loop.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DpBench {
  private SplittableRandom insecure;
  private LaplaceMechanism laplace;
  private LaplaceMechanism laplaceHardened;
  private GaussianMechanism gaussian;
  private DiscreteLaplaceMechanism discreteLaplace;
  private DiscreteGaussianMechanism discreteGaussian;
  private NoiseSource secure;
  private double[] data;

  @Setup
  public void setUp() {
    insecure = new SplittableRandom(42);
    laplace = LaplaceMechanism.builder().epsilon(1).sensitivity(1).build();
    laplaceHardened = LaplaceMechanism.builder().epsilon(1).sensitivity(1).timingHardened(true).build();
    gaussian = GaussianMechanism.builder().epsilon(1).delta(1e-6).sensitivity(1).build();
    discreteLaplace = DiscreteLaplaceMechanism.of(1, 1);
    discreteGaussian = DiscreteGaussianMechanism.of(1, 1e-6, 1);
    secure = NoiseSource.secure();
    data = new double[1_000_000];
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < data.length; i++) {
      data[i] = r.nextDouble() * 120;
    }
  }

  /** Textbook inverse-CDF Laplace(1/epsilon) with a non-cryptographic PRNG: the insecure baseline. */
  @Benchmark
  public double baselineLaplaceInverseCdf() {
    double u = insecure.nextDouble() - 0.5;
    return 10 - Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
  }

  @Benchmark
  public long secureRandomWord() {
    return secure.nextLong();
  }

  @Benchmark
  public double secureLaplace() {
    return laplace.release(10);
  }

  @Benchmark
  public double secureLaplaceTimingHardened() {
    return laplaceHardened.release(10);
  }

  @Benchmark
  public double secureGaussian() {
    return gaussian.release(10);
  }

  @Benchmark
  public long discreteLaplace() {
    return discreteLaplace.release(10);
  }

  @Benchmark
  public long discreteGaussian() {
    return discreteGaussian.release(10);
  }

  /** Plain (non-private) mean of the same 1M values. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public double baselineMean1M() {
    double s = 0;
    for (double x : data) {
      s += x;
    }
    return s / data.length;
  }

  /** BoundedMean (clamp, exact fixed-point sum, noisy count and sum) over 1M values. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public DpRelease boundedMean1M() {
    return new BoundedMean(AggregationParams.of(1, 0, 100)).addAll(data).release();
  }
}
