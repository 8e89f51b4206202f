package dev.aisec.privacy;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.internal.Exact;
import dev.aisec.privacy.internal.FixedDrawSource;
import dev.aisec.privacy.random.NoiseSource;

/**
 * The Laplace mechanism for real values, hardened against floating-point attacks (Mironov 2012; Jin et al. 2022;
 * Haney et al. 2022). The value is rounded to a power-of-two granularity {@code g} and an exact discrete Laplace sample
 * (CKS 2020, integer arithmetic only) is added on that grid, so every output is an integer multiple of {@code g} and the
 * set of reachable outputs does not depend on the input. Rounding can move neighbouring inputs by one extra grid step,
 * and the caller's own double arithmetic may be off by up to g/2 (a sum rounded to a double, for example), so the grid
 * sensitivity is {@code ceil(sensitivity/g) + 2} and the scale is rounded up to a rational: the release is epsilon-DP
 * for L1 sensitivity {@code sensitivity}. The granularity is {@code 2^(floor(log2(sensitivity/epsilon))-20)},
 * about a millionth of the noise scale.
 *
 * <p>Data values never cause an exception (whether a release throws must not depend on the private value): a value
 * beyond {@link #maxMagnitude()} (2^52 grid steps) is clamped to {@code +-maxMagnitude()}, infinities to the same
 * limits, and NaN is released as if it were 0. Clamping is 1-Lipschitz, so neighbouring values stay within the
 * sensitivity and the guarantee holds for every input. Arguments that are not data (epsilon, sensitivity) are checked
 * by the builder. Immutable and thread-safe.
 */
public final class LaplaceMechanism {
  /** Words drawn per sample in timing-hardened mode. */
  public static final int HARDENED_DRAWS = 128;
  private static final long MAX_GRID = 1L << 52;
  private static final int T_BITS = 48;

  private final double epsilon;
  private final double sensitivity;
  private final int gridExponent;
  private final long t;
  private final long s;
  private final boolean hardened;
  private final NoiseSource noise;
  private final double toGrid;
  private final double fromGrid;

  private LaplaceMechanism(Builder b) {
    this.epsilon = Check.epsilon(b.epsilon);
    this.sensitivity = Check.sensitivity(b.sensitivity);
    this.hardened = b.hardened;
    this.noise = b.noise;
    double scale = sensitivity / epsilon;
    this.gridExponent = Math.getExponent(scale) - 20;
    this.toGrid = Math.scalb(1.0, -gridExponent);
    this.fromGrid = Math.scalb(1.0, gridExponent);
    double gridSensitivity = Math.ceil(Math.scalb(sensitivity, -gridExponent)) + 2;
    double lambda = gridSensitivity / epsilon;
    // scale t/s with t = 2^48 and s rounded down, so t/s >= lambda (lambda is about 2^20, s about 2^28)
    this.t = 1L << T_BITS;
    this.s = (long) Math.floor(Math.scalb(1.0, T_BITS) / Math.nextUp(lambda)) - 1; // -1: covers division rounding
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The noisy value: a multiple of {@link #granularity()}. Never throws: a value beyond {@link #maxMagnitude()} (or
   * infinite) is clamped to {@code +-maxMagnitude()} and NaN is treated as 0, so the outcome never depends on
   * whether the private value was in range.
   */
  public double release(double value) {
    long x = toGridClamped(value * toGrid, MAX_GRID); // exact: power-of-two scaling
    while (true) {
      long z = x + sample();
      if (Math.abs(z) < (1L << 53)) {
        return z * fromGrid; // exact: |z| < 2^53 and fromGrid is a power of two
      }
    }
  }

  /**
   * {@code rint(scaled)} clamped to [-limit, limit], NaN to 0; branch outcomes depend on the value only through the
   * clamp, which is part of the released function (documented), not an exception.
   */
  static long toGridClamped(double scaled, long limit) {
    if (scaled != scaled) {
      return 0;
    }
    double r = Math.rint(Math.max(-limit, Math.min(limit, scaled)));
    return (long) r;
  }

  /** Largest |value| released without clamping: 2^52 grid steps. Larger values are clamped to +-this. */
  public double maxMagnitude() {
    return Math.scalb((double) MAX_GRID, gridExponent);
  }

  private long sample() {
    if (hardened) {
      return Exact.discreteLaplacePow2(new FixedDrawSource(noise, HARDENED_DRAWS), T_BITS, s);
    }
    return Exact.discreteLaplacePow2(noise, T_BITS, s);
  }

  /** The output grid step (a power of two). */
  public double granularity() {
    return Math.scalb(1.0, gridExponent);
  }

  /** The effective Laplace scale in value units (slightly above sensitivity/epsilon). */
  public double scale() {
    return Math.scalb((double) t / s, gridExponent);
  }

  public double epsilon() {
    return epsilon;
  }

  public double sensitivity() {
    return sensitivity;
  }

  public boolean timingHardened() {
    return hardened;
  }

  /** Half-width h such that |output - value| <= h with probability at least 1 - alpha. */
  public double confidenceHalfWidth(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
    }
    return scale() * Math.log(1 / alpha) + granularity();
  }

  /** Builder; {@code epsilon} and {@code sensitivity} are required. */
  public static final class Builder {
    private double epsilon = Double.NaN;
    private double sensitivity = Double.NaN;
    private boolean hardened;
    private NoiseSource noise = NoiseSource.secure();

    public Builder epsilon(double epsilon) {
      this.epsilon = epsilon;
      return this;
    }

    /** L1 sensitivity of the released value. */
    public Builder sensitivity(double sensitivity) {
      this.sensitivity = sensitivity;
      return this;
    }

    /** Draw a fixed number of random words per sample, independent of the noise value. */
    public Builder timingHardened(boolean hardened) {
      this.hardened = hardened;
      return this;
    }

    public Builder noiseSource(NoiseSource noise) {
      if (noise == null) {
        throw new IllegalArgumentException("noiseSource must not be null");
      }
      this.noise = noise;
      return this;
    }

    public LaplaceMechanism build() {
      return new LaplaceMechanism(this);
    }
  }
}
