package dev.aisec.privacy.aggregate;

import java.util.Arrays;

/**
 * Differentially private quantiles of values clamped to [lower, upper] by the exponential mechanism over the gaps
 * between sorted values (Smith 2011): the interval between the i-th and (i+1)-th value is chosen with probability
 * proportional to its length times {@code exp(-eps' |i - q n| / 2)}, where eps' = epsilon / (number of quantiles * k),
 * and a uniform point of it is released. Selection uses log-weights and the Gumbel-max trick on the module's secure
 * noise; unlike the Laplace and Gaussian mechanisms this path uses floating point (see docs/privacy.md). The
 * release's interval is the clamping range [lower, upper] (it holds no information about the data). Thread-safe,
 * mergeable, released once.
 */
public final class DpQuantiles {
  private final AggregationParams p;
  private double[] values = new double[16];
  private int n;
  private boolean released;

  public DpQuantiles(AggregationParams params) {
    if (params == null) {
      throw new IllegalArgumentException("params must not be null");
    }
    this.p = params;
  }

  public synchronized DpQuantiles add(double value) {
    open();
    double c;
    if (!Double.isFinite(value)) {
      if (p.nonFinite() == NonFinitePolicy.REJECT) {
        throw new IllegalArgumentException("value is not finite (nonFinite policy REJECT)");
      }
      c = value == Double.POSITIVE_INFINITY ? p.upper() : p.lower();
    } else {
      c = Math.min(p.upper(), Math.max(p.lower(), value));
    }
    if (n == values.length) {
      values = Arrays.copyOf(values, n * 2);
    }
    values[n++] = c;
    return this;
  }

  /** Adds every value; all or nothing (a non-finite value under REJECT adds none of them). */
  public synchronized DpQuantiles addAll(double[] xs) {
    if (xs == null) {
      throw new IllegalArgumentException("values must not be null");
    }
    open();
    if (p.nonFinite() == NonFinitePolicy.REJECT) {
      for (int i = 0; i < xs.length; i++) {
        if (!Double.isFinite(xs[i])) {
          throw new IllegalArgumentException("values[" + i + "] is not finite (nonFinite policy REJECT)");
        }
      }
    }
    for (double x : xs) {
      add(x);
    }
    return this;
  }

  /**
   * Adds the values of another aggregator built with the same parameters and consumes it. Merging an aggregator
   * into itself, a released or merged one, or into a released one is rejected and leaves both unchanged.
   */
  public DpQuantiles merge(DpQuantiles other) {
    MergeLock.checkOther(this, other, "quantiles aggregator");
    if (!p.mergeableWith(other.p)) {
      throw new IllegalArgumentException(
          "other quantiles aggregator was built with a different epsilon, bounds or contribution bound");
    }
    return MergeLock.both(this, other, () -> {
      open();
      if (other.released) {
        throw MergeLock.otherReleased();
      }
      addAll(Arrays.copyOf(other.values, other.n));
      other.released = true;
      return this;
    });
  }

  /** Releases the given quantile levels (each in [0, 1]), splitting epsilon evenly. Consumes the aggregator. */
  public synchronized DpRelease[] release(double... levels) {
    open();
    if (levels == null || levels.length == 0) {
      throw new IllegalArgumentException("levels must be non-empty");
    }
    for (double q : levels) {
      if (!(q >= 0 && q <= 1)) {
        throw new IllegalArgumentException("quantile levels must be in [0, 1], was " + q);
      }
    }
    released = true;
    double[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    double eps = p.epsilon() / (levels.length * (double) p.maxContributionsPerUnit());
    DpRelease[] out = new DpRelease[levels.length];
    for (int j = 0; j < levels.length; j++) {
      double v = one(sorted, levels[j], eps);
      // The interval is the clamping range. It used to be the data values at ranks q n -+ r: raw values, not DP. A
      // data-dependent interval would need its own share of the budget.
      out[j] = new DpRelease("quantile(" + levels[j] + ")", v, p.lower(), p.upper(),
          p.confidence(), eps * p.maxContributionsPerUnit(), 0);
    }
    return out;
  }

  private double one(double[] sorted, double q, double eps) {
    int m = sorted.length;
    double target = q * m;
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i <= m; i++) {
      double left = i == 0 ? p.lower() : sorted[i - 1];
      double right = i == m ? p.upper() : sorted[i];
      if (!(right > left)) {
        continue;
      }
      // the gaps cover [lower, upper] with lower < upper, so at least one has positive width; the Gumbel noise is
      // finite (uniform() is strictly inside (0, 1)), so every positive-width gap scores above -infinity
      double score = logWidth(left, right) - eps * Math.abs(i - target) / 2 + gumbel();
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) {
      // unreachable (see above); fail closed: never fall back to a data value
      throw new IllegalStateException("quantile selection found no interval; nothing released");
    }
    double left = best == 0 ? p.lower() : sorted[best - 1];
    double right = best == m ? p.upper() : sorted[best];
    double u = uniform();
    double w = right - left;
    // right - left overflows to infinity for bounds such as +-Double.MAX_VALUE: interpolate without the difference
    double v = Double.isFinite(w) ? left + u * w : (1 - u) * left + u * right;
    return Math.min(right, Math.max(left, v));
  }

  /** log(right - left) for right > left, without overflowing when the difference exceeds Double.MAX_VALUE. */
  private static double logWidth(double left, double right) {
    double w = right - left;
    return Double.isFinite(w) ? Math.log(w) : Math.log(right / 2 - left / 2) + Math.log(2);
  }

  /** Uniform in (0, 1), never 0 or 1: 52 random bits plus one half (exact in a double). */
  private double uniform() {
    return ((p.noise().nextLong() >>> 12) + 0.5) * 0x1.0p-52;
  }

  private double gumbel() {
    return -Math.log(-Math.log(uniform()));
  }

  private void open() {
    if (released) {
      throw new IllegalStateException("aggregator already released or merged; create a new one");
    }
  }
}
