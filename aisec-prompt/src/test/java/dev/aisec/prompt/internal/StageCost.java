package dev.aisec.prompt.internal;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.PromptRegistry;
import dev.aisec.api.text.TextView;
import dev.aisec.prompt.PromptInjectionDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Speed tool (round 17): the cost of each stage of a user-input detect on {@code PromptBench}'s prompt, so a speed
 * change can be aimed at the largest one. Each stage runs alone in a loop; the figure is the thread's CPU time per
 * call (less sensitive to other processes on a shared machine than wall time), the lowest of five rounds after two
 * warm-up rounds. The stages overlap little, so their sum is close to {@code detect}. Not a JMH benchmark: use it to
 * rank stages, and {@code PromptBench} for the figures that are reported.
 *
 * <pre>
 * ./mvnw -q -B -o -pl aisec-prompt -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp aisec-prompt/target/test-classes:aisec-prompt/target/classes:$(cat aisec-prompt/target/cp.txt) \
 *     dev.aisec.prompt.internal.StageCost 1024 50000
 * </pre>
 *
 * <p>Not a unit test.
 */
public final class StageCost {

  private StageCost() {}

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  private static long sink;

  /** The text of {@code PromptBench} (aisec-bench) of {@code size} characters. */
  static String benchText(int size) {
    String[] words = {"Could", "you", "please", "summarise", "the", "attached", "quarterly", "report", "about",
        "sales", "in", "Berlin,", "and", "explain", "why", "revenue", "grew", "faster", "than", "costs?", "Also",
        "list", "three", "risks", "for", "next", "year", "with", "a", "short", "example", "each."};
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (sb.length() < size) {
      sb.append(words[i++ % words.length]).append(i % 17 == 0 ? "\n" : " ");
    }
    return sb.substring(0, size);
  }

  private static void time(String name, int iters, LongSupplier f) {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < 7; r++) {
      long t0 = MX.getCurrentThreadCpuTime();
      for (int i = 0; i < iters; i++) {
        sink += f.getAsLong();
      }
      long t1 = MX.getCurrentThreadCpuTime();
      if (r >= 2) {
        best = Math.min(best, (t1 - t0) / (double) iters);
      }
    }
    System.out.printf("%-26s %8.0f ns%n", name, best);
  }

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
    int iters = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    String s = benchText(size);
    String norm = TextView.of(s).normalized();
    PromptInjectionDetector det = PromptInjectionDetector.standard();
    DetectionContext ctx = new DetectionContext(Input.user(Principal.of("bench", "user"), s), TextView.of(s),
        PromptRegistry.empty());
    Tokens t = new Tokens();
    t.tokenize(norm, 0, norm.length());
    Tokens t2 = new Tokens();
    RuleSet rules = RuleSet.standard();
    DocumentModel doc = DocumentModel.standard();
    Model instruction = Model.instruction();
    Engine engine = new Engine(RuleSet.standard(), Model.standard(), false, Model.instruction(),
        DocumentModel.standard(), Stacker.standard(), Model.window(), ConceptModel.standard());
    double[] sub = new double[2];
    System.out.println(size + " characters, " + t.size + " tokens");
    for (int round = 0; round < 2; round++) {
      System.out.println(round == 0 ? "-- warm-up pass" : "-- measured pass");
      time("detect (whole)", iters, () -> det.assess(ctx).findings().size());
      time("Tokens.tokenize", iters, () -> t2.tokenize(norm, 0, norm.length()).size);
      time("RuleSet.match", iters, () -> rules.match(t, 2).size());
      time("Markers.scan", iters, () -> {
        List<Markers.Hit> l = new ArrayList<>();
        Markers.scan(norm, t.charsOf(norm), 0, norm.length(), l);
        return l.size();
      });
      try { // (p20speed) the scan over the tokeniser's recorded positions, which detect uses; absent in older jars
        time("Markers.scan (marks)", iters, () -> {
          List<Markers.Hit> l = new ArrayList<>();
          Markers.scan(norm, t, l);
          return l.size();
        });
      } catch (LinkageError e) {
        System.out.printf("%-26s %8s%n", "Markers.scan (marks)", "n/a");
      }
      time("Decoders.find", iters, () -> {
        List<Decoders.Payload> l = new ArrayList<>();
        Decoders.find(norm, t, l);
        return l.size();
      });
      time("Assembly.find", iters, () -> Assembly.find(norm, t) == null ? 0 : 1);
      time("ExfilLinks (user)", iters, () -> {
        List<ExfilLinks.Hit> l = new ArrayList<>();
        ExfilLinks.scanUserImages(norm, 0, norm.length(), l);
        ExfilLinks.scanUserSecretLinks(norm, 0, norm.length(), l);
        return l.size();
      });
      time("Pasted.find", iters, () -> Pasted.find(norm, t, doc, instruction) == null ? 0 : 1);
      time("Mentions (no signal)", iters, () -> (Mentions.formatOnly(norm, t) == null ? 0 : 1)
          + (Mentions.unrestrictedService(norm, t) == null ? 0 : 1) + (Mentions.failedAttempt(norm, t) == null ? 0 : 1)
          + t.wholeRunUnit());
      time("classifyWithSubAndWindow", iters, () -> (long) (1e6 * engine.classifyWithSubAndWindow(t, sub)));
    }
  }
}
