package dev.aisec.privacy;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.internal.Exact;
import dev.aisec.privacy.internal.FixedDrawSource;
import dev.aisec.privacy.internal.Normal;
import dev.aisec.privacy.random.NoiseSource;

/**
 * The discrete Gaussian mechanism on integers (Canonne, Kamath, Steinke 2020): adds Z with P(Z = z) proportional to
 * {@code exp(-z^2 / (2 sigma^2))}, sampled exactly with integer arithmetic. sigma^2 is rounded up to a rational.
 * For (epsilon, delta) sigma starts at the analytic Gaussian value (Balle and Wang 2018) and is raised until the exact
 * privacy profile of the discrete Gaussian (CKS 2020, Theorem 7) meets delta; or it is calibrated for rho-zCDP. Immutable and thread-safe.
 */
public final class DiscreteGaussianMechanism {
  private final long sensitivity;
  private final long varNum;
  private final long varDen;
  private final long laplaceT;
  private final boolean hardened;
  private final NoiseSource noise;

  private DiscreteGaussianMechanism(double sigma, long sensitivity, boolean hardened, NoiseSource noise) {
    if (sensitivity <= 0 || sensitivity > (1L << 40)) {
      throw new IllegalArgumentException("sensitivity must be an integer in [1, 2^40], was " + sensitivity);
    }
    if (!(sigma <= 0x1p30)) {
      throw new IllegalArgumentException("sigma too large (> 2^30): " + sigma);
    }
    this.sensitivity = sensitivity;
    this.hardened = hardened;
    this.noise = noise;
    double var = sigma * sigma;
    int j = Math.max(0, 26 - Math.getExponent(var));
    try {
      this.varNum = Exact.ceilScaled(var, j);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("noise too large for the exact sampler: sigma^2 must be below 2^62, was "
          + var, e);
    }
    this.varDen = 1L << j;
    this.laplaceT = Exact.isqrtFloor(varNum, varDen) + 1;
  }

  /** (epsilon, delta)-DP for integer L2 sensitivity, secure noise. */
  public static DiscreteGaussianMechanism of(double epsilon, double delta, long sensitivity) {
    return of(epsilon, delta, sensitivity, false, NoiseSource.secure());
  }

  public static DiscreteGaussianMechanism of(double epsilon, double delta, long sensitivity, boolean timingHardened,
      NoiseSource noise) {
    Check.epsilon(epsilon);
    Check.delta(delta);
    if (noise == null) {
      throw new IllegalArgumentException("noise must not be null");
    }
    // start from the continuous analytic sigma, then check the exact discrete profile (CKS Theorem 7) and grow sigma
    // until it holds
    double sigma = GaussianCalibration.analytic(epsilon, delta, sensitivity);
    while (true) {
      DiscreteGaussianMechanism m = new DiscreteGaussianMechanism(sigma, sensitivity, timingHardened, noise);
      if (GaussianCalibration.discreteDelta(epsilon, sensitivity, (double) m.varNum / m.varDen) <= delta) {
        return m;
      }
      sigma *= 1.001;
    }
  }

  /** rho-zCDP for integer L2 sensitivity. */
  public static DiscreteGaussianMechanism zcdp(double rho, long sensitivity, NoiseSource noise) {
    if (noise == null) {
      throw new IllegalArgumentException("noise must not be null");
    }
    return new DiscreteGaussianMechanism(GaussianCalibration.zcdp(rho, sensitivity), sensitivity, false, noise);
  }

  /** Explicit sigma (for tests and custom accounting). */
  public static DiscreteGaussianMechanism withSigma(double sigma, NoiseSource noise) {
    Check.positive("sigma", sigma);
    return new DiscreteGaussianMechanism(sigma, 1, false, noise);
  }

  /**
   * The noisy value. Never throws, for any {@code value}: {@code value + noise} is saturated to the long range
   * (post-processing of the exact noisy value, so the guarantee holds).
   */
  public long release(long value) {
    long z = hardened ? Exact.discreteGaussian(new FixedDrawSource(noise, GaussianMechanism.HARDENED_DRAWS), varNum,
        varDen, laplaceT) : Exact.discreteGaussian(noise, varNum, varDen, laplaceT);
    return DiscreteLaplaceMechanism.addNoise(value, z);
  }

  /** sigma^2 as the exact rational {numerator, denominator} used by the sampler. */
  public long[] varianceRational() {
    return new long[] {varNum, varDen};
  }

  public double sigma() {
    return Math.sqrt((double) varNum / varDen);
  }

  public long sensitivity() {
    return sensitivity;
  }

  public double confidenceHalfWidth(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
    }
    return Math.ceil(sigma() * Normal.quantile(1 - alpha / 2));
  }
}
