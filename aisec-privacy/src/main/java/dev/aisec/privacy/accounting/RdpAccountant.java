package dev.aisec.privacy.accounting;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.internal.Normal;

/**
 * Rényi-DP accountant (Mironov 2017) with the Poisson-subsampled Gaussian mechanism of DP-SGD (Mironov, Talwar, Zhang
 * 2019: exact binomial expansion for integer orders, the two-series erfc expansion for fractional orders). RDP values
 * compose by addition; conversion to (epsilon, delta) uses the improved bound of Canonne, Kamath and Steinke (2020) /
 * Asoodeh et al. (2021), as in Google's dp_accounting and Opacus:
 * {@code eps = min_a [ rdp(a) + log((a-1)/a) - (log delta + log a) / (a - 1) ]}. The classic bound
 * {@code rdp(a) + log(1/delta)/(a-1)} is available for comparison with older published figures.
 *
 * <p>Thread-safe: composition is synchronised; the orders are fixed at construction.
 */
public final class RdpAccountant {
  /** Default orders: 1.1..10.9 in steps of 0.1, 11..64, then 128, 256, 512, 1024 (the grid used by common libraries). */
  public static final double[] DEFAULT_ORDERS = defaultOrders();

  /** Largest order accepted (the default grid stops at 1024). */
  public static final double MAX_ORDER = 1 << 20;

  private final double[] orders;
  private final double[] rdp;

  public RdpAccountant() {
    this(DEFAULT_ORDERS);
  }

  public RdpAccountant(double[] orders) {
    if (orders == null || orders.length == 0) {
      throw new IllegalArgumentException("orders must be non-empty");
    }
    for (double a : orders) {
      if (!(a > 1) || !(a <= MAX_ORDER)) {
        // (review19) an integer order takes a binomial sum of 'order' terms: 1e9 took a minute per composition,
        // 1e18 would never end
        throw new IllegalArgumentException("orders must be > 1 and at most " + (long) MAX_ORDER + ", got " + a);
      }
    }
    this.orders = orders.clone();
    this.rdp = new double[orders.length];
  }

  private static double[] defaultOrders() {
    double[] o = new double[99 + 54 + 4];
    int n = 0;
    for (int x = 1; x < 100; x++) {
      o[n++] = 1 + x / 10.0;
    }
    for (int a = 11; a <= 64; a++) {
      o[n++] = a;
    }
    for (int a : new int[] {128, 256, 512, 1024}) {
      o[n++] = a;
    }
    return o;
  }

  /** Composes {@code steps} runs of the Poisson-subsampled Gaussian (sampling rate q, noise multiplier z). */
  public synchronized RdpAccountant composeSubsampledGaussian(double q, double noiseMultiplier, long steps) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("sampling rate must be in [0, 1], was " + q);
    }
    Check.positive("noiseMultiplier", noiseMultiplier);
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, was " + steps);
    }
    if (steps == 0) {
      return this; // 0 * an infinite RDP would be NaN
    }
    for (int i = 0; i < orders.length; i++) {
      add(i, steps * subsampledGaussian(q, noiseMultiplier, orders[i]));
    }
    return this;
  }

  /**
   * Composes {@code count} (>= 0) runs of the Gaussian mechanism with noise multiplier sigma/sensitivity = z:
   * rdp(a) = a / (2 z^2).
   */
  public synchronized RdpAccountant composeGaussian(double noiseMultiplier, long count) {
    Check.positive("noiseMultiplier", noiseMultiplier);
    requireCount(count);
    if (count == 0) {
      return this;
    }
    for (int i = 0; i < orders.length; i++) {
      add(i, count * (orders[i] / (2 * noiseMultiplier * noiseMultiplier)));
    }
    return this;
  }

  /** Composes {@code count} (>= 0) runs of an epsilon-DP (pure) mechanism: rdp(a) = min(eps, a eps^2 / 2). */
  public synchronized RdpAccountant composePureDp(double epsilon, long count) {
    Check.positive("epsilon", epsilon);
    requireCount(count);
    for (int i = 0; i < orders.length; i++) {
      add(i, count * Math.min(epsilon, orders[i] * epsilon * epsilon / 2));
    }
    return this;
  }

  /** A negative count would subtract privacy loss already spent. */
  private static void requireCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count);
    }
  }

  /** Adds one order's RDP; NaN (an undefined bound) counts as no bound at all, so it can never lower epsilon. */
  private void add(int i, double value) {
    rdp[i] += Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
  }

  /** Whether nothing with privacy loss was composed (every order's RDP is exactly 0). */
  private boolean nothingComposed() {
    for (double r : rdp) {
      if (r != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Smallest epsilon over the orders with the improved conversion; 0 when nothing with privacy loss was composed
   * (review19: the conversion's value at zero RDP, 0.0035 at delta 1e-5, was reported, unlike {@link ZcdpAccountant}).
   */
  public synchronized double epsilon(double delta) {
    Check.delta(delta);
    if (nothingComposed()) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < orders.length; i++) {
      double e = toEpsilon(orders[i], rdp[i], delta);
      if (!Double.isNaN(e)) { // Math.min would carry a NaN through, and 'epsilon > budget' is false for NaN
        best = Math.min(best, e);
      }
    }
    return Math.max(0, best);
  }

  /** Smallest epsilon over the orders with the classic conversion rdp + log(1/delta)/(a-1). */
  public synchronized double epsilonClassic(double delta) {
    Check.delta(delta);
    if (nothingComposed()) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < orders.length; i++) {
      double e = rdp[i] + Math.log(1 / delta) / (orders[i] - 1);
      if (!Double.isNaN(e)) {
        best = Math.min(best, e);
      }
    }
    return Math.max(0, best);
  }

  /** Improved RDP to (eps, delta) conversion at one order. */
  public static double toEpsilon(double alpha, double rdp, double delta) {
    if (Double.isInfinite(rdp)) {
      return Double.POSITIVE_INFINITY;
    }
    return rdp + Math.log1p(-1 / alpha) - (Math.log(delta) + Math.log(alpha)) / (alpha - 1);
  }

  /** The RDP of one step of the Poisson-subsampled Gaussian at order alpha. */
  public static double subsampledGaussian(double q, double sigma, double alpha) {
    if (q == 0) {
      return 0;
    }
    if (q == 1) {
      return alpha / (2 * sigma * sigma);
    }
    double logA = alpha == Math.rint(alpha) ? logAInt(q, sigma, (long) alpha) : logAFrac(q, sigma, alpha);
    double r = logA / (alpha - 1);
    // NaN only comes from infinite terms (a noise multiplier so small that 1 / (2 sigma^2) overflows): no bound
    return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
  }

  private static double logAInt(double q, double sigma, long alpha) {
    double logA = Double.NEGATIVE_INFINITY;
    double logQ = Math.log(q);
    double log1mQ = Math.log1p(-q);
    double logBinom = 0;
    for (long k = 0; k <= alpha; k++) {
      if (k > 0) {
        logBinom += Math.log((double) (alpha - k + 1) / k);
      }
      double term = logBinom + k * logQ + (alpha - k) * log1mQ + (k * k - k) / (2 * sigma * sigma);
      logA = logAdd(logA, term);
    }
    return logA;
  }

  private static double logAFrac(double q, double sigma, double alpha) {
    double logPos = Double.NEGATIVE_INFINITY;
    double logNeg = Double.NEGATIVE_INFINITY;
    double z0 = sigma * sigma * Math.log(1 / q - 1) + 0.5;
    double logQ = Math.log(q);
    double log1mQ = Math.log1p(-q);
    double logCoef = 0; // log |C(alpha, i)|
    boolean positive = true;
    double s2 = Math.sqrt(2) * sigma;
    for (int i = 0; i < 100_000; i++) {
      if (i > 0) {
        double f = (alpha - i + 1) / i;
        logCoef += Math.log(Math.abs(f));
        if (f < 0) {
          positive = !positive;
        }
      }
      double j = alpha - i;
      double logT0 = logCoef + i * logQ + j * log1mQ;
      double logT1 = logCoef + j * logQ + i * log1mQ;
      double logE0 = Math.log(0.5) + logErfcAny((i - z0) / s2);
      double logE1 = Math.log(0.5) + logErfcAny((z0 - j) / s2);
      double logS0 = logT0 + (i * (double) i - i) / (2 * sigma * sigma) + logE0;
      double logS1 = logT1 + (j * j - j) / (2 * sigma * sigma) + logE1;
      if (positive) {
        logPos = logAdd(logPos, logAdd(logS0, logS1));
      } else {
        logNeg = logAdd(logNeg, logAdd(logS0, logS1));
      }
      if (logPos == Double.POSITIVE_INFINITY || Double.isNaN(logPos) || Double.isNaN(logNeg)) {
        return Double.POSITIVE_INFINITY; // used to run all 100,000 terms for every order (minutes) on tiny sigma
      }
      double current = Math.max(logS0, logS1);
      if (i > alpha && current < logSub(logPos, logNeg) - 40) {
        break;
      }
    }
    return logSub(logPos, logNeg);
  }

  private static double logErfcAny(double z) {
    if (z >= 0) {
      return Normal.logErfc(z);
    }
    return Math.log(Normal.erfc(z));
  }

  static double logAdd(double a, double b) {
    if (a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY; // not NaN from inf - inf
    }
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    double m = Math.max(a, b);
    return m + Math.log1p(Math.exp(Math.min(a, b) - m));
  }

  static double logSub(double a, double b) {
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    if (b >= a) {
      return Double.NEGATIVE_INFINITY;
    }
    return a + Math.log1p(-Math.exp(b - a));
  }

  /** Epsilon of DP-SGD: steps of the Poisson-subsampled Gaussian, improved conversion, default orders. */
  public static double dpSgdEpsilon(double q, double noiseMultiplier, long steps, double delta) {
    return new RdpAccountant().composeSubsampledGaussian(q, noiseMultiplier, steps).epsilon(delta);
  }

  /**
   * Smallest noise multiplier (to relative precision 1e-4, rounded up) with which DP-SGD reaches at most
   * {@code targetEpsilon}.
   */
  public static double calibrateNoiseMultiplier(double targetEpsilon, double q, long steps, double delta) {
    Check.positive("targetEpsilon", targetEpsilon);
    Check.delta(delta);
    double hi = 1;
    while (dpSgdEpsilon(q, hi, steps, delta) > targetEpsilon) {
      hi *= 2;
      if (hi > 1e6) {
        throw new IllegalArgumentException("targetEpsilon unreachable with noise multiplier <= 1e6");
      }
    }
    double lo = 0.05;
    if (dpSgdEpsilon(q, lo, steps, delta) <= targetEpsilon) {
      return lo;
    }
    while (hi - lo > hi * 1e-4) {
      double mid = 0.5 * (lo + hi);
      if (dpSgdEpsilon(q, mid, steps, delta) <= targetEpsilon) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }
}
