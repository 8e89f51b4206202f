package dev.aisec.api.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.aisec.api.Action;
import dev.aisec.api.Channel;
import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads policies from JSON. The format:
 *
 * <pre>{@code
 * {
 *   "version": "support-bot-2026-11",
 *   "defaults": {"thresholds": {"FLAG": 0.5}, "failOpen": false},
 *   "detectors": {
 *     "prompt-injection": {"channels": ["USER_INPUT"], "thresholds": {"FLAG": 0.5, "BLOCK": 0.85}},
 *     "pii": {"thresholds": {"REDACT": 0.5}, "types": {"URL": {"FLAG": 0.9}}},
 *     "unicode-anomaly": {"enabled": true, "failOpen": false}
 *   },
 *   "overrides": [
 *     {"detector": "prompt-injection", "roles": ["red-team"], "enabled": false}
 *   ],
 *   "capabilities": {"support": ["model:gpt-4o-mini", "tool:lookup_order"], "admin": ["*"]}
 * }
 * }</pre>
 *
 * With {@code "extends": "aisec-default"} a policy starts from the shipped default: its detectors start from the
 * default's rules (so a file can change one threshold), its overrides come after the default's, and its capability
 * grants add to the default's (which grants none).
 *
 * <p>Unknown fields are errors (a misspelt key must not silently weaken a policy). Every error names the field's path.
 */
public final class PolicyJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** The name under which a policy file can extend the shipped default ({@code "extends": "aisec-default"}). */
  public static final String DEFAULT_NAME = "aisec-default";

  private PolicyJson() {}

  /** Parses policy JSON; {@code source} names the file in error messages. */
  public static Policy parse(byte[] json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new PolicyException(source, "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new PolicyException(source, "cannot read policy JSON", e);
    }
    if (root == null || !root.isObject()) {
      throw new PolicyException("(root)", "a policy must be a JSON object");
    }
    allowOnly(root, "", "version", "extends", "defaults", "detectors", "overrides", "capabilities", "description");
    JsonNode v = root.get("version");
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new PolicyException("version", "must be a non-blank string");
    }
    if (v.asText().chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
      // the version is printed in every verdict and audit record, and by the CLI to terminals
      throw new PolicyException("version", "must not contain control or format characters");
    }
    Policy.Builder b = Policy.builder(v.asText());
    DetectorRule defaults = DetectorRule.standard();
    Policy base = null;
    if (root.has("extends")) {
      JsonNode ext = root.get("extends");
      if (!ext.isTextual() || !ext.asText().equals(DEFAULT_NAME)) {
        throw new PolicyException("extends", "the only policy that can be extended is \"" + DEFAULT_NAME + "\"");
      }
      base = Policy.defaults();
      defaults = base.defaultRule();
      b.defaultRule(defaults);
      base.detectorRules().forEach(b::detector);
      base.overrides().forEach(b::override);
      base.grants().forEach((role, patterns) -> b.grant(role, patterns.toArray(new String[0])));
    }
    if (root.has("defaults")) {
      defaults = rule(root.get("defaults"), "defaults", defaults);
      b.defaultRule(defaults);
    }
    JsonNode dets = root.get("detectors");
    if (dets != null) {
      requireObject(dets, "detectors");
      for (Iterator<Map.Entry<String, JsonNode>> it = dets.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String path = "detectors." + e.getKey();
        if (e.getKey().isBlank()) {
          throw new PolicyException(path, "detector id must not be blank");
        }
        DetectorRule start = base == null ? defaults : base.detectorRules().getOrDefault(e.getKey(), defaults);
        b.detector(e.getKey(), rule(e.getValue(), path, start));
      }
    }
    JsonNode ovs = root.get("overrides");
    if (ovs != null) {
      if (!ovs.isArray()) {
        throw new PolicyException("overrides", "must be an array of objects");
      }
      for (int i = 0; i < ovs.size(); i++) {
        b.override(override(ovs.get(i), "overrides[" + i + "]"));
      }
    }
    JsonNode caps = root.get("capabilities");
    if (caps != null) {
      requireObject(caps, "capabilities");
      for (Iterator<Map.Entry<String, JsonNode>> it = caps.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String path = "capabilities." + e.getKey();
        if (!e.getValue().isArray()) {
          throw new PolicyException(path, "must be an array of capability patterns");
        }
        String[] patterns = new String[e.getValue().size()];
        for (int i = 0; i < patterns.length; i++) {
          JsonNode p = e.getValue().get(i);
          if (!p.isTextual() || p.asText().isBlank()) {
            throw new PolicyException(path + "[" + i + "]", "must be a non-blank string");
          }
          patterns[i] = p.asText();
        }
        b.grant(e.getKey(), patterns);
      }
    }
    return b.build();
  }

  private static DetectorRule rule(JsonNode n, String path, DetectorRule base) {
    requireObject(n, path);
    allowOnly(n, path, "enabled", "channels", "thresholds", "types", "failOpen", "description");
    DetectorRule r = base;
    if (n.has("enabled")) {
      r = r.withEnabled(bool(n.get("enabled"), path + ".enabled"));
    }
    if (n.has("channels")) {
      Set<Channel> cs = channels(n.get("channels"), path + ".channels");
      if (cs.isEmpty()) {
        // an empty list switched the detector off without a word; say so with enabled
        throw new PolicyException(path + ".channels", "must name at least one channel (to turn the detector off,"
            + " use \"enabled\": false)");
      }
      r = r.withChannels(cs);
    }
    if (n.has("thresholds")) {
      r = r.withThresholds(thresholds(n.get("thresholds"), path + ".thresholds"));
    }
    if (n.has("types")) {
      for (Map.Entry<String, Thresholds> e : types(n.get("types"), path + ".types").entrySet()) {
        r = r.withTypeThresholds(e.getKey(), e.getValue());
      }
    }
    if (n.has("failOpen")) {
      r = r.withFailOpen(bool(n.get("failOpen"), path + ".failOpen"));
    }
    return r;
  }

  private static PolicyOverride override(JsonNode n, String path) {
    requireObject(n, path);
    allowOnly(n, path, "detector", "channels", "roles", "enabled", "thresholds", "types", "failOpen", "description");
    String detector = "*";
    if (n.has("detector")) {
      JsonNode d = n.get("detector");
      if (!d.isTextual() || d.asText().isBlank()) {
        throw new PolicyException(path + ".detector", "must be a detector id or \"*\"");
      }
      detector = d.asText();
    }
    Set<Channel> channels = n.has("channels") ? channels(n.get("channels"), path + ".channels") : Set.of();
    if (n.has("channels") && channels.isEmpty()) {
      // an empty list matches EVERY channel (as if the field were absent): written out, it reads as "none"
      throw new PolicyException(path + ".channels", "must name at least one channel (omit the field to match every"
          + " channel)");
    }
    Set<String> roles = Set.of();
    if (n.has("roles")) {
      JsonNode r = n.get("roles");
      if (!r.isArray()) {
        throw new PolicyException(path + ".roles", "must be an array of role names");
      }
      Set<String> rs = new LinkedHashSet<>();
      for (int i = 0; i < r.size(); i++) {
        if (!r.get(i).isTextual() || r.get(i).asText().isBlank()) {
          throw new PolicyException(path + ".roles[" + i + "]", "must be a non-blank string");
        }
        rs.add(r.get(i).asText());
      }
      if (rs.isEmpty()) {
        // an empty list matches EVERY principal (as if the field were absent): {"roles": [], "enabled": false} read
        // as "no one yet" and switched the detector off for everyone
        throw new PolicyException(path + ".roles", "must name at least one role (omit the field to match every"
            + " principal)");
      }
      roles = rs;
    }
    Boolean enabled = n.has("enabled") ? bool(n.get("enabled"), path + ".enabled") : null;
    Thresholds t = n.has("thresholds") ? thresholds(n.get("thresholds"), path + ".thresholds") : null;
    Map<String, Thresholds> types = n.has("types") ? types(n.get("types"), path + ".types") : Map.of();
    Boolean failOpen = n.has("failOpen") ? bool(n.get("failOpen"), path + ".failOpen") : null;
    if (enabled == null && t == null && types.isEmpty() && failOpen == null) {
      throw new PolicyException(path, "an override must set at least one of enabled, thresholds, types, failOpen");
    }
    return new PolicyOverride(detector, channels, roles, enabled, t, types, failOpen);
  }

  private static Map<String, Thresholds> types(JsonNode n, String path) {
    requireObject(n, path);
    Map<String, Thresholds> m = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (m.put(e.getKey().toUpperCase(Locale.ROOT), thresholds(e.getValue(), path + "." + e.getKey())) != null) {
        throw new PolicyException(path + "." + e.getKey(), "type given twice (type names ignore case)");
      }
    }
    return m;
  }

  private static Thresholds thresholds(JsonNode n, String path) {
    requireObject(n, path);
    EnumMap<Action, Double> m = new EnumMap<>(Action.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String p = path + "." + e.getKey();
      Action a;
      try {
        a = Action.parse(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new PolicyException(p, "unknown action; use FLAG, REDACT or BLOCK");
      }
      if (a == Action.ALLOW) {
        // ALLOW is what a score reaching no threshold gets; a threshold for it used to be dropped without a word
        throw new PolicyException(p, "ALLOW takes no threshold (scores below every threshold are allowed); use FLAG,"
            + " REDACT or BLOCK");
      }
      JsonNode v = e.getValue();
      if (!v.isNumber() || !(v.asDouble() >= 0.0 && v.asDouble() <= 1.0)) {
        throw new PolicyException(p, "must be a number in 0..1, got " + v);
      }
      m.put(a, v.asDouble());
    }
    try {
      return Thresholds.of(m);
    } catch (IllegalArgumentException ex) {
      throw new PolicyException(path, ex.getMessage());
    }
  }

  private static Set<Channel> channels(JsonNode n, String path) {
    if (!n.isArray()) {
      throw new PolicyException(path, "must be an array of channel names");
    }
    EnumSet<Channel> s = EnumSet.noneOf(Channel.class);
    for (int i = 0; i < n.size(); i++) {
      JsonNode c = n.get(i);
      if (!c.isTextual()) {
        throw new PolicyException(path + "[" + i + "]", "must be a channel name string");
      }
      try {
        s.add(Channel.parse(c.asText()));
      } catch (IllegalArgumentException e) {
        throw new PolicyException(path + "[" + i + "]", e.getMessage());
      }
    }
    return s;
  }

  private static boolean bool(JsonNode n, String path) {
    if (!n.isBoolean()) {
      throw new PolicyException(path, "must be true or false, got " + n);
    }
    return n.asBoolean();
  }

  private static void requireObject(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw new PolicyException(path, "must be a JSON object");
    }
  }

  private static void allowOnly(JsonNode n, String path, String... allowed) {
    Set<String> ok = Set.of(allowed);
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!ok.contains(f)) {
        throw new PolicyException(path.isEmpty() ? f : path + "." + f,
            "unknown field; allowed here: " + String.join(", ", new java.util.TreeSet<>(ok)));
      }
    }
  }
}
