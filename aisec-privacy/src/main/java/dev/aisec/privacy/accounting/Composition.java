package dev.aisec.privacy.accounting;

import dev.aisec.privacy.internal.Check;

/**
 * Composition theorems for (epsilon, delta)-DP mechanisms: basic composition, the advanced composition theorem of
 * Dwork, Rothblum and Vadhan (2010), and the optimal homogeneous composition of Kairouz, Oh and Viswanath (2015).
 * Stateless and thread-safe.
 */
public final class Composition {
  private Composition() {}

  /** A privacy guarantee. */
  public record Guarantee(double epsilon, double delta) {
    public Guarantee {
      if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
        throw new IllegalArgumentException("epsilon must be finite and >= 0, was " + epsilon);
      }
      Check.deltaOrZero(delta);
    }
  }

  /** Basic composition: epsilons and deltas add. */
  public static Guarantee basic(Guarantee... parts) {
    double e = 0;
    double d = 0;
    for (Guarantee g : parts) {
      e += g.epsilon();
      d += g.delta();
    }
    return new Guarantee(e, Math.min(d, Math.nextDown(1.0)));
  }

  /**
   * DRV advanced composition of k mechanisms each (eps, delta): (sqrt(2k ln(1/d')) eps + k eps (e^eps - 1),
   * k delta + d').
   */
  public static Guarantee advanced(double epsilon, double delta, int k, double deltaPrime) {
    Check.positive("epsilon", epsilon);
    Check.deltaOrZero(delta);
    Check.delta(deltaPrime);
    Check.positiveInt("k", k);
    double e = Math.sqrt(2.0 * k * Math.log(1 / deltaPrime)) * epsilon + k * epsilon * Math.expm1(epsilon);
    double total = k * delta + deltaPrime;
    if (!(total < 1)) {
      // (review19) used to fail with "delta must be in [0, 1), was 2.0", a delta the caller never passed
      throw new IllegalArgumentException("k * delta + deltaPrime must be below 1 (no guarantee otherwise), was "
          + total + " (k " + k + ", delta " + delta + ", deltaPrime " + deltaPrime + ")");
    }
    return new Guarantee(Math.min(e, k * epsilon), total);
  }

  /**
   * Optimal k-fold composition of an (eps, delta)-DP mechanism (Kairouz, Oh, Viswanath 2015, Theorem 3.3): the
   * smallest eps_i = (k - 2i) eps whose delta_i = 1 - (1 - delta)^k (1 - D_i) does not exceed {@code targetDelta},
   * where D_i = sum_{l < i} C(k,l) (e^{(k-l) eps} - e^{(k-2i+l) eps}) / (1 + e^eps)^k. Computed in log space.
   *
   * @throws IllegalArgumentException when no eps_i reaches {@code targetDelta}: it is below
   *     {@code 1 - (1 - delta)^k}, the delta of the k-fold composition at any epsilon (review19: this used to return
   *     {@code (k eps, 1 - (1 - delta)^k)}, a delta larger than the one asked for, without a word)
   */
  public static Guarantee optimal(double epsilon, double delta, int k, double targetDelta) {
    Check.positive("epsilon", epsilon);
    Check.deltaOrZero(delta);
    Check.delta(targetDelta);
    Check.positiveInt("k", k);
    double logDen = k * softplus(epsilon);
    double base = Math.pow(1 - delta, k);
    // prefix sums in log space: P1(i) = log sum_{l<i} C(k,l) e^{(k-l)eps}, P2(i) = log sum_{l<i} C(k,l) e^{l eps}
    double p1 = Double.NEGATIVE_INFINITY;
    double p2 = Double.NEGATIVE_INFINITY;
    double logBinom = 0;
    Guarantee best = new Guarantee(k * epsilon, Math.min(1 - base, Math.nextDown(1.0)));
    for (int i = 0; i <= k / 2; i++) {
      // D_i uses l < i
      double di;
      if (i == 0) {
        di = 0;
      } else {
        double first = p1;
        double second = (k - 2.0 * i) * epsilon + p2;
        di = Math.exp(RdpAccountant.logSub(first, second) - logDen);
      }
      double deltaI = 1 - base * (1 - di);
      if (deltaI <= targetDelta) {
        best = new Guarantee((k - 2.0 * i) * epsilon, Math.max(0, deltaI));
      } else if (i == 0) {
        throw new IllegalArgumentException("targetDelta " + targetDelta + " is below 1 - (1 - delta)^k = " + deltaI
            + ", the delta of " + k + " runs of a mechanism with delta " + delta + " at any epsilon");
      } else {
        break;
      }
      // extend prefix with l = i
      if (i > 0) {
        logBinom += Math.log((double) (k - i + 1) / i);
      }
      p1 = RdpAccountant.logAdd(p1, logBinom + (k - i) * epsilon);
      p2 = RdpAccountant.logAdd(p2, logBinom + i * epsilon);
    }
    return best;
  }

  private static double softplus(double x) {
    return x + Math.log1p(Math.exp(-x));
  }
}
