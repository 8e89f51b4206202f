package dev.aisec.privacy.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that waits for the ledger's file lock while another process migrates the ledger (which moves a new file
 * into place) must work on the new file, not on the replaced one it had opened.
 */
class LedgerMigrationRaceTest {
  private static final byte[] KEY = new byte[32];

  @TempDir
  Path dir;

  /** Child process: one spend on the ledger named by args[0]; exit 0 when granted, 3 with the error otherwise. */
  public static void main(String[] args) {
    try {
      PrivacyBudgetLedger.open(Path.of(args[0]), LedgerKey.of(KEY)).spend("ds", null, Budget.of(0.1), "child");
      System.out.println("granted");
      System.exit(0);
    } catch (RuntimeException e) {
      System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
      System.exit(3);
    }
  }

  @Test
  void aProcessWaitingThroughAMigrationWritesTheMigratedLedger() throws Exception {
    Path f = dir.resolve("l.jsonl");
    String prev = "0".repeat(64);
    String text = "{\"seq\":1,\"prev\":\"" + prev + "\",\"op\":\"init\",\"dataset\":\"ds\",\"epsilon\":\"1.0\","
        + "\"delta\":\"0\",\"time\":\"t\"}";
    String h = PrivacyBudgetLedger.sha256(prev, text);
    Files.writeString(f, text.substring(0, text.length() - 1) + ",\"hash\":\"" + h + "\"}\n");
    Path copy = dir.resolve("copy.jsonl");
    Files.copy(f, copy);
    Process child;
    // this test plays the migrating process: it holds the (unkeyed) ledger's file lock while the child waits for it
    try (FileChannel c = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = c.lock()) {
      String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      child = new ProcessBuilder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
          System.getProperty("java.class.path"), LedgerMigrationRaceTest.class.getName(), f.toString()))
          .redirectErrorStream(true).start();
      Thread.sleep(1500); // let the child open the old file and wait for its lock (if it is slower, it opens the new)
      PrivacyBudgetLedger.open(copy, LedgerKey.of(KEY)).migrateUnkeyed();
      Files.move(copy, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.move(dir.resolve("copy.jsonl.head"), dir.resolve("l.jsonl.head"), StandardCopyOption.REPLACE_EXISTING);
    }
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not finish");
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), out);
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f, LedgerKey.of(KEY));
    assertTrue(l.verify().valid(), l.verify().problem());
    assertEquals(0, new BigDecimal("0.1").compareTo(l.status("ds").spent().epsilon()));
  }
}
