import java.lang.reflect.Field;
import java.nio.file.*;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
/**
 * Writes the three PiiBench texts to OUT_DIR: each as a .txt file, all three as bench.jsonl (one line each), and each
 * text split at its line breaks as TEXT-lines.jsonl, for the same-output checks of docs/BENCHMARKS.md.
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiBenchTexts.java OUT_DIR
 * </pre>
 */
public class PiiBenchTexts {
  public static void main(String[] a) throws Exception {
    Class<?> bench = Class.forName("dev.aisec.bench.PiiBench");
    ObjectMapper om = new ObjectMapper();
    StringBuilder jl = new StringBuilder();
    for (String t : new String[] {"free-1mb", "dense-1mb", "prompt-500"}) {
      Object b = bench.getDeclaredConstructor().newInstance();
      bench.getField("text").set(b, t);
      bench.getMethod("setUp").invoke(b);
      Field f = bench.getDeclaredField("input"); f.setAccessible(true);
      String s = (String) f.get(b);
      Files.writeString(Path.of(a[0], t + ".txt"), s);
      ObjectNode o = om.createObjectNode(); o.put("id", t); o.put("text", s);
      jl.append(om.writeValueAsString(o)).append('\n');
      // also one line per text line
      StringBuilder per = new StringBuilder();
      int k = 0;
      for (String line : s.split("\n")) { ObjectNode p = om.createObjectNode(); p.put("id", t + "-" + (k++)); p.put("text", line); per.append(om.writeValueAsString(p)).append('\n'); }
      Files.writeString(Path.of(a[0], t + "-lines.jsonl"), per.toString());
    }
    Files.writeString(Path.of(a[0], "bench.jsonl"), jl.toString());
  }
}
