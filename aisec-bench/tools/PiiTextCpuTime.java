import dev.aisec.data.pii.PiiDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Best thread CPU time of {@code PiiDetector.standard().scan} on each of the given text files, the files scanned in
 * turn for ROUNDS rounds (the first third is warm-up), so that edited copies of a benchmark text can be compared in
 * one JVM (how much of a scan one kind of token costs: see docs/BENCHMARKS.md, round 16).
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiTextCpuTime.java ROUNDS FILE...
 * </pre>
 */
public class PiiTextCpuTime {
  public static void main(String[] a) throws Exception {
    PiiDetector d = PiiDetector.standard();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int rounds = Integer.parseInt(a[0]);
    String[] texts = new String[a.length - 1];
    for (int k = 1; k < a.length; k++) {
      texts[k - 1] = Files.readString(Path.of(a[k]));
    }
    long[] best = new long[texts.length];
    Arrays.fill(best, Long.MAX_VALUE);
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < texts.length; k++) {
        long c0 = mx.getCurrentThreadCpuTime();
        d.scan(texts[k]);
        long dt = mx.getCurrentThreadCpuTime() - c0;
        if (r > rounds / 3) {
          best[k] = Math.min(best[k], dt);
        }
      }
    }
    for (int k = 0; k < texts.length; k++) {
      System.out.printf("%-40s %.2f ms%n", a[k + 1], best[k] / 1e6);
    }
  }
}
