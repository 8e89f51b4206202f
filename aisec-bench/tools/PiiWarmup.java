import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;

/**
 * How long PiiBench.scan takes to reach compiled speed: for each second since the JVM started scanning, the best
 * thread CPU time of one scan in that second (and how many scans ran). Run with {@code -XX:+PrintCompilation} and
 * grep for {@code Names::rules} to see when the largest rule method gets its C2 code. On a loaded 2-core machine this
 * can take 20+ seconds, longer than a short JMH warm-up.
 *
 * <pre>
 * java -XX:+PrintCompilation -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiWarmup.java dense 30 \
 *     | grep -E "^t=|Names::rules"
 * </pre>
 */
public class PiiWarmup {
  public static void main(String[] a) throws Exception {
    Class<?> bench = Class.forName("dev.aisec.bench.PiiBench");
    Object b = bench.getDeclaredConstructor().newInstance();
    bench.getField("text").set(b, a[0].equals("free") ? "free-1mb" : a[0].equals("dense") ? "dense-1mb" : "prompt-500");
    bench.getMethod("setUp").invoke(b);
    Method op = bench.getMethod("scan");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    int secs = Integer.parseInt(a[1]);
    for (int s = 0; s < secs; s++) {
      long best = Long.MAX_VALUE;
      int k = 0;
      long end = t0 + (s + 1) * 1_000_000_000L;
      while (System.nanoTime() < end) {
        long c0 = mx.getCurrentThreadCpuTime();
        op.invoke(b);
        best = Math.min(best, mx.getCurrentThreadCpuTime() - c0);
        k++;
      }
      System.out.printf("t=%2ds best %.1f ms (%d scans)%n", s + 1, best / 1e6, k);
    }
  }
}
