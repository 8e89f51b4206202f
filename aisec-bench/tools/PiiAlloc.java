import dev.aisec.data.pii.PiiDetector;
import java.lang.reflect.Method;
/**
 * Bytes allocated per {@code PiiDetector.standard().scan} (HotSpot per-thread counter) of the PiiBench free text, a 1 MiB
 * text of plain lower-case words and a 500-character plain prompt, after warm-up.
 * {@code java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiAlloc.java}
 */
public class PiiAlloc {
  public static void main(String[] a) throws Exception {
    Class<?> bench = Class.forName("dev.aisec.bench.PiiBench");
    Method gen = bench.getDeclaredMethod("generate", int.class, boolean.class, long.class);
    gen.setAccessible(true);
    String free = (String) gen.invoke(null, 1 << 20, false, 1L);
    StringBuilder sb = new StringBuilder();
    String[] w = {"the", "report", "shows", "that", "quarterly", "sales", "grew", "while", "costs", "fell", "million", "team", "will", "review", "plan", "schedule", "please", "summarise", "attached", "notes", "before", "call", "about", "latency", "uptime"};
    java.util.Random r = new java.util.Random(1);
    while (sb.length() < 1 << 20) sb.append(w[r.nextInt(w.length)]).append(r.nextInt(12) == 0 ? ".\n" : " ");
    String lower = sb.toString();
    String prompt = "please summarise the attached notes before the call and review the plan with the team, thanks. ".repeat(5);
    PiiDetector d = PiiDetector.standard();
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    for (String[] c : new String[][] {{"free-1mb", free}, {"lowercase-1mb", lower}, {"plain-prompt", prompt}}) {
      for (int i = 0; i < 30; i++) d.scan(c[1]);
      long b0 = mx.getCurrentThreadAllocatedBytes();
      int n = 0;
      for (int i = 0; i < 20; i++) n += d.scan(c[1]).size();
      long b1 = mx.getCurrentThreadAllocatedBytes();
      System.out.printf("%s: %d bytes allocated per scan, %d spans%n", c[0], (b1 - b0) / 20, n / 20);
    }
  }
}
