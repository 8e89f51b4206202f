import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The least a fused single-pass word classifier costs on a text (round 19, pii19speed): the design the round's brief
 * proposed (copy chunks into a char[] with String.getChars, one pass that packs every word, one hash and one probe
 * into a compact open-addressing table of the words that matter, branch-light decisions from the neighbours' bits).
 * No recognizer runs; a word's "interesting" bit only counts. Stages, each the lowest thread CPU time of N runs:
 * <ul>
 *   <li>{@code table}: classify every character with one table load (PiiStageCost's floor);
 *   <li>{@code words}: find every run of letters and pack its lower-case ASCII letters into a long;
 *   <li>{@code fused}: as {@code words}, plus one multiplicative hash and one probe of a 2^12-slot table per word,
 *       plus the cue/verb/name decision from the previous and next word's bits (no dispatch);
 *   <li>{@code fused-array}: {@code fused} over 8 KB chunks copied with String.getChars.
 * </ul>
 * The table holds the cue words, verbs and a few names; its contents do not change the cost of a miss.
 *
 * <pre>
 * java aisec-bench/tools/PiiFusedFloor.java 40 /tmp/p19s/data/free-1mb.txt /tmp/p19s/data/dense-1mb.txt
 * </pre>
 */
public class PiiFusedFloor {
  static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  static final byte[] CLASS = new byte[128];
  static final long[] KEYS = new long[1 << 12];
  static final byte[] BITS = new byte[1 << 12];
  static long sink;

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      CLASS[c] = 1;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      CLASS[c] = 2;
    }
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = 3;
    }
    for (char c : "@:/+(-_.=%#".toCharArray()) {
      CLASS[c] = 4;
    }
    String[] cues = {"with", "for", "to", "by", "at", "in", "on", "from", "contact", "call", "dear", "hi"};
    String[] verbs = {"shows", "grew", "fell", "will", "said", "wrote", "is", "was", "has", "called"};
    String[] names = {"maria", "john", "gonzalez", "smith", "paris", "london"};
    put(cues, 1);
    put(verbs, 2);
    put(names, 4);
  }

  static void put(String[] ws, int bit) {
    for (String w : ws) {
      long k = 0;
      for (char c : w.toCharArray()) {
        k = k << 5 | (c - 96);
      }
      int idx = slot(k);
      while (KEYS[idx] != 0 && KEYS[idx] != k) {
        idx = (idx + 1) & (KEYS.length - 1);
      }
      KEYS[idx] = k;
      BITS[idx] |= (byte) bit;
    }
  }

  static int slot(long k) {
    return (int) ((k * 0x9E3779B97F4A7C15L) >>> 52);
  }

  static int bits(long k) {
    int idx = slot(k);
    while (true) {
      long x = KEYS[idx];
      if (x == k) {
        return BITS[idx];
      }
      if (x == 0) {
        return 0;
      }
      idx = (idx + 1) & (KEYS.length - 1);
    }
  }

  static long table(String t) {
    int n = t.length();
    long c = 0;
    for (int i = 0; i < n; i++) {
      char d = t.charAt(i);
      if (d >= 128 || CLASS[d] != 0) {
        c++;
      }
    }
    return c;
  }

  static long words(String t) {
    int n = t.length();
    long s = 0;
    int i = 0;
    while (i < n) {
      char d = t.charAt(i);
      if (d < 128 && CLASS[d] == 1 || d < 128 && CLASS[d] == 2) {
        long k = 0;
        while (i < n && (d = t.charAt(i)) < 128 && (CLASS[d] == 1 || CLASS[d] == 2)) {
          k = k << 5 | (d | 32) - 96;
          i++;
        }
        s += k;
      } else {
        i++;
      }
    }
    return s;
  }

  /** The fused pass over chars {@code [0, n)} of {@code a}; returns the count of "interesting" words. */
  static long fused(char[] a, int n) {
    long interesting = 0;
    int prev = 0;
    int cur = -1; // bits of the word before the current one (-1: none pending)
    int i = 0;
    while (i < n) {
      char d = a[i];
      if (d < 128 && (CLASS[d] == 1 || CLASS[d] == 2)) {
        long k = 0;
        while (i < n && (d = a[i]) < 128 && (CLASS[d] == 1 || CLASS[d] == 2)) {
          k = k << 5 | (d | 32) - 96;
          i++;
        }
        int b = bits(k);
        if (cur >= 0) {
          // the pending word: interesting after a cue, before a verb, or as a name
          interesting += ((prev & 1) | (b >> 1 & 1) | (cur >> 2 & 1));
          prev = cur;
        }
        cur = b;
      } else {
        i++;
      }
    }
    return interesting;
  }

  static long fusedString(String t) {
    char[] a = new char[t.length()];
    t.getChars(0, t.length(), a, 0);
    return fused(a, a.length);
  }

  static final char[] CHUNK = new char[8192];

  static long fusedChunks(String t) {
    int n = t.length();
    long s = 0;
    for (int from = 0; from < n; from += CHUNK.length) {
      int to = Math.min(n, from + CHUNK.length);
      t.getChars(from, to, CHUNK, 0);
      s += fused(CHUNK, to - from);
    }
    return s;
  }

  interface Stage {
    long run(String t);
  }

  static double best(int runs, String t, Stage s) {
    long best = Long.MAX_VALUE;
    for (int r = 0; r < runs; r++) {
      long t0 = MX.getCurrentThreadCpuTime();
      sink += s.run(t);
      best = Math.min(best, MX.getCurrentThreadCpuTime() - t0);
    }
    return best / 1e6;
  }

  public static void main(String[] a) throws Exception {
    int runs = Integer.parseInt(a[0]);
    for (int round = 0; round < 3; round++) {
      for (int f = 1; f < a.length; f++) {
        String t = Files.readString(Path.of(a[f]));
        System.out.printf("round %d %-40s table %.2f ms  words %.2f ms  fused %.2f ms  fused-array %.2f ms%n",
            round, a[f], best(runs, t, PiiFusedFloor::table), best(runs, t, PiiFusedFloor::words),
            best(runs, t, PiiFusedFloor::fusedString), best(runs, t, PiiFusedFloor::fusedChunks));
      }
    }
    System.out.println(sink == 42 ? "" : "ok");
  }
}
