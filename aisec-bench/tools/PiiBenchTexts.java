import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the three PiiBench texts (free-1mb, dense-1mb, prompt-500, as {@code PiiBench.setUp} builds them) as JSON Lines
 * files {@code DIR/<name>.jsonl} ({@code {"id": name, "text": ...}}), for same-output checks of {@code pii detect}
 * between two jars.
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiBenchTexts.java DIR
 * </pre>
 */
public class PiiBenchTexts {
  public static void main(String[] a) throws Exception {
    Class<?> bench = Class.forName("dev.aisec.bench.PiiBench");
    ObjectMapper om = new ObjectMapper();
    for (String name : new String[] {"free-1mb", "dense-1mb", "prompt-500"}) {
      Object b = bench.getDeclaredConstructor().newInstance();
      bench.getField("text").set(b, name);
      bench.getMethod("setUp").invoke(b);
      Field f = bench.getDeclaredField("input");
      f.setAccessible(true);
      ObjectNode o = om.createObjectNode();
      o.put("id", name);
      o.put("text", (String) f.get(b));
      Files.writeString(Path.of(a[0], name + ".jsonl"), om.writeValueAsString(o) + "\n");
    }
  }
}
