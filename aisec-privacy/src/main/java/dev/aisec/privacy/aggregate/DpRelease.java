package dev.aisec.privacy.aggregate;

/**
 * A differentially private statistic with a confidence interval that contains the true (bounded) statistic with
 * probability at least {@code confidence} over the noise. Immutable.
 */
public record DpRelease(String statistic, double value, double lower, double upper, double confidence, double epsilon,
    double delta) {

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s = %.6g  [%.6g, %.6g] @%.0f%%  (eps=%s, delta=%s)", statistic,
        value, lower, upper, confidence * 100, epsilon, delta);
  }
}
