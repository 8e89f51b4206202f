package dev.aisec.privacy.aggregate;

import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.random.NoiseSource;

/**
 * Parameters shared by the bounded aggregators: privacy budget, clamping bounds, contribution bound per privacy unit,
 * non-finite policy, confidence level and noise source. Immutable.
 */
public record AggregationParams(double epsilon, double lower, double upper, int maxContributionsPerUnit,
    NonFinitePolicy nonFinite, double confidence, NoiseSource noise) {

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

  /** epsilon, bounds, one contribution per unit, REJECT non-finite, 95% intervals, secure noise. */
  public static AggregationParams of(double epsilon, double lower, double upper) {
    return new AggregationParams(epsilon, lower, upper, 1, NonFinitePolicy.REJECT, 0.95, NoiseSource.secure());
  }

  public AggregationParams withMaxContributionsPerUnit(int k) {
    return new AggregationParams(epsilon, lower, upper, k, nonFinite, confidence, noise);
  }

  public AggregationParams withNonFinite(NonFinitePolicy p) {
    return new AggregationParams(epsilon, lower, upper, maxContributionsPerUnit, p, confidence, noise);
  }

  public AggregationParams withConfidence(double c) {
    return new AggregationParams(epsilon, lower, upper, maxContributionsPerUnit, nonFinite, c, noise);
  }

  public AggregationParams withNoise(NoiseSource n) {
    return new AggregationParams(epsilon, lower, upper, maxContributionsPerUnit, nonFinite, confidence, n);
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
    return new AggregationParams(e, lower, upper, maxContributionsPerUnit, nonFinite, confidence, noise);
  }
}
