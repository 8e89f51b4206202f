import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Alternating CPU-time comparison of PiiBench.scan between two benchmark jars in one JVM: each jar in its own class
 * loader, one scan of A then one of B, repeated, so that load changes on a shared machine hit both alike. Prints the
 * minimum, the 25th percentile and the median of each (thread CPU time per scan) and B/A.
 *
 * <pre>
 * java aisec-bench/tools/PiiAltCpuTime.java A.jar B.jar free|dense|prompt ROUNDS
 * </pre>
 */
public class PiiAltCpuTime {
  static Object[] load(String jar, String text) throws Exception {
    URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> bench = Class.forName("dev.aisec.bench.PiiBench", true, cl);
    Object b = bench.getDeclaredConstructor().newInstance();
    bench.getField("text").set(b, text.equals("free") ? "free-1mb" : text.equals("dense") ? "dense-1mb" : "prompt-500");
    bench.getMethod("setUp").invoke(b);
    return new Object[] {b, bench.getMethod("scan")};
  }

  public static void main(String[] a) throws Exception {
    Object[] x = load(a[0], a[2]);
    Object[] y = load(a[1], a[2]);
    int rounds = Integer.parseInt(a[3]);
    int reps = a[2].equals("prompt") ? 2000 : 1;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Method mxm = (Method) x[1];
    Method mym = (Method) y[1];
    for (int w = 0; w < 30; w++) {
      for (int k = 0; k < reps; k++) {
        mxm.invoke(x[0]);
        mym.invoke(y[0]);
      }
    }
    long[] ta = new long[rounds];
    long[] tb = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      boolean aFirst = (r & 1) == 0;
      for (int z = 0; z < 2; z++) {
        boolean doA = aFirst == (z == 0);
        Method m = doA ? mxm : mym;
        Object o = doA ? x[0] : y[0];
        long t0 = mx.getCurrentThreadCpuTime();
        for (int k = 0; k < reps; k++) {
          m.invoke(o);
        }
        long dt = (mx.getCurrentThreadCpuTime() - t0) / reps;
        if (doA) {
          ta[r] = dt;
        } else {
          tb[r] = dt;
        }
      }
    }
    Arrays.sort(ta);
    Arrays.sort(tb);
    System.out.printf("%s A %s: min %.1f p25 %.1f med %.1f us%n", a[2], a[0], ta[0] / 1e3, ta[rounds / 4] / 1e3, ta[rounds / 2] / 1e3);
    System.out.printf("%s B %s: min %.1f p25 %.1f med %.1f us%n", a[2], a[1], tb[0] / 1e3, tb[rounds / 4] / 1e3, tb[rounds / 2] / 1e3);
    System.out.printf("%s B/A: min %.3f p25 %.3f med %.3f%n", a[2], (double) tb[0] / ta[0], (double) tb[rounds / 4] / ta[rounds / 4], (double) tb[rounds / 2] / ta[rounds / 2]);
  }
}
