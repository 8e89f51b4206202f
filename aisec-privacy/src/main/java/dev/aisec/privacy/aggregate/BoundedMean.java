package dev.aisec.privacy.aggregate;

import dev.aisec.privacy.DiscreteLaplaceMechanism;
import dev.aisec.privacy.LaplaceMechanism;

/**
 * Differentially private mean of values clamped to [lower, upper]: half the budget to a noisy count (discrete
 * Laplace), half to a noisy sum of values centred on the midpoint (sensitivity {@code k (upper - lower) / 2}), with
 * exact fixed-point accumulation. The result is clamped to the bounds; the interval is the image of the count and sum
 * intervals (each at half the error probability). Thread-safe, mergeable, released once.
 */
public final class BoundedMean {
  private final AggregationParams p;
  private final FixedPoint acc;
  private boolean released;

  public BoundedMean(AggregationParams params) {
    this.p = params;
    this.acc = new FixedPoint(params.lower(), params.upper(), params.lower() / 2 + params.upper() / 2);
    FixedPoint.requireReleasable(params, "mean", acc.sensitivity());
  }

  public synchronized BoundedMean add(double value) {
    open();
    acc.add(acc.clamp(value, p.nonFinite()));
    return this;
  }

  public synchronized BoundedMean addAll(double[] values) {
    if (values == null) {
      throw new IllegalArgumentException("values must not be null");
    }
    open();
    acc.addAll(values, 0, values.length, p.nonFinite());
    return this;
  }

  public BoundedMean merge(BoundedMean other) {
    MergeLock.checkOther(this, other, "mean");
    if (!p.mergeableWith(other.p)) {
      throw new IllegalArgumentException("other mean was built with a different epsilon, bounds or contribution bound");
    }
    return MergeLock.both(this, other, () -> {
      open();
      if (other.released) {
        throw MergeLock.otherReleased();
      }
      acc.merge(other.acc);
      other.released = true;
      return this;
    });
  }

  public synchronized DpRelease release() {
    open();
    released = true;
    int k = p.maxContributionsPerUnit();
    double half = p.epsilon() / 2;
    DiscreteLaplaceMechanism countM = DiscreteLaplaceMechanism.of(half, k, p.timingHardened(), p.noise());
    LaplaceMechanism sumM = LaplaceMechanism.builder().epsilon(half).sensitivity(k * acc.sensitivity())
        .noiseSource(p.noise()).timingHardened(p.timingHardened()).build();
    double c = countM.release(acc.count);
    double s = sumM.release(acc.sum());
    double alpha = (1 - p.confidence()) / 2;
    double hc = countM.confidenceHalfWidth(alpha);
    double hs = sumM.confidenceHalfWidth(alpha);
    double centre = acc.centre();
    double value = clamp(centre + s / Math.max(1, c));
    double cLo = Math.max(1, c - hc);
    double cHi = Math.max(1, c + hc);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double ss : new double[] {s - hs, s + hs}) {
      for (double cc : new double[] {cLo, cHi}) {
        lo = Math.min(lo, ss / cc);
        hi = Math.max(hi, ss / cc);
      }
    }
    return new DpRelease("mean", value, clamp(centre + lo), clamp(centre + hi), p.confidence(), p.epsilon(), 0);
  }

  private double clamp(double x) {
    return Math.min(p.upper(), Math.max(p.lower(), x));
  }

  private void open() {
    if (released) {
      throw new IllegalStateException("aggregator already released or merged; create a new one");
    }
  }
}
