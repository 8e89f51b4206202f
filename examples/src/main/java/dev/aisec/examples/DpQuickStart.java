package dev.aisec.examples;

import dev.aisec.privacy.LaplaceMechanism;
import dev.aisec.privacy.accounting.RdpAccountant;
import dev.aisec.privacy.aggregate.AggregationParams;
import dev.aisec.privacy.aggregate.BoundedMean;
import dev.aisec.privacy.aggregate.DpRelease;
import dev.aisec.privacy.ledger.Budget;
import dev.aisec.privacy.ledger.PrivacyBudgetExceededException;
import dev.aisec.privacy.ledger.PrivacyBudgetLedger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Differential privacy in a few lines: a durable budget per dataset, a DP mean charged to it, a noisy count, and the
 * epsilon of a DP-SGD training run. Run with {@code ./mvnw -q -B -DskipTests -pl examples -am package} then
 * {@code java -cp examples/target/aisec-examples.jar dev.aisec.examples.DpQuickStart} (with {@code -am}, exec:java would
 * first run in the parent project, where the class does not exist).
 */
public final class DpQuickStart {

  private DpQuickStart() {}

  public static void main(String[] args) throws Exception {
    double[] ages = {34, 45, 29, 61, 38, 52, 47, 33, 70, 41};

    // 1. one ledger file per deployment; a budget per dataset; every release is charged before it happens
    Path dir = Files.createTempDirectory("aisec-dp");
    PrivacyBudgetLedger ledger = PrivacyBudgetLedger.open(dir.resolve("budget.jsonl"));
    ledger.init("patients", Budget.of(1.0));
    try {
      ledger.spend("patients", "analyst-7", Budget.of(0.5), "mean age");
      DpRelease mean = new BoundedMean(AggregationParams.of(0.5, 0, 120)).addAll(ages).release();
      System.out.println("DP mean age: " + mean);
    } catch (PrivacyBudgetExceededException e) {
      System.out.println("refused: " + e.getMessage());
    }

    // 2. a single noisy count with the floating-point-safe Laplace mechanism
    LaplaceMechanism laplace = LaplaceMechanism.builder().epsilon(0.5).sensitivity(1).build();
    ledger.spend("patients", "analyst-7", Budget.of(0.5), "count");
    System.out.println("DP count: " + laplace.release(ages.length));
    System.out.println("remaining: " + ledger.status("patients").remaining());

    // 3. epsilon of DP-SGD: 60,000 examples, batch 256, noise multiplier 1.1, 60 epochs, delta 1e-5
    double eps = RdpAccountant.dpSgdEpsilon(256.0 / 60_000, 1.1, 60L * 60_000 / 256, 1e-5);
    System.out.printf("DP-SGD epsilon: %.3f%n", eps);
    System.out.println("ledger " + ledger.file() + " verifies: " + ledger.verify().valid());
  }
}
