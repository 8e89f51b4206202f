package dev.aisec.privacy.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyBudgetLedgerTest {
  @TempDir
  Path dir;

  @Test
  void spendsUntilTheBudgetRefusesAndNothingIsSpentOnRefusal() {
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(dir.resolve("l.jsonl"));
    l.init("ds", Budget.of(1.0, 1e-5));
    l.spend("ds", null, Budget.of(0.3), "a");
    l.spend("ds", null, Budget.of(0.3, 1e-6), "b");
    PrivacyBudgetExceededException e = assertThrows(PrivacyBudgetExceededException.class,
        () -> l.spend("ds", null, Budget.of(0.5), "c"));
    assertEquals(0, new BigDecimal("0.4").compareTo(e.remaining().epsilon()));
    PrivacyBudgetLedger.Status s = l.status("ds");
    assertEquals(0, new BigDecimal("0.6").compareTo(s.spent().epsilon()));
    assertEquals(0, new BigDecimal("0.4").compareTo(s.remaining().epsilon()));
    assertEquals(3, s.records());
    // delta is a budget too
    assertThrows(PrivacyBudgetExceededException.class, () -> l.spend("ds", null, Budget.of(0.1, 1e-5), "d"));
    // exact decimals: ten spends of 0.04 fill 0.4 exactly
    for (int i = 0; i < 10; i++) {
      l.spend("ds", null, Budget.of(0.04), "x" + i);
    }
    assertEquals(0, l.status("ds").remaining().epsilon().signum());
    assertTrue(l.verify().valid());
  }

  @Test
  void amountsWithAbsurdDigitCountsAreRefusedAndCannotPoisonTheLedger() {
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(dir.resolve("digits.jsonl"));
    l.init("ds", Budget.parse("1", "0.00001"));
    // 1e-999999999 used to be journaled; every later sum then failed (BigInteger overflow) or ran out of memory
    for (String eps : new String[] {"1e-999999999", "1e999999999", "1e-1001", "1e1001"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Budget.parse(eps, "0"), eps);
      assertTrue(e.getMessage().contains("digits"), e.getMessage());
    }
    assertEquals(0, Budget.parse("1e-300", "0").epsilon().compareTo(new java.math.BigDecimal("1e-300")));
    Budget.of(Double.MIN_VALUE, Double.MIN_VALUE);
    l.spend("ds", null, Budget.parse("0.5", "0"), "ok");
    PrivacyBudgetLedger.Status s = l.status("ds");
    assertEquals(0, s.remaining().epsilon().compareTo(new java.math.BigDecimal("0.5")));
    assertTrue(l.verify().valid());
  }

  @Test
  void grantsExactlyWhatFitsForAnySequenceOfSpends() {
    AtomicLong n = new AtomicLong();
    qt().withExamples(25).forAll(integers().between(1, 300), lists().of(integers().between(1, 120)).ofSizeBetween(1, 8))
        .checkAssert((totalCents, spends) -> {
          PrivacyBudgetLedger l = PrivacyBudgetLedger.open(dir.resolve("p" + n.incrementAndGet() + ".jsonl"));
          l.init("d", new Budget(BigDecimal.valueOf(totalCents, 2), BigDecimal.ZERO));
          long used = 0;
          for (int c : spends) {
            boolean fits = used + c <= totalCents;
            try {
              l.spend("d", null, new Budget(BigDecimal.valueOf(c, 2), BigDecimal.ZERO), null);
              assertTrue(fits, "granted a spend that does not fit");
              used += c;
            } catch (PrivacyBudgetExceededException e) {
              assertFalse(fits, "refused a spend that fits");
              assertEquals(0, BigDecimal.valueOf(totalCents - used, 2).compareTo(e.remaining().epsilon()));
            }
          }
          assertEquals(0, BigDecimal.valueOf(used, 2).compareTo(l.status("d").spent().epsilon()));
          assertTrue(l.verify().valid());
        });
  }

  @Test
  void aReservationCopyNamingAnotherPrincipalOrAmountCannotMoveTheCharge() {
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(dir.resolve("forge.jsonl"));
    l.init("ds", Budget.of(2.0));
    l.initPrincipal("ds", "alice", Budget.of(1.0));
    l.initPrincipal("ds", "bob", Budget.of(1.0));
    PrivacyBudgetLedger.Reservation r = l.reserve("ds", "alice", Budget.of(0.4), "q");
    PrivacyBudgetLedger.Reservation forged = new PrivacyBudgetLedger.Reservation(r.id(), "ds", "bob", r.amount(),
        r.seq());
    assertThrows(IllegalStateException.class, () -> l.commit(forged));
    PrivacyBudgetLedger.Reservation smaller = new PrivacyBudgetLedger.Reservation(r.id(), "ds", "alice",
        Budget.of(0.1), r.seq());
    l.commit(smaller); // the journal's amount is charged, not the copy's
    assertEquals(0, new BigDecimal("0.4").compareTo(l.status("ds", "alice").spent().epsilon()));
    assertEquals(0, l.status("ds", "bob").spent().epsilon().signum());
    assertEquals(0, l.status("ds", "alice").reserved().epsilon().signum());
    assertTrue(l.verify().valid());
  }

  @Test
  void aPrincipalNameThatIsNotValidUnicodeCannotEscapeItsBudget() {
    // a lone surrogate is written to the journal as '?' in UTF-8: the replayed principal was then "a?", the caller's
    // "a\uD800" had no budget of its own any more, and a second initPrincipal reset the spent budget to zero
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(dir.resolve("surrogate.jsonl"));
    l.init("ds", Budget.of(10.0));
    String odd = "a\uD800";
    try {
      l.initPrincipal("ds", odd, Budget.of(0.5));
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().contains("principal"), e.getMessage());
      return; // refused up front: fine
    }
    l.spend("ds", odd, Budget.of(0.5), "q");
    assertThrows(PrivacyBudgetExceededException.class, () -> l.spend("ds", odd, Budget.of(0.5), "q2"));
  }

  @Test
  void reserveCommitRefundAndPrincipalBudgets() {
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(dir.resolve("l.jsonl"));
    l.init("ds", Budget.of(2.0));
    l.initPrincipal("ds", "alice", Budget.of(0.5));
    PrivacyBudgetLedger.Reservation r = l.reserve("ds", "alice", Budget.of(0.4), "query");
    assertThrows(PrivacyBudgetExceededException.class, () -> l.reserve("ds", "alice", Budget.of(0.2), "q2"));
    assertEquals(0, new BigDecimal("0.4").compareTo(l.status("ds").reserved().epsilon()));
    l.refund(r);
    assertEquals(0, l.status("ds").reserved().epsilon().signum());
    PrivacyBudgetLedger.Reservation r2 = l.reserve("ds", "alice", Budget.of(0.5), "q3");
    l.commit(r2);
    assertThrows(IllegalStateException.class, () -> l.commit(r2));
    assertEquals(0, new BigDecimal("0.5").compareTo(l.status("ds", "alice").spent().epsilon()));
    assertThrows(PrivacyBudgetExceededException.class, () -> l.spend("ds", "alice", Budget.of(0.01), "x"));
    // bob has no budget of his own and there is no default: refused, nothing spent (he used to spend uncapped)
    assertThrows(PrivacyBudgetExceededException.class, () -> l.spend("ds", "bob", Budget.of(1.0), "no own cap"));
    assertThrows(PrivacyBudgetExceededException.class, () -> l.spend("ds", null, Budget.of(0.1), "no principal"));
    assertEquals(0, new BigDecimal("1.5").compareTo(l.status("ds").remaining().epsilon()));
    assertThrows(IllegalStateException.class, () -> l.init("ds", Budget.of(1)));
    assertThrows(IllegalArgumentException.class, () -> l.spend("nope", null, Budget.of(0.1), "x"));
    assertThrows(IllegalArgumentException.class, () -> Budget.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Budget.of(-1));
  }

  @Test
  void oncePrincipalBudgetsExistEveryPrincipalIsCapped() {
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(dir.resolve("caps.jsonl"));
    l.init("ds", Budget.of(10.0));
    // without per-principal budgets principals are labels, bounded by the dataset total
    l.spend("ds", "early", Budget.of(0.8), "before caps");
    l.initPrincipal("ds", "alice", Budget.of(1.0));
    // a principal without its own budget and without a default gets nothing; neither does an anonymous spend
    PrivacyBudgetExceededException e = assertThrows(PrivacyBudgetExceededException.class,
        () -> l.spend("ds", "mallory", Budget.of(0.1), "x"));
    assertEquals(0, e.remaining().epsilon().signum());
    assertTrue(e.getMessage().contains("no budget declared"), e.getMessage());
    assertThrows(PrivacyBudgetExceededException.class, () -> l.reserve("ds", "mallory", Budget.of(0.1), "x"));
    assertThrows(PrivacyBudgetExceededException.class, () -> l.spend("ds", null, Budget.of(0.1), "x"));
    // a default per-principal budget: every other principal gets its own cap of that size
    l.initPrincipal("ds", PrivacyBudgetLedger.EVERY_PRINCIPAL, Budget.of(0.5));
    assertThrows(IllegalStateException.class,
        () -> l.initPrincipal("ds", PrivacyBudgetLedger.EVERY_PRINCIPAL, Budget.of(5)));
    l.spend("ds", "mallory", Budget.of(0.5), "x");
    assertThrows(PrivacyBudgetExceededException.class, () -> l.spend("ds", "mallory", Budget.of(0.01), "x"));
    l.spend("ds", "trudy", Budget.of(0.5), "y"); // separately
    assertEquals(0, new BigDecimal("0.5").compareTo(l.status("ds", "trudy").total().epsilon()));
    // what a principal spent before the caps still counts against them
    assertThrows(PrivacyBudgetExceededException.class, () -> l.spend("ds", "early", Budget.of(0.01), "x"));
    l.initPrincipal("ds", "early", Budget.of(1.0));
    assertEquals(0, new BigDecimal("0.2").compareTo(l.status("ds", "early").remaining().epsilon()));
    assertThrows(PrivacyBudgetExceededException.class, () -> l.spend("ds", "early", Budget.of(0.3), "x"));
    l.spend("ds", "alice", Budget.of(1.0), "a");
    assertThrows(IllegalArgumentException.class,
        () -> l.spend("ds", PrivacyBudgetLedger.EVERY_PRINCIPAL, Budget.of(0.1), "x"));
    assertTrue(l.verify().valid());
  }

  @Test
  void aProblemNeverCarriesControlCharactersFromTheJournal() throws IOException {
    // 'aisec dp ledger verify' prints the problem to stderr: a forged record (here forged with the key itself) with an
    // escaped terminal control sequence in its op must not come out decoded
    Path f = dir.resolve("ctl.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("ds", Budget.of(1.0));
    LedgerKey key = LedgerKey.fromFile(PrivacyBudgetLedger.defaultKeyFile(f.toRealPath()));
    String prev = Files.readAllLines(f).get(0);
    String prevMac = prev.substring(prev.lastIndexOf("\"mac\":\"") + 7, prev.length() - 2);
    String body = "{\"seq\":2,\"prev\":\"" + prevMac + "\",\"op\":\"\\u001b]0;owned\\u0007\",\"dataset\":\"ds\","
        + "\"epsilon\":\"0\",\"delta\":\"0\"}";
    String line = body.substring(0, body.length() - 1) + ",\"mac\":\"" + key.mac(prevMac, body) + "\"}\n";
    Files.write(f, line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    PrivacyBudgetLedger.Verification v = l.verify();
    assertFalse(v.valid());
    assertTrue(v.problem().contains("unknown op"), v.problem());
    assertTrue(v.problem().chars().allMatch(c -> c >= 0x20 && c != 0x7f), v.problem());
  }

  @Test
  void tamperingIsDetectedAndRefusesFurtherSpends() throws IOException {
    Path f = dir.resolve("l.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("ds", Budget.of(1.0));
    l.spend("ds", null, Budget.of(0.9), "big");
    String text = Files.readString(f).replace("\"epsilon\":\"0.9\"", "\"epsilon\":\"0.1\"");
    Files.writeString(f, text);
    PrivacyBudgetLedger.Verification v = l.verify();
    assertFalse(v.valid());
    assertThrows(LedgerException.class, () -> l.spend("ds", null, Budget.of(0.5), "x"));
    // deleting a record also breaks the chain
    PrivacyBudgetLedger l2 = PrivacyBudgetLedger.open(dir.resolve("l2.jsonl"));
    l2.init("ds", Budget.of(1.0));
    l2.spend("ds", null, Budget.of(0.2), "a");
    l2.spend("ds", null, Budget.of(0.2), "b");
    List<String> lines = Files.readAllLines(l2.file());
    Files.write(l2.file(), List.of(lines.get(0), lines.get(2)));
    assertFalse(l2.verify().valid());
  }

  @Test
  void tornLastRecordIsIgnoredAndRepaired() throws IOException {
    Path f = dir.resolve("l.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("ds", Budget.of(1.0));
    l.spend("ds", null, Budget.of(0.25), "a");
    Files.write(f, "{\"seq\":3,\"prev\":\"abc".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    PrivacyBudgetLedger.Verification v = l.verify();
    assertTrue(v.valid());
    assertTrue(v.tornTail());
    assertEquals(2, v.records());
    l.spend("ds", null, Budget.of(0.25), "b");
    v = l.verify();
    assertTrue(v.valid());
    assertFalse(v.tornTail());
    assertEquals(3, v.records());
    assertEquals(0, new BigDecimal("0.5").compareTo(l.status("ds").spent().epsilon()));
  }

  @Test
  void sixteenThreadsNeverOverspend() throws Exception {
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(dir.resolve("l.jsonl"));
    l.init("shared", Budget.of(1.0));
    AtomicInteger granted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      PrivacyBudgetLedger mine = PrivacyBudgetLedger.open(dir.resolve("l.jsonl"));
      fs.add(pool.submit(() -> {
        for (int i = 0; i < 10; i++) {
          try {
            mine.spend("shared", null, Budget.of(0.03), "t");
            granted.incrementAndGet();
          } catch (PrivacyBudgetExceededException e) {
            return;
          }
        }
      }));
    }
    for (Future<?> f : fs) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(33, granted.get()); // floor(1.0 / 0.03)
    assertEquals(0, new BigDecimal("0.99").compareTo(l.status("shared").spent().epsilon()));
    assertTrue(l.verify().valid());
  }

  private static Process worker(Path file, String eps, long max, String... barrier) throws IOException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), LedgerWorker.class.getName(), file.toString(), eps,
        Long.toString(max)));
    cmd.addAll(List.of(barrier));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  @Test
  void eightProcessesNeverOverspend() throws Exception {
    Path f = dir.resolve("l.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("shared", Budget.of(1.0));
    List<Process> ps = new ArrayList<>();
    Path go = dir.resolve("go");
    for (int i = 0; i < 8; i++) {
      ps.add(worker(f, "0.07", 100, go.toString()));
    }
    Thread.sleep(300); // let the JVMs start and wait at the barrier
    Files.createFile(go);
    int granted = 0;
    for (Process p : ps) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("GRANTED")) {
            granted++;
          }
        }
      }
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue());
    }
    assertEquals(14, granted); // floor(1.0 / 0.07)
    assertEquals(0, new BigDecimal("0.98").compareTo(l.status("shared").spent().epsilon()));
    assertTrue(l.verify().valid());
  }

  @Test
  void processKilledDuringSpendsLeavesAVerifyingLedgerWithEveryGrant() throws Exception {
    Path f = dir.resolve("l.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("shared", Budget.of(1_000_000));
    Process p = worker(f, "0.001", 1_000_000);
    long lastGranted = 0;
    int grants = 0;
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("GRANTED")) {
        lastGranted = Long.parseLong(line.substring(8).trim());
        if (++grants == 40) {
          break;
        }
      }
    }
    p.destroyForcibly();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    r.close();
    PrivacyBudgetLedger.Verification v = l.verify();
    assertTrue(v.valid(), v.problem());
    assertTrue(v.records() >= lastGranted, "granted record " + lastGranted + " lost; ledger has " + v.records());
    // the ledger stays usable
    l.spend("shared", null, Budget.of(1), "after crash");
    assertTrue(l.verify().valid());
  }
}
