package dev.aisec.langchain4j;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Redactor;
import dev.aisec.api.Spans;
import dev.aisec.api.audit.AuditEvent;
import dev.aisec.api.audit.AuditSink;
import dev.aisec.api.policy.Policy;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Test-only detectors, vault, model and policy; the real detectors live in aisec-prompt and aisec-data. */
final class Fakes {

  static final String CANARY = "CNRY-7f3a91c2";

  /** Defaults plus grants: role support may look up orders; nobody may refund. */
  static final String POLICY_JSON = """
      {
        "version": "lc4j-test-1",
        "defaults": {"thresholds": {"FLAG": 0.5}},
        "detectors": {
          "prompt-injection": {"channels": ["USER_INPUT"], "thresholds": {"FLAG": 0.5, "BLOCK": 0.8}},
          "indirect-injection": {"channels": ["RETRIEVED", "TOOL_RESULT"], "thresholds": {"FLAG": 0.5, "BLOCK": 0.9}},
          "pii": {"channels": ["USER_INPUT", "RETRIEVED", "TOOL_RESULT", "MODEL_OUTPUT"], "thresholds": {"REDACT": 0.5}},
          "canary": {"channels": ["MODEL_OUTPUT"], "thresholds": {"BLOCK": 0.5}}
        },
        "capabilities": {"support": ["tool:lookupOrder"], "admin": ["tool:*"]}
      }
      """;

  private Fakes() {}

  static Policy policy() {
    return Policy.parse(POLICY_JSON);
  }

  /** A Guard with all fake detectors, the fake vault as redactor, and a recording sink. */
  static Guard guard(Vault vault, RecordingSink sink) {
    return Guard.builder()
        .detector(new PhraseDetector("prompt-injection", "PROMPT_INJECTION", 0.95, "ignore previous instructions"))
        .detector(new PhraseDetector("indirect-injection", "INDIRECT_INJECTION", 0.95,
            "ignore previous instructions", "ignore all previous instructions"))
        .detector(new EmailDetector())
        .detector(new PhraseDetector("canary", "CANARY_LEAK", 1.0, CANARY))
        .policy(policy())
        .redactor(vault)
        .auditSink(sink)
        .build();
  }

  /** Finds fixed phrases, ASCII case-insensitively, in the original text. */
  static final class PhraseDetector implements Detector {
    private final String id;
    private final String type;
    private final double score;
    private final String[] phrases;

    PhraseDetector(String id, String type, double score, String... phrases) {
      this.id = id;
      this.type = type;
      this.score = score;
      this.phrases = phrases;
    }

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
            out.add(Finding.of(id, type, i, i + p.length(), score, "phrase match"));
            i += p.length() - 1;
          }
        }
      }
      return out;
    }
  }

  /** Finds e-mail addresses with a small hand-written scanner (id {@code pii}). */
  static final class EmailDetector implements Detector {
    @Override
    public String id() {
      return "pii";
    }

    private static boolean local(char c) {
      return Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean domain(char c) {
      return Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-';
    }

    @Override
    public List<Finding> detect(DetectionContext ctx) {
      String t = ctx.text();
      List<Finding> out = new ArrayList<>();
      int last = 0;
      for (int at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
        int s = at;
        while (s > last && local(t.charAt(s - 1))) {
          s--;
        }
        int e = at + 1;
        while (e < t.length() && domain(t.charAt(e))) {
          e++;
        }
        while (e > at + 1 && t.charAt(e - 1) == '.') {
          e--;
        }
        String dom = t.substring(at + 1, e);
        if (s < at && dom.indexOf('.') > 0) {
          out.add(Finding.of("pii", "EMAIL_ADDRESS", s, e, 0.95, "e-mail address"));
          last = e;
          at = e - 1;
        }
      }
      return out;
    }
  }

  /** A pseudonymising redactor and its restorer, scoped by the input's conversation attribute. */
  static final class Vault implements Redactor, Restorer {
    private final Map<String, Map<String, String>> toPseudonym = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> toValue = new ConcurrentHashMap<>();

    @Override
    public String redact(Input input, List<Finding> findings) {
      String conv = input.attribute(Input.CONVERSATION);
      String key = conv == null ? "none" : conv;
      Map<String, String> fwd = toPseudonym.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
      Map<String, String> back = toValue.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
      return Spans.replace(input.text(), findings, f -> {
        String value = input.text().substring(f.start(), f.end());
        synchronized (fwd) {
          return fwd.computeIfAbsent(value, v -> {
            String p = "<" + f.type() + "_" + (fwd.size() + 1) + ">";
            back.put(p, v);
            return p;
          });
        }
      });
    }

    @Override
    public String restore(AisecContext context, String text) {
      Map<String, String> back = toValue.get(context.conversationKey());
      if (back == null) {
        return text;
      }
      String out = text;
      for (Map.Entry<String, String> e : back.entrySet()) {
        out = out.replace(e.getKey(), e.getValue());
      }
      return out;
    }
  }

  /** Collects audit events. */
  static final class RecordingSink implements AuditSink {
    final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
      events.add(event);
    }
  }

  /** An in-process model that records what it receives and answers from a script. */
  static final class ScriptedModel implements ChatModel {
    final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Function<ChatRequest, AiMessage>> script;
    private final List<ChatModelListener> listeners;
    private int next;

    @SafeVarargs
    ScriptedModel(Function<ChatRequest, AiMessage>... steps) {
      this(List.of(), steps);
    }

    @SafeVarargs
    ScriptedModel(List<ChatModelListener> listeners, Function<ChatRequest, AiMessage>... steps) {
      this.script = List.of(steps);
      this.listeners = listeners;
    }

    static ScriptedModel answering(String... answers) {
      List<Function<ChatRequest, AiMessage>> steps = new ArrayList<>();
      for (String a : answers) {
        steps.add(r -> AiMessage.from(a));
      }
      @SuppressWarnings("unchecked")
      Function<ChatRequest, AiMessage>[] arr = steps.toArray(new Function[0]);
      return new ScriptedModel(arr);
    }

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
      requests.add(request);
      Function<ChatRequest, AiMessage> step = script.get(Math.min(next, script.size() - 1));
      next++;
      return ChatResponse.builder().aiMessage(step.apply(request)).build();
    }

    @Override
    public List<ChatModelListener> listeners() {
      return listeners;
    }

    /** Every text the model has received, joined. */
    String everythingSeen() {
      StringBuilder sb = new StringBuilder();
      for (ChatRequest r : requests) {
        sb.append(r.messages()).append('\n');
      }
      return sb.toString();
    }

    List<ChatRequest> requests() {
      return Collections.unmodifiableList(requests);
    }
  }
}
