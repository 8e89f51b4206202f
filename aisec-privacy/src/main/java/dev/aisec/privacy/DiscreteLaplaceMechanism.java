package dev.aisec.privacy;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.internal.Exact;
import dev.aisec.privacy.internal.FixedDrawSource;
import dev.aisec.privacy.random.NoiseSource;

/**
 * The discrete Laplace (two-sided geometric) mechanism on integers: adds Z with P(Z = z) proportional to
 * {@code exp(-|z| epsilon / sensitivity)}, sampled exactly (CKS 2020, integer arithmetic only). The scale
 * sensitivity/epsilon is rounded up to a rational with denominator 2^k, so the release is epsilon-DP for integer L1
 * sensitivity {@code sensitivity}. Immutable and thread-safe.
 */
public final class DiscreteLaplaceMechanism {
  private final double epsilon;
  private final long sensitivity;
  private final long t;
  private final long s;
  private final boolean hardened;
  private final NoiseSource noise;

  private DiscreteLaplaceMechanism(double epsilon, long sensitivity, boolean hardened, NoiseSource noise) {
    this.epsilon = Check.epsilon(epsilon);
    if (sensitivity <= 0 || sensitivity > (1L << 40)) {
      throw new IllegalArgumentException("sensitivity must be an integer in [1, 2^40], was " + sensitivity);
    }
    this.sensitivity = sensitivity;
    this.hardened = hardened;
    this.noise = noise == null ? NoiseSource.secure() : noise;
    double scale = sensitivity / epsilon;
    int k = Math.max(0, 40 - Math.getExponent(scale));
    this.t = Exact.ceilScaled(scale, k);
    this.s = 1L << k;
  }

  /** Secure mechanism. */
  public static DiscreteLaplaceMechanism of(double epsilon, long sensitivity) {
    return new DiscreteLaplaceMechanism(epsilon, sensitivity, false, null);
  }

  /** Mechanism with explicit options. */
  public static DiscreteLaplaceMechanism of(double epsilon, long sensitivity, boolean timingHardened,
      NoiseSource noise) {
    if (noise == null) {
      throw new IllegalArgumentException("noise must not be null");
    }
    return new DiscreteLaplaceMechanism(epsilon, sensitivity, timingHardened, noise);
  }

  /**
   * Formerly the largest |value| accepted by {@link #release}. Every long is now accepted (a value-dependent exception
   * would reveal the value); kept for compatibility.
   */
  @Deprecated
  public static final long MAX_VALUE = 1L << 62;

  /**
   * The noisy value. Never throws, for any {@code value}: {@code value + noise} is computed exactly and saturated to
   * [{@link Long#MIN_VALUE}, {@link Long#MAX_VALUE}]. Saturation is post-processing of the exact noisy value, so the
   * guarantee holds; outputs at the extremes of the long range are biased towards the limit.
   */
  public long release(long value) {
    long z = hardened ? Exact.discreteLaplace(new FixedDrawSource(noise, LaplaceMechanism.HARDENED_DRAWS), t, s)
        : Exact.discreteLaplace(noise, t, s);
    return addNoise(value, z);
  }

  /** {@code value + z} saturated to the long range (no exception, no wrap-around). */
  static long addNoise(long value, long z) {
    long r = value + z;
    // overflow iff both operands have the sign opposite to the result
    if (((value ^ r) & (z ^ r)) < 0) {
      return value < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return r;
  }

  /** Effective scale t/s (>= sensitivity/epsilon). */
  public double scale() {
    return (double) t / s;
  }

  public double epsilon() {
    return epsilon;
  }

  public long sensitivity() {
    return sensitivity;
  }

  /** Half-width h with |output - value| <= h with probability at least 1 - alpha. */
  public double confidenceHalfWidth(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
    }
    return Math.ceil(scale() * Math.log(1 / alpha));
  }
}
