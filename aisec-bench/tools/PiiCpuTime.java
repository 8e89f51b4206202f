import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;

/**
 * CPU time per operation of PiiBench, for before/after comparisons on a shared machine where wall-clock JMH figures
 * swing with the load: the thread's CPU time (ThreadMXBean) of {@code scan} (or {@code baselineNaiveRegex} with a
 * third argument {@code naive}) on one of the PiiBench texts, best and mean of N runs, five rounds (the first rounds
 * are warm-up; read the last). Not a substitute for JMH; a cross-check.
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiCpuTime.java free|dense|prompt 15 [naive]
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiCpuTime.java prompt 15 varied
 * </pre>
 */
public class PiiCpuTime {
  public static void main(String[] a) throws Exception {
    Class<?> bench = Class.forName("dev.aisec.bench.PiiBench");
    Object b = bench.getDeclaredConstructor().newInstance();
    bench.getField("text").set(b, a[0].equals("free") ? "free-1mb" : a[0].equals("dense") ? "dense-1mb" : "prompt-500");
    bench.getMethod("setUp").invoke(b);
    java.lang.reflect.Field f = bench.getDeclaredField("input");
    f.setAccessible(true);
    String text = (String) f.get(b);
    boolean naive = a.length > 2 && a[2].equals("naive");
    Method op = bench.getMethod(naive ? "baselineNaiveRegex" : "scan");
    if (a.length > 2 && a[2].equals("varied")) {
      // the prompt with 4,096 different phone numbers (+44 20 7946 0000..4095, all valid) and first names, cycled, so
      // that per-thread memos of phone validity and word scores miss as they would on new prompts
      String[] firsts = {"Maria", "Keeva", "Olusegun", "Brigitte", "Tomasz", "Aiko", "Rahul", "Ingrid"};
      String[] texts = new String[4096];
      for (int k = 0; k < texts.length; k++) {
        texts[k] = text.replace("0958", String.format("%04d", k)).replace("Maria", firsts[(k / 1024) % firsts.length]);
      }
      dev.aisec.data.pii.PiiDetector d = dev.aisec.data.pii.PiiDetector.standard();
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      int iters = Integer.parseInt(a[1]);
      int next = 0;
      for (int r = 0; r < 5; r++) {
        long best = Long.MAX_VALUE;
        long sum = 0;
        for (int i = 0; i < iters; i++) {
          long t0 = mx.getCurrentThreadCpuTime();
          for (int k = 0; k < 2000; k++) {
            d.scan(texts[next]);
            next = (next + 1) & (texts.length - 1);
          }
          long dt = (mx.getCurrentThreadCpuTime() - t0) / 2000;
          best = Math.min(best, dt);
          sum += dt;
        }
        System.out.printf("%s varied scan cpu best %.1f us avg %.1f us%n", a[0], best / 1e3, sum / 1e3 / iters);
      }
      return;
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int iters = Integer.parseInt(a[1]);
    int reps = text.length() < 10000 ? 2000 : 1;
    for (int r = 0; r < 5; r++) {
      long best = Long.MAX_VALUE;
      long sum = 0;
      for (int i = 0; i < iters; i++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int k = 0; k < reps; k++) {
          op.invoke(b);
        }
        long dt = (mx.getCurrentThreadCpuTime() - t0) / reps;
        best = Math.min(best, dt);
        sum += dt;
      }
      System.out.printf("%s %s cpu best %.1f us avg %.1f us (%.1f MB/s best)%n", a[0], naive ? "naive" : "scan",
          best / 1e3, sum / 1e3 / iters, text.length() / (best / 1e3));
    }
  }
}
