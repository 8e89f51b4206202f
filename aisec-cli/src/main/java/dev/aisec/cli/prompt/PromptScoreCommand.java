package dev.aisec.cli.prompt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.api.Channel;
import dev.aisec.api.DetectionContext;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.Verdict;
import dev.aisec.api.policy.Policy;
import dev.aisec.cli.io.InputException;
import dev.aisec.cli.io.JsonLines;
import dev.aisec.cli.io.Output;
import dev.aisec.prompt.IndirectInjectionDetector;
import dev.aisec.prompt.InjectionAssessment;
import dev.aisec.prompt.PromptInjectionDetector;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aisec prompt score --jsonl IN [--channel user|retrieved] [--out OUT]}: one output object per input line,
 * input fields kept, plus {@code score} (the detector's continuous score, also below every threshold),
 * {@code verdict} (under the default policy) and {@code findings}. The whole input is validated first; a bad line is
 * named, the exit code is 2 and nothing is written. Lines are streamed, so memory is bounded by the longest line.
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

  /** Runs an assessing detector inside the Guard and keeps its last assessment (one line at a time). */
  private static final class Assessing implements Detector {
    private final String id;
    private final Function<DetectionContext, InjectionAssessment> assess;
    private InjectionAssessment last;

    Assessing(String id, Function<DetectionContext, InjectionAssessment> assess) {
      this.id = id;
      this.assess = assess;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public List<Finding> detect(DetectionContext context) {
      last = assess.apply(context);
      return last.findings();
    }
  }

  @Override
  public Integer call() {
    String c = channel == null ? "" : channel.trim().toLowerCase(Locale.ROOT);
    Channel ch;
    Assessing detector;
    if (c.equals("user")) {
      ch = Channel.USER_INPUT;
      PromptInjectionDetector d = PromptInjectionDetector.standard();
      detector = new Assessing(d.id(), d::assess);
    } else if (c.equals("retrieved")) {
      ch = Channel.RETRIEVED;
      IndirectInjectionDetector d = IndirectInjectionDetector.standard();
      detector = new Assessing(d.id(), d::assess);
    } else {
      throw new InputException("--channel must be user or retrieved, not '" + channel + "'");
    }
    JsonLines.validate(in, "text");
    Guard guard = Guard.builder().detector(detector).policy(Policy.defaults()).build();
    Principal who = Principal.of("cli", "user");
    try (Output o = Output.to(out, System.out)) {
      JsonLines.forEach(in, (n, row) -> {
        detector.last = null;
        Verdict v = guard.check(Input.of(who, ch, row.get("text").asText()));
        row.put("score", detector.last == null ? v.maxScore() : detector.last.score());
        row.put("verdict", v.action().name());
        ArrayNode fs = row.putArray("findings");
        for (Finding f : v.findings()) {
          ObjectNode fo = fs.addObject();
          fo.put("detector", f.detector());
          fo.put("type", f.type());
          fo.put("start", f.start());
          fo.put("end", f.end());
          fo.put("score", f.score());
          fo.put("detail", f.detail());
          fo.put("action", f.action() == null ? null : f.action().name());
        }
        o.json(JsonLines.MAPPER.writeValueAsString(row));
      });
      o.commit();
    }
    return 0;
  }
}
