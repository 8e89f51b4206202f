package dev.aisec.cli.demo;

import dev.aisec.privacy.aggregate.AggregationParams;
import dev.aisec.privacy.aggregate.BoundedMean;
import dev.aisec.privacy.aggregate.DpRelease;
import dev.aisec.privacy.ledger.Budget;
import dev.aisec.privacy.ledger.PrivacyBudgetExceededException;
import dev.aisec.privacy.ledger.PrivacyBudgetLedger;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Differential privacy tour: a budget ledger with epsilon = 1.0 for a built-in salary dataset; each release of the
 * mean salary spends epsilon = 0.3 from the ledger first, until the ledger refuses and nothing more is released.
 */
public final class PrivacyDemoSection implements DemoSection {

  @Override
  public String title() {
    return "Differential privacy: DP releases drawing from a durable budget ledger";
  }

  @Override
  public void run(PrintStream out) throws Exception {
    double[] salaries = new double[5000];
    for (int i = 0; i < salaries.length; i++) {
      salaries[i] = 30_000 + (i * 7919L % 90_000); // deterministic built-in sample
    }
    double trueMean = 0;
    for (double s : salaries) {
      trueMean += s;
    }
    trueMean /= salaries.length;
    Path dir = Files.createTempDirectory("aisec-demo-dp");
    try {
      PrivacyBudgetLedger ledger = PrivacyBudgetLedger.open(dir.resolve("budget.jsonl"));
      ledger.init("salaries", Budget.of(1.0));
      out.printf(Locale.ROOT, "  dataset 'salaries': %d rows, budget epsilon = 1.0 (true mean %.2f, never shown to"
          + " analysts)%n", salaries.length, trueMean);
      for (int q = 1; ; q++) {
        try {
          ledger.spend("salaries", "analyst", Budget.of(0.3), "mean salary #" + q);
        } catch (PrivacyBudgetExceededException e) {
          out.printf(Locale.ROOT, "  query %d: REFUSED by the ledger (remaining epsilon %s); nothing released%n", q,
              e.remaining().epsilon().toPlainString());
          break;
        }
        DpRelease r = new BoundedMean(AggregationParams.of(0.3, 0, 150_000)).addAll(salaries).release();
        out.printf(Locale.ROOT, "  query %d: mean salary = %.2f  95%% CI [%.2f, %.2f]  (spent 0.3, remaining %s)%n",
            q, r.value(), r.lower(), r.upper(),
            ledger.status("salaries").remaining().epsilon().toPlainString());
      }
      PrivacyBudgetLedger.Verification v = ledger.verify();
      out.printf(Locale.ROOT, "  ledger: %d MAC-chained records, verifies: %s%n", v.records(), v.valid());
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Runs this section alone. */
  public static void main(String[] args) throws Exception {
    new PrivacyDemoSection().run(System.out);
  }
}
