package dev.aisec.langchain4j.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.aisec.api.Action;
import dev.aisec.api.Channel;
import dev.aisec.api.Guard;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.AisecContext;
import java.util.Iterator;
import java.util.Map;

/**
 * Applies a REDACT verdict to a tool call's JSON arguments without breaking them, or says it cannot.
 *
 * <p>The arguments are parsed strictly (one JSON object or array, no duplicate keys, no trailing content); every
 * string value is checked on its own on MODEL_OUTPUT and replaced by its redacted text; the rewritten arguments are
 * then checked again as a whole and accepted only if that check is neither REDACT nor BLOCK. Anything else (arguments
 * that are not JSON, a scalar, personal data in a key or a number, data spread over several values, a value that is
 * blocked on its own, nesting deeper than 64) yields {@code null}: the caller must not send the call. Stateless.
 */
public final class ToolArguments {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final int MAX_DEPTH = 64;

  private ToolArguments() {}

  /**
   * The arguments with the verdict applied: unchanged unless the verdict is REDACT; the redacted JSON when that can
   * be done safely; {@code null} when the call must not go out (BLOCK, or a REDACT that cannot be applied).
   */
  public static String apply(Guard guard, AisecContext ctx, String arguments, Verdict verdict, String source,
      String tool) {
    return apply(null, guard, ctx, arguments, verdict, source, tool);
  }

  /** As {@link #apply(Guard, AisecContext, String, Verdict, String, String)}, its checks through a cache (or null). */
  public static String apply(VerdictCache cache, Guard guard, AisecContext ctx, String arguments, Verdict verdict,
      String source, String tool) {
    if (verdict.blocked()) {
      return null;
    }
    if (verdict.action() != Action.REDACT) {
      return arguments;
    }
    JsonNode root;
    try {
      root = JSON.readTree(arguments);
    } catch (Exception e) {
      return null;
    }
    if (root == null || !(root.isObject() || root.isArray())) {
      return null;
    }
    JsonNode redacted = redact(root, cache, guard, ctx, source + "-value", tool, 0);
    if (redacted == null) {
      return null;
    }
    String out;
    try {
      out = JSON.writeValueAsString(redacted);
    } catch (Exception e) {
      return null;
    }
    Verdict again = VerdictCache.check(cache, guard, ctx, Channel.MODEL_OUTPUT, out, source + "-redacted", tool);
    if (again.blocked() || again.action() == Action.REDACT) {
      return null;
    }
    return out;
  }

  private static JsonNode redact(JsonNode n, VerdictCache cache, Guard guard, AisecContext ctx, String source, String tool, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (n.isTextual()) {
      Verdict v = VerdictCache.check(cache, guard, ctx, Channel.MODEL_OUTPUT, n.textValue(), source, tool);
      if (v.blocked()) {
        return null;
      }
      return v.text().equals(n.textValue()) ? n : TextNode.valueOf(v.text());
    }
    if (n.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode c = redact(e.getValue(), cache, guard, ctx, source, tool, depth + 1);
        if (c == null) {
          return null;
        }
        copy.set(e.getKey(), c);
      }
      return copy;
    }
    if (n.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      for (JsonNode e : n) {
        JsonNode c = redact(e, cache, guard, ctx, source, tool, depth + 1);
        if (c == null) {
          return null;
        }
        copy.add(c);
      }
      return copy;
    }
    return n;
  }
}
