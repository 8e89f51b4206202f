package dev.aisec.privacy.aggregate;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact fixed-point accumulation (Casacuberta et al. 2022): each clamped value is rounded once to a multiple of
 * 2^-F, where F is chosen so every rounded value has magnitude below 2^40, and the integers are summed exactly (a long
 * that spills into a BigInteger every 2^22 additions). The sum is therefore independent of order, never overflows, and
 * its sensitivity is exactly the largest rounded magnitude. Not thread-safe; aggregators synchronise.
 */
final class FixedPoint {
  private static final int SPILL = 1 << 22;
  final double scale; // 2^F
  final int f;
  final double lower;
  final double upper;
  final long lowerFixed;
  final long upperFixed;
  final long offset; // subtracted from every value (centring)
  private long pending;
  private int pendingCount;
  private BigInteger spilled = BigInteger.ZERO;
  long count;

  FixedPoint(double lower, double upper, double centre) {
    double m = Math.max(Math.max(Math.abs(lower), Math.abs(upper)), Double.MIN_NORMAL);
    this.f = 38 - Math.getExponent(m);
    this.scale = Math.scalb(1.0, f);
    this.lower = lower;
    this.upper = upper;
    this.lowerFixed = (long) Math.rint(lower * scale);
    this.upperFixed = (long) Math.rint(upper * scale);
    this.offset = (long) Math.rint(centre * scale);
  }

  /**
   * Checks, when an aggregator is built, that the noise its release will add can be calibrated: each of
   * {@code sensitivities} times the contribution bound must lie in the range the Laplace mechanism accepts. The
   * sensitivities depend on the bounds only, so a range that cannot be released (bounds near the double range, or so
   * small that the fixed-point grid overflows) fails here, before any value is added, and not at {@code release()},
   * which consumed the aggregator and named a "sensitivity" the caller never set.
   */
  static void requireReleasable(AggregationParams p, String what, double... sensitivities) {
    for (double s : sensitivities) {
      double ks = p.maxContributionsPerUnit() * s;
      if (!(ks >= 0x1p-900 && ks <= 0x1p900)) {
        throw new IllegalArgumentException("bounds [" + p.lower() + ", " + p.upper() + "] with maxContributionsPerUnit "
            + p.maxContributionsPerUnit() + " are outside what a DP " + what + " can release (its sensitivity would be "
            + ks + ", outside [2^-900, 2^900]); rescale the values");
      }
    }
  }

  /** Largest |fixed(x) - offset| over the clamping range, in value units. */
  double sensitivity() {
    return Math.max(Math.abs(upperFixed - offset), Math.abs(lowerFixed - offset)) / scale;
  }

  double clamp(double x, NonFinitePolicy p) {
    if (x != x) {
      if (p == NonFinitePolicy.REJECT) {
        throw new IllegalArgumentException("value is NaN (nonFinite policy REJECT)");
      }
      return lower;
    }
    if (Double.isInfinite(x) && p == NonFinitePolicy.REJECT) {
      throw new IllegalArgumentException("value is infinite (nonFinite policy REJECT)");
    }
    return Math.min(upper, Math.max(lower, x));
  }

  void add(double clamped) {
    pending += (long) Math.rint(clamped * scale) - offset;
    count++;
    if (++pendingCount == SPILL) {
      spill();
    }
  }

  /**
   * Adds clamped values in a tight branch-free loop. Non-finite values are detected in the same pass (x - x is NaN
   * exactly for NaN and infinities); under REJECT the whole call then adds nothing, under CLAMP the affected chunk is
   * recomputed with the explicit clamping rules.
   */
  void addAll(double[] xs, int from, int to, NonFinitePolicy p) {
    if (to - from > SPILL) {
      // each term is below 2^40 in magnitude: a long holds 2^22 of them; validate everything before adding anything
      if (p == NonFinitePolicy.REJECT) {
        for (int i = from; i < to; i++) {
          if (!Double.isFinite(xs[i])) {
            throw new IllegalArgumentException("values[" + i + "] is not finite (nonFinite policy REJECT)");
          }
        }
      }
      for (int i = from; i < to; i += SPILL) {
        addChunk(xs, i, Math.min(to, i + SPILL), p);
      }
      return;
    }
    addChunk(xs, from, to, p);
  }

  private void addChunk(double[] xs, int from, int to, NonFinitePolicy p) {
    double lo = lower;
    double hi = upper;
    double s = scale;
    long off = offset;
    long total = 0;
    long bad = 0;
    for (int i = from; i < to; i++) {
      double x = xs[i];
      bad |= Double.doubleToRawLongBits(x - x);
      total += (long) Math.rint(Math.min(hi, Math.max(lo, x)) * s) - off;
    }
    if (bad != 0) {
      if (p == NonFinitePolicy.REJECT) {
        for (int i = from; i < to; i++) {
          if (!Double.isFinite(xs[i])) {
            throw new IllegalArgumentException("values[" + i + "] is not finite (nonFinite policy REJECT)");
          }
        }
      }
      total = 0;
      for (int i = from; i < to; i++) {
        total += (long) Math.rint(clamp(xs[i], p) * s) - off;
      }
    }
    spilled = spilled.add(BigInteger.valueOf(total));
    count += to - from;
  }

  private void spill() {
    spilled = spilled.add(BigInteger.valueOf(pending));
    pending = 0;
    pendingCount = 0;
  }

  void merge(FixedPoint o) {
    spilled = spilled.add(o.exactSum());
    count += o.count;
  }

  BigInteger exactSum() {
    return spilled.add(BigInteger.valueOf(pending));
  }

  /** The exact centred sum converted once (correctly rounded) to a double in value units. */
  double sum() {
    return new BigDecimal(exactSum()).divide(new BigDecimal(BigInteger.ONE.shiftLeft(Math.max(0, f))))
        .multiply(f < 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(-f)) : BigDecimal.ONE).doubleValue();
  }

  double centre() {
    return offset / scale;
  }
}
