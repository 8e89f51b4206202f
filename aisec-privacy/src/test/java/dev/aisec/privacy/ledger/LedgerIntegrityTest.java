package dev.aisec.privacy.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's MAC chain: history cannot be rewritten without the key; key handling fails closed. */
class LedgerIntegrityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /**
   * Rewrites every record of the file (epsilon of spends lowered) and recomputes the chain the way the record says:
   * the unkeyed SHA-256 chain of the old format, or an HMAC chain under a key of the attacker's own.
   */
  private static void rewriteHistory(Path f, LedgerKey forgeKey) throws IOException {
    List<String> out = new ArrayList<>();
    String prev = "0".repeat(64);
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      ObjectNode n = (ObjectNode) JSON.readTree(line);
      n.remove("mac");
      n.remove("hash");
      n.put("prev", prev);
      if ("spend".equals(n.path("op").asText())) {
        n.put("epsilon", "0.01");
      }
      String text = JSON.writeValueAsString(n);
      String mac = forgeKey == null ? PrivacyBudgetLedger.sha256(prev, text) : forgeKey.mac(prev, text);
      out.add(text.substring(0, text.length() - 1) + (forgeKey == null ? ",\"hash\":\"" : ",\"mac\":\"") + mac
          + "\"}");
      prev = mac;
    }
    Files.write(f, out, StandardCharsets.UTF_8);
  }

  @Test
  void historyRewrittenWithARecomputedChainIsDetected() throws IOException {
    for (LedgerKey forge : new LedgerKey[] {null, LedgerKey.of("attacker's own key 0123456789".getBytes())}) {
      Path f = dir.resolve("rewrite" + (forge == null ? "0" : "1") + ".jsonl");
      PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
      l.init("ds", Budget.of(1.0));
      l.spend("ds", null, Budget.of(0.9), "big");
      rewriteHistory(f, forge);
      PrivacyBudgetLedger.Verification v = l.verify();
      assertFalse(v.valid(), "a rewritten history verified");
      assertThrows(LedgerException.class, () -> l.spend("ds", null, Budget.of(0.5), "x"));
      assertThrows(LedgerException.class, () -> l.status("ds"));
    }
    // the same rewrite under the real key (the test forges correctly) is caught only by the head file, which names
    // the last record's MAC; without it, it verifies: the key is what protects the history
    Path f = dir.resolve("withkey.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("ds", Budget.of(1.0));
    l.spend("ds", null, Budget.of(0.9), "big");
    rewriteHistory(f, LedgerKey.fromFile(PrivacyBudgetLedger.defaultKeyFile(f.toRealPath())));
    assertFalse(l.verify().valid());
    Files.delete(PrivacyBudgetLedger.headFile(f.toRealPath()));
    assertTrue(l.verify().valid(), l.verify().problem());
  }

  @Test
  void removingTheNewestRecordsIsDetectedThroughTheHeadFile() throws IOException {
    Path f = dir.resolve("trunc.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("ds", Budget.of(1.0));
    l.spend("ds", null, Budget.of(0.4), "a");
    l.spend("ds", null, Budget.of(0.5), "b");
    List<String> lines = Files.readAllLines(f);
    // the last spend cut off: a valid, shorter MAC chain that would give 0.5 back
    Files.write(f, lines.subList(0, 2));
    PrivacyBudgetLedger.Verification v = l.verify();
    assertFalse(v.valid());
    assertTrue(v.problem().contains("removed"), v.problem());
    assertThrows(LedgerTamperedException.class, () -> l.spend("ds", null, Budget.of(0.5), "again"));
    // emptied: the dataset would be gone, and a fresh init would reset the budget
    Files.write(f, new byte[0]);
    assertThrows(LedgerTamperedException.class, () -> l.init("ds", Budget.of(1.0)));
    // restored deliberately from an older copy: deleting the head file accepts it
    Files.write(f, lines.subList(0, 2));
    Files.delete(PrivacyBudgetLedger.headFile(f.toRealPath()));
    assertTrue(l.verify().valid());
    l.spend("ds", null, Budget.of(0.1), "after restore");
    assertTrue(l.verify().valid());
  }

  @Test
  void aMacMismatchIsATypedErrorThatRefusesSpends() throws IOException {
    Path f = dir.resolve("l.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("ds", Budget.of(1.0));
    l.spend("ds", null, Budget.of(0.9), "big");
    Files.writeString(f, Files.readString(f).replace("\"epsilon\":\"0.9\"", "\"epsilon\":\"0.1\""));
    LedgerTamperedException e = assertThrows(LedgerTamperedException.class,
        () -> l.spend("ds", null, Budget.of(0.5), "x"));
    assertTrue(e.getMessage().contains("record 2"), e.getMessage());
  }

  @Test
  void theKeyFileIsOwnerOnlyAndNeverPrinted() throws IOException {
    Path f = dir.resolve("k.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("ds", Budget.of(1.0));
    Path keyFile = PrivacyBudgetLedger.defaultKeyFile(f.toRealPath());
    assertTrue(Files.exists(keyFile));
    String keyText = Files.readString(keyFile).trim();
    assertEquals(64, keyText.length());
    PosixFileAttributeView view = Files.getFileAttributeView(keyFile, PosixFileAttributeView.class);
    Assumptions.assumeTrue(view != null, "no POSIX permissions on this file system");
    assertEquals("rw-------", PosixFilePermissions.toString(view.readAttributes().permissions()));
    for (String line : Files.readAllLines(f)) {
      assertFalse(line.contains(keyText));
    }
    LedgerKey k = LedgerKey.fromFile(keyFile);
    assertFalse(k.toString().contains(keyText));
    // a key file others may read is refused, and so is the ledger it keys
    view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
    LedgerKeyException e = assertThrows(LedgerKeyException.class, () -> l.spend("ds", null, Budget.of(0.1), "x"));
    assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    assertFalse(e.getMessage().contains(keyText));
    view.setPermissions(PosixFilePermissions.fromString("rw-------"));
    l.spend("ds", null, Budget.of(0.1), "x");
  }

  @Test
  void theLedgerFileIsCreatedOwnerOnly() throws IOException {
    Path f = dir.resolve("sub").resolve("p.jsonl");
    PrivacyBudgetLedger.open(f).init("ds", Budget.of(1.0));
    PosixFileAttributeView view = Files.getFileAttributeView(f, PosixFileAttributeView.class);
    Assumptions.assumeTrue(view != null, "no POSIX permissions on this file system");
    // the ledger used to get the default permissions (rw-r--r-- under umask 022): readable by every local user
    assertEquals("rw-------", PosixFilePermissions.toString(view.readAttributes().permissions()));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
        PrivacyBudgetLedger.headFile(f.toRealPath()))));
  }

  @Test
  void aKeyFileOwnedByAnotherUserIsRefused() throws IOException {
    Path f = dir.resolve("o.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("ds", Budget.of(1.0));
    Path keyFile = PrivacyBudgetLedger.defaultKeyFile(f.toRealPath());
    Assumptions.assumeTrue(Files.getFileAttributeView(keyFile, PosixFileAttributeView.class) != null,
        "no POSIX permissions on this file system");
    String keyText = Files.readString(keyFile).trim();
    Object myUid = Files.getAttribute(keyFile, "unix:uid");
    if (Integer.valueOf(0).equals(myUid)) {
      // root can hand the file to another user; rw------- stays, so only the owner check can refuse it
      Files.setAttribute(keyFile, "unix:uid", 65534);
      LedgerKeyException e = assertThrows(LedgerKeyException.class, () -> l.spend("ds", null, Budget.of(0.1), "x"));
      assertTrue(e.getMessage().contains(keyFile.toString()) && e.getMessage().contains("owned by"), e.getMessage());
      assertFalse(e.getMessage().contains(keyText));
      assertThrows(LedgerKeyException.class, () -> LedgerKey.fromFile(keyFile));
      Files.setAttribute(keyFile, "unix:uid", 0);
      l.spend("ds", null, Budget.of(0.1), "x");
    } else {
      // not root: a root-owned file stands in for another user's key file
      Path rootOwned = Path.of("/etc/passwd");
      Assumptions.assumeTrue(Files.exists(rootOwned) && Integer.valueOf(0).equals(Files.getAttribute(rootOwned,
          "unix:uid")), "no root-owned /etc/passwd");
      LedgerKeyException e = assertThrows(LedgerKeyException.class, () -> LedgerKey.fromFile(rootOwned));
      assertTrue(e.getMessage().contains("owned by"), e.getMessage());
    }
  }

  @Test
  void aMissingKeyFileOrAnotherKeyFailsClosed() throws IOException {
    Path f = dir.resolve("m.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("ds", Budget.of(1.0));
    l.spend("ds", null, Budget.of(0.2), "a");
    Path keyFile = PrivacyBudgetLedger.defaultKeyFile(f.toRealPath());
    byte[] key = Files.readAllBytes(keyFile);
    Files.delete(keyFile);
    // a deleted key is not silently replaced by a new one (which would then vouch for a rewritten file)
    LedgerKeyException e = assertThrows(LedgerKeyException.class, () -> l.spend("ds", null, Budget.of(0.1), "x"));
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
    assertThrows(LedgerKeyException.class, l::verify);
    assertFalse(Files.exists(keyFile), "no new key file was created for an existing ledger");
    // another key: refused, with the key ids (never the keys) named
    LedgerKey other = LedgerKey.of(new byte[32]);
    PrivacyBudgetLedger wrong = PrivacyBudgetLedger.open(f, other);
    PrivacyBudgetLedger.Verification v = wrong.verify();
    assertFalse(v.valid());
    assertTrue(v.problem().contains("another key"), v.problem());
    assertThrows(LedgerTamperedException.class, () -> wrong.spend("ds", null, Budget.of(0.1), "x"));
    // the right key, given directly, works
    PrivacyBudgetLedger right = PrivacyBudgetLedger.open(f, LedgerKey.of(new String(key, StandardCharsets.US_ASCII)
        .trim().getBytes(StandardCharsets.US_ASCII)));
    right.spend("ds", null, Budget.of(0.1), "x");
    assertTrue(right.verify().valid());
    assertThrows(IllegalArgumentException.class, () -> LedgerKey.of(new byte[15]));
  }

  @Test
  void aGivenKeyNeedsNoKeyFile() {
    LedgerKey k = LedgerKey.of(HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233"));
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(dir.resolve("given.jsonl"), k);
    l.init("ds", Budget.of(1.0));
    l.spend("ds", null, Budget.of(0.25), "a");
    assertTrue(l.verify().valid());
    assertFalse(Files.exists(dir.resolve("given.jsonl.key")));
    assertThrows(LedgerKeyException.class, () -> PrivacyBudgetLedger.open(dir.resolve("given.jsonl")).verify());
  }

  /** A ledger in the format before keys: one record per line with an unkeyed SHA-256 "hash" field. */
  private static void writeUnkeyed(Path f, String... bodies) throws IOException {
    StringBuilder sb = new StringBuilder();
    String prev = "0".repeat(64);
    long seq = 1;
    for (String b : bodies) {
      String text = "{\"seq\":" + seq++ + ",\"prev\":\"" + prev + "\"," + b + "}";
      String h = PrivacyBudgetLedger.sha256(prev, text);
      sb.append(text, 0, text.length() - 1).append(",\"hash\":\"").append(h).append("\"}\n");
      prev = h;
    }
    Files.writeString(f, sb.toString());
  }

  @Test
  void anUnkeyedLedgerGivesAClearMigrationErrorAndMigrates() throws IOException {
    Path f = dir.resolve("old.jsonl");
    writeUnkeyed(f, "\"op\":\"init\",\"dataset\":\"ds\",\"epsilon\":\"1.0\",\"delta\":\"0\",\"time\":\"t\"",
        "\"op\":\"spend\",\"dataset\":\"ds\",\"epsilon\":\"0.4\",\"delta\":\"0\",\"label\":\"q\",\"time\":\"t\"");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    LedgerException e = assertThrows(LedgerException.class, () -> l.spend("ds", null, Budget.of(0.1), "x"));
    assertTrue(e.getMessage().contains("unkeyed") && e.getMessage().contains("migrate"), e.getMessage());
    assertFalse(l.verify().valid());
    assertEquals(2, l.migrateUnkeyed());
    assertTrue(Files.exists(dir.resolve("old.jsonl.unkeyed-backup")));
    assertTrue(l.verify().valid(), l.verify().problem());
    assertEquals(0, new BigDecimal("0.4").compareTo(l.status("ds").spent().epsilon()));
    l.spend("ds", null, Budget.of(0.6), "y");
    assertThrows(PrivacyBudgetExceededException.class, () -> l.spend("ds", null, Budget.of(0.01), "z"));
    assertEquals(0, l.migrateUnkeyed()); // already keyed
    // nothing to migrate: refused, and no empty ledger or key file is left behind
    Path none = dir.resolve("none.jsonl");
    assertThrows(LedgerException.class, () -> PrivacyBudgetLedger.open(none).migrateUnkeyed());
    assertFalse(Files.exists(none));
    assertFalse(Files.exists(dir.resolve("none.jsonl.key")));
    // a broken unkeyed chain is not migrated
    Path g = dir.resolve("broken.jsonl");
    writeUnkeyed(g, "\"op\":\"init\",\"dataset\":\"ds\",\"epsilon\":\"1.0\",\"delta\":\"0\",\"time\":\"t\"");
    Files.writeString(g, Files.readString(g).replace("1.0", "9.0"));
    assertThrows(LedgerTamperedException.class, () -> PrivacyBudgetLedger.open(g).migrateUnkeyed());
  }
  @Test
  void aMigrationInterruptedAfterItsBackupCanBeRunAgain() throws IOException {
    // a crash after the backup was written and before the ledger was replaced leaves the unkeyed ledger and an
    // identical backup: running the migration again must finish it, not fail on the existing backup
    Path f = dir.resolve("again.jsonl");
    writeUnkeyed(f, "\"op\":\"init\",\"dataset\":\"ds\",\"epsilon\":\"1.0\",\"delta\":\"0\",\"time\":\"t\"",
        "\"op\":\"spend\",\"dataset\":\"ds\",\"epsilon\":\"0.4\",\"delta\":\"0\",\"time\":\"t\"");
    Path backup = dir.resolve("again.jsonl.unkeyed-backup");
    Files.copy(f, backup);
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    assertEquals(2, l.migrateUnkeyed());
    assertTrue(l.verify().valid(), l.verify().problem());
    assertEquals(0, new BigDecimal("0.4").compareTo(l.status("ds").spent().epsilon()));
    // a backup that is NOT the ledger's content is never overwritten: refused with a clear error
    Path g = dir.resolve("other.jsonl");
    writeUnkeyed(g, "\"op\":\"init\",\"dataset\":\"ds\",\"epsilon\":\"1.0\",\"delta\":\"0\",\"time\":\"t\"");
    Files.writeString(dir.resolve("other.jsonl.unkeyed-backup"), "something else\n");
    LedgerException e = assertThrows(LedgerException.class, () -> PrivacyBudgetLedger.open(g).migrateUnkeyed());
    assertTrue(e.getMessage().contains("unkeyed-backup"), e.getMessage());
    assertEquals("something else\n", Files.readString(dir.resolve("other.jsonl.unkeyed-backup")));
    assertTrue(Files.readString(g).contains("\"hash\""), "the unkeyed ledger is left as it was");
    // the migration replaces the ledger in one step: no temporary file is left beside it
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void aMalformedHeadFileIsRefusedWithItsRecovery() throws IOException {
    // a crash while the head file was replaced can leave it empty: refused (fail closed), and the message says how to
    // recover instead of leaving an unusable ledger
    Path f = dir.resolve("head.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f);
    l.init("ds", Budget.of(1.0));
    Files.writeString(PrivacyBudgetLedger.headFile(f.toRealPath()), "");
    LedgerTamperedException e = assertThrows(LedgerTamperedException.class,
        () -> l.spend("ds", null, Budget.of(0.1), "x"));
    assertTrue(e.getMessage().contains("delete"), e.getMessage());
    // verify() reports a corrupt file instead of throwing
    PrivacyBudgetLedger.Verification v = l.verify();
    assertFalse(v.valid());
    assertTrue(v.problem().contains("head file") && v.problem().contains("malformed"), v.problem());
    Files.delete(PrivacyBudgetLedger.headFile(f.toRealPath()));
    l.spend("ds", null, Budget.of(0.1), "x");
  }
}
