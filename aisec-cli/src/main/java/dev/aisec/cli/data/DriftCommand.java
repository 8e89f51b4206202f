package dev.aisec.cli.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.cli.io.StdinSpool;
import dev.aisec.data.poison.DriftTest;
import dev.aisec.data.poison.NumericTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aisec data drift}: reference vs candidate batch, JSON report; exit 1 when drift is detected. */
@Command(name = "drift", mixinStandardHelpOptions = true,
    description = "Compares a candidate batch with a trusted reference. CSV: per-feature KS (Benjamini-Hochberg) "
        + "and an MMD permutation test; JSON Lines (with --text-field): token document-frequency jumps. "
        + "Exit 1 when drift is detected.")
public final class DriftCommand implements Callable<Integer> {

  @Option(names = "--reference", required = true)
  Path reference;

  @Option(names = "--candidate", required = true)
  Path candidate;

  @Option(names = "--label-column", defaultValue = "label", description = "CSV column left out (default: label)")
  String labelColumn;

  @Option(names = "--text-field", description = "treat inputs as JSON Lines text with this field")
  String textField;

  @Option(names = "--alpha", description = "CSV only: significance level of the KS (BH) and MMD tests (default 0.01)."
      + " Text drift has no level (it flags tokens whose |z| >= 4) and rejects --alpha.")
  Double alpha;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Option(names = "--out", description = "output file (default: stdout)")
  Path out;

  @Override
  public Integer call() {
    return DataIo.guarded(() -> {
      ObjectNode root = run(reference, candidate, labelColumn, textField, alpha, seed);
      DataIo.write(out, DataIo.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
      return root.path("drifted").asBoolean() ? 1 : 0;
    });
  }

  /** Runs the drift test; {@code alpha} null means the default 0.01 (CSV) and must be null for text. */
  static ObjectNode run(Path reference, Path candidate, String labelColumn, String textField, Double alpha,
      long seed) {
    StdinSpool.requireDistinct("--reference", reference, "--candidate", candidate);
    boolean text = textField != null || reference.toString().endsWith(".jsonl");
    if (alpha != null && text) {
      throw new IllegalArgumentException("--alpha applies to CSV drift only; text drift flags tokens whose document"
          + " frequency moved by |z| >= 4 and has no significance level");
    }
    double level = alpha == null ? 0.01 : alpha;
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("--alpha must be in (0, 1), got " + level);
    }
    ObjectNode root = DataIo.JSON.createObjectNode();
    if (text) {
      String tf = textField == null ? "text" : textField;
      List<String> a = DataIo.readTexts(reference, tf, null).texts();
      List<String> b = DataIo.readTexts(candidate, tf, null).texts();
      List<DriftTest.TokenJump> jumps = DriftTest.textJumps(a, b, 4.0, 50);
      root.put("drifted", !jumps.isEmpty());
      ArrayNode arr = root.putArray("tokens");
      for (DriftTest.TokenJump j : jumps) {
        ObjectNode o = arr.addObject();
        o.put("token", j.token());
        o.put("referenceRate", j.referenceRate());
        o.put("candidateRate", j.candidateRate());
        o.put("z", Math.round(j.z() * 1000) / 1000.0);
      }
      return root;
    }
    NumericTable ra = NumericTable.readCsv(StdinSpool.resolve(reference),
        labelColumn, Set.of(), NumericTable.MissingPolicy.MEDIAN);
    NumericTable rb = NumericTable.readCsv(StdinSpool.resolve(candidate),
        labelColumn, Set.of(), NumericTable.MissingPolicy.MEDIAN);
    if (!ra.columns().equals(rb.columns())) {
      throw new IllegalArgumentException("reference and candidate have different feature columns");
    }
    DriftTest.Report r = DriftTest.numeric(ra.matrix(), rb.matrix(), ra.columns(), level, seed);
    return toJson(r);
  }

  static ObjectNode toJson(DriftTest.Report r) {
    ObjectNode root = DataIo.JSON.createObjectNode();
    root.put("drifted", r.drifted());
    ObjectNode mv = root.putObject("multivariate");
    mv.put("test", "mmd-permutation");
    mv.put("mmd2", r.mmd());
    mv.put("pValue", r.mmdPValue());
    ArrayNode arr = root.putArray("features");
    for (DriftTest.FeatureDrift f : r.features()) {
      ObjectNode o = arr.addObject();
      o.put("feature", f.feature());
      o.put("ks", f.ks());
      o.put("pValue", f.pValue());
      o.put("adjustedP", f.adjustedP());
      o.put("drifted", f.drifted());
    }
    return root;
  }
}
