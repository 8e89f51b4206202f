package dev.aisec.privacy.accounting;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.internal.Normal;

/**
 * Privacy loss distribution (PLD) accountant for the Poisson-subsampled Gaussian mechanism under add/remove
 * adjacency (Koskela et al. 2020; Doroshenko et al. 2022). For each direction (removal: P = (1-q) N(0, s^2) + q N(1,
 * s^2) against Q = N(0, s^2); addition: Q against P) the privacy loss is discretised on a grid of step {@code h} with
 * the "connect-the-dots" rule: the mass of every loss interval is split between its two end points so that both its
 * probability and its mass under the other distribution are preserved, which yields a PLD that dominates the true one.
 * Losses beyond the truncation point are treated as infinite (they count fully towards delta). The T-fold composition
 * is computed with an FFT on a window of +-40 standard deviations around the composed mean (widened by the range of
 * one step) when the full support does not fit; a Chernoff bound of the composed mass beyond the window (computed
 * from the moment generating function of the discretised step) then counts at +infinity. Then
 * {@code delta(eps) = sum p(l) (1 - e^{eps - l})_+ + delta_inf}; epsilon is found by bisection. Stateless.
 */
public final class PldAccountant {
  private PldAccountant() {}

  /** Default loss grid step. */
  public static final double DEFAULT_INTERVAL = 1e-4;
  private static final double TAIL = 1e-16;
  private static final int MAX_FFT = 1 << 22;

  /** Epsilon of DP-SGD (T steps of the Poisson-subsampled Gaussian) at the given delta. */
  public static double dpSgdEpsilon(double q, double noiseMultiplier, long steps, double delta) {
    double h = DEFAULT_INTERVAL;
    while (true) {
      try {
        return dpSgdEpsilon(q, noiseMultiplier, steps, delta, h);
      } catch (GridTooWide e) {
        if (h >= 1e-2) {
          throw new IllegalArgumentException("the PLD grid cannot cover this composition (loss range too wide even at"
              + " interval 0.01); use the rdp accountant");
        }
        h *= 3; // coarser grid: still a valid upper bound, slightly less tight
      }
    }
  }

  /** The discretised distribution would need more than 2^22 grid points at this interval. */
  static final class GridTooWide extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    GridTooWide(String message) {
      super(message);
    }
  }

  public static double dpSgdEpsilon(double q, double noiseMultiplier, long steps, double delta, double interval) {
    if (!(q > 0 && q <= 1)) {
      throw new IllegalArgumentException("sampling rate must be in (0, 1], was " + q);
    }
    Check.positive("noiseMultiplier", noiseMultiplier);
    Check.delta(delta);
    Check.positive("interval", interval);
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be >= 1, was " + steps);
    }
    double eps = 0;
    for (boolean removal : new boolean[] {true, false}) {
      Composed c = compose(single(q, noiseMultiplier, removal, interval), steps, interval);
      eps = Math.max(eps, c.epsilon(delta));
    }
    return eps;
  }

  /** A discretised PLD: mass[i] at loss (offset + i) * h, plus mass at +infinity. */
  private record Pmf(int offset, double[] mass, double infinity) {}

  private static Pmf single(double q, double sigma, boolean removal, double h) {
    double s2 = sigma * sigma;
    double lossLow = q == 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-q);
    // x(l): the point where the removal loss log(1 - q + q e^{(2x-1)/(2 s^2)}) equals l
    java.util.function.DoubleUnaryOperator xOf = l -> s2 * Math.log1p(Math.expm1(l) / q) + 0.5;
    // truncation: beyond xMax (removal) the mixture tail mass is below TAIL
    double xMax = 1 + sigma * Math.sqrt(2 * Math.log(1 / TAIL)) + sigma;
    // expm1, not exp - 1: with a large sigma the exponent is tiny and exp() rounds to 1, which used to put the
    // whole upper half of the loss distribution at +infinity (epsilon = Infinity for huge noise)
    double lossMax = Math.log1p(q * Math.expm1((2 * xMax - 1) / (2 * s2)));
    double xMin = -sigma * Math.sqrt(2 * Math.log(1 / TAIL)) - sigma;
    double lossMinB = -lossMax; // addition direction, large x
    double loD;
    double hiD;
    if (removal) {
      loD = q == 1 ? Math.floor(((2 * xMin - 1) / (2 * s2)) / h) : Math.floor(lossLow / h);
      hiD = Math.ceil(lossMax / h);
    } else {
      loD = Math.floor(lossMinB / h);
      double top = q == 1 ? -(2 * xMin - 1) / (2 * s2) : -lossLow;
      hiD = Math.ceil(top / h);
    }
    // checked in floating point: a tiny sigma makes the range infinite, and int arithmetic used to overflow
    // (a negative array size, or a loop over four billion empty intervals)
    if (!Double.isFinite(s2) || !Double.isFinite(loD) || !Double.isFinite(hiD) || hiD - loD + 1 > MAX_FFT) {
      throw new GridTooWide("loss range too wide for interval " + h + "; use a larger interval");
    }
    int lo = (int) loD;
    int hi = (int) hiD;
    int n = hi - lo + 1;
    double[] mass = new double[n];
    double total = 0;
    for (int i = lo; i < hi; i++) {
      double l0 = i * h;
      double l1 = (i + 1) * h;
      // x-interval on which the loss lies in (l0, l1]
      double a;
      double b;
      double m;
      double mOther;
      if (removal) {
        a = l0 <= lossLow ? Double.NEGATIVE_INFINITY : xOf.applyAsDouble(l0);
        b = xOf.applyAsDouble(l1);
        m = (1 - q) * gaussMass(a, b, 0, sigma) + q * gaussMass(a, b, 1, sigma); // under P
        mOther = gaussMass(a, b, 0, sigma); // under Q
      } else {
        // addition loss -log(1 - q + q e^{..}) in (l0, l1] <=> removal loss in [-l1, -l0)
        a = -l0 <= lossLow ? Double.NEGATIVE_INFINITY : xOf.applyAsDouble(-l0);
        b = -l1 <= lossLow ? Double.NEGATIVE_INFINITY : xOf.applyAsDouble(-l1);
        double x1 = Math.min(a, b);
        double x2 = Math.max(a, b);
        m = gaussMass(x1, x2, 0, sigma); // under Q
        mOther = (1 - q) * gaussMass(x1, x2, 0, sigma) + q * gaussMass(x1, x2, 1, sigma); // under P
      }
      if (!(m > 0)) {
        continue;
      }
      // connect the dots: w0 + w1 = m, w0 e^{-l0} + w1 e^{-l1} = mOther
      double e0 = Math.exp(-l0);
      double e1 = Math.exp(-l1);
      double w1 = (m * e0 - mOther) / (e0 - e1);
      w1 = Math.min(m, Math.max(0, w1));
      double w0 = m - w1;
      mass[i - lo] += w0;
      mass[i + 1 - lo] += w1;
      total += m;
    }
    if (!removal) {
      // the far lower tail (x beyond xMax) is rounded up to the lowest grid point: pessimistic
      double tail = Normal.cdf(-xOf.applyAsDouble(-(double) lo * h) / sigma);
      mass[0] += tail;
      total += tail;
    }
    double inf = Math.max(0, 1 - total);
    if (inf > 1e-9) {
      // only the truncated tails (about 1e-16) belong at +infinity: more means the discretisation lost mass
      throw new IllegalArgumentException("the PLD accountant cannot discretise this mechanism (noise multiplier "
          + sigma + ", sampling rate " + q + "); use the rdp accountant");
    }
    return new Pmf(lo, mass, inf);
  }

  /** Mass of N(mu, sigma^2) on (a, b], computed on the side that avoids cancellation. */
  private static double gaussMass(double a, double b, double mu, double sigma) {
    if (!(b > a)) {
      return 0;
    }
    double za = (a - mu) / sigma;
    double zb = (b - mu) / sigma;
    if (za > 0) {
      return Math.max(0, Normal.cdf(-za) - Normal.cdf(-zb));
    }
    return Math.max(0, Normal.cdf(zb) - Normal.cdf(za));
  }

  private record Composed(long offset, double[] mass, double infinity, double h) {
    double delta(double eps) {
      double d = infinity;
      for (int i = 0; i < mass.length; i++) {
        double l = (offset + i) * h;
        if (l > eps && mass[i] > 0) {
          d += mass[i] * -Math.expm1(eps - l);
        }
      }
      return d;
    }

    double epsilon(double delta) {
      if (delta(0) <= delta) {
        return 0;
      }
      double lo = 0;
      double hi = 1;
      while (delta(hi) > delta) {
        hi *= 2;
        if (hi > 1e4) {
          return Double.POSITIVE_INFINITY;
        }
      }
      for (int i = 0; i < 60; i++) {
        double mid = 0.5 * (lo + hi);
        if (delta(mid) > delta) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      return hi;
    }
  }

  private static Composed compose(Pmf p, long steps, double h) {
    int n = p.mass().length;
    double mean = 0;
    double sq = 0;
    double tot = 0;
    for (int i = 0; i < n; i++) {
      double l = (p.offset() + i) * h;
      mean += p.mass()[i] * l;
      sq += p.mass()[i] * l * l;
      tot += p.mass()[i];
    }
    mean /= tot;
    double var = Math.max(sq / tot - mean * mean, h * h);
    double cMean = steps * mean;
    double cSd = Math.sqrt(steps * var);
    long start;
    long width;
    boolean windowed = false;
    // (n - 1) * steps + 1 <= MAX_FFT, tested without overflowing a long for huge step counts
    if (n == 1 || steps <= (MAX_FFT - 1) / (n - 1)) {
      start = (long) p.offset() * steps;
      width = (long) (n - 1) * steps + 1;
    } else {
      double w = Math.ceil(80 * cSd / h) + n;
      if (!(w <= MAX_FFT)) { // also false for NaN; a long sum could overflow for huge step counts
        throw new GridTooWide("composition too wide for the PLD grid; use a larger interval");
      }
      width = (long) w;
      start = (long) Math.floor((cMean - 40 * cSd) / h);
      windowed = true;
    }
    int size = Integer.highestOneBit((int) Math.max(2, width - 1)) << 1;
    double[] re = new double[size];
    double[] im = new double[size];
    for (int i = 0; i < n; i++) {
      re[i] = p.mass()[i];
    }
    fft(re, im, false);
    for (int k = 0; k < size; k++) {
      double r = Math.hypot(re[k], im[k]);
      double th = Math.atan2(im[k], re[k]);
      double rt = r == 0 ? 0 : Math.exp(steps * Math.log(r));
      double ang = reduce(th, steps);
      re[k] = rt * Math.cos(ang);
      im[k] = rt * Math.sin(ang);
    }
    fft(re, im, true);
    // circular index r corresponds to composed index offset*steps + r (mod size)
    long base = (long) p.offset() * steps;
    double[] out = new double[(int) Math.min(width, size)];
    for (int j = 0; j < out.length; j++) {
      long s = start + j;
      int r = (int) Math.floorMod(s - base, (long) size);
      out[j] = Math.max(0, re[r]);
    }
    double inf = -Math.expm1(steps * Math.log1p(-p.infinity()));
    if (windowed) {
      // a window narrower than the support: the mass the circular convolution folded back or left outside the window
      // is not at its true loss. Count a Chernoff bound of everything above the window at +infinity, and of everything
      // below it when the window starts above loss 0 (below 0 no loss adds to delta at any eps >= 0). Mass folded into
      // the window only adds to some grid point, which never lowers delta.
      double above = chernoffTail(p, steps, start + out.length, 1);
      double below = start > 0 ? chernoffTail(p, steps, start - 1, -1) : 0;
      inf = Math.min(1, inf + above + below);
    }
    return new Composed(start, out, inf, h);
  }

  /**
   * An upper bound of the probability that the sum of {@code steps} independent draws of the finite part of
   * {@code p} (grid indices {@code offset + i}) is at least {@code index} (direction 1) or at most {@code index}
   * (direction -1): {@code min_t exp(-t index + steps log M(t))} over t >= 0 with M the moment generating function of
   * the (sub-probability) pmf in the given direction. Every t gives a valid bound; the minimum is searched on the
   * tilted mean.
   */
  private static double chernoffTail(Pmf p, long steps, long index, int direction) {
    double[] m = p.mass();
    long kMax = Long.MIN_VALUE;
    for (int i = 0; i < m.length; i++) {
      if (m[i] > 0) {
        kMax = Math.max(kMax, direction * ((long) p.offset() + i));
      }
    }
    if (kMax == Long.MIN_VALUE) {
      return 0;
    }
    double a = (double) direction * index; // the threshold in the direction's coordinates
    if ((double) kMax * steps < a) {
      return 0; // no sum of steps draws reaches the threshold
    }
    double[] r = new double[2];
    // Gaussian guess t = (a - T mean) / (T var); a far tail is decided by this one evaluation
    tilt(p, direction, 0, kMax, r);
    double mean = r[1];
    double var = Math.max(r[0], 1e-300);
    double t = Math.max(1e-12, (a / steps - mean) / var);
    double best = 0; // log of the best bound so far (log 1)
    double lo = 0;
    double hi = Double.NaN;
    for (int it = 0; it < 200; it++) {
      double logM = tilt(p, direction, t, kMax, r);
      double g = -t * a + steps * logM;
      best = Math.min(best, g);
      if (best < -745) {
        return 0; // below the smallest double
      }
      if (r[1] * steps > a) { // the derivative -a + T mean_t is positive: the minimum lies below t
        hi = t;
      } else {
        lo = t;
      }
      if (!Double.isNaN(hi) && hi - lo <= 1e-9 * hi) {
        break;
      }
      t = Double.isNaN(hi) ? t * 2 : 0.5 * (lo + hi);
    }
    return Math.exp(best);
  }

  /**
   * log M(t) of the finite part of p in the given direction; r[1] receives the tilted mean, and at t = 0 r[0] the
   * variance (both in grid indices).
   */
  private static double tilt(Pmf p, int direction, double t, long kMax, double[] r) {
    double[] m = p.mass();
    double sum = 0;
    double first = 0;
    double second = 0;
    for (int i = 0; i < m.length; i++) {
      if (m[i] > 0) {
        double k = direction * ((double) p.offset() + i);
        double w = m[i] * Math.exp(t * (k - kMax));
        sum += w;
        first += w * k;
        second += w * k * k;
      }
    }
    double mean = first / sum;
    r[1] = mean;
    r[0] = second / sum - mean * mean;
    return t * kMax + Math.log(sum);
  }

  /**
   * Delta at {@code eps} of the {@code steps}-fold composition of the given discretised loss distribution: mass[i] at
   * loss (offset + i) * h, {@code infinity} at +infinity. For tests of the composition step.
   */
  static double composedDelta(int offset, double[] mass, double infinity, long steps, double h, double eps) {
    return compose(new Pmf(offset, mass.clone(), infinity), steps, h).delta(eps);
  }

  /** steps * theta reduced modulo 2 pi with extra precision. */
  private static double reduce(double theta, long steps) {
    double twoPi = 2 * Math.PI;
    double x = theta * steps;
    return x - twoPi * Math.rint(x / twoPi);
  }

  /** In-place iterative radix-2 complex FFT; inverse includes the 1/n scaling. */
  static void fft(double[] re, double[] im, boolean inverse) {
    int n = re.length;
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int len = 2; len <= n; len <<= 1) {
      double ang = 2 * Math.PI / len * (inverse ? 1 : -1);
      int half = len >> 1;
      double[] wr = new double[half];
      double[] wi = new double[half];
      for (int k = 0; k < half; k++) {
        wr[k] = Math.cos(ang * k);
        wi[k] = Math.sin(ang * k);
      }
      for (int i = 0; i < n; i += len) {
        for (int k = 0; k < half; k++) {
          int a = i + k;
          int b = a + half;
          double xr = re[b] * wr[k] - im[b] * wi[k];
          double xi = re[b] * wi[k] + im[b] * wr[k];
          re[b] = re[a] - xr;
          im[b] = im[a] - xi;
          re[a] += xr;
          im[a] += xi;
        }
      }
    }
    if (inverse) {
      for (int i = 0; i < n; i++) {
        re[i] /= n;
        im[i] /= n;
      }
    }
  }
}
