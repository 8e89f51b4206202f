package dev.aisec.api.policy;

import dev.aisec.api.Channel;
import java.util.Map;
import java.util.Set;

/**
 * A policy override: for the matching detector, channels and roles, replaces the fields it sets. Overrides apply in
 * the order the policy lists them, after the detector's own rule. An empty {@code roles} or {@code channels} matches
 * everything; {@code detector} {@code "*"} matches every detector. A principal matches {@code roles} when it holds at
 * least one of them.
 *
 * @param detector detector id or {@code "*"}
 * @param channels channels the override applies to (empty = all)
 * @param roles roles the override applies to (empty = all)
 * @param enabled replacement enabled flag or null
 * @param thresholds replacement thresholds or null
 * @param typeThresholds per-type thresholds added or replaced (empty = none)
 * @param failOpen replacement fail-open flag or null
 */
public record PolicyOverride(String detector, Set<Channel> channels, Set<String> roles, Boolean enabled,
    Thresholds thresholds, Map<String, Thresholds> typeThresholds, Boolean failOpen) {

  public PolicyOverride {
    if (detector == null || detector.isBlank()) {
      throw new IllegalArgumentException("override.detector must not be blank (use \"*\" for all)");
    }
    channels = channels == null ? Set.of() : Set.copyOf(channels);
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    typeThresholds = typeThresholds == null ? Map.of() : Map.copyOf(typeThresholds);
  }

  boolean matches(String detectorId, Channel channel, Set<String> principalRoles) {
    if (!detector.equals("*") && !detector.equals(detectorId)) {
      return false;
    }
    if (!channels.isEmpty() && !channels.contains(channel)) {
      return false;
    }
    if (roles.isEmpty()) {
      return true;
    }
    for (String r : principalRoles) {
      if (roles.contains(r)) {
        return true;
      }
    }
    return false;
  }

  DetectorRule applyTo(DetectorRule rule) {
    DetectorRule r = rule;
    if (enabled != null) {
      r = r.withEnabled(enabled);
    }
    if (thresholds != null) {
      r = r.withThresholds(thresholds);
    }
    for (Map.Entry<String, Thresholds> e : typeThresholds.entrySet()) {
      r = r.withTypeThresholds(e.getKey(), e.getValue());
    }
    if (failOpen != null) {
      r = r.withFailOpen(failOpen);
    }
    return r;
  }
}
