package dev.aisec.prompt.internal;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.PromptRegistry;
import dev.aisec.api.text.TextView;
import dev.aisec.prompt.PromptInjectionDetector;

/**
 * Profiling tool (p20speed): user-input detects of {@code PromptBench}'s prompt of {@code size} characters in a loop
 * for {@code seconds}, to run under JFR and see where a detect spends its time (StageCost times the stages one by one).
 *
 * <pre>
 * java -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
 *     -XX:StartFlightRecording=filename=detect.jfr,settings=profile,jdk.ExecutionSample#period=2ms \
 *     -cp aisec-prompt/target/test-classes:aisec-cli/target/aisec.jar dev.aisec.prompt.internal.DetectLoop 1024 25
 * jfr print --events jdk.ExecutionSample --stack-depth 64 detect.jfr
 * </pre>
 *
 * <p>Not a unit test.
 */
public final class DetectLoop {

  private DetectLoop() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
    String s = StageCost.benchText(size);
    PromptInjectionDetector det = PromptInjectionDetector.standard();
    DetectionContext ctx = new DetectionContext(Input.user(Principal.of("bench", "user"), s), TextView.of(s),
        PromptRegistry.empty());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long calls = 0;
    long sink = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1000; i++) {
        sink += det.assess(ctx).findings().size();
      }
      calls += 1000;
    }
    System.out.println(calls + " detects (" + sink + " findings)");
  }
}
