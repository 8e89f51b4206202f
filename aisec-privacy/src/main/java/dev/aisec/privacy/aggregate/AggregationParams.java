package dev.aisec.privacy.aggregate;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.random.NoiseSource;

/**
 * Parameters shared by the bounded aggregators: privacy budget, clamping bounds, contribution bound per privacy unit,
 * non-finite policy, confidence level, noise source and timing hardening. Immutable.
 *
 * <p>{@code timingHardened} (default {@code true} in {@link #of}): every noise sample of a release first reads a fixed
 * block of random words ({@code LaplaceMechanism.HARDENED_DRAWS}), so the number of draws from the generator does not
 * depend on the noise value (docs/privacy.md, timing side channel). It costs a few microseconds per sample, and an
 * aggregator draws one to three samples per release; turn it off with {@link #withTimingHardened} only when release
 * timing cannot be observed.
 */
public record AggregationParams(double epsilon, double lower, double upper, int maxContributionsPerUnit,
    NonFinitePolicy nonFinite, double confidence, NoiseSource noise, boolean timingHardened) {

  public AggregationParams {
    Check.epsilon(epsilon);
    Check.bounds(lower, upper);
    Check.positiveInt("maxContributionsPerUnit", maxContributionsPerUnit);
    if (nonFinite == null) {
      throw new IllegalArgumentException("nonFinite must not be null");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
    if (noise == null) {
      throw new IllegalArgumentException("noise must not be null");
    }
  }

  /** The parameters without the timing option, which is then on (the former canonical constructor). */
  public AggregationParams(double epsilon, double lower, double upper, int maxContributionsPerUnit,
      NonFinitePolicy nonFinite, double confidence, NoiseSource noise) {
    this(epsilon, lower, upper, maxContributionsPerUnit, nonFinite, confidence, noise, true);
  }

  /** epsilon, bounds, one contribution per unit, REJECT non-finite, 95% intervals, secure noise, timing-hardened. */
  public static AggregationParams of(double epsilon, double lower, double upper) {
    return new AggregationParams(epsilon, lower, upper, 1, NonFinitePolicy.REJECT, 0.95, NoiseSource.secure(), true);
  }

  /** Whether each noise sample draws a fixed number of random words (see the class comment). */
  public AggregationParams withTimingHardened(boolean hardened) {
    return new AggregationParams(epsilon, lower, upper, maxContributionsPerUnit, nonFinite, confidence, noise,
        hardened);
  }

  public AggregationParams withMaxContributionsPerUnit(int k) {
    return new AggregationParams(epsilon, lower, upper, k, nonFinite, confidence, noise, timingHardened);
  }

  public AggregationParams withNonFinite(NonFinitePolicy p) {
    return new AggregationParams(epsilon, lower, upper, maxContributionsPerUnit, p, confidence, noise, timingHardened);
  }

  public AggregationParams withConfidence(double c) {
    return new AggregationParams(epsilon, lower, upper, maxContributionsPerUnit, nonFinite, c, noise, timingHardened);
  }

  public AggregationParams withNoise(NoiseSource n) {
    return new AggregationParams(epsilon, lower, upper, maxContributionsPerUnit, nonFinite, confidence, n,
        timingHardened);
  }

  /**
   * Whether partial aggregates built with {@code o} may be merged into one built with these parameters: the same
   * epsilon, clamping bounds and contribution bound. Merging across different bounds would add fixed-point sums of
   * different scales and let one unit contribute more than the declared sensitivity.
   */
  public boolean mergeableWith(AggregationParams o) {
    return o != null && Double.compare(epsilon, o.epsilon) == 0 && Double.compare(lower, o.lower) == 0
        && Double.compare(upper, o.upper) == 0 && maxContributionsPerUnit == o.maxContributionsPerUnit;
  }

  /** The same parameters with a share of epsilon. */
  AggregationParams withEpsilon(double e) {
    return new AggregationParams(e, lower, upper, maxContributionsPerUnit, nonFinite, confidence, noise, timingHardened);
  }
}
