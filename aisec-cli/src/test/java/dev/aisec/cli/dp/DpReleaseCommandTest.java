package dev.aisec.cli.dp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aisec.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DpReleaseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROWS = 2000;

  @TempDir
  Path dir;

  private Path csv;
  private double[] xs;
  private long oslo;

  /** 2000 rows: an id, a value uniform in [0, 100), a city, and a text column that is never numeric. */
  @BeforeEach
  void generate() throws Exception {
    Random rnd = new Random(7);
    xs = new double[ROWS];
    StringBuilder b = new StringBuilder("id,x,city,note\n");
    for (int i = 0; i < ROWS; i++) {
      xs[i] = Math.round(rnd.nextDouble() * 100_000) / 1000.0;
      String city = i % 4 == 0 ? "Oslo" : "Rome";
      if (city.equals("Oslo")) {
        oslo++;
      }
      b.append("u").append(i).append(',').append(xs[i]).append(',').append(city).append(",\"a, b\"\n");
    }
    csv = dir.resolve("data.csv");
    Files.writeString(csv, b.toString());
  }

  private CliRun release(String... args) {
    List<String> all = new ArrayList<>(List.of("dp", "release", "--csv", csv.toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(new String[0]));
  }

  private static JsonNode json(CliRun r) throws Exception {
    assertEquals(0, r.exit, r.err);
    return JSON.readTree(r.out);
  }

  private static Set<String> fields(JsonNode n) {
    Set<String> s = new TreeSet<>();
    n.fieldNames().forEachRemaining(s::add);
    return s;
  }

  private static final Set<String> COMMON = Set.of("statistic", "column", "epsilon", "delta", "max_contributions",
      "mechanism");

  private static Set<String> with(String... more) {
    Set<String> s = new TreeSet<>(COMMON);
    s.addAll(List.of(more));
    return s;
  }

  @Test
  void countIsNearTheNumberOfRowsAndTheOutputHoldsNothingElse() throws Exception {
    CliRun r = release("--statistic", "count", "--epsilon", "50");
    JsonNode n = json(r);
    assertEquals(ROWS, n.get("value").asLong(), 3);
    assertTrue(n.get("value").isIntegralNumber(), r.out);
    assertEquals("count", n.get("statistic").asText());
    assertTrue(n.get("column").isNull());
    assertEquals(50.0, n.get("epsilon").asDouble());
    assertEquals(0.0, n.get("delta").asDouble());
    assertEquals("discrete-laplace", n.get("mechanism").asText());
    assertEquals(with("value", "interval", "confidence"), fields(n));
    assertEquals(1, r.out.strip().split("\n").length, "one JSON object");
    assertTrue(r.err.contains("no privacy budget was charged"), r.err);
  }

  @Test
  void sumAndMeanAreNearTheTruth() throws Exception {
    double sum = Arrays.stream(xs).sum();
    JsonNode s = json(release("--statistic", "sum", "--column", "x", "--lower", "0", "--upper", "100",
        "--epsilon", "50"));
    assertEquals(sum, s.get("value").asDouble(), 50);
    assertEquals("laplace", s.get("mechanism").asText());
    assertEquals(with("value", "interval", "confidence"), fields(s));
    JsonNode m = json(release("--statistic", "mean", "--column", "x", "--lower", "0", "--upper", "100",
        "--epsilon", "50"));
    assertEquals(sum / ROWS, m.get("value").asDouble(), 0.5);
    assertEquals("x", m.get("column").asText());
  }

  @Test
  void boundsClampTheValues() throws Exception {
    // every value is clamped to [0, 10]: the sum is near 10 x (number of values >= 10) + the rest
    double clamped = Arrays.stream(xs).map(x -> Math.min(10, x)).sum();
    JsonNode s = json(release("--statistic", "sum", "--column", "x", "--lower", "0", "--upper", "10",
        "--epsilon", "50"));
    assertEquals(clamped, s.get("value").asDouble(), 5);
  }

  @Test
  void quantilesAreNearTheTruth() throws Exception {
    double[] sorted = xs.clone();
    Arrays.sort(sorted);
    JsonNode q = json(release("--statistic", "quantiles", "--column", "x", "--lower", "0", "--upper", "100",
        "--quantiles", "0.1,0.5,0.9", "--epsilon", "50"));
    assertEquals("exponential", q.get("mechanism").asText());
    assertEquals(with("values"), fields(q));
    JsonNode v = q.get("values");
    assertEquals(3, v.size());
    double[] levels = {0.1, 0.5, 0.9};
    for (int i = 0; i < 3; i++) {
      assertEquals(levels[i], v.get(i).get("quantile").asDouble());
      assertEquals(sorted[(int) (levels[i] * ROWS)], v.get(i).get("value").asDouble(), 3, "q" + levels[i]);
    }
  }

  @Test
  void binnedHistogramReleasesEveryBinNearItsCount() throws Exception {
    JsonNode h = json(release("--statistic", "histogram", "--column", "x", "--bins", "4", "--lower", "0",
        "--upper", "100", "--epsilon", "50"));
    assertEquals(with("bins"), fields(h));
    JsonNode bins = h.get("bins");
    assertEquals(4, bins.size());
    for (int i = 0; i < 4; i++) {
      double lo = 25 * i;
      double hi = lo + 25;
      long truth = Arrays.stream(xs).filter(x -> x >= lo && (x < hi || hi == 100)).count();
      assertEquals(lo, bins.get(i).get("lower").asDouble());
      assertEquals(hi, bins.get(i).get("upper").asDouble());
      assertEquals(truth, bins.get(i).get("count").asLong(), 3);
    }
    // explicit edges; values outside them go to the end bins
    JsonNode e = json(release("--statistic", "histogram", "--column", "x", "--bins", "10,50,60",
        "--epsilon", "50"));
    long low = Arrays.stream(xs).filter(x -> x < 50).count();
    assertEquals(low, e.get("bins").get(0).get("count").asLong(), 3);
    assertEquals(ROWS - low, e.get("bins").get(1).get("count").asLong(), 3);
  }

  @Test
  void categoricalHistogramNeedsDeltaAndReleasesFrequentValues() throws Exception {
    JsonNode h = json(release("--statistic", "histogram", "--column", "city", "--epsilon", "20", "--delta",
        "1e-6"));
    assertEquals(with("counts"), fields(h));
    assertEquals(oslo, h.get("counts").get("Oslo").asLong(), 3);
    assertEquals(ROWS - oslo, h.get("counts").get("Rome").asLong(), 3);
    assertTrue(h.get("mechanism").asText().contains("partition selection"));
    assertEquals(2, release("--statistic", "histogram", "--column", "city", "--epsilon", "1").exit);
  }

  @Test
  void theLedgerIsChargedAndARefusalReleasesAndWritesNothing() throws Exception {
    Path ledger = dir.resolve("budget.ledger");
    assertEquals(0, CliRun.of("dp", "ledger", "init", "--file", ledger.toString(), "--epsilon", "1").exit);
    Path out = dir.resolve("out.json");
    CliRun ok = release("--statistic", "mean", "--column", "x", "--lower", "0", "--upper", "100", "--epsilon", "0.6",
        "--ledger", ledger.toString(), "--principal", "alice", "--out", out.toString());
    assertEquals(0, ok.exit, ok.err);
    assertEquals("", ok.out);
    assertFalse(ok.err.contains("warning"), ok.err);
    JsonNode n = JSON.readTree(Files.readString(out));
    assertEquals(0.4, n.get("ledger").get("remaining_epsilon").asDouble(), 1e-12);
    assertEquals("alice", n.get("ledger").get("principal").asText());

    byte[] before = Files.readAllBytes(ledger);
    Path out2 = dir.resolve("out2.json");
    CliRun refused = release("--statistic", "mean", "--column", "x", "--lower", "0", "--upper", "100", "--epsilon",
        "0.6", "--ledger", ledger.toString(), "--principal", "alice", "--out", out2.toString());
    assertEquals(3, refused.exit, refused.err);
    assertEquals("", refused.out);
    assertTrue(refused.err.contains("nothing released"), refused.err);
    assertFalse(Files.exists(out2), "nothing written on refusal");
    assertArrayEquals(before, Files.readAllBytes(ledger), "a refusal leaves the ledger unchanged");
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
    // to stdout: a refusal prints nothing there either
    CliRun refusedStdout = release("--statistic", "count", "--epsilon", "0.5", "--ledger", ledger.toString(),
        "--principal", "alice");
    assertEquals(3, refusedStdout.exit);
    assertEquals("", refusedStdout.out);
    assertArrayEquals(before, Files.readAllBytes(ledger));

    // bad input with a ledger: exit 2 and nothing charged
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "x\n1\nabc\n");
    CliRun badRun = CliRun.of("dp", "release", "--csv", bad.toString(), "--statistic", "sum", "--column", "x",
        "--lower", "0", "--upper", "1", "--epsilon", "0.1", "--ledger", ledger.toString(), "--principal", "alice");
    assertEquals(2, badRun.exit);
    assertArrayEquals(before, Files.readAllBytes(ledger), "an input error charges nothing");
    // parameters the library rejects only when it builds its mechanism (a sensitivity beyond its range) are a usage
    // error found before the charge, not after it
    for (String st : List.of("sum", "mean")) {
      CliRun wide = release("--statistic", st, "--column", "x", "--lower=-1e308", "--upper=1e308", "--epsilon", "0.1",
          "--ledger", ledger.toString(), "--principal", "alice");
      assertEquals(2, wide.exit, wide.err);
      assertTrue(wide.err.contains("rejected by the mechanism"), wide.err);
    }
    assertEquals(2, release("--statistic", "count", "--epsilon", "1e-300", "--ledger", ledger.toString(),
        "--principal", "alice").exit);
    assertArrayEquals(before, Files.readAllBytes(ledger), "a parameter error charges nothing");
    // --ledger needs --principal; a missing ledger is an input error
    assertEquals(2, release("--statistic", "count", "--epsilon", "0.1", "--ledger", ledger.toString()).exit);
    assertEquals(2, release("--statistic", "count", "--epsilon", "0.1", "--ledger", dir.resolve("none").toString(),
        "--principal", "alice").exit);
  }

  @Test
  void aPrincipalsOwnCapIsChargedAndReported() throws Exception {
    Path ledger = dir.resolve("caps.ledger");
    assertEquals(0, CliRun.of("dp", "ledger", "init", "--file", ledger.toString(), "--epsilon", "5").exit);
    CliRun cap = CliRun.of("dp", "ledger", "init", "--file", ledger.toString(), "--epsilon", "0.3", "--principal",
        "bob");
    assertEquals(0, cap.exit, cap.err);
    CliRun ok = release("--statistic", "count", "--epsilon", "0.2", "--ledger", ledger.toString(), "--principal",
        "bob");
    JsonNode n = json(ok).get("ledger");
    assertEquals("principal", n.get("scope").asText());
    assertEquals(0.1, n.get("remaining_epsilon").asDouble(), 1e-12);
    // the dataset still has budget, bob's cap does not
    byte[] before = Files.readAllBytes(ledger);
    CliRun refused = release("--statistic", "count", "--epsilon", "0.2", "--ledger", ledger.toString(),
        "--principal", "bob");
    assertEquals(3, refused.exit, refused.err);
    assertEquals("", refused.out);
    assertArrayEquals(before, Files.readAllBytes(ledger));
  }

  @Test
  void readsStandardInput() throws Exception {
    CliRun r = CliRun.withStdin("v\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), "dp", "release", "--csv", "-",
        "--statistic", "sum", "--column", "v", "--lower", "0", "--upper", "10", "--epsilon", "100");
    assertEquals(6, json(r).get("value").asDouble(), 3); // Laplace scale 0.1: off by 3 with probability e^-30
    CliRun bad = CliRun.withStdin("v\n1\nx\n".getBytes(StandardCharsets.UTF_8), "dp", "release", "--csv", "-",
        "--statistic", "sum", "--column", "v", "--lower", "0", "--upper", "10", "--epsilon", "1");
    assertEquals(2, bad.exit);
    assertTrue(bad.err.contains("<stdin>:3:"), bad.err);
  }

  private CliRun onFile(String name, byte[] content, String... args) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, content);
    List<String> all = new ArrayList<>(List.of("dp", "release", "--csv", f.toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(new String[0]));
  }

  @Test
  void badInputsExit2NamingTheLine() throws Exception {
    String[] sum = {"--statistic", "sum", "--column", "a", "--lower", "0", "--upper", "1", "--epsilon", "1"};
    String[][] cases = {
        {"ragged", "a,b\n1,2\n3\n"},
        {"text", "a,b\n1,2\nabc,3\n"},
        {"empty cell", "a,b\n1,2\n,3\n"},
        {"nan", "a,b\n1,2\nNaN,3\n"},
        {"inf", "a,b\n1,2\n-Infinity,3\n"},
        {"overflow", "a,b\n1,2\n1e999,3\n"},
        {"java literal", "a,b\n1,2\n0x1p3,3\n"},
        {"blank line", "a,b\n1,2\n\n"},
        {"open quote", "a,b\n1,2\n\"1,3\n"},
    };
    for (String[] c : cases) {
      CliRun r = onFile("bad.csv", c[1].getBytes(StandardCharsets.UTF_8), sum);
      assertEquals(2, r.exit, c[0]);
      assertTrue(r.err.contains("bad.csv:3:"), c[0] + ": " + r.err);
      assertEquals("", r.out, c[0]);
    }
    byte[] utf8 = {'a', ',', 'b', '\n', '1', ',', '2', '\n', (byte) 0xff, ',', '3', '\n'};
    CliRun r = onFile("bad.csv", utf8, sum);
    assertEquals(2, r.exit);
    assertTrue(r.err.contains("bad.csv:3:") && r.err.contains("UTF-8"), r.err);
    CliRun missing = onFile("bad.csv", "b,c\n1,2\n".getBytes(StandardCharsets.UTF_8), sum);
    assertEquals(2, missing.exit);
    assertTrue(missing.err.contains("no column 'a'"), missing.err);
    assertEquals(2, onFile("bad.csv", new byte[0], sum).exit);
    assertEquals(2, CliRun.of("dp", "release", "--csv", dir.resolve("absent.csv").toString(), "--statistic", "count",
        "--epsilon", "1").exit);
  }

  @Test
  void boundsAreRequiredAndOptionsChecked() {
    for (String s : List.of("sum", "mean", "quantiles")) {
      CliRun r = release("--statistic", s, "--column", "x", "--epsilon", "1");
      assertEquals(2, r.exit, s);
      assertTrue(r.err.contains("--lower and --upper are required"), r.err);
      assertEquals(2, release("--statistic", s, "--column", "x", "--lower", "0", "--epsilon", "1").exit, s);
      assertEquals(2, release("--statistic", s, "--column", "x", "--lower", "5", "--upper", "1", "--epsilon", "1")
          .exit, s);
      assertEquals(2, release("--statistic", s, "--lower", "0", "--upper", "1", "--epsilon", "1").exit,
          s + " without --column");
    }
    assertEquals(2, release("--statistic", "histogram", "--column", "x", "--bins", "4", "--epsilon", "1").exit);
    assertEquals(2, release("--statistic", "histogram", "--column", "x", "--bins", "3,2,1", "--epsilon", "1").exit);
    assertEquals(2, release("--statistic", "median", "--column", "x", "--epsilon", "1").exit);
    assertEquals(2, release("--statistic", "count", "--quantiles", "0.5", "--epsilon", "1").exit);
    assertEquals(2, release("--statistic", "sum", "--column", "x", "--lower", "0", "--upper", "1", "--bins", "3",
        "--epsilon", "1").exit);
    assertEquals(2, release("--statistic", "quantiles", "--column", "x", "--lower", "0", "--upper", "1",
        "--quantiles", "1.5", "--epsilon", "1").exit);
    assertEquals(2, release("--statistic", "count", "--epsilon", "1", "--delta", "1e-6").exit, "count is pure DP");
    assertEquals(2, release("--statistic", "count", "--epsilon", "1", "--max-contributions", "0").exit);
    for (String eps : List.of("0", "-1", "NaN", "Infinity", "-0", "abc", "")) {
      CliRun r = release("--statistic", "count", "--epsilon", eps);
      assertEquals(2, r.exit, eps);
      assertEquals("", r.out, eps);
    }
    assertEquals(2, release("--statistic", "histogram", "--column", "city", "--epsilon", "1", "--delta", "NaN").exit);
    assertEquals(2, release("--statistic", "histogram", "--column", "city", "--epsilon", "1", "--delta", "1").exit);
  }

  @Test
  void maxContributionsScalesTheNoiseInterval() throws Exception {
    JsonNode one = json(release("--statistic", "count", "--epsilon", "1"));
    JsonNode ten = json(release("--statistic", "count", "--epsilon", "1", "--max-contributions", "10"));
    double w1 = one.get("interval").get(1).asDouble() - one.get("interval").get(0).asDouble();
    double w10 = ten.get("interval").get(1).asDouble() - ten.get("interval").get(0).asDouble();
    assertTrue(w10 > 5 * w1, w1 + " vs " + w10);
    assertEquals(10, ten.get("max_contributions").asInt());
  }

  @Test
  void whateverTheDecimalCheckAcceptsParsesAsADouble() {
    char[] alphabet = {'0', '1', '9', '.', 'e', 'E', '+', '-', 'x', 'N', 'a', 'I', 'f', 'd', ' '};
    qt().withExamples(3000).forAll(lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 8))
        .check(idx -> {
          StringBuilder b = new StringBuilder();
          for (Iterator<Integer> it = idx.iterator(); it.hasNext(); ) {
            b.append(alphabet[it.next()]);
          }
          String s = b.toString();
          if (!ReleaseCsv.isDecimal(s)) {
            return true;
          }
          try {
            Double.parseDouble(s);
            return !s.contains("N") && !s.contains("I") && !s.contains("x") && !s.contains("d");
          } catch (NumberFormatException e) {
            return false;
          }
        });
  }
}
