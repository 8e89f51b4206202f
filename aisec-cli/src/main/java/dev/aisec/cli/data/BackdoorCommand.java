package dev.aisec.cli.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.data.poison.BackdoorDetector;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aisec data backdoor}: ranked candidate trigger n-grams and one score per row, as JSON. */
@Command(name = "backdoor", mixinStandardHelpOptions = true,
    description = "Finds candidate backdoor triggers in a labelled text set. JSON: triggers (ranked; rows are "
        + "0-based input row indices) and rowScores (one per input row, in [0,1]).")
public final class BackdoorCommand implements Callable<Integer> {

  @Option(names = "--jsonl", required = true, description = "JSON Lines input")
  Path jsonl;

  @Option(names = "--text-field", defaultValue = "text")
  String textField;

  @Option(names = "--label-field", defaultValue = "label")
  String labelField;

  @Option(names = "--min-support", defaultValue = "3")
  int minSupport;

  @Option(names = "--alpha", defaultValue = "0.001", description = "family-wise significance level")
  double alpha;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Option(names = "--out", description = "output file (default: stdout)")
  Path out;

  @Override
  public Integer call() {
    return DataIo.guarded(() -> {
      DataIo.TextSet ts = DataIo.readTexts(jsonl, textField, labelField);
      BackdoorDetector.Result r = BackdoorDetector.of(minSupport, alpha, seed).detect(ts.texts(), ts.labels());
      DataIo.write(out, toJson(r));
      return 0;
    });
  }

  static String toJson(BackdoorDetector.Result r) throws Exception {
    ObjectNode root = DataIo.JSON.createObjectNode();
    ArrayNode tr = root.putArray("triggers");
    for (BackdoorDetector.Trigger t : r.triggers()) {
      ObjectNode o = tr.addObject();
      o.put("token", t.token());
      o.put("targetLabel", t.targetLabel());
      o.put("score", Math.round(t.score() * 1000) / 1000.0);
      o.put("pValue", t.pValue());
      o.put("support", t.support());
      o.put("contradicted", t.contradicted());
      ArrayNode rows = o.putArray("rows");
      t.rows().forEach(rows::add);
    }
    ArrayNode rs = root.putArray("rowScores");
    for (double s : r.rowScores()) {
      rs.add(Math.round(s * 1e6) / 1e6);
    }
    return DataIo.JSON.writeValueAsString(root) + "\n";
  }
}
