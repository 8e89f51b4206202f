package dev.aisec.data.pii;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Review tool (round 18): the time of one PII scan ({@code scan}, {@code find} and the streamed {@code scan(Reader)})
 * on hostile inputs of several sizes (default 100 KB, 1 MB and 10 MB), aimed at the round-16/17 code: inverted names
 * and the other layout rules of {@code PersonSpans}, chat speakers ({@code ChatSpeakers}), UK drama numbers
 * ({@code DramaNumbers}), delimited columns ({@code CsvColumns}), a single 10 MB line, broken UTF-16, nested quotes.
 * The figure is the thread's CPU time of one call, after a warm-up on 100 KB. Not a unit test; one run on a shared
 * machine, so only the growth from one size to the next means something.
 *
 * <pre>
 * ./mvnw -q -B -o -DskipTests -pl aisec-cli -am package &amp;&amp; ./mvnw -q -B -o -pl aisec-data test-compile
 * java -Xss4m -cp aisec-data/target/test-classes:aisec-data/target/classes:aisec-cli/target/aisec.jar \
 *     dev.aisec.data.pii.Review18PiiHostileTiming 100000 1000000 10000000
 * </pre>
 */
public final class Review18PiiHostileTiming {

  private Review18PiiHostileTiming() {}

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  static Map<String, String> units() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("inverted names, lines", "Schröder, Katharina\n");
    m.put("inverted names, 3 spaces", "00417;Schröder,   Katharina;Berlin\n");
    m.put("inverted names, one line", ";Schröder, Katharina");
    m.put("quantity lines", "2 x Brooklyn Lager 0,355 l\n");
    m.put("product sizes, one line", "Estée Lauder Advanced Night Repair 50ml ");
    m.put("chat, named speakers", "Anna Becker: hi there\ntom: lol yes\nKLAUS-DIETER: HALLO\n");
    m.put("chat, 1 speaker line", "Anna Becker: hi there ");
    m.put("drama numbers", "call 07700 900123 or +44 20 7946 0123\n");
    m.put("csv header + records", "");
    m.put("csv header only (1 line)", "name,phone,email,geburtsdatum,");
    m.put("csv broken quotes", "\"a,\"b\"\",c\n");
    m.put("cue words", "phone: name: email: ");
    m.put("single line of prose", "the report about sales in Berlin grew faster than costs ");
    m.put("nested quotes/brackets", "«“\"'([{<");
    m.put("lone surrogates", "\uD800a\uDC00\uDC00\uD800 ");
    m.put("emoji + names", "\uD83D\uDE00Anna Becker\uD83D\uDE00 ");
    return m;
  }

  static String build(String name, String unit, int size) {
    StringBuilder sb = new StringBuilder(size + 200);
    if (name.startsWith("csv header + records")) {
      sb.append("nr;geburtsdatum;telefon;kunde;notiz\n");
      for (int i = 0; sb.length() < size; i++) {
        sb.append(String.format("%05d;12.03.1984;030 %07d;Anna Becker;ok\n", i % 100_000, i % 10_000_000));
      }
    } else {
      while (sb.length() < size) {
        sb.append(unit);
      }
    }
    sb.setLength(size);
    if (Character.isHighSurrogate(sb.charAt(size - 1)) && !name.startsWith("lone")) {
      sb.setLength(size - 1);
    }
    return sb.toString();
  }

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000, 10_000_000} : new int[args.length];
    for (int k = 0; k < args.length; k++) {
      sizes[k] = Integer.parseInt(args[k]);
    }
    PiiDetector d = PiiDetector.standard();
    for (Map.Entry<String, String> e : units().entrySet()) { // warm-up
      String t = build(e.getKey(), e.getValue(), 100_000);
      d.scan(t);
      d.find(t);
    }
    StringBuilder head = new StringBuilder(String.format("%-28s %-7s", "input", "path"));
    for (int s : sizes) {
      head.append(String.format(" %10s", s / 1000 + " KB"));
    }
    System.out.println(head + "   (ms CPU, one call)");
    long[] sink = new long[1];
    for (Map.Entry<String, String> e : units().entrySet()) {
      for (String path : new String[] {"scan", "find", "stream"}) {
        StringBuilder line = new StringBuilder(String.format("%-28s %-7s", e.getKey(), path));
        for (int s : sizes) {
          String t = build(e.getKey(), e.getValue(), s);
          long c0 = MX.getCurrentThreadCpuTime();
          if (path.equals("scan")) {
            sink[0] += d.scan(t).size();
          } else if (path.equals("find")) {
            sink[0] += d.find(t).size();
          } else {
            d.scan(new StringReader(t), sp -> sink[0]++);
          }
          line.append(String.format(" %10.1f", (MX.getCurrentThreadCpuTime() - c0) / 1e6));
        }
        System.out.println(line);
      }
    }
    System.out.println("(spans seen: " + sink[0] + ")");
  }
}
