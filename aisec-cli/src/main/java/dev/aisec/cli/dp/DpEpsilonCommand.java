package dev.aisec.cli.dp;

import dev.aisec.privacy.accounting.PldAccountant;
import dev.aisec.privacy.accounting.RdpAccountant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aisec dp epsilon}: the epsilon of DP-SGD (Poisson-subsampled Gaussian) after T steps. */
@Command(name = "epsilon", mixinStandardHelpOptions = true,
    description = "Compute epsilon of the Poisson-subsampled Gaussian mechanism (DP-SGD); prints {\"epsilon\": ...}.")
public final class DpEpsilonCommand implements Callable<Integer> {

  @Option(names = "--mechanism", required = true, description = "subsampled-gaussian")
  String mechanism;

  @Option(names = "--noise-multiplier", required = true, description = "noise standard deviation / clipping norm")
  double noiseMultiplier;

  @Option(names = "--sampling-rate", required = true, description = "Poisson sampling rate q = batch / dataset size")
  double samplingRate;

  @Option(names = "--steps", required = true, description = "number of steps T")
  long steps;

  @Option(names = "--delta", required = true, description = "target delta")
  double delta;

  @Option(names = "--accountant", defaultValue = "rdp", description = "rdp (default) or pld")
  String accountant;

  @Override
  public Integer call() {
    double eps;
    try {
      if (!"subsampled-gaussian".equals(mechanism)) {
        throw new IllegalArgumentException("--mechanism must be subsampled-gaussian, was '" + mechanism + "'");
      }
      if (!(noiseMultiplier > 0) || Double.isInfinite(noiseMultiplier)) {
        throw new IllegalArgumentException("--noise-multiplier must be positive and finite, was " + noiseMultiplier);
      }
      if (!(samplingRate > 0 && samplingRate <= 1)) {
        throw new IllegalArgumentException("--sampling-rate must be in (0, 1], was " + samplingRate);
      }
      if (steps < 1) {
        throw new IllegalArgumentException("--steps must be >= 1, was " + steps);
      }
      if (!(delta > 0 && delta < 1)) {
        throw new IllegalArgumentException("--delta must be in (0, 1), was " + delta);
      }
      switch (accountant) {
        case "rdp":
          eps = RdpAccountant.dpSgdEpsilon(samplingRate, noiseMultiplier, steps, delta);
          break;
        case "pld":
          eps = PldAccountant.dpSgdEpsilon(samplingRate, noiseMultiplier, steps, delta);
          break;
        default:
          throw new IllegalArgumentException("--accountant must be rdp or pld, was '" + accountant + "'");
      }
      if (!Double.isFinite(eps)) {
        // JSON has no Infinity; and no finite guarantee is not a result to print as a number
        throw new IllegalArgumentException("no finite epsilon for these parameters (the noise is too small for "
            + "this many steps at delta " + delta + ")");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("aisec dp epsilon: " + e.getMessage());
      return 2;
    }
    System.out.println("{\"epsilon\": " + eps + "}");
    return 0;
  }
}
