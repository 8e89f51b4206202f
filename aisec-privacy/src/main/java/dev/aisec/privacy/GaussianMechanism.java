package dev.aisec.privacy;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.internal.Exact;
import dev.aisec.privacy.internal.FixedDrawSource;
import dev.aisec.privacy.internal.Normal;
import dev.aisec.privacy.random.NoiseSource;

/**
 * The Gaussian mechanism for real values and vectors ({@code double[]}: embeddings, summed clipped gradients), safe
 * against floating-point attacks: each coordinate is rounded to a power-of-two grid {@code g} (about sigma/4096) and
 * an exact discrete Gaussian sample (CKS 2020) on the grid is added, so every output coordinate is a multiple of g.
 * Calibration: either (epsilon, delta) through the analytic Gaussian mechanism (Balle and Wang 2018) or rho-zCDP. The
 * rounding moves neighbouring inputs by at most {@code g * sqrt(dimension)} in L2 (and the caller's own double rounding
 * may add up to g/2 per coordinate), so sigma is calibrated for the sensitivity plus {@code 2 g sqrt(dimension)}. The zCDP guarantee of the discrete Gaussian equals the continuous one (CKS Thm 4); for
 * (epsilon, delta) the discrete Gaussian's profile matches the continuous one up to a term CKS show is negligible at
 * sigma/g = 4096 grid steps.
 *
 * <p>Data values never cause an exception: a coordinate beyond {@link #maxMagnitude()} (2^52 grid steps) or infinite
 * is clamped to {@code +-maxMagnitude()}, and NaN is released as if it were 0 (clamping each coordinate to a box
 * never increases the L2 distance between neighbouring inputs). Arguments that are not data (epsilon, delta, rho,
 * sensitivity, dimension, the vector's length) are checked. Immutable and thread-safe.
 */
public final class GaussianMechanism {
  /** Words drawn per coordinate in timing-hardened mode. */
  public static final int HARDENED_DRAWS = 128;

  private final double sensitivity;
  private final int dimension;
  private final double sigma;
  private final int gridExponent;
  private final long varNum;
  private final long varDen;
  private final long laplaceT;
  private final boolean hardened;
  private final NoiseSource noise;
  private final String guarantee;

  private GaussianMechanism(Builder b) {
    this.sensitivity = Check.sensitivity(b.sensitivity);
    this.dimension = Check.positiveInt("dimension", b.dimension);
    this.hardened = b.hardened;
    this.noise = b.noise;
    boolean zcdp = !Double.isNaN(b.rho);
    if (zcdp == !Double.isNaN(b.epsilon)) {
      throw new IllegalArgumentException("exactly one of epsilon (with delta) or rho must be set");
    }
    double sigma0;
    if (zcdp) {
      sigma0 = GaussianCalibration.zcdp(b.rho, sensitivity);
      guarantee = "rho=" + b.rho + " zCDP";
    } else {
      Check.epsilon(b.epsilon);
      Check.delta(b.delta);
      sigma0 = GaussianCalibration.analytic(b.epsilon, b.delta, sensitivity);
      guarantee = "(" + b.epsilon + ", " + b.delta + ")-DP";
    }
    // The grid is fine relative to the sensitivity too (rounding is charged to it as a slack of 2 sqrt(d) g), not
    // only to sigma: with g = sigma / 4096, a small epsilon (sigma >> sensitivity) inflated the noise (x1.06 at
    // epsilon 0.01, x1.5 at 0.001, x6 at 1e-4). g stays above sigma / 2^15, so sigma^2 in grid units stays below
    // 2^30 and the exact sampler keeps to long arithmetic (now x1.016, x1.125 and x2 at those epsilons).
    this.gridExponent = Math.max(Math.getExponent(sigma0) - 14,
        Math.getExponent(Math.min(sigma0, sensitivity)) - 12);
    double slack = Math.nextUp(Math.scalb(2 * Math.sqrt(dimension), gridExponent) * (1 + 1e-12));
    double effective = Math.nextUp(sensitivity + slack);
    this.sigma = zcdp ? GaussianCalibration.zcdp(b.rho, effective)
        : GaussianCalibration.analytic(b.epsilon, b.delta, effective);
    double sg = Math.scalb(sigma, -gridExponent);
    double var = sg * sg;
    int j = Math.max(0, 26 - Math.getExponent(var));
    long den = 1L << j;
    long num;
    try {
      num = Exact.ceilScaled(var, j);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("noise too large for the exact sampler on its grid (sigma " + sigma + ")", e);
    }
    if (!zcdp && dimension == 1) {
      // check the exact discrete profile (CKS Theorem 7) at the integer grid sensitivity and grow sigma if needed
      long gridSensitivity = (long) Math.ceil(Math.scalb(sensitivity, -gridExponent)) + 2;
      while (GaussianCalibration.discreteDelta(b.epsilon, gridSensitivity, (double) num / den) > b.delta) {
        num = Math.addExact(num, Math.max(1, num / 1000));
      }
    }
    this.varNum = num;
    this.varDen = den;
    this.laplaceT = Exact.isqrtFloor(varNum, varDen) + 1;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Noisy scalar (dimension must be 1). Never throws for a data value: see the class comment for clamping. */
  public double release(double value) {
    if (dimension != 1) {
      throw new IllegalArgumentException("this mechanism was built for dimension " + dimension + "; use release(double[])");
    }
    return noisy(value);
  }

  /** Noisy vector; {@code values.length} must equal the built dimension. The input is not modified. */
  public double[] release(double[] values) {
    if (values == null || values.length != dimension) {
      throw new IllegalArgumentException("values must have length " + dimension);
    }
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = noisy(values[i]);
    }
    return out;
  }

  private double noisy(double value) {
    long x = LaplaceMechanism.toGridClamped(Math.scalb(value, -gridExponent), 1L << 52);
    while (true) {
      long z = x + (hardened
          ? Exact.discreteGaussian(new FixedDrawSource(noise, HARDENED_DRAWS), varNum, varDen, laplaceT)
          : Exact.discreteGaussian(noise, varNum, varDen, laplaceT));
      if (Math.abs(z) < (1L << 53)) {
        return Math.scalb((double) z, gridExponent);
      }
    }
  }

  /**
   * Scales {@code v} in place so that its L2 norm is at most {@code maxNorm} (per-example gradient clipping), and
   * returns it. Coordinates are data, so they never cause an exception: NaN coordinates become 0, and when some are
   * infinite the vector becomes the limit direction (+-1 at the infinite coordinates, 0 elsewhere) scaled to
   * {@code maxNorm}. Only {@code v == null} and a bad {@code maxNorm} throw.
   */
  public static double[] clipL2(double[] v, double maxNorm) {
    if (v == null) {
      throw new IllegalArgumentException("v must not be null");
    }
    Check.positive("maxNorm", maxNorm);
    boolean infinite = false;
    for (int i = 0; i < v.length; i++) {
      if (v[i] != v[i]) {
        v[i] = 0;
      } else if (Double.isInfinite(v[i])) {
        infinite = true;
      }
    }
    if (infinite) {
      int k = 0;
      for (double x : v) {
        k += Double.isInfinite(x) ? 1 : 0;
      }
      double each = maxNorm / Math.sqrt(k); // the rounding check below keeps the norm <= maxNorm
      for (int i = 0; i < v.length; i++) {
        v[i] = Double.isInfinite(v[i]) ? Math.copySign(each, v[i]) : 0;
      }
    }
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      norm = Math.hypot(norm, v[i]);
    }
    boolean overflowed = Double.isInfinite(norm); // then the true norm exceeds Double.MAX_VALUE >= maxNorm
    if (overflowed) {
      // finite coordinates whose norm exceeds Double.MAX_VALUE: maxNorm / infinity would zero the vector; scale down
      // first (by a power of two, exact but for coordinates too small to matter beside these)
      norm = 0;
      for (int i = 0; i < v.length; i++) {
        v[i] = Math.scalb(v[i], -64);
        norm = Math.hypot(norm, v[i]);
      }
    }
    if (norm > maxNorm || overflowed) {
      double f = maxNorm / norm;
      for (int i = 0; i < v.length; i++) {
        v[i] *= f;
      }
      // guard against the rounding of the product
      double check = 0;
      for (double x : v) {
        check = Math.hypot(check, x);
      }
      if (check > maxNorm) {
        double f2 = Math.nextDown(maxNorm / check);
        for (int i = 0; i < v.length; i++) {
          v[i] *= f2;
        }
      }
    }
    return v;
  }

  /** Noise standard deviation in value units (the discrete Gaussian's parameter). */
  public double sigma() {
    return Math.scalb(Math.sqrt((double) varNum / varDen), gridExponent);
  }

  /** Largest |coordinate| released without clamping: 2^52 grid steps. Larger values are clamped to +-this. */
  public double maxMagnitude() {
    return Math.scalb(0x1p52, gridExponent);
  }

  public double granularity() {
    return Math.scalb(1.0, gridExponent);
  }

  public int dimension() {
    return dimension;
  }

  /** Human-readable guarantee, e.g. "(1.0, 1.0E-6)-DP". */
  public String guarantee() {
    return guarantee;
  }

  /** Half-width h with |output - value| <= h per coordinate with probability about 1 - alpha. */
  public double confidenceHalfWidth(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
    }
    return sigma() * Normal.quantile(1 - alpha / 2) + granularity();
  }

  /** Builder: sensitivity, and either epsilon+delta or rho. */
  public static final class Builder {
    private double epsilon = Double.NaN;
    private double delta = Double.NaN;
    private double rho = Double.NaN;
    private double sensitivity = Double.NaN;
    private int dimension = 1;
    private boolean hardened;
    private NoiseSource noise = NoiseSource.secure();

    public Builder epsilon(double epsilon) {
      this.epsilon = epsilon;
      return this;
    }

    public Builder delta(double delta) {
      this.delta = delta;
      return this;
    }

    /** Calibrate for rho-zCDP instead of (epsilon, delta). */
    public Builder rho(double rho) {
      this.rho = rho;
      return this;
    }

    /** L2 sensitivity. */
    public Builder sensitivity(double sensitivity) {
      this.sensitivity = sensitivity;
      return this;
    }

    public Builder dimension(int dimension) {
      this.dimension = dimension;
      return this;
    }

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

    public GaussianMechanism build() {
      return new GaussianMechanism(this);
    }
  }
}
