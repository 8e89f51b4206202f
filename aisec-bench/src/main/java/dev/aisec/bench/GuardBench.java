package dev.aisec.bench;

import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.Verdict;
import dev.aisec.api.text.TextView;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Cost of the Guard's shared work (normalisation, policy resolution, verdict) with only the Unicode anomaly detector
 * installed, beside a baseline that only lower-cases the same text. Run:
 * {@code java -jar aisec-bench/target/benchmarks.jar GuardBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GuardBench {

  @Param({"200", "1024", "102400"})
  public int size;

  /** {@code ascii}: plain English (the normaliser's identity fast path); {@code unicode}: accented, Cyrillic, CJK
   * and emoji text that takes the full NFKC, homoglyph and whitespace path. */
  @Param({"ascii", "unicode"})
  public String kind;

  private String text;
  private Guard guard;
  private Principal principal;

  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder();
    String[] words = kind.equals("ascii")
        ? new String[] {"please", "summarise", "the", "attached", "report", "about", "quarterly", "sales", "in",
            "Berlin"}
        : new String[] {"bitte", "fasse", "den", "Bericht", "über", "Köln", "zusammen", "отчёт", "東京の売上",
            "😀", "naïve", "café"};
    int i = 0;
    while (sb.length() < size) {
      sb.append(words[i++ % words.length]).append(' ');
    }
    text = sb.substring(0, size);
    guard = Guard.builder().detector(dev.aisec.api.detect.UnicodeAnomalyDetector.standard()).build();
    principal = Principal.of("bench", "user");
  }

  @Benchmark
  public Verdict guardCheck() {
    return guard.check(Input.user(principal, text));
  }

  @Benchmark
  public TextView normalise() {
    return TextView.of(text);
  }

  @Benchmark
  public String baselineLowerCase() {
    return text.toLowerCase(Locale.ROOT);
  }
}
