package dev.aisec.cli.pii;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.cli.io.JsonLines;
import dev.aisec.cli.io.Output;
import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aisec pii detect --jsonl IN [--out OUT]}: adds "spans" to every line. */
@Command(name = "detect", mixinStandardHelpOptions = true,
    description = {"Adds \"spans\": [{start, end, type, score}] (UTF-16 offsets into \"text\", end exclusive) to every "
        + "JSON Lines object; other fields are kept.", "Exit code: 0 ok, 2 usage or input error."})
public final class PiiDetectCommand implements Callable<Integer> {

  @Option(names = "--jsonl", required = true, paramLabel = "IN", description = "JSON Lines input with a \"text\" field.")
  Path jsonl;

  @Option(names = "--out", paramLabel = "OUT", description = "Output file (default: standard output).")
  Path out;

  @Option(names = "--threshold", paramLabel = "T", description = "Minimum score (default: 0.5).")
  Double threshold;

  @Override
  public Integer call() {
    JsonLines.validate(jsonl, "text");
    PiiDetector detector = threshold == null ? PiiDetector.standard()
        : PiiDetector.builder().threshold(threshold).build();
    try (Output o = Output.to(out, System.out)) {
      JsonLines.forEach(jsonl, (n, obj) -> {
        String text = obj.get("text").asText();
        obj.set("spans", spans(detector.find(text)));
        o.json(JsonLines.MAPPER.writeValueAsString(obj));
      });
      o.commit();
    }
    return 0;
  }

  static ArrayNode spans(List<PiiSpan> spans) {
    ArrayNode arr = JsonLines.MAPPER.createArrayNode();
    for (PiiSpan s : spans) {
      ObjectNode o = arr.addObject();
      o.put("start", s.start());
      o.put("end", s.end());
      o.put("type", s.type());
      o.put("score", s.score());
    }
    return arr;
  }
}
