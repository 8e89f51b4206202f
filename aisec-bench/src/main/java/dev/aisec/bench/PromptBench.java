package dev.aisec.bench;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.PromptRegistry;
import dev.aisec.api.Verdict;
import dev.aisec.api.text.TextView;
import dev.aisec.prompt.InjectionAssessment;
import dev.aisec.prompt.PromptInjectionDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Prompt-injection detector on 200-character, 1 KB and 100 KB prompts, beside a baseline that only lower-cases and
 * tokenises the same text with Lucene's StandardAnalyzer (which lower-cases). {@code detect} measures the detector
 * on a prepared context (normalised view built once, as a Guard shares it between detectors); {@code guardCheck}
 * adds the Guard's normalisation and policy work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PromptBench {

  @Param({"200", "1024", "102400"})
  public int size;

  private String text;
  private DetectionContext context;
  private PromptInjectionDetector detector;
  private Guard guard;
  private Principal principal;
  private Analyzer analyzer;

  @Setup
  public void setUp() {
    String[] words = {"Could", "you", "please", "summarise", "the", "attached", "quarterly", "report", "about",
        "sales", "in", "Berlin,", "and", "explain", "why", "revenue", "grew", "faster", "than", "costs?", "Also",
        "list", "three", "risks", "for", "next", "year", "with", "a", "short", "example", "each."};
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (sb.length() < size) {
      sb.append(words[i++ % words.length]).append(i % 17 == 0 ? "\n" : " ");
    }
    text = sb.substring(0, size);
    principal = Principal.of("bench", "user");
    detector = PromptInjectionDetector.standard();
    Input in = Input.user(principal, text);
    context = new DetectionContext(in, TextView.of(text), PromptRegistry.empty());
    guard = Guard.builder().detector(detector).build();
    analyzer = new StandardAnalyzer();
  }

  @TearDown
  public void tearDown() {
    analyzer.close();
  }

  @Benchmark
  public InjectionAssessment detect() {
    return detector.assess(context);
  }

  @Benchmark
  public Verdict guardCheck() {
    return guard.check(Input.user(principal, text));
  }

  @Benchmark
  public void baselineLowercaseTokenize(Blackhole bh) {
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      int n = 0;
      while (ts.incrementToken()) {
        n += term.length();
      }
      ts.end();
      bh.consume(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
