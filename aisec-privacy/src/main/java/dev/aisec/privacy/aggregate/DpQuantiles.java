package dev.aisec.privacy.aggregate;

import java.util.Arrays;

/**
 * Differentially private quantiles of values clamped to [lower, upper] by the exponential mechanism over the gaps
 * between sorted values (Smith 2011): the interval between the i-th and (i+1)-th value is chosen with probability
 * proportional to its length times {@code exp(-eps' |i - q n| / 2)}, where eps' = epsilon / (number of quantiles * k),
 * and a uniform point of it is released. Lengths and points are on a fixed grid that depends on the bounds alone
 * ({@code step} = the spacing of doubles in the binade of the larger |bound|): values are rounded to the grid, a gap's
 * length is its number of grid points, and the released point is a grid point drawn as an exact uniform integer, so
 * the set of possible outputs does not depend on the data. Selection uses log-weights and the Gumbel-max trick on the
 * module's secure noise, in floating point (see docs/privacy.md). The
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

  /**
   * The grid step of the bounds: the spacing of doubles in the binade of the larger |bound| (a power of two, at least
   * {@link Double#MIN_VALUE}). Every multiple k * step with |k| <= 2^53 is an exact double, so the grid points inside
   * [lower, upper] depend on the bounds alone.
   */
  static double gridStep(double lower, double upper) {
    double m = Math.max(Math.abs(lower), Math.abs(upper));
    return Math.scalb(1.0, Math.max(Math.getExponent(m) - 52, -1074));
  }

  private double one(double[] sorted, double q, double eps) {
    int m = sorted.length;
    double step = gridStep(p.lower(), p.upper());
    long lo = (long) Math.ceil(p.lower() / step);
    long hi = (long) Math.floor(p.upper() / step);
    // every value is rounded to its grid point (a function of that value alone, so neighbouring datasets stay
    // neighbours). Gap i is the grid indices [g[i], g[i+1]), with g[0] = lo and g[m+1] = hi + 1: every grid point of
    // gap i has exactly i values at or below it
    long[] g = new long[m + 2];
    g[0] = lo;
    for (int i = 0; i < m; i++) {
      g[i + 1] = Math.min(hi, Math.max(lo, (long) Math.rint(sorted[i] / step)));
    }
    g[m + 1] = hi + 1;
    double target = q * m;
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i <= m; i++) {
      long size = g[i + 1] - g[i];
      if (size <= 0) {
        continue;
      }
      // [lo, hi] holds at least one grid point (the larger bound is itself a grid point), so some gap is non-empty;
      // the Gumbel noise is finite (uniform() is strictly inside (0, 1)), so every non-empty gap scores above -infinity
      double score = Math.log(size) - eps * Math.abs(i - target) / 2 + gumbel();
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) {
      // unreachable (see above); fail closed: never fall back to a data value
      throw new IllegalStateException("quantile selection found no interval; nothing released");
    }
    // a uniform grid point of the chosen gap, drawn exactly as an integer: the release is a grid point, so which
    // doubles can come out does not depend on the data (a uniform double in [left, right] did: its low-order bits
    // told the gap's ends, i.e. data values, apart)
    long k = g[best] + p.noise().nextLong(g[best + 1] - g[best]);
    return Math.min(p.upper(), Math.max(p.lower(), k * step));
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
