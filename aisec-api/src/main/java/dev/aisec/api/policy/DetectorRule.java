package dev.aisec.api.policy;

import dev.aisec.api.Action;
import dev.aisec.api.Channel;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the policy treats one detector once resolved for a channel and a set of roles.
 *
 * @param enabled whether the detector runs at all
 * @param channels the channels it runs on
 * @param thresholds score thresholds for its findings
 * @param typeThresholds thresholds for particular finding types, replacing {@code thresholds} for them (type names
 *     ignore case; two keys that differ only in case are an error)
 * @param failOpen when true, an exception in the detector is recorded but does not block; default false
 */
public record DetectorRule(boolean enabled, Set<Channel> channels, Thresholds thresholds,
    Map<String, Thresholds> typeThresholds, boolean failOpen) {

  public DetectorRule {
    if (channels == null || thresholds == null || typeThresholds == null) {
      throw new IllegalArgumentException("detector rule fields must not be null");
    }
    channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    // finding types are upper case (Finding upper-cases them): so are the keys, or a rule built in code with
    // "api_key" would never apply
    TreeMap<String, Thresholds> upper = new TreeMap<>();
    for (Map.Entry<String, Thresholds> e : typeThresholds.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException("detector rule type thresholds must not hold null types or thresholds");
      }
      if (upper.put(e.getKey().toUpperCase(java.util.Locale.ROOT), e.getValue()) != null) {
        throw new IllegalArgumentException("type '" + e.getKey() + "' is given twice (type names ignore case)");
      }
    }
    typeThresholds = Map.copyOf(upper);
  }

  /** Runs on every channel and flags any finding scoring 0.5 or more; fails closed. */
  public static DetectorRule standard() {
    return new DetectorRule(true, EnumSet.allOf(Channel.class), Thresholds.of(Action.FLAG, 0.5), Map.of(), false);
  }

  /** Whether the detector runs on the channel. */
  public boolean runsOn(Channel channel) {
    return enabled && channels.contains(channel);
  }

  /** The action for a finding of the given type and score. */
  public Action actionFor(String type, double score) {
    Thresholds t = type == null ? null : typeThresholds.get(type.toUpperCase(java.util.Locale.ROOT));
    return (t == null ? thresholds : t).actionFor(score);
  }

  /** A copy with other thresholds. */
  public DetectorRule withThresholds(Thresholds t) {
    return new DetectorRule(enabled, channels, t, typeThresholds, failOpen);
  }

  /** A copy with another enabled flag. */
  public DetectorRule withEnabled(boolean e) {
    return new DetectorRule(e, channels, thresholds, typeThresholds, failOpen);
  }

  /** A copy with other channels. */
  public DetectorRule withChannels(Set<Channel> c) {
    return new DetectorRule(enabled, c, thresholds, typeThresholds, failOpen);
  }

  /** A copy with one more type threshold. */
  public DetectorRule withTypeThresholds(String type, Thresholds t) {
    TreeMap<String, Thresholds> m = new TreeMap<>(typeThresholds);
    m.put(type.toUpperCase(java.util.Locale.ROOT), t);
    return new DetectorRule(enabled, channels, thresholds, m, failOpen);
  }

  /** A copy with another fail-open flag. */
  public DetectorRule withFailOpen(boolean f) {
    return new DetectorRule(enabled, channels, thresholds, typeThresholds, f);
  }
}
