package dev.aisec.cli.prompt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.api.Channel;
import dev.aisec.api.DetectionContext;
import dev.aisec.api.Finding;
import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.PromptRegistry;
import dev.aisec.api.Verdict;
import dev.aisec.api.policy.Policy;
import dev.aisec.api.text.TextView;
import dev.aisec.prompt.IndirectInjectionDetector;
import dev.aisec.prompt.InjectionAssessment;
import dev.aisec.prompt.PromptInjectionDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aisec prompt score --jsonl IN [--channel user|retrieved] [--out OUT]}: one output object per input line,
 * input fields kept, plus {@code score}, {@code verdict} (default policy) and {@code findings}.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Scores prompts (JSON Lines with a \"text\" field) for prompt injection and jailbreaks.")
public final class PromptScoreCommand implements Callable<Integer> {

  @Option(names = "--jsonl", required = true, paramLabel = "IN", description = "input JSON Lines file")
  Path in;

  @Option(names = "--channel", defaultValue = "user", paramLabel = "user|retrieved",
      description = "user (direct injection, default) or retrieved (indirect injection in documents)")
  String channel;

  @Option(names = "--out", paramLabel = "OUT", description = "output file (default: stdout)")
  Path out;

  @Override
  public Integer call() throws Exception {
    Channel ch;
    String c = channel == null ? "" : channel.trim().toLowerCase(java.util.Locale.ROOT);
    if (c.equals("user")) {
      ch = Channel.USER_INPUT;
    } else if (c.equals("retrieved")) {
      ch = Channel.RETRIEVED;
    } else {
      System.err.println("aisec prompt score: --channel must be user or retrieved, not '" + channel + "'");
      return 2;
    }
    ObjectMapper json = dev.aisec.cli.io.JsonLines.MAPPER;
    List<ObjectNode> rows;
    try {
      rows = JsonLines.readTexts(in, json);
    } catch (JsonLines.InputError e) {
      System.err.println("aisec prompt score: " + e.getMessage());
      return 2;
    }
    PromptInjectionDetector direct = PromptInjectionDetector.standard();
    IndirectInjectionDetector indirect = IndirectInjectionDetector.standard();
    Guard guard = Guard.builder().detector(direct).detector(indirect).policy(Policy.defaults()).build();
    Principal who = Principal.of("cli", "user");
    List<String> lines = new ArrayList<>(rows.size());
    for (ObjectNode row : rows) {
      String text = row.get("text").asText();
      Input input = Input.of(who, ch, text);
      Verdict v = guard.check(input);
      DetectionContext ctx = new DetectionContext(input, TextView.of(text), PromptRegistry.empty());
      InjectionAssessment a = ch == Channel.USER_INPUT ? direct.assess(ctx) : indirect.assess(ctx);
      row.put("score", a.score());
      row.put("verdict", v.action().name());
      ArrayNode fs = row.putArray("findings");
      for (Finding f : v.findings()) {
        ObjectNode o = fs.addObject();
        o.put("detector", f.detector());
        o.put("type", f.type());
        o.put("start", f.start());
        o.put("end", f.end());
        o.put("score", f.score());
        o.put("detail", f.detail());
        o.put("action", f.action() == null ? null : f.action().name());
      }
      lines.add(json.writeValueAsString(row));
    }
    JsonLines.write(out, lines);
    return 0;
  }
}
