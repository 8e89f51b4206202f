package dev.aisec.cli.prompt;

import dev.aisec.prompt.train.InjectionTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aisec prompt train}: rebuilds the shipped classifier weights reproducibly. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains the prompt-injection classifier from the shared datasets plus aisec's own examples. "
        + "Run from the repository root.")
public final class PromptTrainCommand implements Callable<Integer> {

  static final String MODEL = "aisec-prompt/src/main/resources/dev/aisec/prompt/model/injection-lr.bin";
  static final String META = "aisec-prompt/src/main/resources/dev/aisec/prompt/model/injection-lr.json";

  @Option(names = "--datasets", paramLabel = "DIR",
      description = "folder with the prompt-injection JSON Lines (default: ../shared/datasets/prompt-injection, "
          + "then ../../shared/datasets/prompt-injection)")
  Path datasets;

  @Option(names = "--seed", defaultValue = "" + InjectionTrainer.DEFAULT_SEED, description = "split and shuffle seed")
  long seed;

  @Option(names = "--epochs", defaultValue = "8", description = "training epochs")
  int epochs;

  @Option(names = "--out-model", defaultValue = MODEL, description = "weights file to write")
  Path outModel;

  @Option(names = "--out-metadata", defaultValue = META, description = "metadata JSON to write")
  Path outMeta;

  @Option(names = "--split-dir", paramLabel = "DIR", description = "write the held-out 20%% as DIR/heldout.jsonl")
  Path splitDir;

  @Override
  public Integer call() {
    Path dir = datasets;
    if (dir == null) {
      for (String cand : new String[] {"../shared/datasets/prompt-injection", "../../shared/datasets/prompt-injection"}) {
        if (Files.isDirectory(Path.of(cand))) {
          dir = Path.of(cand);
          break;
        }
      }
    }
    if (dir == null || !Files.isDirectory(dir)) {
      System.err.println("aisec prompt train: dataset folder not found; pass --datasets DIR");
      return 2;
    }
    try {
      InjectionTrainer.Report r = new InjectionTrainer(dir, seed, epochs).train(outModel, outMeta, splitDir);
      System.out.println("trained " + r.modelVersion() + " on " + r.trainRows() + " rows (" + r.heldOutRows()
          + " held out, " + r.families() + " families); wrote " + outModel + " and " + outMeta);
      return 0;
    } catch (java.io.UncheckedIOException e) {
      System.err.println("aisec prompt train: I/O error: " + e.getCause().getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      System.err.println("aisec prompt train: " + e.getMessage());
      return 2;
    }
  }
}
