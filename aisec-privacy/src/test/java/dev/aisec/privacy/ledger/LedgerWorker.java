package dev.aisec.privacy.ledger;

import java.nio.file.Path;

/**
 * Child-process entry point for the multi-process ledger tests: spends {@code epsilon} repeatedly from dataset
 * "shared" until refused (or {@code max} grants), printing "GRANTED seq" after each durable grant.
 */
public final class LedgerWorker {
  private LedgerWorker() {}

  public static void main(String[] args) {
    PrivacyBudgetLedger ledger = PrivacyBudgetLedger.open(Path.of(args[0]));
    Budget amount = Budget.parse(args[1], "0");
    long max = Long.parseLong(args[2]);
    for (long i = 0; i < max; i++) {
      try {
        long seq = ledger.spend("shared", null, amount, "worker");
        System.out.println("GRANTED " + seq);
        System.out.flush();
      } catch (PrivacyBudgetExceededException e) {
        System.out.println("REFUSED");
        System.out.flush();
        return;
      }
    }
  }
}
