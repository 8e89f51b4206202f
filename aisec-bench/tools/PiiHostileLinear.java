import dev.aisec.data.pii.PiiDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Linear time on hostile inputs (round 21, pii21speed): thread CPU time of {@code PiiDetector.standard().scan} on 1 MB
 * and on 10 MB of one repeated unit (PERSON spans on many lines or on one line, speaker labels, product marks, lone
 * digits, phone numbers, one letter). A ratio near 10, or below it from JIT warm-up during the 1 MB scan, is linear.
 *
 * <pre>
 * java -Xmx3g -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiHostileLinear.java
 * </pre>
 */
public class PiiHostileLinear {
  static String repeated(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
    }
    return sb.substring(0, size);
  }

  public static void main(String[] a) {
    PiiDetector d = PiiDetector.standard();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] units = {"Maria Gonzalez\n", "Maria Gonzalez ", "Anna: hi\n", "x\n", "Maria: Maria Gonzalez Maria\n",
        "EDP 5", "a", "1 ", "+44 20 7946 0958 ", "Maria Gonzalez " + "E".repeat(44) + " "};
    int[] sizes = {1_000_000, 10_000_000};
    for (String u : units) {
      long[] cpu = new long[2];
      int spans = 0;
      for (int k = 0; k < 2; k++) {
        String s = repeated(u, sizes[k]);
        d.scan(s.substring(0, 100_000));
        long c0 = mx.getCurrentThreadCpuTime();
        spans = d.scan(s).size();
        cpu[k] = mx.getCurrentThreadCpuTime() - c0;
      }
      String name = u.replace("\n", "\\n");
      System.out.printf("%-30s 1MB %7.1f ms  10MB %8.1f ms  ratio %.1f  spans(10MB) %d%n",
          name.substring(0, Math.min(30, name.length())), cpu[0] / 1e6, cpu[1] / 1e6, (double) cpu[1] / cpu[0], spans);
    }
  }
}
