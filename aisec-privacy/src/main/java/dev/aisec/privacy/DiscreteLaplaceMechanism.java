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

  /** Largest |value| accepted by {@link #release}: room for the noise in a long. */
  public static final long MAX_VALUE = 1L << 62;

  /**
   * The noisy value.
   *
   * @throws IllegalArgumentException when |value| exceeds {@link #MAX_VALUE} (checked before sampling, so the outcome
   *     never depends on the noise), or in the astronomically unlikely case that value plus noise overflows a long
   */
  public long release(long value) {
    checkValue(value);
    long z = hardened ? Exact.discreteLaplace(new FixedDrawSource(noise, LaplaceMechanism.HARDENED_DRAWS), t, s)
        : Exact.discreteLaplace(noise, t, s);
    return addNoise(value, z);
  }

  static void checkValue(long value) {
    if (value > MAX_VALUE || value < -MAX_VALUE) {
      throw new IllegalArgumentException("value must be in [-2^62, 2^62], was " + value);
    }
  }

  static long addNoise(long value, long z) {
    try {
      return Math.addExact(value, z);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("value plus noise overflows a long; release a smaller value", e);
    }
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
