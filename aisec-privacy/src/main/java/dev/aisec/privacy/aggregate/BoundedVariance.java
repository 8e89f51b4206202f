package dev.aisec.privacy.aggregate;

import dev.aisec.privacy.DiscreteLaplaceMechanism;
import dev.aisec.privacy.LaplaceMechanism;

/**
 * Differentially private variance of values clamped to [lower, upper]: a third of the budget each to a noisy count,
 * a noisy centred sum and a noisy sum of centred squares (each accumulated exactly in fixed point). The result is
 * clamped to [0, ((upper - lower)/2)^2]. Thread-safe, mergeable, released once.
 */
public final class BoundedVariance {
  private final AggregationParams p;
  private final FixedPoint sum;
  private final FixedPoint squares;
  private final double centre;
  private final double radius;
  private boolean released;

  public BoundedVariance(AggregationParams params) {
    this.p = params;
    this.centre = params.lower() / 2 + params.upper() / 2;
    this.radius = params.upper() / 2 - params.lower() / 2;
    this.sum = new FixedPoint(params.lower(), params.upper(), centre);
    this.squares = new FixedPoint(0, radius * radius, 0);
    FixedPoint.requireReleasable(params, "variance", sum.sensitivity(), squares.sensitivity());
  }

  public synchronized BoundedVariance add(double value) {
    open();
    double c = sum.clamp(value, p.nonFinite());
    sum.add(c);
    double d = c - centre;
    squares.add(Math.min(radius * radius, d * d));
    return this;
  }

  public synchronized BoundedVariance addAll(double[] values) {
    if (values == null) {
      throw new IllegalArgumentException("values must not be null");
    }
    open();
    if (p.nonFinite() == NonFinitePolicy.REJECT) {
      for (int i = 0; i < values.length; i++) {
        if (!Double.isFinite(values[i])) {
          throw new IllegalArgumentException("values[" + i + "] is not finite (nonFinite policy REJECT)");
        }
      }
    }
    for (double v : values) {
      add(v);
    }
    return this;
  }

  public BoundedVariance merge(BoundedVariance other) {
    MergeLock.checkOther(this, other, "variance");
    if (!p.mergeableWith(other.p)) {
      throw new IllegalArgumentException(
          "other variance was built with a different epsilon, bounds or contribution bound");
    }
    return MergeLock.both(this, other, () -> {
      open();
      if (other.released) {
        throw MergeLock.otherReleased();
      }
      sum.merge(other.sum);
      squares.merge(other.squares);
      other.released = true;
      return this;
    });
  }

  public synchronized DpRelease release() {
    open();
    released = true;
    int k = p.maxContributionsPerUnit();
    double third = p.epsilon() / 3;
    DiscreteLaplaceMechanism countM = DiscreteLaplaceMechanism.of(third, k, p.timingHardened(), p.noise());
    LaplaceMechanism s1 = LaplaceMechanism.builder().epsilon(third).sensitivity(k * sum.sensitivity())
        .noiseSource(p.noise()).timingHardened(p.timingHardened()).build();
    LaplaceMechanism s2 = LaplaceMechanism.builder().epsilon(third).sensitivity(k * squares.sensitivity())
        .noiseSource(p.noise()).timingHardened(p.timingHardened()).build();
    double c = Math.max(1, countM.release(sum.count));
    double a = s1.release(sum.sum());
    double b = s2.release(squares.sum());
    double max = radius * radius;
    double mean = a / c;
    double value = clampVar(b / c - mean * mean, max);
    double alpha = (1 - p.confidence()) / 3;
    double hc = countM.confidenceHalfWidth(alpha);
    double ha = s1.confidenceHalfWidth(alpha);
    double hb = s2.confidenceHalfWidth(alpha);
    double cLo = Math.max(1, c - hc);
    double cHi = c + hc;
    double e2Lo = Math.min((b - hb) / cLo, (b - hb) / cHi);
    double e2Hi = Math.max((b + hb) / cLo, (b + hb) / cHi);
    double mLo = Math.min((a - ha) / cLo, (a - ha) / cHi);
    double mHi = Math.max((a + ha) / cLo, (a + ha) / cHi);
    double m2Max = Math.max(mLo * mLo, mHi * mHi);
    double m2Min = (mLo <= 0 && mHi >= 0) ? 0 : Math.min(mLo * mLo, mHi * mHi);
    return new DpRelease("variance", value, clampVar(e2Lo - m2Max, max), clampVar(e2Hi - m2Min, max),
        p.confidence(), p.epsilon(), 0);
  }

  private static double clampVar(double v, double max) {
    return Math.min(max, Math.max(0, v));
  }

  private void open() {
    if (released) {
      throw new IllegalStateException("aggregator already released or merged; create a new one");
    }
  }
}
