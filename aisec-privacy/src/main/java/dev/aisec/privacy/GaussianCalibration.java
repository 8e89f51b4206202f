package dev.aisec.privacy;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.internal.Normal;

/**
 * Noise calibration for the Gaussian mechanism. {@link #analytic} is the analytic Gaussian mechanism of Balle and
 * Wang (2018): the smallest sigma whose exact privacy profile satisfies
 * {@code Phi(D/(2s) - e s/D) - e^e Phi(-D/(2s) - e s/D) <= delta}, found by bisection (result rounded up).
 * {@link #zcdp} gives sigma for rho-zCDP: {@code sigma = D / sqrt(2 rho)}. Stateless and thread-safe.
 */
public final class GaussianCalibration {
  private GaussianCalibration() {}

  /** delta(sigma) of the Gaussian mechanism with L2 sensitivity d at the given epsilon (exact privacy profile). */
  public static double delta(double epsilon, double sensitivity, double sigma) {
    double a = sensitivity / (2 * sigma);
    double b = epsilon * sigma / sensitivity;
    double first = Normal.cdf(a - b);
    double second = Math.exp(epsilon + Normal.logCdf(-a - b));
    return Math.max(0, first - second);
  }

  /** Smallest sigma (rounded up) such that the Gaussian mechanism is (epsilon, delta)-DP. */
  public static double analytic(double epsilon, double delta, double sensitivity) {
    Check.positive("epsilon", epsilon);
    Check.delta(delta);
    Check.sensitivity(sensitivity);
    double hi = sensitivity;
    while (delta(epsilon, sensitivity, hi) > delta) {
      hi *= 2;
    }
    double lo = hi / 2;
    while (lo > 0 && delta(epsilon, sensitivity, lo) <= delta) {
      hi = lo;
      lo /= 2;
    }
    for (int i = 0; i < 100 && hi - lo > hi * 1e-14; i++) {
      double mid = 0.5 * (lo + hi);
      if (delta(epsilon, sensitivity, mid) <= delta) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    // guard against the last-bit error of the profile evaluation
    return hi * (1 + 1e-12);
  }

  /** sigma for rho-zCDP: sensitivity / sqrt(2 rho), rounded up. */
  public static double zcdp(double rho, double sensitivity) {
    Check.mechanismRho(rho);
    Check.sensitivity(sensitivity);
    return Math.nextUp(sensitivity / Math.sqrt(2 * rho));
  }

  /** Classic (Dwork-Roth) calibration sqrt(2 ln(1.25/delta)) D / epsilon, valid for epsilon < 1; for comparison. */
  public static double classic(double epsilon, double delta, double sensitivity) {
    return Math.sqrt(2 * Math.log(1.25 / delta)) * sensitivity / epsilon;
  }

  /**
   * delta of the discrete Gaussian mechanism with variance parameter {@code sigma2} for integer sensitivity {@code d}
   * (Canonne, Kamath, Steinke 2020, Theorem 7): {@code P[Y > eps s^2/d - d/2] - e^eps P[Y > eps s^2/d + d/2]},
   * Y ~ N_Z(0, s^2), computed by direct summation (sigma up to 2^16; beyond that the continuous profile is used,
   * the two differing by a term below e^{-2 pi^2 sigma^2}).
   */
  public static double discreteDelta(double epsilon, long sensitivity, double sigma2) {
    double sigma = Math.sqrt(sigma2);
    if (sigma > 65536) {
      return delta(epsilon, sensitivity, sigma);
    }
    long reach = (long) Math.ceil(40 * sigma) + 2 * sensitivity + 2;
    double norm = 1;
    for (long y = 1; y <= reach; y++) {
      norm += 2 * Math.exp(-(double) y * y / (2 * sigma2));
    }
    double t1 = epsilon * sigma2 / sensitivity - sensitivity / 2.0;
    double t2 = epsilon * sigma2 / sensitivity + sensitivity / 2.0;
    double tail1 = tail(t1, sigma2, reach) / norm;
    double tail2 = tail(t2, sigma2, reach) / norm;
    return Math.max(0, tail1 - Math.exp(epsilon) * tail2);
  }

  /** Sum of exp(-y^2 / (2 s^2)) over integers y > t (y <= reach). */
  private static double tail(double t, double sigma2, long reach) {
    long start = (long) Math.floor(t) + 1;
    double sum = 0;
    if (start <= 0) {
      // include the whole non-positive part below t via symmetry: sum over y in [start, 0]
      for (long y = start; y <= 0; y++) {
        sum += Math.exp(-(double) y * y / (2 * sigma2));
      }
      start = 1;
    }
    for (long y = start; y <= reach; y++) {
      double term = Math.exp(-(double) y * y / (2 * sigma2));
      sum += term;
      if (term < sum * 1e-18) {
        break;
      }
    }
    return sum;
  }
}
