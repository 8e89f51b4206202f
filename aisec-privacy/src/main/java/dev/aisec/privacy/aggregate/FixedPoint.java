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

  /** Adds clamped values in a tight loop; validates non-finite values first so a rejected batch adds nothing. */
  void addAll(double[] xs, int from, int to, NonFinitePolicy p) {
    if (p == NonFinitePolicy.REJECT) {
      for (int i = from; i < to; i++) {
        if (!Double.isFinite(xs[i])) {
          throw new IllegalArgumentException("values[" + i + "] is not finite (nonFinite policy REJECT)");
        }
      }
    }
    double lo = lower;
    double hi = upper;
    double s = scale;
    long off = offset;
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + (SPILL - pendingCount));
      long acc = 0;
      for (int j = i; j < end; j++) {
        double x = xs[j];
        double c = x != x ? lo : Math.min(hi, Math.max(lo, x));
        acc += (long) Math.rint(c * s) - off;
      }
      pending += acc;
      pendingCount += end - i;
      count += end - i;
      if (pendingCount == SPILL) {
        spill();
      }
      i = end;
    }
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
