import dev.aisec.data.pii.PiiDetector;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Prints every span (with score and detail) that {@code PiiBench.scan} returns for the three benchmark texts, and
 * every candidate at threshold 0.0, for byte-identical checks of speed work between two bench jars (round 16):
 *
 * <pre>
 * java -cp A.jar aisec-bench/tools/PiiBenchSpans.java > a.txt; java -cp B.jar aisec-bench/tools/PiiBenchSpans.java > b.txt
 * cmp a.txt b.txt
 * </pre>
 */
public class PiiBenchSpans {
  public static void main(String[] a) throws Exception {
    Class<?> bench = Class.forName("dev.aisec.bench.PiiBench");
    for (String name : new String[] {"free-1mb", "dense-1mb", "prompt-500"}) {
      Object b = bench.getDeclaredConstructor().newInstance();
      bench.getField("text").set(b, name);
      bench.getMethod("setUp").invoke(b);
      List<?> spans = (List<?>) bench.getMethod("scan").invoke(b);
      System.out.println(name + " " + spans.size());
      for (Object s : spans) {
        System.out.println(s);
      }
      Field f = bench.getDeclaredField("input");
      f.setAccessible(true);
      String text = (String) f.get(b);
      PiiDetector d = PiiDetector.builder().threshold(0.0).build();
      for (Object s : d.scan(text)) {
        System.out.println("t0 " + s);
      }
    }
  }
}
