package dev.aisec.cli.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.cli.AisecCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DpCommandTest {
  @TempDir
  Path dir;

  private record Result(int code, String out, String err) {}

  private static synchronized Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = AisecCommand.run(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void sampleWritesNNumbers() throws Exception {
    for (String m : List.of("laplace", "gaussian", "discrete-laplace", "discrete-gaussian")) {
      Path f = dir.resolve(m + ".txt");
      Result r = run("dp", "sample", "--mechanism", m, "--epsilon", "1", "--delta", "1e-6", "--sensitivity", "1",
          "--value", "10", "--count", "1000", "--out", f.toString());
      assertEquals(0, r.code(), r.err());
      List<String> lines = Files.readAllLines(f);
      assertEquals(1000, lines.size());
      double mean = lines.stream().mapToDouble(Double::parseDouble).average().orElseThrow();
      assertEquals(10, mean, 1.5, m);
    }
    Result stdout = run("dp", "sample", "--mechanism", "laplace", "--epsilon", "1", "--sensitivity", "1", "--value",
        "3.5", "--count", "5");
    assertEquals(5, stdout.out().trim().split("\n").length);
  }

  @Test
  void sampleHelpSaysItIsATestingToolWithoutPrivacyGuarantee() {
    // N releases of one value spend N x epsilon and charge no ledger; the help used to present them as plain releases
    Result r = run("dp", "sample", "--help");
    assertEquals(0, r.code(), r.err());
    String help = r.out().replaceAll("\\s+", " ");
    assertTrue(help.contains("NO PRIVACY GUARANTEE"), help);
    assertTrue(help.contains("N x epsilon") && help.contains("no budget ledger is charged"), help);
  }

  @Test
  void sampleRejectsBadInput() {
    assertEquals(2, run("dp", "sample", "--mechanism", "cauchy", "--epsilon", "1", "--sensitivity", "1", "--value",
        "1", "--count", "1").code());
    assertEquals(2, run("dp", "sample", "--mechanism", "gaussian", "--epsilon", "1", "--sensitivity", "1", "--value",
        "1", "--count", "1").code());
    assertEquals(2, run("dp", "sample", "--mechanism", "laplace", "--epsilon", "0", "--sensitivity", "1", "--value",
        "1", "--count", "1").code());
    assertEquals(2, run("dp", "sample", "--mechanism", "discrete-laplace", "--epsilon", "1", "--sensitivity", "1",
        "--value", "1.5", "--count", "1").code());
    // the library clamps a value beyond the noise grid; on the command line it stays a usage error
    Result huge = run("dp", "sample", "--mechanism", "laplace", "--epsilon", "1", "--sensitivity", "1", "--value",
        "1e300", "--count", "1");
    assertEquals(2, huge.code());
    assertTrue(huge.err().contains("--value"), huge.err());
  }

  @Test
  void epsilonOfDpSgd() {
    Result r = run("dp", "epsilon", "--mechanism", "subsampled-gaussian", "--noise-multiplier", "1.1",
        "--sampling-rate", Double.toString(256.0 / 60000), "--steps", "14062", "--delta", "1e-5");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\"epsilon\": 2.59"), r.out());
    Result pld = run("dp", "epsilon", "--mechanism", "subsampled-gaussian", "--noise-multiplier", "1.1",
        "--sampling-rate", Double.toString(256.0 / 60000), "--steps", "14062", "--delta", "1e-5", "--accountant",
        "pld");
    assertEquals(0, pld.code(), pld.err());
    assertTrue(pld.out().startsWith("{\"epsilon\": 2.3"), pld.out());
  }

  @Test
  void ledgerLifecycle() throws Exception {
    String f = dir.resolve("ledger.jsonl").toString();
    assertEquals(2, run("dp", "ledger", "spend", "--file", f, "--epsilon", "0.1").code());
    assertEquals(0, run("dp", "ledger", "init", "--file", f, "--epsilon", "1", "--delta", "1e-5").code());
    assertEquals(2, run("dp", "ledger", "init", "--file", f, "--epsilon", "1").code());
    assertEquals(0, run("dp", "ledger", "spend", "--file", f, "--epsilon", "0.6", "--label", "q1").code());
    Result refused = run("dp", "ledger", "spend", "--file", f, "--epsilon", "0.6");
    assertEquals(3, refused.code());
    assertTrue(refused.err().contains("remaining"), refused.err());
    Result show = run("dp", "ledger", "show", "--file", f);
    assertEquals(0, show.code());
    assertTrue(show.out().contains("\"total\": 1") && show.out().contains("\"spent\": 0.6")
        && show.out().contains("\"remaining\": 0.4"), show.out());
    assertEquals(0, run("dp", "ledger", "verify", "--file", f).code());
    assertEquals(0, run("dp", "ledger", "init", "--file", f, "--principal", "bob", "--epsilon", "0.1").code());
    assertEquals(3, run("dp", "ledger", "spend", "--file", f, "--principal", "bob", "--epsilon", "0.2").code());
    assertEquals(0, run("dp", "ledger", "spend", "--file", f, "--principal", "bob", "--epsilon", "0.1").code());
    Result bob = run("dp", "ledger", "show", "--file", f, "--principal", "bob");
    assertTrue(bob.out().contains("\"principal\": \"bob\"") && bob.out().contains("\"remaining\": 0"), bob.out());
    Files.writeString(Path.of(f), Files.readString(Path.of(f)).replace("\"0.6\"", "\"0.2\""));
    assertEquals(1, run("dp", "ledger", "verify", "--file", f).code());
    assertEquals(2, run("dp", "ledger", "spend", "--file", f, "--epsilon", "0.1").code());
  }

  @Test
  void ledgerKeyFilesFailClosedAndAreNeverPrinted() throws Exception {
    String f = dir.resolve("keyed.jsonl").toString();
    assertEquals(0, run("dp", "ledger", "init", "--file", f, "--epsilon", "1").code());
    Path keyFile = dir.resolve("keyed.jsonl.key");
    assertTrue(Files.exists(keyFile), "init creates the key file beside the ledger");
    String key = Files.readString(keyFile).trim();
    assertEquals(0, run("dp", "ledger", "spend", "--file", f, "--epsilon", "0.5").code());
    // rewriting history and recomputing the old unkeyed chain no longer verifies
    Files.writeString(Path.of(f), Files.readString(Path.of(f)).replace("\"0.5\"", "\"0.1\""));
    Result v = run("dp", "ledger", "verify", "--file", f);
    assertEquals(1, v.code());
    assertFalse(v.out().contains(key) || v.err().contains(key));
    // a missing key file: exit 2, named, key never printed
    String g = dir.resolve("g.jsonl").toString();
    assertEquals(0, run("dp", "ledger", "init", "--file", g, "--epsilon", "1").code());
    Path gKey = dir.resolve("g.jsonl.key");
    String gk = Files.readString(gKey).trim();
    Path moved = dir.resolve("elsewhere.key");
    Files.move(gKey, moved);
    Result missing = run("dp", "ledger", "spend", "--file", g, "--epsilon", "0.1");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("key file") && missing.err().contains("missing"), missing.err());
    Result given = run("dp", "ledger", "spend", "--file", g, "--epsilon", "0.1", "--key-file", moved.toString());
    assertEquals(0, given.code(), given.err());
    assertFalse(given.out().contains(gk) || given.err().contains(gk));
    // --key-file for a new ledger creates it there
    String h = dir.resolve("h.jsonl").toString();
    Path hKey = dir.resolve("keys/h.key");
    assertEquals(0, run("dp", "ledger", "init", "--file", h, "--epsilon", "1", "--key-file", hKey.toString()).code());
    assertTrue(Files.exists(hKey));
    assertEquals(2, run("dp", "ledger", "show", "--file", h).code(), "the default key file is not the one used");
    assertEquals(0, run("dp", "ledger", "verify", "--file", h, "--key-file", hKey.toString()).code());
  }

  /** A ledger in the format before keys: one record per line with an unkeyed SHA-256 "hash" field. */
  private static void writeUnkeyed(Path f, String... bodies) throws Exception {
    StringBuilder sb = new StringBuilder();
    String prev = "0".repeat(64);
    long seq = 1;
    for (String b : bodies) {
      String text = "{\"seq\":" + seq++ + ",\"prev\":\"" + prev + "\"," + b + "}";
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      md.update(prev.getBytes(StandardCharsets.US_ASCII));
      md.update((byte) '\n');
      md.update(text.getBytes(StandardCharsets.UTF_8));
      String h = java.util.HexFormat.of().formatHex(md.digest());
      sb.append(text, 0, text.length() - 1).append(",\"hash\":\"").append(h).append("\"}\n");
      prev = h;
    }
    Files.writeString(f, sb.toString());
  }

  @Test
  void migrateUsesOnlyAnExistingKeyFileUnlessAskedToCreateOne() throws Exception {
    Path f = dir.resolve("old.jsonl");
    writeUnkeyed(f, "\"op\":\"init\",\"dataset\":\"default\",\"epsilon\":\"1.0\",\"delta\":\"0\",\"time\":\"t\"",
        "\"op\":\"spend\",\"dataset\":\"default\",\"epsilon\":\"0.4\",\"delta\":\"0\",\"time\":\"t\"");
    String before = Files.readString(f);
    // a mistyped --key-file used to be created as a new key, and the ledger rewritten under it
    Path typo = dir.resolve("ledger.kye");
    Result r = run("dp", "ledger", "migrate", "--file", f.toString(), "--key-file", typo.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(typo.toString()) && r.err().contains("--create-key"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(typo), "no stray key file");
    assertEquals(before, Files.readString(f), "the ledger is untouched");
    assertFalse(Files.exists(dir.resolve("old.jsonl.unkeyed-backup")));
    assertEquals("", r.out());
    // the default key file beside the ledger is not created silently either
    Result d = run("dp", "ledger", "migrate", "--file", f.toString());
    assertEquals(2, d.code(), d.out() + d.err());
    assertFalse(Files.exists(dir.resolve("old.jsonl.key")));
    // nothing to migrate: no key file is left behind even with --create-key
    Path none = dir.resolve("none.jsonl");
    Path noneKey = dir.resolve("none.key");
    assertEquals(2, run("dp", "ledger", "migrate", "--file", none.toString(), "--key-file", noneKey.toString(),
        "--create-key").code());
    assertFalse(Files.exists(noneKey) || Files.exists(none));
    // an existing key file is used
    Path kept = dir.resolve("kept.key");
    assertEquals(0, run("dp", "ledger", "init", "--file", dir.resolve("other.jsonl").toString(), "--epsilon", "1",
        "--key-file", kept.toString()).code());
    Path f2 = dir.resolve("old2.jsonl");
    Files.writeString(f2, before);
    Result ok = run("dp", "ledger", "migrate", "--file", f2.toString(), "--key-file", kept.toString());
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().contains("\"migrated\": 2"), ok.out());
    assertEquals(0, run("dp", "ledger", "verify", "--file", f2.toString(), "--key-file", kept.toString()).code());
    // --create-key asks for a new key explicitly (the former behaviour)
    Result created = run("dp", "ledger", "migrate", "--file", f.toString(), "--create-key");
    assertEquals(0, created.code(), created.err());
    assertTrue(Files.exists(dir.resolve("old.jsonl.key")));
    assertEquals(0, run("dp", "ledger", "show", "--file", f.toString()).code());
    assertTrue(run("dp", "ledger", "migrate", "--help").out().contains("--create-key"));
  }

  @Test
  void epsilonNeverPrintsInfinityOrCrashesOnExtremeParameters() {
    String[][] cases = {
        {"1e-300", "1", "1", "rdp"},            // no finite guarantee: used to print {"epsilon": Infinity}
        {"1e-300", "1", "1", "pld"},            // used to loop over four billion grid intervals
        {"0.01", "1", "1000000", "pld"},        // used to fail with NegativeArraySizeException (exit 70)
        {"1.1", "0.004", "9223372036854775807", "pld"}, // used to fail with ArrayIndexOutOfBoundsException
        {"1e300", "1", "1", "pld"},             // used to print {"epsilon": Infinity} for huge noise
    };
    for (String[] c : cases) {
      Result r = run("dp", "epsilon", "--mechanism", "subsampled-gaussian", "--noise-multiplier", c[0],
          "--sampling-rate", c[1], "--steps", c[2], "--delta", "1e-5", "--accountant", c[3]);
      String what = String.join(" ", c) + " -> " + r.out() + r.err();
      assertTrue(r.code() == 0 || r.code() == 2, what);
      assertFalse(r.out().contains("Infinity") || r.out().contains("NaN"), what);
      if (r.code() == 2) {
        assertTrue(r.err().startsWith("aisec dp epsilon: "), what);
        assertEquals("", r.out(), what);
      }
    }
  }

  @Test
  void pldGivesASmallEpsilonForHugeNoise() {
    Result r = run("dp", "epsilon", "--mechanism", "subsampled-gaussian", "--noise-multiplier", "1e100",
        "--sampling-rate", "0.01", "--steps", "100", "--delta", "1e-5", "--accountant", "pld");
    assertEquals(0, r.code(), r.err());
    String out = r.out().strip();
    double eps = Double.parseDouble(out.substring(out.indexOf(':') + 1, out.length() - 1).strip());
    assertTrue(eps >= 0 && eps < 0.01, r.out());
  }

  @Test
  void ledgerRefusesAmountsWithAbsurdDigitCountsAndStaysUsable() {
    String f = dir.resolve("digits.jsonl").toString();
    assertEquals(0, run("dp", "ledger", "init", "--file", f, "--epsilon", "1").code());
    for (String eps : new String[] {"1e-999999999", "1e999999999"}) {
      Result r = run("dp", "ledger", "spend", "--file", f, "--epsilon", eps);
      assertEquals(2, r.code(), eps + ": " + r.err());
      assertTrue(r.err().contains("digits"), r.err());
    }
    Result init = run("dp", "ledger", "init", "--file", dir.resolve("other.jsonl").toString(), "--epsilon",
        "1e-999999999");
    assertEquals(2, init.code(), init.err());
    assertEquals(0, run("dp", "ledger", "spend", "--file", f, "--epsilon", "0.5").code());
    Result show = run("dp", "ledger", "show", "--file", f);
    assertEquals(0, show.code(), show.err());
    assertTrue(show.out().contains("\"remaining\": 0.5"), show.out());
    assertEquals(0, run("dp", "ledger", "verify", "--file", f).code());
  }
}
