import java.lang.reflect.Method;

/**
 * The cost of the least a word-level PII scan must do on the PiiBench texts: find every run of a-z letters and pack
 * it into a long (what the engine's lower-case loop does before any lookup), with no lookups, no recognizers and no
 * context. Reads the text through {@code CharSequence.charAt} and, for comparison, from a {@code char[]} copy (copy
 * time shown apart). Prints wall time per pass, best of each round; a lower bound for {@code PiiBench.scan}, not a
 * benchmark of it.
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/TokenizerFloor.java [free|dense]
 * </pre>
 */
public class TokenizerFloor {
  static long sink;

  static int end(CharSequence t, int s, int n) {
    long k = 0;
    int e = s;
    while (e < n) {
      char d = t.charAt(e);
      if (d >= 'a' && d <= 'z') {
        k = k << 5 | (d - 96);
        e++;
      } else {
        break;
      }
    }
    sink += k;
    return e;
  }

  static int end(char[] t, int s, int n) {
    long k = 0;
    int e = s;
    while (e < n) {
      char d = t[e];
      if (d >= 'a' && d <= 'z') {
        k = k << 5 | (d - 96);
        e++;
      } else {
        break;
      }
    }
    sink += k;
    return e;
  }

  static long words(CharSequence t) {
    int n = t.length();
    long c = 0;
    int i = 0;
    while (i < n) {
      char d = t.charAt(i);
      if (d >= 'a' && d <= 'z') {
        i = end(t, i, n);
        c++;
      } else {
        i++;
      }
    }
    return c;
  }

  static long words(char[] t, int n) {
    long c = 0;
    int i = 0;
    while (i < n) {
      char d = t[i];
      if (d >= 'a' && d <= 'z') {
        i = end(t, i, n);
        c++;
      } else {
        i++;
      }
    }
    return c;
  }

  public static void main(String[] a) throws Exception {
    boolean dense = a.length > 0 && a[0].equals("dense");
    Class<?> bench = Class.forName("dev.aisec.bench.PiiBench");
    Method g = bench.getDeclaredMethod("generate", int.class, boolean.class, long.class);
    g.setAccessible(true);
    String text = (String) g.invoke(null, 1 << 20, dense, dense ? 2L : 1L);
    char[] buf = new char[text.length()];
    for (int r = 0; r < 5; r++) {
      long best1 = Long.MAX_VALUE;
      long best2 = Long.MAX_VALUE;
      long best3 = Long.MAX_VALUE;
      long w = 0;
      for (int i = 0; i < 20; i++) {
        long t0 = System.nanoTime();
        w = words(text);
        long t1 = System.nanoTime();
        text.getChars(0, text.length(), buf, 0);
        long t2 = System.nanoTime();
        words(buf, buf.length);
        long t3 = System.nanoTime();
        best1 = Math.min(best1, t1 - t0);
        best2 = Math.min(best2, t2 - t1);
        best3 = Math.min(best3, t3 - t2);
      }
      System.out.printf("%s: %d words; charAt %.2f ms, copy %.2f ms + char[] %.2f ms%n", dense ? "dense" : "free", w,
          best1 / 1e6, best2 / 1e6, best3 / 1e6);
    }
  }
}
