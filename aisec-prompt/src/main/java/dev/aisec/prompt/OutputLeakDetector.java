package dev.aisec.prompt;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.PromptRegistry;
import dev.aisec.api.PromptVersion;
import dev.aisec.api.text.TextView;
import dev.aisec.prompt.internal.Engine;
import dev.aisec.prompt.internal.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks model output (policy id {@code output-leak}, channel MODEL_OUTPUT) for:
 *
 * <ul>
 *   <li>{@code SYSTEM_PROMPT_LEAK}: the output repeats a registered system prompt (the one named by the input
 *       attribute {@link Input#PROMPT}, else every registered prompt), measured as the share of the prompt's word
 *       3-grams found in the output after normalisation, so paraphrase-free partial copies, case or spacing changes
 *       are caught: score 0.95 from 50% of the prompt, 0.75 from 25%, 0.55 from 12% (and at least 8 shared 3-grams);
 *       </li>
 *   <li>{@code EXFILTRATION_LINK}: markdown images, links or bare URLs to hosts outside the allow-list whose query or
 *       path carries data (long parameter values, encoded text): 0.9 for images (fetched without a click), 0.7 for
 *       links, 0.6 for bare URLs; external images without data get 0.4 (reported, below the default FLAG threshold);</li>
 *   <li>{@code SUSPICIOUS_TOOL_ARGUMENT}: in tool-call arguments ({@link #checkToolCall}) or output that looks like a
 *       tool call: shell command chaining or substitution, path traversal, URLs to hosts outside the allow-list.</li>
 * </ul>
 *
 * Spans are in the original output; details never contain the matched text. Linear time; immutable; thread-safe.
 * The word 3-grams of each registered prompt version are computed once and memoised (an unmodifiable set per
 * {@link PromptVersion}, in a bounded concurrent map shared by all instances), not on every check.
 */
public final class OutputLeakDetector implements Detector {

  /** The policy id. */
  public static final String ID = "output-leak";

  /** Most prompt versions whose shingles are memoised; beyond it the memo starts over. */
  static final int MAX_MEMO = 256;

  /** Word 3-grams per prompt version (value-keyed: name, version and text); values are unmodifiable. */
  private static final ConcurrentHashMap<PromptVersion, Set<Long>> SHINGLES = new ConcurrentHashMap<>();

  private final Set<String> allowedHosts;

  private OutputLeakDetector(Set<String> allowedHosts) {
    this.allowedHosts = Set.copyOf(allowedHosts);
  }

  /** A detector that allows no external host. */
  public static OutputLeakDetector standard() {
    return new OutputLeakDetector(Set.of());
  }

  /** A detector that allows the given hosts and their subdomains (for example {@code example.com}). */
  public static OutputLeakDetector allowing(String... hosts) {
    if (hosts == null) {
      throw new IllegalArgumentException("hosts must not be null");
    }
    Set<String> s = new HashSet<>();
    for (String h : hosts) {
      if (h == null || h.isBlank() || h.contains("/")) {
        throw new IllegalArgumentException("allowed host must be a bare host name, got '" + h + "'");
      }
      s.add(h.toLowerCase(Locale.ROOT).replaceFirst("^\\*\\.", ""));
    }
    return new OutputLeakDetector(s);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> detect(DetectionContext context) {
    List<Finding> out = new ArrayList<>();
    String text = context.text();
    promptLeak(context, out);
    links(text, out);
    if (text.contains("\"arguments\"") || text.contains("\"tool\"") || text.contains("\"function\"")) {
      toolArgs(text, 0, text.length(), out);
    }
    return out;
  }

  /** Checks the arguments of one tool call the model wants to make. */
  public List<Finding> checkToolCall(String toolName, String arguments) {
    if (arguments == null) {
      throw new IllegalArgumentException("arguments must not be null");
    }
    List<Finding> out = new ArrayList<>();
    toolArgs(arguments, 0, arguments.length(), out);
    links(arguments, out);
    return out;
  }

  // ---- system prompt leakage

  private void promptLeak(DetectionContext ctx, List<Finding> out) {
    PromptRegistry reg = ctx.prompts();
    if (reg.isEmpty()) {
      return;
    }
    List<PromptVersion> prompts = new ArrayList<>();
    String name = ctx.input().attribute(Input.PROMPT);
    if (name != null && reg.current(name).isPresent()) {
      prompts.add(reg.current(name).get());
    } else {
      prompts.addAll(reg.currentVersions());
    }
    TextView v = ctx.view();
    String norm = v.normalized();
    Tokens t = new Tokens().tokenize(norm, 0, norm.length());
    for (PromptVersion p : prompts) {
      Set<Long> ps = shinglesOf(p);
      if (ps.size() < 3 || t.size < 3) {
        continue;
      }
      Set<Long> seen = new HashSet<>();
      int first = -1;
      int last = -1;
      for (int i = 0; i + 3 <= t.size; i++) {
        long h = Engine.shingle(t, i, 3);
        if (ps.contains(h)) {
          seen.add(h);
          if (first < 0) {
            first = i;
          }
          last = i + 2;
        }
      }
      double share = seen.size() / (double) ps.size();
      double score = share >= 0.5 ? 0.95 : share >= 0.25 ? 0.75 : share >= 0.12 && seen.size() >= 8 ? 0.55 : 0;
      if (score > 0) {
        out.add(Finding.of(ID, "SYSTEM_PROMPT_LEAK", v.toOriginalStart(t.start[first]), v.toOriginalEnd(t.end[last]),
            score, String.format(Locale.ROOT, "output repeats %.0f%% of registered prompt '%s' (version %s)",
                share * 100, p.name(), p.version())));
      }
    }
  }

  /** The prompt version's word 3-grams, computed once per version. */
  static Set<Long> shinglesOf(PromptVersion p) {
    Set<Long> s = SHINGLES.get(p);
    if (s != null) {
      return s;
    }
    if (SHINGLES.size() >= MAX_MEMO) {
      SHINGLES.clear(); // bounded: applications that register versions without end do not grow the memo
    }
    return SHINGLES.computeIfAbsent(p, k -> Set.copyOf(Engine.shingles(k.text())));
  }

  // ---- links

  private void links(String s, List<Finding> out) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int h = s.indexOf("http", i);
      if (h < 0) {
        break;
      }
      boolean scheme = s.startsWith("https://", h) || s.startsWith("http://", h);
      if (!scheme || (h > 0 && Character.isLetterOrDigit(s.charAt(h - 1)))) {
        i = h + 4;
        continue;
      }
      int e = h;
      while (e < n && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != ')' && s.charAt(e) != '"'
          && s.charAt(e) != '\'' && s.charAt(e) != '>' && s.charAt(e) != '<') {
        e++;
      }
      String url = s.substring(h, e);
      String kind = h >= 2 && s.charAt(h - 1) == '(' && s.charAt(h - 2) == ']'
          ? (imageBefore(s, h - 2) ? "image" : "link") : "url";
      check(url, kind, h, e, out);
      i = Math.max(e, h + 4);
    }
  }

  private static boolean imageBefore(String s, int closeBracket) {
    int lim = Math.max(0, closeBracket - 2000);
    for (int k = closeBracket - 1; k >= lim; k--) {
      char c = s.charAt(k);
      if (c == '[') {
        return k > 0 && s.charAt(k - 1) == '!';
      }
      if (c == '\n' && k < closeBracket - 1 && s.charAt(k + 1) == '\n') {
        return false;
      }
    }
    return false;
  }

  private void check(String url, String kind, int start, int end, List<Finding> out) {
    int hs = url.indexOf("://") + 3;
    int he = hs;
    while (he < url.length() && "/?#".indexOf(url.charAt(he)) < 0) {
      he++;
    }
    String host = url.substring(hs, he).toLowerCase(Locale.ROOT);
    int at = host.lastIndexOf('@');
    if (at >= 0) {
      host = host.substring(at + 1);
    }
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    if (allowed(host)) {
      return;
    }
    boolean data = carriesData(url.substring(he));
    double score;
    if (data) {
      score = kind.equals("image") ? 0.9 : kind.equals("link") ? 0.7 : 0.6;
    } else if (kind.equals("image")) {
      score = 0.4;
    } else {
      return;
    }
    out.add(Finding.of(ID, "EXFILTRATION_LINK", start, end, score,
        "markdown " + kind + " to a host outside the allow-list" + (data ? " carrying data in its URL" : "")));
  }

  boolean allowed(String host) {
    for (String a : allowedHosts) {
      if (host.equals(a) || host.endsWith("." + a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a URL's path and query carry data: a long value, encoded text or many parameters. */
  static boolean carriesData(String rest) {
    if (rest.isEmpty()) {
      return false;
    }
    int q = rest.indexOf('?');
    String query = q >= 0 ? rest.substring(q + 1) : "";
    String path = q >= 0 ? rest.substring(0, q) : rest;
    for (String kv : query.split("&")) {
      int eq = kv.indexOf('=');
      String val = eq >= 0 ? kv.substring(eq + 1) : kv;
      if (val.length() >= 16 || val.contains("%20") || val.contains("+") && val.length() >= 8) {
        return true;
      }
    }
    for (String seg : path.split("/")) {
      if (seg.length() >= 32 || seg.contains("%20")) {
        return true;
      }
    }
    return query.split("&").length >= 4;
  }

  // ---- tool arguments

  private void toolArgs(String s, int from, int to, List<Finding> out) {
    String[][] pats = {{"; rm ", "command chaining"}, {"&& rm ", "command chaining"}, {"| sh", "pipe to shell"},
        {"| bash", "pipe to shell"}, {"$(", "command substitution"}, {"`", "command substitution"},
        {"../", "path traversal"}, {"..\\", "path traversal"}, {"/etc/passwd", "system file"},
        {"/etc/shadow", "system file"}, {".ssh/", "credential file"}, {"rm -rf", "destructive command"},
        {"drop table", "destructive SQL"}, {"curl ", "network command"}, {"wget ", "network command"}};
    String lower = s.substring(from, to).toLowerCase(Locale.ROOT);
    for (String[] p : pats) {
      int at = lower.indexOf(p[0]);
      if (at >= 0) {
        double sc = p[1].startsWith("command") || p[1].startsWith("pipe") || p[1].startsWith("destructive")
            ? 0.8 : 0.6;
        out.add(Finding.of(ID, "SUSPICIOUS_TOOL_ARGUMENT", from + at, from + at + p[0].length(), sc,
            "tool argument holds " + p[1]));
      }
    }
  }
}
