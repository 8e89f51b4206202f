package dev.aisec.privacy.ledger;

import java.nio.file.Path;

/**
 * Child-process entry point for the multi-process ledger tests: spends {@code epsilon} repeatedly from dataset
 * "shared" until refused (or {@code max} grants), printing "GRANTED seq" after each durable grant. An optional fourth
 * argument names a file whose creation starts the spending (a barrier across processes).
 */
public final class LedgerWorker {
  private LedgerWorker() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 3) {
      // start barrier: wait until the parent creates the go file, so all workers spend at the same time
      Path go = Path.of(args[3]);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (!java.nio.file.Files.exists(go) && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
    }
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
