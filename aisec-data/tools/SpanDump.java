import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiSpan;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fixed-corpus span dump for before/after comparisons of the PII engine (speed work must not change results).
 * For every text it prints every span of {@code PiiDetector.standard()} (default threshold) and of a detector with
 * threshold 0 (every candidate that survives overlap resolution), with offsets, type, score and detail. Texts: each
 * line of the given JSON Lines files (field {@code text}), the same line lower-cased and upper-cased, each given plain
 * text file as a whole, and the three PiiBench texts (read from the benchmarks jar when it is on the class path).
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-data/tools/SpanDump.java OUT FILE...
 * diff &lt;(before) &lt;(after)   # must be empty
 * </pre>
 */
public class SpanDump {

  public static void main(String[] args) throws Exception {
    PiiDetector std = PiiDetector.standard();
    PiiDetector all = PiiDetector.builder().threshold(0.0).build();
    ObjectMapper om = new ObjectMapper();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
      for (int a = 1; a < args.length; a++) {
        Path p = Path.of(args[a]);
        String name = p.getFileName().toString();
        if (name.endsWith(".jsonl")) {
          try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
              no++;
              JsonNode n = om.readTree(line);
              String text = n.path("text").asText();
              dump(out, name + ":" + no, text, std, all);
              dump(out, name + ":" + no + ":lower", text.toLowerCase(Locale.ROOT), std, all);
              dump(out, name + ":" + no + ":upper", text.toUpperCase(Locale.ROOT), std, all);
            }
          }
        } else {
          dump(out, name, Files.readString(p, StandardCharsets.UTF_8), std, all);
        }
      }
      try {
        Class<?> bench = Class.forName("dev.aisec.bench.PiiBench");
        Method gen = bench.getDeclaredMethod("generate", int.class, boolean.class, long.class);
        gen.setAccessible(true);
        dump(out, "bench:free-1mb", (String) gen.invoke(null, 1 << 20, false, 1L), std, all);
        dump(out, "bench:dense-1mb", (String) gen.invoke(null, 1 << 20, true, 2L), std, all);
        Object b = bench.getDeclaredConstructor().newInstance();
        bench.getField("text").set(b, "prompt-500");
        bench.getMethod("setUp").invoke(b);
        java.lang.reflect.Field f = bench.getDeclaredField("input");
        f.setAccessible(true);
        dump(out, "bench:prompt-500", (String) f.get(b), std, all);
      } catch (ClassNotFoundException e) {
        System.err.println("PiiBench not on the class path: bench texts skipped");
      }
    }
  }

  private static void dump(PrintWriter out, String id, String text, PiiDetector std, PiiDetector all) {
    print(out, id + " std", std.find(text));
    print(out, id + " all", all.scan(text));
  }

  private static void print(PrintWriter out, String id, List<PiiSpan> spans) {
    for (PiiSpan s : spans) {
      out.println(id + " " + s.start() + " " + s.end() + " " + s.type() + " " + s.score() + " " + s.detail());
    }
  }
}
