package dev.aisec.cli.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.cli.io.StdinSpool;
import dev.aisec.data.poison.LabelIssues;
import dev.aisec.data.poison.NumericTable;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aisec data label-issues}: one suspicion score per row (score > 0.5 = flagged), in input order. */
@Command(name = "label-issues", mixinStandardHelpOptions = true,
    description = "Finds rows whose label disagrees with their content (confident learning on out-of-fold "
        + "predictions). Prints one suspicion score per row in [0,1]; above 0.5 means flagged.")
public final class LabelIssuesCommand implements Callable<Integer> {

  @Option(names = "--csv", description = "numeric CSV input with a header row")
  Path csv;

  @Option(names = "--label-column", description = "label column of the CSV")
  String labelColumn;

  @Option(names = "--exclude", split = ",", description = "CSV columns left out of the features")
  Set<String> exclude;

  @Option(names = "--jsonl", description = "JSON Lines text input")
  Path jsonl;

  @Option(names = "--text-field", defaultValue = "text")
  String textField;

  @Option(names = "--label-field", defaultValue = "label")
  String labelField;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Option(names = "--json", description = "print a JSON report (ranked issues with suggested labels) instead")
  boolean json;

  @Option(names = "--out", description = "output file (default: stdout)")
  Path out;

  @Override
  public Integer call() {
    return DataIo.guarded(() -> {
      LabelIssues li;
      if ((csv == null) == (jsonl == null)) {
        throw new IllegalArgumentException("give exactly one of --csv or --jsonl");
      }
      if (csv != null) {
        if (labelColumn == null) {
          throw new IllegalArgumentException("--label-column is required with --csv");
        }
        NumericTable t = NumericTable.readCsv(StdinSpool.resolve(csv),
            labelColumn, exclude == null ? Set.of() : exclude,
            NumericTable.MissingPolicy.MEDIAN);
        if (t.labels() == null) {
          throw new IllegalArgumentException(csv + ": no column named '" + labelColumn + "'");
        }
        li = LabelIssues.forNumeric(t.matrix(), t.labels(), seed);
      } else {
        DataIo.TextSet ts = DataIo.readTexts(jsonl, textField, labelField);
        li = LabelIssues.forText(ts.texts(), ts.labels(), seed);
      }
      DataIo.write(out, json ? toJson(li) : DataIo.lines(li.scores()));
      return 0;
    });
  }

  static String toJson(LabelIssues li) throws Exception {
    ObjectNode root = DataIo.JSON.createObjectNode();
    ArrayNode issues = root.putArray("issues");
    for (LabelIssues.Issue is : li.issues()) {
      ObjectNode o = issues.addObject();
      o.put("row", is.row());
      o.put("givenLabel", is.givenLabel());
      o.put("suggestedLabel", is.suggestedLabel());
      o.put("score", is.score());
    }
    ArrayNode rs = root.putArray("rowScores");
    for (double s : li.scores()) {
      rs.add(s);
    }
    return DataIo.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
