package dev.aisec.bench;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiSpan;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PII detection speed on a 1 MB PII-free text, a 1 MB PII-dense text and a 500-character prompt, beside the naive
 * design: one {@link java.util.regex} pattern per entity type run over the text one after another (and no
 * validation, no names). Run: {@code java -jar aisec-bench/target/benchmarks.jar PiiBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PiiBench {

  @Param({"free-1mb", "dense-1mb", "prompt-500"})
  public String text;

  private String input;
  private PiiDetector detector;

  static final Pattern[] NAIVE = {
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
      Pattern.compile("\\+?\\(?\\d{1,4}\\)?[ .-]?\\d{2,4}[ .-]?\\d{2,4}[ .-]?\\d{2,4}"),
      Pattern.compile("\\b(?:\\d[ -]?){12,18}\\d\\b"),
      Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b"),
      Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"),
      Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b"),
      Pattern.compile("\\b(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}\\b"),
      Pattern.compile("https?://[^\\s\"<>]+"),
      Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"),
      Pattern.compile("\\b(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}\\b"),
      Pattern.compile("\\b(?:bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}\\b"),
      Pattern.compile("\\b(?:AKIA|ghp_|sk-)[A-Za-z0-9_]{16,}\\b"),
      Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z]+\\b")};

  static final String[] WORDS = {"the", "report", "shows", "that", "quarterly", "sales", "in", "Europe", "grew",
      "by", "12", "percent", "while", "costs", "fell", "to", "3.4", "million", "and", "the", "team", "will",
      "review", "version", "2.1", "of", "the", "plan", "on", "schedule", "please", "summarise", "attached", "notes",
      "for", "order", "#4821", "before", "the", "call", "at", "10:30", "with", "Product", "Engineering", "about",
      "latency", "of", "250", "ms", "and", "uptime", "99.9%", "in", "Q3."};
  static final String[] PII = {"jane.doe@example.com", "+44 20 7946 0958", "4111 1111 1111 1111",
      "DE89 3704 0044 0532 0130 00", "536-22-1234", "10.20.30.40", "Maria Gonzalez", "(212) 555-0199",
      "2001:db8::8a2e:370:7334", "AKIAIOSFODNN7EXAMPLE", "john.smith@mail.example.org", "378282246310005"};

  static String generate(int size, boolean dense, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(size + 100);
    int sinceLast = 0;
    while (sb.length() < size) {
      if (dense && sinceLast > 60) {
        sb.append(r.nextBoolean() ? "contact " : "card ").append(PII[r.nextInt(PII.length)]).append(' ');
        sinceLast = 0;
      } else {
        String w = WORDS[r.nextInt(WORDS.length)];
        sb.append(w).append(r.nextInt(12) == 0 ? ".\n" : " ");
        sinceLast += w.length() + 1;
      }
    }
    return sb.substring(0, size);
  }

  @Setup
  public void setUp() {
    detector = PiiDetector.standard();
    switch (text) {
      case "free-1mb":
        input = generate(1 << 20, false, 1);
        break;
      case "dense-1mb":
        input = generate(1 << 20, true, 2);
        break;
      default:
        input = "Hi, I'm Maria Gonzalez and my card 4111 1111 1111 1111 was charged twice. "
            + generate(500 - 75 - 60, false, 3) + " Mail jane.doe@example.com or +44 20 7946 0958.";
        input = input.substring(0, Math.min(500, input.length()));
    }
  }

  @Benchmark
  public List<PiiSpan> scan() {
    return detector.scan(input);
  }

  @Benchmark
  public int baselineNaiveRegex() {
    int found = 0;
    for (Pattern p : NAIVE) {
      Matcher m = p.matcher(input);
      while (m.find()) {
        found++;
      }
    }
    return found;
  }
}
