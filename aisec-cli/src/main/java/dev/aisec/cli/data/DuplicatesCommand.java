package dev.aisec.cli.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.data.poison.NearDuplicates;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aisec data duplicates}: near-duplicate clusters as JSON. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
    description = "Finds near-duplicate floods (MinHash 128 + LSH). JSON: clusters (size, rows 0-based, "
        + "labelsAgree, labels), duplicateRows, rows.")
public final class DuplicatesCommand implements Callable<Integer> {

  @Option(names = "--jsonl", required = true, description = "JSON Lines input")
  Path jsonl;

  @Option(names = "--text-field", defaultValue = "text")
  String textField;

  @Option(names = "--label-field", description = "optional label field")
  String labelField;

  @Option(names = "--threshold", defaultValue = "0.8", description = "estimated Jaccard similarity to join rows")
  double threshold;

  @Option(names = "--out", description = "output file (default: stdout)")
  Path out;

  @Override
  public Integer call() {
    return DataIo.guarded(() -> {
      DataIo.TextSet ts = DataIo.readTexts(jsonl, textField, labelField);
      List<NearDuplicates.Cluster> cs = NearDuplicates.find(ts.texts(), ts.labels(), threshold);
      DataIo.write(out, DataIo.JSON.writeValueAsString(toJson(cs, ts.texts().size())) + "\n");
      return 0;
    });
  }

  static ObjectNode toJson(List<NearDuplicates.Cluster> cs, int rows) {
    ObjectNode root = DataIo.JSON.createObjectNode();
    root.put("rows", rows);
    int dup = 0;
    ArrayNode arr = root.putArray("clusters");
    for (NearDuplicates.Cluster c : cs) {
      dup += c.size();
      ObjectNode o = arr.addObject();
      o.put("size", c.size());
      o.put("labelsAgree", c.labelsAgree());
      ArrayNode ls = o.putArray("labels");
      c.labels().forEach(ls::add);
      ArrayNode rs = o.putArray("rows");
      c.rows().forEach(rs::add);
    }
    root.put("duplicateRows", dup);
    return root;
  }
}
