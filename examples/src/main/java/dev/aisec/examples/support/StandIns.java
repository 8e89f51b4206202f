package dev.aisec.examples.support;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.Redactor;
import dev.aisec.api.Spans;
import dev.aisec.langchain4j.Restorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deliberately tiny stand-ins for the real detectors and pseudonym vault of aisec-prompt and aisec-data, so the
 * example runs while those modules are wired in. Do not copy these into an application.
 */
public final class StandIns {

  private StandIns() {}

  /** Finds fixed phrases, ASCII case-insensitively. */
  public static Detector phrases(String id, String type, double score, String... phrases) {
    return new Detector() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Finding> detect(DetectionContext ctx) {
        String t = ctx.text();
        List<Finding> out = new ArrayList<>();
        for (String p : phrases) {
          for (int i = 0; i + p.length() <= t.length(); i++) {
            if (t.regionMatches(true, i, p, 0, p.length())) {
              out.add(Finding.of(id, type, i, i + p.length(), score, "phrase"));
              i += p.length() - 1;
            }
          }
        }
        return out;
      }
    };
  }

  /** Finds e-mail addresses (detector id {@code pii}). */
  public static Detector emails() {
    return new Detector() {
      @Override
      public String id() {
        return "pii";
      }

      @Override
      public List<Finding> detect(DetectionContext ctx) {
        String t = ctx.text();
        List<Finding> out = new ArrayList<>();
        int last = 0;
        for (int at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
          int s = at;
          while (s > last && (Character.isLetterOrDigit(t.charAt(s - 1)) || ".-_+".indexOf(t.charAt(s - 1)) >= 0)) {
            s--;
          }
          int e = at + 1;
          while (e < t.length() && (Character.isLetterOrDigit(t.charAt(e)) || ".-".indexOf(t.charAt(e)) >= 0)) {
            e++;
          }
          while (e > at + 1 && t.charAt(e - 1) == '.') {
            e--;
          }
          if (s < at && t.substring(at + 1, e).indexOf('.') > 0) {
            out.add(Finding.of("pii", "EMAIL_ADDRESS", s, e, 0.95, "e-mail address"));
            last = e;
            at = e - 1;
          }
        }
        return out;
      }
    };
  }

  /** A pseudonymising redactor with its restorer, scoped by conversation. */
  public static final class Vault implements Redactor, Restorer {
    private final Map<String, Map<String, String>> fwd = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> back = new ConcurrentHashMap<>();

    @Override
    public String redact(Input input, List<Finding> findings) {
      String key = String.valueOf(input.attribute(Input.CONVERSATION));
      Map<String, String> f = fwd.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
      Map<String, String> b = back.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
      return Spans.replace(input.text(), findings, x -> {
        String value = input.text().substring(x.start(), x.end());
        synchronized (f) {
          return f.computeIfAbsent(value, v -> {
            String p = "<" + x.type() + "_" + (f.size() + 1) + ">";
            b.put(p, v);
            return p;
          });
        }
      });
    }

    @Override
    public String restore(String conversationKey, String text) {
      Map<String, String> b = back.get(conversationKey);
      String out = text;
      if (b != null) {
        for (Map.Entry<String, String> e : b.entrySet()) {
          out = out.replace(e.getKey(), e.getValue());
        }
      }
      return out;
    }
  }
}
