package dev.aisec.api;

import java.util.List;

/**
 * The Guard's decision on one input.
 *
 * @param action the strictest action over all findings ({@link Action#ALLOW} when there are none)
 * @param text the text safe to pass on: the original for ALLOW and FLAG, the rewritten text for REDACT, and the
 *     empty string for BLOCK
 * @param findings every finding, each with the action the policy assigned; in order of position
 * @param policyVersion version string of the policy that decided
 * @param elapsedNanos time the check took
 */
public record Verdict(Action action, String text, List<Finding> findings, String policyVersion, long elapsedNanos) {

  public Verdict {
    if (action == null) {
      throw new IllegalArgumentException("verdict.action must not be null");
    }
    if (text == null) {
      throw new IllegalArgumentException("verdict.text must not be null");
    }
    findings = List.copyOf(findings);
    if (policyVersion == null) {
      throw new IllegalArgumentException("verdict.policyVersion must not be null");
    }
  }

  /** Whether the text must not be passed on. */
  public boolean blocked() {
    return action == Action.BLOCK;
  }

  /** Whether the text may be passed on (possibly rewritten: use {@link #text()}). */
  public boolean passed() {
    return action != Action.BLOCK;
  }

  /** The highest finding score, or 0 without findings. */
  public double maxScore() {
    double m = 0;
    for (Finding f : findings) {
      m = Math.max(m, f.score());
    }
    return m;
  }

  /** The highest score among findings from the given detector, or 0. */
  public double maxScore(String detectorId) {
    double m = 0;
    for (Finding f : findings) {
      if (f.detector().equals(detectorId)) {
        m = Math.max(m, f.score());
      }
    }
    return m;
  }
}
