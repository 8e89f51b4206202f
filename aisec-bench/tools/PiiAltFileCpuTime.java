import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
/**
 * Alternating thread-CPU time of {@code PiiDetector.standard().scan} over every line (the "text" field) of a JSON Lines
 * file, two jars in one JVM (each in its own class loader), two warm-up rounds, then ROUNDS passes per jar in
 * alternating order; prints min and median per jar and B/A.
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiAltFileCpuTime.java A.jar B.jar FILE.jsonl ROUNDS
 * </pre>
 */
public class PiiAltFileCpuTime {
  public static void main(String[] a) throws Exception {
    List<String> texts = new ArrayList<>();
    com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String line : Files.readAllLines(Path.of(a[2]))) texts.add(om.readTree(line).get("text").asText());
    Object[] det = new Object[2]; Method[] scan = new Method[2];
    for (int j = 0; j < 2; j++) {
      URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> c = Class.forName("dev.aisec.data.pii.PiiDetector", true, cl);
      det[j] = c.getMethod("standard").invoke(null);
      scan[j] = c.getMethod("scan", CharSequence.class);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int rounds = Integer.parseInt(a[3]);
    long[][] t = new long[2][rounds];
    for (int r = -2; r < rounds; r++) {
      for (int z = 0; z < 2; z++) {
        int j = (r & 1) == 0 ? z : 1 - z;
        long c0 = mx.getCurrentThreadCpuTime();
        for (String s : texts) scan[j].invoke(det[j], s);
        if (r >= 0) t[j][r] = mx.getCurrentThreadCpuTime() - c0;
      }
    }
    for (int j = 0; j < 2; j++) { Arrays.sort(t[j]); System.out.printf("%s: min %.0f ms median %.0f ms%n", a[j], t[j][0] / 1e6, t[j][rounds / 2] / 1e6); }
    System.out.printf("B/A min %.3f median %.3f%n", (double) t[1][0] / t[0][0], (double) t[1][rounds / 2] / t[0][rounds / 2]);
  }
}
