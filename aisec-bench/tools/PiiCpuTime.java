import dev.aisec.data.pii.PiiDetector;

import java.lang.reflect.Method;
/**
 * CPU time per {@code PiiDetector.standard().scan} of the PiiBench texts, for before/after comparisons on a shared
 * machine where wall-clock JMH figures swing with the load: the scanning thread's CPU time (ThreadMXBean), best and
 * mean of N runs, five rounds (the first rounds are warm-up). Not a substitute for JMH; a cross-check.
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiCpuTime.java free|dense|prompt 15
 * </pre>
 */
public class PiiCpuTime {
  public static void main(String[] a) throws Exception {
    Class<?> bench = Class.forName("dev.aisec.bench.PiiBench");
    Method gen = bench.getDeclaredMethod("generate", int.class, boolean.class, long.class);
    gen.setAccessible(true);
    String text = a[0].equals("free") ? (String) gen.invoke(null, 1 << 20, false, 1L) : (String) gen.invoke(null, 1 << 20, true, 2L);
    if (a[0].equals("prompt")) {
      Object b = bench.getDeclaredConstructor().newInstance();
      bench.getField("text").set(b, "prompt-500");
      bench.getMethod("setUp").invoke(b);
      java.lang.reflect.Field f = bench.getDeclaredField("input"); f.setAccessible(true);
      text = (String) f.get(b);
    }
    PiiDetector d = PiiDetector.standard();
    int iters = Integer.parseInt(a[1]);
    int reps = text.length() < 10000 ? 2000 : 1;
    for (int r = 0; r < 5; r++) {
      long best = Long.MAX_VALUE; long sum = 0; int n = 0;
      for (int i = 0; i < iters; i++) {
        long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int k = 0; k < reps; k++) n += d.scan(text).size();
        long dt = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0) / reps;
        best = Math.min(best, dt); sum += dt;
      }
      System.out.printf("%s cpu best %.1f us avg %.1f us  (%.1f MB/s best) spans=%d%n", a[0], best / 1e3, sum / 1e3 / iters, text.length() / (best / 1e3), n / iters / reps);
    }
  }
}
