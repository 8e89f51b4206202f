package dev.aisec.privacy.internal;

/**
 * Standard normal distribution functions in double precision, accurate in the far tails (used for calibration and
 * accounting, never for sampling). erfc uses a positive-term series for small arguments and a Lentz continued
 * fraction for large ones.
 */
public final class Normal {
  private Normal() {}

  private static final double SQRT_PI = Math.sqrt(Math.PI);
  private static final double LOG_SQRT_PI = Math.log(SQRT_PI);

  /** erfc(z) for any z. */
  public static double erfc(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    if (z == Double.POSITIVE_INFINITY) {
      return 0;
    }
    if (z < 0) {
      return 2 - erfc(-z);
    }
    if (z < 2.5) {
      return 1 - erf(z);
    }
    return Math.exp(logErfc(z));
  }

  /** erf(z) for z >= 0 via erf(z) = 2/sqrt(pi) e^{-z^2} sum 2^n z^{2n+1} / (2n+1)!! (all terms positive). */
  static double erf(double z) {
    double term = z;
    double sum = z;
    double z2 = z * z;
    for (int n = 1; n < 500; n++) {
      term *= 2 * z2 / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
    }
    return 2 / SQRT_PI * Math.exp(-z2) * sum;
  }

  /** log erfc(z), accurate for large positive z (no underflow). */
  public static double logErfc(double z) {
    if (z < 2.5) {
      return Math.log(erfc(z));
    }
    if (z == Double.POSITIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    // erfc(z) = exp(-z^2)/sqrt(pi) * 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + 2/(z + ...)))))
    double tiny = 1e-300;
    double f = z;
    double c = z;
    double d = 0;
    for (int n = 1; n < 5000; n++) {
      double a = n / 2.0;
      d = z + a * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = z + a / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return -z * z - LOG_SQRT_PI - Math.log(f);
  }

  /** Standard normal CDF. */
  public static double cdf(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  /** log of the standard normal CDF, accurate for very negative x. */
  public static double logCdf(double x) {
    if (x < -3) {
      return Math.log(0.5) + logErfc(-x / Math.sqrt(2));
    }
    return Math.log(cdf(x));
  }

  /** Inverse of the standard normal CDF by bisection (p in (0,1)). */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1), was " + p);
    }
    double lo = -40;
    double hi = 40;
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (cdf(mid) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }
}
