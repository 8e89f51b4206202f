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
 * installed, beside a baseline that only lower-cases the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GuardBench {

  @Param({"1024"})
  public int size;

  private String text;
  private Guard guard;
  private Principal principal;

  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder();
    String[] words = {"please", "summarise", "the", "attached", "report", "about", "quarterly", "sales", "in", "Berlin"};
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
