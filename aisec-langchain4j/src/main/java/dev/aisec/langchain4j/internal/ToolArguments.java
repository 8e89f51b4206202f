package dev.aisec.langchain4j.internal;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * then checked again as a whole and accepted only if that check is neither REDACT nor BLOCK. Arguments the raw check
 * allowed are also checked once more in decoded form (keys and values with their JSON escapes undone), because the
 * raw text hides escaped data from the detectors; arguments that are not strict JSON are never rewritten and pass
 * only when neither their raw text nor their text with JSON-style escapes undone is to be redacted or blocked.
 * Anything else (a scalar under REDACT, personal data in a key or a number, data spread over several values, a value that is blocked on its own,
 * nesting deeper than 64) yields {@code null}: the caller must not send the call. Numbers are kept exactly as written.
 * Stateless.
 */
public final class ToolArguments {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // numbers go back out exactly as written: a redacted payment call must not turn 12345678901234567.89 into
      // 1.2345678901234568E16, or 1e400 into the string "Infinity"
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
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
    if (arguments == null || arguments.isBlank()) {
      return verdict.action() == Action.REDACT ? null : arguments;
    }
    JsonNode root;
    try {
      root = JSON.readTree(arguments);
    } catch (Exception e) {
      root = null;
    }
    if (root == null || root.isMissingNode()) {
      // not strict JSON: never rewritten; passed on only when neither the raw text nor the text with JSON-style
      // escapes undone (what a lenient parser in the tool would read) is to be redacted or blocked
      if (verdict.action() == Action.REDACT) {
        return null;
      }
      String unescaped = unescape(arguments);
      if (!unescaped.equals(arguments)) {
        Verdict d = VerdictCache.check(cache, guard, ctx, Channel.MODEL_OUTPUT, unescaped, source + "-decoded", tool);
        if (d.blocked() || d.action() == Action.REDACT) {
          return null;
        }
      }
      return arguments;
    }
    if (verdict.action() != Action.REDACT) {
      // the verdict was taken on the raw JSON, where escapes hide what the tool will read ("alice\\u0040example.com",
      // "https:\/\/evil.example"): check the decoded keys and values too
      String decoded = decodedText(root);
      if (decoded.equals(arguments)) {
        return arguments;
      }
      Verdict d = VerdictCache.check(cache, guard, ctx, Channel.MODEL_OUTPUT, decoded, source + "-decoded", tool);
      if (d.blocked()) {
        return null;
      }
      if (d.action() != Action.REDACT) {
        return arguments;
      }
    }
    if (!(root.isObject() || root.isArray())) {
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

  /**
   * The keys, string values and numbers of a parsed JSON value, decoded, one per line in document order (at most
   * {@link #MAX_DEPTH} levels; deeper content is cut and the caller's whole-text checks still see the raw form).
   */
  static String decodedText(JsonNode root) {
    StringBuilder out = new StringBuilder();
    decoded(root, out, 0);
    return out.toString();
  }

  private static void decoded(JsonNode n, StringBuilder out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        out.append(e.getKey()).append('\n');
        decoded(e.getValue(), out, depth + 1);
      }
    } else if (n.isArray()) {
      for (JsonNode e : n) {
        decoded(e, out, depth + 1);
      }
    } else if (n.isValueNode() && !n.isNull()) {
      out.append(n.asText()).append('\n');
    }
  }

  /**
   * {@code s} with JSON-style backslash escapes undone ({@code \\uXXXX}, {@code \\/}, {@code \\n}...); an escape
   * that is not well formed is kept as written.
   */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char n = s.charAt(i + 1);
      if (n == 'u' && i + 5 < s.length() && isHex(s, i + 2, i + 6)) {
        out.append((char) Integer.parseInt(s, i + 2, i + 6, 16));
        i += 5;
      } else if ("\"\\/'".indexOf(n) >= 0) {
        out.append(n);
        i++;
      } else if ("bfnrt".indexOf(n) >= 0) {
        out.append("\b\f\n\r\t".charAt("bfnrt".indexOf(n)));
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHex(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
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
