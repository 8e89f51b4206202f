package dev.aisec.api.audit;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Serialises audit events to one-line JSON, ASCII only (non-ASCII escaped) so hashes are byte-stable. A record is
 * bounded: at most {@link #MAX_FINDINGS} findings (then {@code findingsOmitted} counts the rest) and strings of at most
 * {@link #MAX_STRING} characters. One large hostile input (45 MB of mixed-script words, 1.4 million findings) used to
 * write a 154 MB record, which the verifier reports as tampered and the sink cannot reopen: the log was unusable.
 */
final class AuditJson {

  static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  /** Findings kept per record. */
  static final int MAX_FINDINGS = 1000;
  /** Characters kept per string field (principal, attribute values, capability...). */
  static final int MAX_STRING = 1024;

  private AuditJson() {}

  static String clip(String s) {
    if (s == null || s.length() <= MAX_STRING) {
      return s;
    }
    int end = MAX_STRING;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "...(" + s.length() + " chars)";
  }

  static ObjectNode toNode(AuditEvent e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("time", e.time().toString());
    n.put("event", clip(e.event()));
    n.put("principal", clip(e.principal()));
    ArrayNode roles = n.putArray("roles");
    e.roles().stream().sorted().limit(MAX_FINDINGS).forEach(r -> roles.add(clip(r)));
    if (e.channel() != null) {
      n.put("channel", clip(e.channel()));
    }
    n.put("action", clip(e.action()));
    n.put("policyVersion", clip(e.policyVersion()));
    if (e.prompt() != null) {
      n.put("prompt", clip(e.prompt()));
    }
    if (e.capability() != null) {
      n.put("capability", clip(e.capability()));
    } else {
      n.put("inputLength", e.inputLength());
      if (e.inputHash() != null) {
        n.put("inputHash", clip(e.inputHash()));
      }
      ArrayNode fs = n.putArray("findings");
      int kept = 0;
      for (AuditEvent.AuditFinding f : e.findings()) {
        if (kept++ == MAX_FINDINGS) {
          n.put("findingsOmitted", e.findings().size() - MAX_FINDINGS);
          break;
        }
        ObjectNode o = fs.addObject();
        o.put("detector", clip(f.detector()));
        o.put("type", clip(f.type()));
        o.put("start", f.start());
        o.put("end", f.end());
        o.put("score", Math.round(f.score() * 10000) / 10000.0);
        o.put("action", clip(f.action()));
      }
    }
    n.put("elapsedNanos", e.elapsedNanos());
    if (!e.attributes().isEmpty()) {
      ObjectNode a = n.putObject("attributes");
      int kept = 0;
      for (Map.Entry<String, String> en : new TreeMap<>(e.attributes()).entrySet()) {
        if (kept++ == MAX_FINDINGS) {
          n.put("attributesOmitted", e.attributes().size() - MAX_FINDINGS);
          break;
        }
        a.put(clip(en.getKey()), clip(en.getValue()));
      }
    }
    return n;
  }
}
