import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often {@code Names.plainCapWord} (the round-17 shortcut for capitalised words) answers on a text, per word:
 * each capitalised word that starts a word is asked once with a fresh per-thread state, as the scan asks it.
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiCapShortcutCount.java FILE
 * </pre>
 */
public class PiiCapShortcutCount {
  public static void main(String[] a) throws Exception {
    String t = Files.readString(Path.of(a[0]));
    Class<?> names = Class.forName("dev.aisec.data.pii.internal.Names");
    Class<?> hits = Class.forName("dev.aisec.data.pii.internal.Hits");
    Method m = names.getDeclaredMethod("plainCapWord", CharSequence.class, int.class, hits);
    m.setAccessible(true);
    Constructor<?> hc = hits.getDeclaredConstructor();
    hc.setAccessible(true);
    Object h = hc.newInstance();
    Map<String, int[]> counts = new TreeMap<>();
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 'A' && c <= 'Z' && !Character.isLetter(t.charAt(i - 1))) {
        int e = i;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
          e++;
        }
        int r = (int) m.invoke(null, t, i, h);
        counts.computeIfAbsent(t.substring(i, e), k -> new int[2])[r > 0 ? 0 : 1]++;
      }
    }
    counts.forEach((w, v) -> System.out.println(w + " shortcut " + v[0] + " full path " + v[1]));
  }
}
