package dev.aisec.api.audit;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/** Serialises audit events to one-line JSON, ASCII only (non-ASCII escaped) so hashes are byte-stable. */
final class AuditJson {

  static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private AuditJson() {}

  static ObjectNode toNode(AuditEvent e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("time", e.time().toString());
    n.put("event", e.event());
    n.put("principal", e.principal());
    ArrayNode roles = n.putArray("roles");
    e.roles().stream().sorted().forEach(roles::add);
    if (e.channel() != null) {
      n.put("channel", e.channel());
    }
    n.put("action", e.action());
    n.put("policyVersion", e.policyVersion());
    if (e.prompt() != null) {
      n.put("prompt", e.prompt());
    }
    if (e.capability() != null) {
      n.put("capability", e.capability());
    } else {
      n.put("inputLength", e.inputLength());
      if (e.inputHash() != null) {
        n.put("inputHash", e.inputHash());
      }
      ArrayNode fs = n.putArray("findings");
      for (AuditEvent.AuditFinding f : e.findings()) {
        ObjectNode o = fs.addObject();
        o.put("detector", f.detector());
        o.put("type", f.type());
        o.put("start", f.start());
        o.put("end", f.end());
        o.put("score", Math.round(f.score() * 10000) / 10000.0);
        o.put("action", f.action());
      }
    }
    n.put("elapsedNanos", e.elapsedNanos());
    if (!e.attributes().isEmpty()) {
      ObjectNode a = n.putObject("attributes");
      for (Map.Entry<String, String> en : new TreeMap<>(e.attributes()).entrySet()) {
        a.put(en.getKey(), en.getValue());
      }
    }
    return n;
  }
}
