package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiDetector;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the time of {@code PiiDetector.standard().scan} goes, stage by stage, as the thread's CPU time (lowest of N
 * runs; a tool for a shared machine, not a test). Stages:
 * <ul>
 *   <li>{@code scan}: the whole public scan; {@code engine}: {@code Engine.scan} alone; {@code resolve},
 *       {@code person-shape}, {@code chat-speaker}: the steps after it (resolving
 *       the candidates of one engine scan, the PERSON layout rules, the chat speakers);
 *   <li>the engine's main loop replayed from a record of its dispatches (start, kind, next position, taken from one
 *       run of the same loop as {@code Engine.scanAll}), one kind at a time: {@code alpha-lower} (words starting
 *       with a-z: the lower-case word loop and whatever it hands on), {@code alpha-other} (capitalised and other
 *       words: the name rules), {@code numeric} (digits, {@code +} or {@code (} before a digit), {@code email}
 *       ({@code @}), {@code pem}; {@code replay-all} replays every kind in order (about the engine's time);
 *   <li>{@code floor}: one table-driven pass that only classifies the characters and counts the positions a first
 *       pass would have to hand on (digits, {@code @ : /}, capitals): the least any single pass over the chars costs.
 * </ul>
 * The replay of one kind runs with the memo and context state the other kinds would have left different, so its
 * figure is close to, not exactly, that kind's share. Texts: files of plain text (e.g. the PiiBench texts written by
 * {@code aisec-bench/tools/PiiBenchTexts.java}).
 *
 * <pre>
 * ./mvnw -q -B -o -DskipTests -pl aisec-cli -am package &amp;&amp; ./mvnw -q -B -o -pl aisec-data test-compile
 * java -cp aisec-data/target/test-classes:aisec-cli/target/aisec.jar dev.aisec.data.pii.internal.PiiStageCost \
 *     30 /tmp/p18s/data/free-1mb.txt /tmp/p18s/data/dense-1mb.txt
 * </pre>
 */
public final class PiiStageCost {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  static final int EMAIL = 0;
  static final int NUMERIC = 1;
  static final int ALPHA_LOWER = 2;
  static final int ALPHA_OTHER = 3;
  static final int PEM = 4;
  static final String[] KIND = {"email", "numeric", "alpha-lower", "alpha-other", "pem"};

  private final Engine engine;
  private final MethodHandle email;
  private final MethodHandle numeric;
  private final MethodHandle alpha;
  private final MethodHandle pem;

  private int count;
  private int[] at = new int[1024];
  private byte[] kind = new byte[1024];

  PiiStageCost(Engine engine) throws Exception {
    this.engine = engine;
    MethodHandles.Lookup l = MethodHandles.privateLookupIn(Engine.class, MethodHandles.lookup());
    MethodType ret = MethodType.methodType(int.class, CharSequence.class, int.class, Hits.class);
    email = l.findVirtual(Engine.class, "email",
        MethodType.methodType(void.class, CharSequence.class, int.class, Hits.class)).bindTo(engine);
    numeric = l.findVirtual(Engine.class, "numeric", ret).bindTo(engine);
    alpha = l.findVirtual(Engine.class, "alpha", ret).bindTo(engine);
    pem = l.findVirtual(Engine.class, "pem", ret).bindTo(engine);
  }

  /** One run of the loop of {@code Engine.scanAll}, recording each dispatch. */
  void record(CharSequence t) throws Throwable {
    count = 0;
    Hits h = Hits.acquire();
    try {
      engine.scan("", h); // resets the per-scan state as a scan does
      int n = t.length();
      int i = 0;
      boolean prevWord = false;
      while (i < n) {
        char c = t.charAt(i);
        if (c == '@') {
          add(i, EMAIL);
          email.invokeExact(t, i, h);
          prevWord = false;
          i++;
          continue;
        }
        boolean word = Engine.isWordChar(c);
        if (prevWord && word) {
          i++;
          continue;
        }
        int next = i + 1;
        if (c <= '9' && c >= '0') {
          add(i, NUMERIC);
          next = (int) numeric.invokeExact(t, i, h);
        } else if (c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : Character.isLetter(c)) {
          add(i, c >= 'a' && c <= 'z' ? ALPHA_LOWER : ALPHA_OTHER);
          next = (int) alpha.invokeExact(t, i, h);
        } else if ((c == '+' || c == '(') && i + 1 < n && Engine.isDigit(t.charAt(i + 1))) {
          add(i, NUMERIC);
          next = (int) numeric.invokeExact(t, i, h);
        } else if (c == '-' && Engine.startsWith(t, i, "-----BEGIN")) {
          add(i, PEM);
          next = (int) pem.invokeExact(t, i, h);
        }
        if (next <= i) {
          next = i + 1;
        }
        i = next;
        prevWord = Engine.isWordChar(t.charAt(i - 1));
      }
    } finally {
      h.release();
    }
  }

  private void add(int i, int k) {
    if (count == at.length) {
      at = java.util.Arrays.copyOf(at, count * 2);
      kind = java.util.Arrays.copyOf(kind, count * 2);
    }
    at[count] = i;
    kind[count++] = (byte) k;
  }

  /** Replays the recorded dispatches of kind {@code k} (-1: all), returning a checksum of their results. */
  long replay(CharSequence t, int k) throws Throwable {
    long sum = 0;
    Hits h = Hits.acquire();
    try {
      engine.scan("", h);
      for (int j = 0; j < count; j++) {
        int kj = kind[j];
        if (k >= 0 && kj != k) {
          continue;
        }
        int i = at[j];
        switch (kj) {
          case EMAIL:
            email.invokeExact(t, i, h);
            break;
          case NUMERIC:
            sum += (int) numeric.invokeExact(t, i, h);
            break;
          case PEM:
            sum += (int) pem.invokeExact(t, i, h);
            break;
          default:
            sum += (int) alpha.invokeExact(t, i, h);
        }
      }
    } finally {
      h.release();
    }
    return sum;
  }

  private static final byte[] CLASS = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = 1;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      CLASS[c] = 1;
    }
    CLASS['@'] = 1;
    CLASS[':'] = 1;
    CLASS['/'] = 1;
  }

  /** The floor: classify every char with one table load and count the trigger positions. */
  static int floor(CharSequence t) {
    int n = t.length();
    int triggers = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c >= 128 || CLASS[c] != 0) {
        triggers++;
      }
    }
    return triggers;
  }

  static long cpu() {
    return MX.getCurrentThreadCpuTime();
  }

  interface Stage {
    long run() throws Throwable;
  }

  static long best(int runs, Stage s) throws Throwable {
    long best = Long.MAX_VALUE;
    long sink = 0;
    for (int r = 0; r < runs; r++) {
      long t0 = cpu();
      sink += s.run();
      long d = cpu() - t0;
      best = Math.min(best, d);
    }
    if (sink == 42) {
      System.out.print("");
    }
    return best;
  }

  public static void main(String[] a) throws Throwable {
    int runs = Integer.parseInt(a[0]);
    PiiDetector det = PiiDetector.standard();
    Field f = PiiDetector.class.getDeclaredField("engine");
    f.setAccessible(true);
    Engine engine = (Engine) f.get(det);
    PiiStageCost tool = new PiiStageCost(engine);
    for (int k = 1; k < a.length; k++) {
      String text = Files.readString(Path.of(a[k]));
      tool.record(text);
      int[] perKind = new int[KIND.length];
      for (int j = 0; j < tool.count; j++) {
        perKind[tool.kind[j]]++;
      }
      System.out.printf("%s: %,d chars, dispatches %,d (", a[k], text.length(), tool.count);
      for (int j = 0; j < KIND.length; j++) {
        System.out.printf("%s%s %,d", j == 0 ? "" : ", ", KIND[j], perKind[j]);
      }
      System.out.printf("), floor triggers %,d%n", floor(text));
      for (int round = 1; round <= 3; round++) {
        System.out.printf(" round %d of 3 (the first rounds are warm-up; read the last)%n", round);
        stages(runs, text, det, engine, tool, perKind);
      }
    }
  }

  private static void stages(int runs, String text, PiiDetector det, Engine engine, PiiStageCost tool, int[] perKind)
      throws Throwable {
    {
      {
      long scan = best(runs, () -> det.scan(text).size());
      long eng = best(runs, () -> {
        Hits h = Hits.acquire();
        try {
          engine.scan(text, h);
          return h.isEmpty() ? 0 : 1;
        } finally {
          h.release();
        }
      });
      long resolveOnly = Long.MAX_VALUE;
      for (int r = 0; r < runs; r++) {
        Hits h = Hits.acquire();
        try {
          engine.scan(text, h);
          long t0 = cpu();
          h.resolve(Map.of(), 0.5);
          resolveOnly = Math.min(resolveOnly, cpu() - t0);
        } finally {
          h.release();
        }
      }
      java.util.List<dev.aisec.data.pii.PiiSpan> resolved;
      Hits h0 = Hits.acquire();
      try {
        engine.scan(text, h0);
        resolved = h0.resolve(Map.of(), 0.5);
      } finally {
        h0.release();
      }
      java.util.List<dev.aisec.data.pii.PiiSpan> shapedSpans = PersonSpans.shape(text, resolved);
      long shape = best(runs, () -> PersonSpans.shape(text, resolved).size());
      long speakers = best(runs, () -> ChatSpeakers.complete(text, shapedSpans).size());
      long all = best(runs, () -> tool.replay(text, -1));
      double mb = text.length() / 1e6;
      System.out.printf("  %-12s %8.3f ms  (%.3f ms per MB)%n", "scan", scan / 1e6, scan / 1e6 / mb);
      System.out.printf("  %-12s %8.3f ms%n", "engine", eng / 1e6);
      System.out.printf("  %-12s %8.3f ms%n", "resolve", resolveOnly / 1e6);
      System.out.printf("  %-12s %8.3f ms  (%d spans)%n", "person-shape", shape / 1e6, resolved.size());
      System.out.printf("  %-12s %8.3f ms%n", "chat-speaker", speakers / 1e6);
      System.out.printf("  %-12s %8.3f ms%n", "replay-all", all / 1e6);
      for (int j = 0; j < KIND.length; j++) {
        if (perKind[j] == 0) {
          continue;
        }
        int kk = j;
        long c = best(runs, () -> tool.replay(text, kk));
        System.out.printf("  %-12s %8.3f ms  (%.0f ns per dispatch)%n", KIND[j], c / 1e6, (double) c / perKind[j]);
      }
      long fl = best(runs, () -> floor(text));
      System.out.printf("  %-12s %8.3f ms%n", "floor", fl / 1e6);
    }
  }
}
}
