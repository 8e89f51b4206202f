package dev.aisec.privacy.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ledgers opened through different names of one file share one lock and never overspend together. */
class LedgerAliasTest {
  @TempDir
  Path dir;

  private void symlinkOrSkip(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links not available: " + e.getClass().getSimpleName());
    }
  }

  @Test
  void aliasesOpenedBeforeTheFileExistsShareOneLockAndNeverOverspend() throws Exception {
    // dir/real/ledger.jsonl, reached also as dir/link/ledger.jsonl (symlinked directory), as dir/alias.jsonl (a
    // symlink to a file that does not exist yet), and as dir/link/../real/ledger.jsonl, where '..' leaves the
    // symlink's target (dir/elsewhere/..), not dir: a lexical normalize() names another file
    Path real = Files.createDirectories(dir.resolve("real"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/inner"));
    Files.createDirectories(dir.resolve("elsewhere/real"));
    Path file = real.resolve("ledger.jsonl");
    symlinkOrSkip(dir.resolve("link"), real);
    symlinkOrSkip(dir.resolve("alias.jsonl"), file);
    symlinkOrSkip(dir.resolve("inner"), elsewhere);
    List<Path> names = List.of(file, dir.resolve("link/ledger.jsonl"), dir.resolve("alias.jsonl"),
        dir.resolve("link/../real/ledger.jsonl"), Path.of("").toAbsolutePath().relativize(file));
    List<PrivacyBudgetLedger> ledgers = new ArrayList<>();
    for (Path p : names) {
      ledgers.add(PrivacyBudgetLedger.open(p)); // all opened before the ledger file exists
    }
    ledgers.get(2).init("shared", Budget.of(1.0));
    int threads = 10;
    AtomicInteger granted = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      PrivacyBudgetLedger mine = ledgers.get(t % ledgers.size());
      fs.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < 20; i++) {
          try {
            mine.spend("shared", null, Budget.of(0.03), "t");
            granted.incrementAndGet();
          } catch (PrivacyBudgetExceededException e) {
            return null;
          } catch (RuntimeException e) {
            errors.incrementAndGet();
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : fs) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(0, errors.get(), "operations failed on an alias (two locks for one file)");
    assertEquals(33, granted.get()); // floor(1.0 / 0.03)
    assertEquals(0, new BigDecimal("0.99").compareTo(ledgers.get(0).status("shared").spent().epsilon()));
    for (PrivacyBudgetLedger l : ledgers) {
      assertTrue(l.verify().valid());
    }
  }

  @Test
  void dotDotIsResolvedThroughSymlinksNotLexically() throws Exception {
    Path target = Files.createDirectories(dir.resolve("t/sub"));
    Files.createDirectories(dir.resolve("t/real"));
    Files.createDirectories(dir.resolve("real"));
    symlinkOrSkip(dir.resolve("s"), target);
    // the OS reads dir/s/../real/l.jsonl as dir/t/real/l.jsonl; normalize() would say dir/real/l.jsonl
    PrivacyBudgetLedger viaLink = PrivacyBudgetLedger.open(dir.resolve("s/../real/l.jsonl"));
    viaLink.init("ds", Budget.of(1.0));
    assertTrue(Files.exists(dir.resolve("t/real/l.jsonl")), "ledger written where the OS resolves the path");
    assertTrue(!Files.exists(dir.resolve("real/l.jsonl")));
    PrivacyBudgetLedger direct = PrivacyBudgetLedger.open(dir.resolve("t/real/l.jsonl"));
    viaLink.spend("ds", null, Budget.of(0.6), "a");
    assertThrows(direct);
  }

  private static void assertThrows(PrivacyBudgetLedger direct) {
    org.junit.jupiter.api.Assertions.assertThrows(PrivacyBudgetExceededException.class,
        () -> direct.spend("ds", null, Budget.of(0.6), "b"));
  }
  @Test
  void hardLinkedNamesShareOneLock() throws Exception {
    // two hard links to one file have two real paths: a lock keyed on the path let two threads lock the same file,
    // and the JDK refused the second FileChannel.lock() with OverlappingFileLockException (not a LedgerException)
    Path a = dir.resolve("a.jsonl");
    LedgerKey key = LedgerKey.of(new byte[32]);
    PrivacyBudgetLedger la = PrivacyBudgetLedger.open(a, key);
    la.init("ds", Budget.of(1.0));
    Path b = dir.resolve("b.jsonl");
    try {
      Files.createLink(b, a);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("hard links not available: " + e.getClass().getSimpleName());
    }
    PrivacyBudgetLedger lb = PrivacyBudgetLedger.open(b, key);
    int threads = 4;
    int each = 25;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      PrivacyBudgetLedger l = t % 2 == 0 ? la : lb;
      fs.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < each; i++) {
          l.spend("ds", null, Budget.of(0.001), "q");
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : fs) {
      f.get(60, TimeUnit.SECONDS); // an OverlappingFileLockException surfaces here
    }
    pool.shutdown();
    assertEquals(0, new BigDecimal("0.100").compareTo(la.status("ds").spent().epsilon()));
    assertTrue(la.verify().valid(), la.verify().problem());
  }
}
