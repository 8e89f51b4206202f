import dev.aisec.api.DetectionContext;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.PromptRegistry;
import dev.aisec.api.text.TextView;
import dev.aisec.prompt.PromptInjectionDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time of the user-input prompt-injection detector ({@code PromptInjectionDetector.assess} on prepared contexts,
 * as {@code PromptBench.detect}), for before/after comparisons on a shared machine where wall-clock JMH figures swing
 * with the load: the thread's CPU time (ThreadMXBean), best and mean of N batches, five rounds (read the last).
 * {@code bench SIZE}: the PromptBench text of SIZE characters (µs per call). {@code corpus DIR}: every {@code text}
 * of the JSON Lines files in DIR (e.g. the shared prompt-injection data), each once per batch (µs per KB of text),
 * so per-thread memos see new texts as they would in service. Not a substitute for JMH; a cross-check.
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PromptCpuTime.java bench 1024 15
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PromptCpuTime.java corpus ../shared/datasets/prompt-injection 5
 * </pre>
 */
public class PromptCpuTime {
  public static void main(String[] a) throws Exception {
    PromptInjectionDetector d = PromptInjectionDetector.standard();
    Principal who = Principal.of("bench", "user");
    List<DetectionContext> ctx = new ArrayList<>();
    long chars = 0;
    if (a[0].equals("bench")) {
      String text = benchText(Integer.parseInt(a[1]));
      ctx.add(new DetectionContext(Input.user(who, text), TextView.of(text), PromptRegistry.empty()));
      chars = text.length();
    } else {
      com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
      List<Path> files;
      try (java.util.stream.Stream<Path> st = Files.list(Path.of(a[1]))) {
        files = st.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
      }
      for (Path f : files) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            String text = om.readTree(line).path("text").asText("");
            ctx.add(new DetectionContext(Input.user(who, text), TextView.of(text), PromptRegistry.empty()));
            chars += text.length();
          }
        }
      }
    }
    int batches = Integer.parseInt(a[2]);
    int reps = a[0].equals("bench") ? Math.max(1, 2_000_000 / (int) Math.max(1, chars)) : 1;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int round = 0; round < 5; round++) {
      double best = Double.MAX_VALUE;
      double sum = 0;
      for (int b = 0; b < batches; b++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int r = 0; r < reps; r++) {
          for (DetectionContext c : ctx) {
            sink += d.assess(c).score();
          }
        }
        long t1 = mx.getCurrentThreadCpuTime();
        double per = a[0].equals("bench") ? (t1 - t0) / 1e3 / reps : (t1 - t0) / 1e3 / (chars / 1024.0);
        best = Math.min(best, per);
        sum += per;
      }
      System.out.printf("round %d: best %.2f mean %.2f %s%n", round, best, sum / batches,
          a[0].equals("bench") ? "us/call" : "us/KB (" + ctx.size() + " texts, " + chars + " chars)");
    }
    if (sink == 42) {
      System.out.println();
    }
  }

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
}
