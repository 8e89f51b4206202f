package dev.aisec.langchain4j.internal;

import dev.aisec.api.Action;
import dev.aisec.api.Finding;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.AisecContext;
import dev.aisec.langchain4j.Restorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Restores pseudonyms in a checked model answer without undoing the answer's own redactions.
 *
 * <p>When the Guard's redactor pseudonymises, checking the answer would mint fresh pseudonyms for personal data the
 * model wrote itself; restoring the redacted text would then put that data straight back. So the restorer runs only on
 * the stretches of the ORIGINAL answer outside the REDACT spans (there the model can only have echoed pseudonyms it was
 * given), and each REDACT span becomes a {@code [TYPE]} tag.
 */
public final class Restoring {

  private Restoring() {}

  /** The safe, restored text of a non-blocked verdict on {@code original}. Never returns null. */
  public static String restore(String original, Verdict v, Restorer restorer, AisecContext context) {
    if (v.action() != Action.REDACT) {
      return nonNull(restorer.restore(context, v.text()));
    }
    List<Finding> spans = new ArrayList<>();
    for (Finding f : v.findings()) {
      if (f.action() == Action.REDACT) {
        spans.add(f);
      }
    }
    spans.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
    StringBuilder out = new StringBuilder(original.length());
    int pos = 0;
    int i = 0;
    while (i < spans.size()) {
      Finding best = spans.get(i);
      int start = Math.max(best.start(), pos);
      int end = best.end();
      int j = i + 1;
      while (j < spans.size() && spans.get(j).start() < end) {
        Finding f = spans.get(j);
        end = Math.max(end, f.end());
        if (f.score() > best.score()) {
          best = f;
        }
        j++;
      }
      out.append(nonNull(restorer.restore(context, original.substring(pos, start))));
      out.append('[').append(best.type()).append(']');
      pos = Math.max(pos, end);
      i = j;
    }
    out.append(nonNull(restorer.restore(context, original.substring(pos))));
    return out.toString();
  }

  private static String nonNull(String s) {
    if (s == null) {
      throw new IllegalStateException("restorer returned null");
    }
    return s;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * Tool arguments (a JSON object) with {@code restore} applied to each string value that does not look like a URL.
   * Anything else (not JSON, not an object, a restorer failure) gives the arguments unchanged: fail closed.
   */
  public static String arguments(String json, java.util.function.UnaryOperator<String> restore) {
    try {
      com.fasterxml.jackson.databind.JsonNode root = JSON.readTree(json);
      if (root == null || !root.isObject()) {
        return json;
      }
      boolean[] changed = {false};
      com.fasterxml.jackson.databind.JsonNode out = restoreNode(root, restore, changed);
      return changed[0] ? JSON.writeValueAsString(out) : json;
    } catch (java.io.IOException | RuntimeException e) {
      return json;
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode restoreNode(com.fasterxml.jackson.databind.JsonNode n,
      java.util.function.UnaryOperator<String> restore, boolean[] changed) {
    if (n.isTextual()) {
      String t = n.textValue();
      if (urlLike(t)) {
        return n;
      }
      String r = restore.apply(t);
      if (r == null || r.equals(t) || urlLike(r)) {
        return n;
      }
      changed[0] = true;
      return com.fasterxml.jackson.databind.node.TextNode.valueOf(r);
    }
    if (n.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
      n.fields().forEachRemaining(e -> o.set(e.getKey(), restoreNode(e.getValue(), restore, changed)));
      return o;
    }
    if (n.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode a = JSON.createArrayNode();
      n.forEach(e -> a.add(restoreNode(e, restore, changed)));
      return a;
    }
    return n;
  }

  /** Whether a value looks like a URL or link: it could carry a restored original to another host. */
  static boolean urlLike(String s) {
    String l = s.toLowerCase(java.util.Locale.ROOT);
    return l.contains("://") || l.contains("www.") || l.contains("mailto:") || l.startsWith("//")
        || l.contains("%2f%2f") || l.contains("\\\\");
  }
}
