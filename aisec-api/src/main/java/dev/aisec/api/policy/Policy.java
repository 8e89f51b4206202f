package dev.aisec.api.policy;

import dev.aisec.api.Channel;
import dev.aisec.api.Principal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules a {@link dev.aisec.api.Guard} applies: per-detector rules, ordered overrides per channel and role, and
 * role-based capability grants. Capabilities are default-deny: a principal may use a capability only when one of its
 * roles holds a grant pattern that matches it ({@code *} matches any run of characters, so {@code tool:*} grants
 * every tool).
 *
 * <p>A detector the policy does not name gets the policy's default rule. Every policy has a version string that the
 * Guard copies into every verdict and audit record. Immutable and thread-safe. JSON format: see
 * {@link PolicyJson} and the README.
 */
public final class Policy {

  private static final String DEFAULT_RESOURCE = "/dev/aisec/api/default-policy.json";
  private static volatile Policy defaults;

  private final String version;
  private final DetectorRule defaultRule;
  private final Map<String, DetectorRule> detectors;
  private final List<PolicyOverride> overrides;
  private final Map<String, List<String>> grants;

  private Policy(Builder b) {
    this.version = b.version;
    this.defaultRule = b.defaultRule;
    this.detectors = Map.copyOf(b.detectors);
    this.overrides = List.copyOf(b.overrides);
    TreeMap<String, List<String>> g = new TreeMap<>();
    b.grants.forEach((k, v) -> g.put(k, List.copyOf(v)));
    this.grants = Map.copyOf(g);
  }

  /** A builder for a policy in code. */
  public static Builder builder(String version) {
    return new Builder(version);
  }

  /**
   * The default policy shipped with aisec (resource {@code dev/aisec/api/default-policy.json}): every detector on,
   * blocking only high-confidence attacks, redacting personal data, and granting no capability.
   */
  public static Policy defaults() {
    Policy p = defaults;
    if (p == null) {
      try (InputStream in = Policy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("default policy resource missing: " + DEFAULT_RESOURCE);
        }
        p = PolicyJson.parse(in.readAllBytes(), DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the default policy", e);
      }
      defaults = p;
    }
    return p;
  }

  /** Loads a policy from a JSON file. Throws {@link PolicyException} naming the bad field's path. */
  public static Policy load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PolicyException(file.toString(), "cannot read policy file (" + e.getClass().getSimpleName() + ")", e);
    }
    return PolicyJson.parse(bytes, file.toString());
  }

  /** Parses a policy from JSON text. Throws {@link PolicyException} naming the bad field's path. */
  public static Policy parse(String json) {
    return PolicyJson.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "policy");
  }

  /** The policy's version string. */
  public String version() {
    return version;
  }

  /** The rule for a detector the policy does not name. */
  public DetectorRule defaultRule() {
    return defaultRule;
  }

  /** The rules of the detectors the policy names. */
  public Map<String, DetectorRule> detectorRules() {
    return detectors;
  }

  /** The ordered overrides. */
  public List<PolicyOverride> overrides() {
    return overrides;
  }

  /** The capability grants: role to grant patterns. */
  public Map<String, List<String>> grants() {
    return grants;
  }

  /** The rule of one detector resolved for a channel and the principal's roles. */
  public DetectorRule resolve(String detectorId, Channel channel, Set<String> roles) {
    DetectorRule rule = detectors.getOrDefault(detectorId, defaultRule);
    for (PolicyOverride o : overrides) {
      if (o.matches(detectorId, channel, roles)) {
        rule = o.applyTo(rule);
        if (Boolean.TRUE.equals(o.enabled()) && !rule.channels().contains(channel)) {
          EnumSet<Channel> c = rule.channels().isEmpty() ? EnumSet.noneOf(Channel.class)
              : EnumSet.copyOf(rule.channels());
          c.add(channel);
          rule = rule.withChannels(c);
        }
      }
    }
    return rule;
  }

  /** Whether the principal may use the capability (for example {@code tool:send_email}). Default deny. */
  public boolean permits(Principal principal, String capability) {
    if (principal == null || capability == null || capability.isEmpty()) {
      return false;
    }
    for (String role : principal.roles()) {
      List<String> patterns = grants.get(role);
      if (patterns == null) {
        continue;
      }
      for (String p : patterns) {
        if (Glob.matches(p, capability)) {
          return true;
        }
      }
    }
    return false;
  }

  @java.lang.Override
  public String toString() {
    return "Policy[version=" + version + ", detectors=" + detectors.keySet() + ", overrides=" + overrides.size()
        + ", roles=" + grants.keySet() + "]";
  }

  /** Builds a policy in code; validates as it goes and throws {@link PolicyException} naming the bad field. */
  public static final class Builder {
    private final String version;
    private DetectorRule defaultRule = DetectorRule.standard();
    private final Map<String, DetectorRule> detectors = new LinkedHashMap<>();
    private final List<PolicyOverride> overrides = new ArrayList<>();
    private final Map<String, List<String>> grants = new LinkedHashMap<>();

    private Builder(String version) {
      if (version == null || version.isBlank()) {
        throw new PolicyException("version", "must be a non-blank string");
      }
      this.version = version;
    }

    /** The rule for detectors the policy does not name. */
    public Builder defaultRule(DetectorRule rule) {
      if (rule == null) {
        throw new PolicyException("defaults", "must not be null");
      }
      this.defaultRule = rule;
      return this;
    }

    /** The rule of one detector. */
    public Builder detector(String id, DetectorRule rule) {
      if (id == null || id.isBlank()) {
        throw new PolicyException("detectors", "detector id must not be blank");
      }
      if (rule == null) {
        throw new PolicyException("detectors." + id, "must not be null");
      }
      detectors.put(id, rule);
      return this;
    }

    /** Adds an override, applied after those added before it. */
    public Builder override(PolicyOverride o) {
      if (o == null) {
        throw new PolicyException("overrides[" + overrides.size() + "]", "must not be null");
      }
      overrides.add(o);
      return this;
    }

    /** Grants capability patterns to a role. */
    public Builder grant(String role, String... patterns) {
      if (role == null || role.isBlank()) {
        throw new PolicyException("capabilities", "role must not be blank");
      }
      List<String> list = grants.computeIfAbsent(role, k -> new ArrayList<>());
      for (int i = 0; i < patterns.length; i++) {
        String p = patterns[i];
        if (p == null || p.isBlank()) {
          throw new PolicyException("capabilities." + role + "[" + (list.size()) + "]", "must be a non-blank pattern");
        }
        list.add(p);
      }
      return this;
    }

    public Policy build() {
      return new Policy(this);
    }
  }
}
