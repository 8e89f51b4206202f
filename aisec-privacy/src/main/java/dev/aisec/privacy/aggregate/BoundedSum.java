package dev.aisec.privacy.aggregate;

import dev.aisec.privacy.LaplaceMechanism;

/**
 * Differentially private sum of values clamped to [lower, upper], each privacy unit contributing at most
 * {@code maxContributionsPerUnit} values (the caller, or {@link ContributionBounder}, enforces that). Accumulation is
 * exact fixed point ({@link FixedPoint}), so the declared sensitivity holds regardless of order, count or overflow;
 * noise is the grid-safe Laplace mechanism with sensitivity {@code k * max(|lower|, |upper|)}.
 *
 * <p>Thread-safe and mergeable: partial sums built on several threads or machines combine with {@link #merge}. A
 * sum can be released once; afterwards it rejects further use, so its budget cannot be spent twice by accident.
 */
public final class BoundedSum {
  private final AggregationParams p;
  private final FixedPoint acc;
  private boolean released;

  public BoundedSum(AggregationParams params) {
    this.p = params;
    this.acc = new FixedPoint(params.lower(), params.upper(), 0);
    FixedPoint.requireReleasable(params, "sum", acc.sensitivity());
  }

  public synchronized BoundedSum add(double value) {
    open();
    acc.add(acc.clamp(value, p.nonFinite()));
    return this;
  }

  public synchronized BoundedSum addAll(double[] values) {
    if (values == null) {
      throw new IllegalArgumentException("values must not be null");
    }
    open();
    acc.addAll(values, 0, values.length, p.nonFinite());
    return this;
  }

  /** Adds another partial sum built with the same parameters. */
  public BoundedSum merge(BoundedSum other) {
    MergeLock.checkOther(this, other, "sum");
    if (!p.mergeableWith(other.p)) {
      throw new IllegalArgumentException("other sum was built with a different epsilon, bounds or contribution bound");
    }
    return MergeLock.both(this, other, () -> {
      open();
      if (other.released) {
        throw MergeLock.otherReleased();
      }
      if (other.acc.scale != acc.scale) {
        throw new IllegalArgumentException("other sum was built with different bounds");
      }
      acc.merge(other.acc);
      other.released = true; // its contents now belong to this sum
      return this;
    });
  }

  /** Noisy sum with a confidence interval. Consumes the aggregator. */
  public synchronized DpRelease release() {
    open();
    released = true;
    double sens = p.maxContributionsPerUnit() * acc.sensitivity();
    LaplaceMechanism m = LaplaceMechanism.builder().epsilon(p.epsilon()).sensitivity(sens).noiseSource(p.noise())
        .timingHardened(p.timingHardened()).build();
    double v = m.release(acc.sum());
    double h = m.confidenceHalfWidth(1 - p.confidence());
    return new DpRelease("sum", v, v - h, v + h, p.confidence(), p.epsilon(), 0);
  }

  private void open() {
    if (released) {
      throw new IllegalStateException("aggregator already released or merged; create a new one");
    }
  }
}
