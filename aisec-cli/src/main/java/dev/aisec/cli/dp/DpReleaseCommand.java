package dev.aisec.cli.dp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.cli.io.InputException;
import dev.aisec.cli.io.JsonLines;
import dev.aisec.cli.io.Output;
import dev.aisec.cli.io.StdinSpool;
import dev.aisec.privacy.aggregate.AggregationParams;
import dev.aisec.privacy.aggregate.BoundedMean;
import dev.aisec.privacy.aggregate.BoundedSum;
import dev.aisec.privacy.aggregate.DpCount;
import dev.aisec.privacy.aggregate.DpHistogram;
import dev.aisec.privacy.aggregate.DpQuantiles;
import dev.aisec.privacy.aggregate.DpRelease;
import dev.aisec.privacy.ledger.Budget;
import dev.aisec.privacy.ledger.LedgerException;
import dev.aisec.privacy.ledger.LedgerKey;
import dev.aisec.privacy.ledger.PrivacyBudgetExceededException;
import dev.aisec.privacy.ledger.PrivacyBudgetLedger;
import dev.aisec.privacy.random.NoiseSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aisec dp release}: one differentially private statistic of one CSV column, with the budget ledger charged
 * before any noise is drawn.
 *
 * <p>Order of work: options are checked, the whole CSV is read and checked (missing or non-numeric cells of the column
 * are rejected, exit 2), the aggregator is filled, the output file is opened, and only then is the ledger charged
 * (refusal: exit 3, nothing released or written) and the release drawn. The output holds the noisy value(s), the
 * public parameters and the ledger's remaining budget; no count of rows, invalid cells or any other data-dependent
 * figure that is not itself the DP statistic.
 */
@Command(name = "release", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Release one differentially private statistic of a CSV column as one JSON object.",
        "The ledger (--ledger, --principal) is charged (epsilon, delta) BEFORE any noise is drawn; a refusal exits 3"
            + " and releases nothing. Without --ledger nothing is charged (a warning says so on stderr).",
        "Bounds (--lower, --upper) are REQUIRED for sum, mean and quantiles and are never derived from the data:"
            + " bounds computed from the data (its min or max) would themselves leak individual values and make the"
            + " declared sensitivity false. Values are clamped to them by the library.",
        "Each row counts as one contribution; --max-contributions K declares that no privacy unit (person) has more"
            + " than K rows (the file must already be bounded so) and scales the noise by K.",
        "A missing (empty) or non-numeric cell in the column of sum, mean, quantiles or a binned histogram is an"
            + " input error (exit 2) naming the line: filter or impute beforehand. They are not skipped and counted,"
            + " because the number of such rows is data-dependent and would leak without noise.",
        "Exit codes: 0 released, 2 usage or input error (nothing charged; only a failure to write the output after"
            + " the charge keeps it, and says so), 3 budget refused (nothing released)."})
public final class DpReleaseCommand implements Callable<Integer> {

  @Option(names = "--csv", required = true, description = "input CSV with a header row ('-' for standard input)")
  Path csv;

  @Option(names = "--statistic", required = true, description = "count | sum | mean | quantiles | histogram")
  String statistic;

  @Option(names = "--column", description = "the column (required except for count; count with a column counts"
      + " its non-empty cells)")
  String column;

  @Option(names = "--lower", description = "lower clamping bound (required for sum, mean, quantiles; for a"
      + " histogram with --bins N)")
  String lower;

  @Option(names = "--upper", description = "upper clamping bound (as --lower)")
  String upper;

  @Option(names = "--quantiles", description = "quantile levels in [0, 1], comma-separated"
      + " (default 0.5); epsilon is split evenly among them")
  String quantiles;

  @Option(names = "--bins", description = "histogram: N equal bins over [--lower, --upper], or the edges"
      + " e0,e1,...,en (increasing); values outside go to the end bins; every bin is released (pure epsilon-DP)."
      + " Without --bins the histogram counts the column's distinct values and releases only those whose noisy count"
      + " passes a threshold (partition selection; needs --delta > 0)")
  String bins;

  @Option(names = "--epsilon", required = true, description = "epsilon of this release (> 0)")
  String epsilon;

  @Option(names = "--delta", description = "delta of this release: only for a histogram without --bins (in (0, 1));"
      + " the other statistics are pure epsilon-DP")
  String delta;

  @Option(names = "--max-contributions", defaultValue = "1", description = "max rows per privacy unit (default 1)")
  int maxContributions;

  @Option(names = "--ledger", description = "budget ledger file (see 'aisec dp ledger'); charged before the release")
  Path ledger;

  @Option(names = "--principal", description = "principal charged in the ledger (required with --ledger)")
  String principal;

  @Option(names = "--dataset", defaultValue = "default", description = "dataset name in the ledger (default:"
      + " default)")
  String dataset;

  @Option(names = "--key-file", description = "ledger key file (default: <ledger>.key)")
  Path keyFile;

  @Option(names = "--out", description = "output file (default stdout); written only when the release is made")
  Path out;

  /** A filled aggregator waiting for its noise: everything data-dependent is inside. */
  private record Pending(String mechanism, Supplier<ObjectNode> release) {}

  @Override
  public Integer call() {
    double eps;
    double del;
    Pending pending;
    PrivacyBudgetLedger book = null;
    try {
      eps = parse("--epsilon", epsilon);
      if (!(eps > 0)) {
        throw new IllegalArgumentException("--epsilon must be positive, was " + epsilon);
      }
      del = delta == null ? 0 : parse("--delta", delta);
      if (!(del >= 0 && del < 1)) {
        throw new IllegalArgumentException("--delta must be in [0, 1), was " + delta);
      }
      if (maxContributions < 1) {
        throw new IllegalArgumentException("--max-contributions must be >= 1, was " + maxContributions);
      }
      if (ledger != null && (principal == null || principal.isBlank())) {
        throw new IllegalArgumentException("--principal is required with --ledger");
      }
      if (ledger == null && (principal != null || keyFile != null)) {
        throw new IllegalArgumentException("--principal and --key-file apply only with --ledger");
      }
      if (ledger != null && !Files.exists(ledger)) {
        throw new IllegalArgumentException("no ledger at " + ledger + " (run 'aisec dp ledger init' first)");
      }
      if (out != null && StdinSpool.isStdin(out)) {
        throw new IllegalArgumentException("--out cannot be -; omit it to write to standard output");
      }
      pending = prepare(eps, del);
      if (ledger != null) {
        book = keyFile == null ? PrivacyBudgetLedger.open(ledger)
            : PrivacyBudgetLedger.open(ledger, LedgerKey.fromFile(keyFile));
      }
    } catch (InputException | IllegalArgumentException | IllegalStateException | LedgerException e) {
      System.err.println("aisec dp release: " + StdinSpool.scrub(e.getMessage()));
      return 2;
    }

    boolean charged = false;
    try (Output o = Output.to(out, System.out)) {
      ObjectNode ledgerNode = null;
      if (book != null) {
        Budget amount = Budget.of(eps, del);
        try {
          book.spend(dataset, principal, amount, "dp release " + statistic + (column == null ? "" : " " + column));
        } catch (PrivacyBudgetExceededException e) {
          System.err.println("aisec dp release: budget refused, nothing released: " + e.getMessage());
          return 3;
        }
        charged = true;
        ledgerNode = remaining(book);
      } else {
        System.err.println("aisec dp release: warning: no --ledger given, no privacy budget was charged for this"
            + " release");
      }
      ObjectNode result = JsonLines.MAPPER.createObjectNode();
      result.put("statistic", statistic);
      if (column == null) {
        result.putNull("column");
      } else {
        result.put("column", column);
      }
      result.put("epsilon", eps);
      result.put("delta", del);
      result.put("max_contributions", maxContributions);
      result.put("mechanism", pending.mechanism());
      result.setAll(pending.release().get());
      if (ledgerNode != null) {
        result.set("ledger", ledgerNode);
      }
      o.json(JsonLines.MAPPER.writeValueAsString(result));
      o.commit();
    } catch (InputException | IllegalArgumentException | IllegalStateException | LedgerException e) {
      System.err.println("aisec dp release: " + StdinSpool.scrub(e.getMessage()) + afterCharge(charged));
      return 2;
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      System.err.println("aisec dp release: cannot write output (" + e.getClass().getSimpleName() + ")"
          + afterCharge(charged));
      return 2;
    } catch (RuntimeException e) {
      // anything unforeseen after the charge still says that the charge stands; the message is not echoed (it
      // could carry a value derived from the data)
      System.err.println("aisec dp release: unexpected error (" + e.getClass().getSimpleName() + ")"
          + afterCharge(charged));
      return 2;
    }
    return 0;
  }

  /** A failure after the charge keeps the charge (a refund after noise may have been drawn would not be safe). */
  private static String afterCharge(boolean charged) {
    return charged ? " (the ledger was already charged for this release; the charge stands)" : "";
  }

  private ObjectNode remaining(PrivacyBudgetLedger book) {
    PrivacyBudgetLedger.Status s;
    try {
      s = book.status(dataset, principal);
    } catch (IllegalArgumentException e) {
      s = book.status(dataset); // the principal has no cap of its own: the dataset's budget is what limits it
    }
    ObjectNode n = JsonLines.MAPPER.createObjectNode();
    n.put("file", ledger.toString());
    n.put("dataset", dataset);
    n.put("principal", principal);
    n.put("scope", s.principal() == null ? "dataset" : "principal");
    n.put("remaining_epsilon", s.remaining().epsilon());
    n.put("remaining_delta", s.remaining().delta().signum() == 0 ? BigDecimal.ZERO : s.remaining().delta());
    return n;
  }

  /** Checks the statistic's options, reads the CSV and fills the aggregator; draws no noise. */
  private Pending prepare(double eps, double del) {
    if (quantiles != null && !"quantiles".equals(statistic)) {
      throw new IllegalArgumentException("--quantiles applies to --statistic quantiles only");
    }
    if (bins != null && !"histogram".equals(statistic)) {
      throw new IllegalArgumentException("--bins applies to --statistic histogram only");
    }
    switch (statistic) {
      case "count":
        return prepareCount(eps, del);
      case "sum":
      case "mean":
      case "quantiles":
        return prepareBounded(eps, del);
      case "histogram":
        return bins == null ? prepareCategories(eps, del) : prepareBins(eps, del);
      default:
        throw new IllegalArgumentException("--statistic must be one of count, sum, mean, quantiles, histogram; was '"
            + statistic + "'");
    }
  }

  private Pending prepareCount(double eps, double del) {
    noBounds();
    pureOnly(del);
    ReleaseCsv.Column c = ReleaseCsv.read(csv, column);
    long n = column == null ? c.rows() : c.cells().stream().filter(s -> !s.isEmpty()).count();
    dryRun(() -> new DpCount(eps, maxContributions, 0.95, dryNoise()).release());
    DpCount count = new DpCount(eps, maxContributions, 0.95, NoiseSource.secure());
    count.incrementBy(n);
    return new Pending("discrete-laplace", () -> single(count.release()));
  }

  private Pending prepareBounded(double eps, double del) {
    requireColumn();
    pureOnly(del);
    if (lower == null || upper == null) {
      throw new IllegalArgumentException("--lower and --upper are required for " + statistic + " (bounds are never"
          + " derived from the data: see --help)");
    }
    AggregationParams p = AggregationParams.of(eps, parse("--lower", lower), parse("--upper", upper))
        .withMaxContributionsPerUnit(maxContributions);
    double[] levels = "quantiles".equals(statistic) ? levels() : null;
    switch (statistic) {
      case "sum":
        dryRun(() -> new BoundedSum(p.withNoise(dryNoise())).release());
        break;
      case "mean":
        dryRun(() -> new BoundedMean(p.withNoise(dryNoise())).release());
        break;
      default:
        dryRun(() -> new DpQuantiles(p.withNoise(dryNoise())).release(levels));
    }
    double[] xs = numbers(ReleaseCsv.read(csv, column));
    switch (statistic) {
      case "sum": {
        BoundedSum s = new BoundedSum(p).addAll(xs);
        return new Pending("laplace", () -> single(s.release()));
      }
      case "mean": {
        BoundedMean m = new BoundedMean(p).addAll(xs);
        return new Pending("discrete-laplace (count, epsilon/2) + laplace (sum, epsilon/2)",
            () -> single(m.release()));
      }
      default: {
        DpQuantiles q = new DpQuantiles(p).addAll(xs);
        return new Pending("exponential", () -> {
          DpRelease[] rs = q.release(levels);
          ObjectNode n = JsonLines.MAPPER.createObjectNode();
          ArrayNode arr = n.putArray("values");
          for (int i = 0; i < rs.length; i++) {
            arr.addObject().put("quantile", levels[i]).put("value", rs[i].value());
          }
          return n;
        });
      }
    }
  }

  private Pending prepareBins(double eps, double del) {
    requireColumn();
    pureOnly(del);
    double[] edges = edges();
    dryRun(() -> new DpCount(eps, maxContributions, 0.95, dryNoise()).release());
    double[] xs = numbers(ReleaseCsv.read(csv, column));
    int nb = edges.length - 1;
    long[] counts = new long[nb];
    for (double x : xs) {
      counts[bin(edges, x)]++;
    }
    // one row moves at most one bin count by one: K rows per unit give L1 sensitivity K over the vector, so
    // discrete Laplace of scale K / epsilon on every bin is epsilon-DP for the whole histogram
    List<DpCount> noisy = new ArrayList<>(nb);
    for (long c : counts) {
      DpCount d = new DpCount(eps, maxContributions, 0.95, NoiseSource.secure());
      d.incrementBy(c);
      noisy.add(d);
    }
    return new Pending("discrete-laplace (every bin)", () -> {
      ObjectNode n = JsonLines.MAPPER.createObjectNode();
      ArrayNode arr = n.putArray("bins");
      for (int i = 0; i < nb; i++) {
        DpRelease r = noisy.get(i).release();
        arr.addObject().put("lower", edges[i]).put("upper", edges[i + 1]).put("count", (long) r.value());
      }
      return n;
    });
  }

  private Pending prepareCategories(double eps, double del) {
    requireColumn();
    noBounds();
    if (!(del > 0)) {
      throw new IllegalArgumentException("--delta > 0 is required for a histogram without --bins (the set of"
          + " released values is chosen by partition selection, which fails with probability delta)");
    }
    dryRun(() -> new DpHistogram<String>(eps, del, maxContributions, maxContributions, 0.95, dryNoise()).release());
    ReleaseCsv.Column c = ReleaseCsv.read(csv, column);
    // each row is taken as its own unit; a unit of up to K rows can touch K values by up to K each, so both bounds
    // are K (conservative: the noise and threshold cover the worst case the file may hold)
    DpHistogram<String> h = new DpHistogram<>(eps, del, maxContributions, maxContributions, 0.95,
        NoiseSource.secure());
    long unit = 0;
    for (String cell : c.cells()) {
      h.add(unit++, cell);
    }
    return new Pending("discrete-laplace + partition selection (threshold " + h.threshold() + ")", () -> {
      ObjectNode n = JsonLines.MAPPER.createObjectNode();
      ObjectNode counts = n.putObject("counts");
      for (Map.Entry<String, DpRelease> e : h.release().entrySet()) {
        counts.put(e.getKey(), (long) e.getValue().value());
      }
      return n;
    });
  }

  /**
   * Releases an EMPTY aggregator with the same parameters on a throwaway noise source, so that parameters the library
   * rejects only when it builds its mechanism at release time (a sensitivity out of range: bounds too wide or too
   * narrow for the noise grid, an epsilon outside the supported range) are a usage error BEFORE the ledger is
   * charged, not after. It sees no data, and its output is discarded.
   */
  private static void dryRun(Runnable release) {
    try {
      release.run();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("parameters rejected by the mechanism: " + e.getMessage(), e);
    } catch (ArithmeticException | IllegalStateException e) {
      throw new IllegalArgumentException("parameters rejected by the mechanism (" + e.getClass().getSimpleName()
          + ")", e);
    }
  }

  /** A fast, non-secure source for {@link #dryRun} only: those draws are never released. */
  private static NoiseSource dryNoise() {
    return new java.util.SplittableRandom(1)::nextLong;
  }

  private static int bin(double[] edges, double x) {
    int nb = edges.length - 1;
    if (!(x >= edges[0])) {
      return 0;
    }
    if (x >= edges[nb]) {
      return nb - 1;
    }
    int lo = 0;
    int hi = nb; // edges[lo] <= x < edges[hi]
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (x >= edges[mid]) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private double[] edges() {
    String b = bins.trim();
    if (!b.contains(",")) {
      int n;
      try {
        n = Integer.parseInt(b);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--bins must be a bin count or comma-separated edges, was '" + bins + "'");
      }
      if (n < 1 || n > 100_000) {
        throw new IllegalArgumentException("--bins count must be in [1, 100000], was " + n);
      }
      if (lower == null || upper == null) {
        throw new IllegalArgumentException("--lower and --upper are required with --bins N");
      }
      double lo = parse("--lower", lower);
      double hi = parse("--upper", upper);
      if (!(lo < hi) || !Double.isFinite(hi - lo)) {
        throw new IllegalArgumentException("--lower must be below --upper (and their difference finite)");
      }
      double[] e = new double[n + 1];
      for (int i = 0; i <= n; i++) {
        e[i] = i == n ? hi : lo + (hi - lo) * i / n;
      }
      for (int i = 1; i <= n; i++) {
        if (!(e[i] > e[i - 1])) {
          throw new IllegalArgumentException("--bins " + n + " is too many for [" + lower + ", " + upper + "]");
        }
      }
      return e;
    }
    if (lower != null || upper != null) {
      throw new IllegalArgumentException("--lower/--upper do not apply with explicit --bins edges");
    }
    String[] parts = b.split(",", -1);
    if (parts.length < 2 || parts.length > 100_001) {
      throw new IllegalArgumentException("--bins edges must number 2 to 100001");
    }
    double[] e = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      e[i] = parse("--bins", parts[i]);
      if (i > 0 && !(e[i] > e[i - 1])) {
        throw new IllegalArgumentException("--bins edges must be strictly increasing");
      }
    }
    return e;
  }

  private double[] levels() {
    String[] parts = (quantiles == null ? "0.5" : quantiles).split(",", -1);
    if (parts.length > 1000) {
      throw new IllegalArgumentException("--quantiles: at most 1000 levels");
    }
    double[] ls = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ls[i] = parse("--quantiles", parts[i]);
      if (!(ls[i] >= 0 && ls[i] <= 1)) {
        throw new IllegalArgumentException("--quantiles levels must be in [0, 1], was " + parts[i].trim());
      }
    }
    return ls;
  }

  private double[] numbers(ReleaseCsv.Column c) {
    String name = StdinSpool.name(csv);
    double[] xs = new double[c.cells().size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = ReleaseCsv.number(c.cells().get(i), name, c.lines().get(i), column);
    }
    return xs;
  }

  private static ObjectNode single(DpRelease r) {
    ObjectNode n = JsonLines.MAPPER.createObjectNode();
    if ("count".equals(r.statistic())) {
      n.put("value", (long) r.value()); // an integer release (discrete Laplace)
    } else {
      n.put("value", r.value());
    }
    n.putArray("interval").add(r.lower()).add(r.upper());
    n.put("confidence", r.confidence());
    return n;
  }

  private void requireColumn() {
    if (column == null) {
      throw new IllegalArgumentException("--column is required for " + statistic);
    }
  }

  private void noBounds() {
    if (lower != null || upper != null) {
      throw new IllegalArgumentException("--lower/--upper do not apply to this statistic");
    }
  }

  private void pureOnly(double del) {
    if (del != 0) {
      throw new IllegalArgumentException("--delta does not apply to " + statistic + (bins != null ? " with --bins" : "")
          + " (pure epsilon-DP); omit it");
    }
  }

  private static double parse(String option, String text) {
    return DpSampleCommand.parseDouble(option, text);
  }
}
