import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the three PiiBench texts (free-1mb, dense-1mb, prompt-500, as {@code PiiBench.setUp} builds them) to DIR, for
 * the same-output checks of {@code pii detect} between two jars in docs/BENCHMARKS.md: each text as {@code
 * <name>.txt} and as one JSON Lines record {@code <name>.jsonl} ({@code {"id": name, "text": ...}}), all three in
 * {@code bench.jsonl}, and each text split at its line breaks as {@code <name>-lines.jsonl}.
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiBenchTexts.java DIR
 * </pre>
 */
public class PiiBenchTexts {
  public static void main(String[] a) throws Exception {
    Class<?> bench = Class.forName("dev.aisec.bench.PiiBench");
    ObjectMapper om = new ObjectMapper();
    StringBuilder all = new StringBuilder();
    for (String name : new String[] {"free-1mb", "dense-1mb", "prompt-500"}) {
      Object b = bench.getDeclaredConstructor().newInstance();
      bench.getField("text").set(b, name);
      bench.getMethod("setUp").invoke(b);
      Field f = bench.getDeclaredField("input");
      f.setAccessible(true);
      String s = (String) f.get(b);
      Files.writeString(Path.of(a[0], name + ".txt"), s);
      ObjectNode o = om.createObjectNode();
      o.put("id", name);
      o.put("text", s);
      String line = om.writeValueAsString(o) + "\n";
      Files.writeString(Path.of(a[0], name + ".jsonl"), line);
      all.append(line);
      StringBuilder per = new StringBuilder();
      int k = 0;
      for (String part : s.split("\n")) {
        ObjectNode p = om.createObjectNode();
        p.put("id", name + "-" + k++);
        p.put("text", part);
        per.append(om.writeValueAsString(p)).append('\n');
      }
      Files.writeString(Path.of(a[0], name + "-lines.jsonl"), per.toString());
    }
    Files.writeString(Path.of(a[0], "bench.jsonl"), all.toString());
  }
}
