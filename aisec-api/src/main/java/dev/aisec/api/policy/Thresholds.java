package dev.aisec.api.policy;

import dev.aisec.api.Action;
import java.util.EnumMap;
import java.util.Map;

/**
 * Score thresholds per action: a finding gets the strictest action whose threshold its score reaches, or
 * {@link Action#ALLOW} when it reaches none. For example {@code {FLAG: 0.5, BLOCK: 0.85}} flags scores in
 * [0.5, 0.85) and blocks scores of 0.85 and above. A stricter action's threshold is never below a more lenient
 * one's (each action given can apply to some score). Immutable.
 */
public final class Thresholds {

  private final EnumMap<Action, Double> byAction;

  private Thresholds(EnumMap<Action, Double> byAction) {
    this.byAction = byAction;
  }

  /** Thresholds from a map of action to minimum score in 0..1. */
  public static Thresholds of(Map<Action, Double> thresholds) {
    EnumMap<Action, Double> m = new EnumMap<>(Action.class);
    for (Map.Entry<Action, Double> e : thresholds.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException("thresholds must not hold null actions or scores");
      }
      double v = e.getValue();
      if (!(v >= 0.0 && v <= 1.0)) {
        throw new IllegalArgumentException("threshold for " + e.getKey() + " must be in 0..1, got " + v);
      }
      if (e.getKey() != Action.ALLOW) {
        m.put(e.getKey(), v);
      }
    }
    // a stricter action with a threshold below a more lenient one leaves the lenient one unreachable ({FLAG: 0.9,
    // BLOCK: 0.5} never flags): almost always a mistake, so it is refused rather than silently reinterpreted
    Map.Entry<Action, Double> prev = null;
    for (Map.Entry<Action, Double> e : m.entrySet()) {
      if (prev != null && e.getValue() < prev.getValue()) {
        throw new IllegalArgumentException("threshold for " + e.getKey() + " (" + e.getValue()
            + ") is below the threshold for the more lenient " + prev.getKey() + " (" + prev.getValue()
            + "), so " + prev.getKey() + " could never apply");
      }
      prev = e;
    }
    return new Thresholds(m);
  }

  /** A single threshold for one action. */
  public static Thresholds of(Action action, double threshold) {
    return of(Map.of(action, threshold));
  }

  /** The action for a score. */
  public Action actionFor(double score) {
    Action result = Action.ALLOW;
    for (Map.Entry<Action, Double> e : byAction.entrySet()) {
      if (score >= e.getValue()) {
        result = Action.strictest(result, e.getKey());
      }
    }
    return result;
  }

  /** The lowest score that leads to an action other than ALLOW, or {@code NaN} when none does. */
  public double lowest() {
    double m = Double.NaN;
    for (double v : byAction.values()) {
      m = Double.isNaN(m) ? v : Math.min(m, v);
    }
    return m;
  }

  /** The threshold of one action, or {@code NaN}. */
  public double get(Action action) {
    Double v = byAction.get(action);
    return v == null ? Double.NaN : v;
  }

  /** The thresholds as an unmodifiable map. */
  public Map<Action, Double> asMap() {
    return java.util.Collections.unmodifiableMap(byAction);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Thresholds && ((Thresholds) o).byAction.equals(byAction);
  }

  @Override
  public int hashCode() {
    return byAction.hashCode();
  }

  @Override
  public String toString() {
    return byAction.toString();
  }
}
