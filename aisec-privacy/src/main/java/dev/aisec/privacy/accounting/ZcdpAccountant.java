package dev.aisec.privacy.accounting;

import dev.aisec.privacy.internal.Check;

/**
 * Zero-concentrated DP accountant (Bun and Steinke 2016): rho adds under composition; conversion to (epsilon, delta)
 * minimises the improved RDP conversion over alpha > 1 (CKS 2020, Proposition 12) with rdp(alpha) = alpha rho, and is
 * never worse than the standard {@code rho + 2 sqrt(rho log(1/delta))}. Thread-safe.
 */
public final class ZcdpAccountant {
  private double rho;

  /** Adds a rho-zCDP mechanism. */
  public synchronized ZcdpAccountant compose(double rho) {
    Check.rho(rho);
    this.rho += rho;
    return this;
  }

  /** Adds {@code count} (>= 0) runs of the Gaussian mechanism with noise multiplier z (rho = 1 / (2 z^2) each). */
  public synchronized ZcdpAccountant composeGaussian(double noiseMultiplier, long count) {
    Check.positive("noiseMultiplier", noiseMultiplier);
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count); // would subtract spent privacy loss
    }
    if (count > 0) {
      this.rho += count * (1 / (2 * noiseMultiplier * noiseMultiplier)); // 1/0 = infinity: no bound, never NaN
    }
    return this;
  }

  /** Adds an epsilon-DP mechanism (rho = eps^2 / 2). */
  public synchronized ZcdpAccountant composePureDp(double epsilon) {
    Check.positive("epsilon", epsilon);
    this.rho += epsilon * epsilon / 2;
    return this;
  }

  public synchronized double rho() {
    return rho;
  }

  public synchronized double epsilon(double delta) {
    return epsilon(rho, delta);
  }

  /** (epsilon, delta) from rho-zCDP; rho must be >= 0 (infinity gives infinity). */
  public static double epsilon(double rho, double delta) {
    Check.delta(delta);
    if (!(rho >= 0)) {
      throw new IllegalArgumentException("rho must be >= 0, was " + rho); // NaN or negative used to give NaN
    }
    if (rho == 0) {
      return 0;
    }
    if (rho == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    double standard = rho + 2 * Math.sqrt(rho * Math.log(1 / delta));
    // golden-section search on log(alpha - 1)
    double lo = Math.log(1e-6);
    double hi = Math.log(1e6);
    double g = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < 200; i++) {
      double a = hi - g * (hi - lo);
      double b = lo + g * (hi - lo);
      if (f(rho, delta, a) < f(rho, delta, b)) {
        hi = b;
      } else {
        lo = a;
      }
    }
    double best = f(rho, delta, 0.5 * (lo + hi));
    return Math.max(0, Math.min(standard, best));
  }

  private static double f(double rho, double delta, double logAm1) {
    double alpha = 1 + Math.exp(logAm1);
    return RdpAccountant.toEpsilon(alpha, alpha * rho, delta);
  }
}
