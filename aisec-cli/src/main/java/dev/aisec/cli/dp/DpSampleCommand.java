package dev.aisec.cli.dp;

import dev.aisec.privacy.DiscreteGaussianMechanism;
import dev.aisec.privacy.DiscreteLaplaceMechanism;
import dev.aisec.privacy.GaussianMechanism;
import dev.aisec.privacy.LaplaceMechanism;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aisec dp sample}: N independent noisy releases of one value, one per line. A testing and demonstration tool
 * for the noise distributions: N releases of one value spend N times epsilon (their average reveals the value), and it
 * charges no budget ledger. Not for releasing private data.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = {"Print N independent noisy releases of VALUE, one number per line.",
        "TESTING TOOL, NO PRIVACY GUARANTEE: the N releases of one value together cost N x epsilon (their average"
            + " reveals VALUE), and no budget ledger is charged. Use it to inspect the noise, never to publish"
            + " private data (use 'aisec dp release' with --ledger, or the library's aggregators with a ledger, for"
            + " that)."})
public final class DpSampleCommand implements Callable<Integer> {

  @Option(names = "--mechanism", required = true,
      description = "laplace | gaussian | discrete-laplace | discrete-gaussian")
  String mechanism;

  @Option(names = "--epsilon", required = true, description = "privacy parameter epsilon")
  double epsilon;

  @Option(names = "--delta", description = "delta (required for gaussian and discrete-gaussian)")
  Double delta;

  @Option(names = "--sensitivity", required = true,
      description = "sensitivity (L1 for Laplace, L2 for Gaussian; an integer for the discrete mechanisms)")
  String sensitivity;

  @Option(names = "--value", required = true, description = "the true value (an integer for the discrete mechanisms)")
  String value;

  @Option(names = "--count", required = true,
      description = "number of independent releases (together they spend count x epsilon; nothing is charged)")
  long count;

  @Option(names = "--out", description = "output file (default stdout); written atomically")
  Path out;

  @Override
  public Integer call() {
    Release release;
    try {
      if (count < 0 || count > 100_000_000L) {
        throw new IllegalArgumentException("--count must be in [0, 100000000], was " + count);
      }
      release = build();
    } catch (IllegalArgumentException e) {
      System.err.println("aisec dp sample: " + e.getMessage());
      return 2;
    }
    try {
      if (out == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        write(release, w);
        w.flush();
      } else {
        Path abs = out.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), ".aisec-dp-", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          write(release, w);
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(tmp);
          throw e;
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      System.err.println("aisec dp sample: cannot write output: " + e.getMessage());
      return 2;
    }
    return 0;
  }

  private interface Release {
    String next();
  }

  private void write(Release r, Writer w) throws IOException {
    for (long i = 0; i < count; i++) {
      w.write(r.next());
      w.write('\n');
    }
  }

  private Release build() {
    switch (mechanism) {
      case "laplace": {
        double v = parseDouble("--value", value);
        LaplaceMechanism m = LaplaceMechanism.builder().epsilon(epsilon)
            .sensitivity(parseDouble("--sensitivity", sensitivity)).build();
        checkMagnitude(v, m.maxMagnitude()); // the library clamps; on the command line a huge --value is a usage error
        return () -> Double.toString(m.release(v));
      }
      case "gaussian": {
        requireDelta();
        double v = parseDouble("--value", value);
        GaussianMechanism m = GaussianMechanism.builder().epsilon(epsilon).delta(delta)
            .sensitivity(parseDouble("--sensitivity", sensitivity)).build();
        checkMagnitude(v, m.maxMagnitude());
        return () -> Double.toString(m.release(v));
      }
      case "discrete-laplace": {
        long v = parseLong("--value", value);
        DiscreteLaplaceMechanism m = DiscreteLaplaceMechanism.of(epsilon, parseLong("--sensitivity", sensitivity));
        return longs(() -> m.release(v));
      }
      case "discrete-gaussian": {
        requireDelta();
        long v = parseLong("--value", value);
        DiscreteGaussianMechanism m = DiscreteGaussianMechanism.of(epsilon, delta,
            parseLong("--sensitivity", sensitivity));
        return longs(() -> m.release(v));
      }
      default:
        throw new IllegalArgumentException("--mechanism must be one of laplace, gaussian, discrete-laplace,"
            + " discrete-gaussian; was '" + mechanism + "'");
    }
  }

  private static void checkMagnitude(double v, double max) {
    if (Math.abs(v) > max) {
      throw new IllegalArgumentException("--value magnitude too large for the noise grid: |value| must be <= " + max
          + " for this epsilon and sensitivity (the library would clamp it)");
    }
  }

  private static Release longs(LongSupplier s) {
    return () -> Long.toString(s.getAsLong());
  }

  private void requireDelta() {
    if (delta == null) {
      throw new IllegalArgumentException("--delta is required for --mechanism " + mechanism);
    }
  }

  static double parseDouble(String field, String text) {
    try {
      double d = Double.parseDouble(text.trim());
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(field + " must be finite, was " + text);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a number, was '" + text + "'");
    }
  }

  static long parseLong(String field, String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      // accept integral decimals such as "5.0"
      try {
        java.math.BigDecimal d = new java.math.BigDecimal(text.trim());
        return d.longValueExact();
      } catch (NumberFormatException | ArithmeticException e2) {
        throw new IllegalArgumentException(field + " must be an integer for this mechanism, was '" + text + "'");
      }
    }
  }
}
