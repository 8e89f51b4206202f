package dev.aisec.cli.data;

import dev.aisec.cli.io.StdinSpool;
import dev.aisec.data.poison.NumericTable;
import dev.aisec.data.poison.OutlierDetectors;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aisec data outliers}: one outlier score per data row, one per line, in input order. */
@Command(name = "outliers", mixinStandardHelpOptions = true,
    description = "Scores every data row of a CSV (or an embedding JSON Lines file); higher = more anomalous.")
public final class OutliersCommand implements Callable<Integer> {

  @Option(names = "--csv", description = "CSV input with a header row")
  Path csv;

  @Option(names = "--jsonl", description = "JSON Lines input with an embedding array field")
  Path jsonl;

  @Option(names = "--embedding-field", defaultValue = "embedding", description = "embedding field (JSON Lines)")
  String embeddingField;

  @Option(names = "--label-column", defaultValue = "label",
      description = "column left out of fitting when present (default: label)")
  String labelColumn;

  @Option(names = "--exclude", split = ",", description = "further columns to leave out")
  Set<String> exclude;

  @Option(names = "--detector", defaultValue = "ensemble",
      description = "ecod|iforest|hbos|mcd|knn|cluster|ensemble (default: ensemble)")
  String detector;

  @Option(names = "--missing", defaultValue = "median", description = "missing cells: median|reject")
  String missing;

  @Option(names = "--out", description = "output file (default: stdout)")
  Path out;

  @Override
  public Integer call() {
    return DataIo.guarded(() -> {
      NumericTable t = read(csv, jsonl, embeddingField, labelColumn, exclude, missing);
      double[] s = OutlierDetectors.byId(detector).fitScore(t.matrix());
      DataIo.write(out, DataIo.lines(s));
      return 0;
    });
  }

  static NumericTable read(Path csv, Path jsonl, String embeddingField, String labelColumn, Set<String> exclude,
      String missing) {
    if ((csv == null) == (jsonl == null)) {
      throw new IllegalArgumentException("give exactly one of --csv or --jsonl");
    }
    NumericTable.MissingPolicy mp;
    if ("median".equals(missing)) {
      mp = NumericTable.MissingPolicy.MEDIAN;
    } else if ("reject".equals(missing)) {
      mp = NumericTable.MissingPolicy.REJECT;
    } else {
      throw new IllegalArgumentException("--missing must be median or reject");
    }
    if (csv != null) {
      return NumericTable.readCsv(StdinSpool.resolve(csv), labelColumn, exclude == null ? Set.of() : exclude, mp);
    }
    return NumericTable.readJsonl(StdinSpool.resolve(jsonl), embeddingField, null);
  }
}
