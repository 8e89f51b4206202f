import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * As {@code PiiAltCpuTime.java}, on any text file instead of the PiiBench texts: {@code PiiDetector.standard().scan}
 * of the whole file, class path A and class path B (each a jar or a {@code :}-separated list) in their own class
 * loaders in one JVM, single scans alternated (30 warm-up pairs, then N pairs); prints the minimum, the 25th percentile
 * and the median of the thread CPU time per scan of each and B/A. Run it twice with the roles swapped (the second
 * role has a small bias on a loaded machine).
 *
 * <pre>
 * java aisec-bench/tools/PiiAltText.java A.jar B.jar text.txt ROUNDS
 * </pre>
 */
public class PiiAltText {
  static URL[] urls(String cp) throws Exception {
    String[] p = cp.split(":");
    URL[] u = new URL[p.length];
    for (int i = 0; i < p.length; i++) {
      u[i] = Path.of(p[i]).toUri().toURL();
    }
    return u;
  }

  static Object[] load(String cp) throws Exception {
    URLClassLoader cl = new URLClassLoader(urls(cp), ClassLoader.getPlatformClassLoader());
    Class<?> d = Class.forName("dev.aisec.data.pii.PiiDetector", true, cl);
    Object det = d.getMethod("standard").invoke(null);
    return new Object[] {det, d.getMethod("scan", CharSequence.class)};
  }

  public static void main(String[] a) throws Exception {
    String text = Files.readString(Path.of(a[2]));
    Object[] x = load(a[0]);
    Object[] y = load(a[1]);
    int rounds = Integer.parseInt(a[3]);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int w = 0; w < 30; w++) {
      ((Method) x[1]).invoke(x[0], text);
      ((Method) y[1]).invoke(y[0], text);
    }
    long[] ta = new long[rounds];
    long[] tb = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      for (int z = 0; z < 2; z++) {
        boolean doA = ((r & 1) == 0) == (z == 0);
        Object[] o = doA ? x : y;
        long t0 = mx.getCurrentThreadCpuTime();
        ((Method) o[1]).invoke(o[0], text);
        long dt = mx.getCurrentThreadCpuTime() - t0;
        if (doA) {
          ta[r] = dt;
        } else {
          tb[r] = dt;
        }
      }
    }
    Arrays.sort(ta);
    Arrays.sort(tb);
    System.out.printf("A min %.2f p25 %.2f med %.2f ms | B min %.2f p25 %.2f med %.2f ms | B/A p25 %.3f med %.3f%n",
        ta[0] / 1e6, ta[rounds / 4] / 1e6, ta[rounds / 2] / 1e6, tb[0] / 1e6, tb[rounds / 4] / 1e6,
        tb[rounds / 2] / 1e6, (double) tb[rounds / 4] / ta[rounds / 4], (double) tb[rounds / 2] / ta[rounds / 2]);
  }
}
