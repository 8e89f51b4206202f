package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiDetector;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the {@link NameTagger} weights (deterministic: fixed seeds, fixed order). Input is the tab-separated file
 * written by {@code aisec-data/tools/names_train_data.py} (training texts and their PERSON spans); the detector runs
 * its rules over every text and records each capitalised word the rules leave to the tagger, labelled by whether it
 * overlaps a gold PERSON span. Every fifth text is held out as a validation split to choose the number of epochs and
 * the threshold (best F1 over the held-out candidates); the final weights are then trained on all texts with that
 * choice and written with the threshold. Command (see docs/pii.md):
 *
 * <pre>
 * java -cp aisec-cli/target/aisec.jar dev.aisec.data.pii.internal.NameTaggerTrainer /tmp/names-train.tsv \
 *     aisec-data/src/main/resources/dev/aisec/data/pii/name-tagger.bin.gz
 * </pre>
 *
 * Not part of the library's API; a build tool kept next to the model it trains.
 */
public final class NameTaggerTrainer {

  private NameTaggerTrainer() {}

  private static final int[] EPOCHS = {3, 6, 10};
  private static final double LEARNING_RATE = 0.05;
  private static final double L2 = 1e-6;

  record Example(int[] features, boolean positive, int text, String source) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: NameTaggerTrainer TRAIN.tsv OUT.bin.gz");
      System.exit(2);
    }
    List<Example> all = collect(Path.of(args[0]));
    List<Example> train = new ArrayList<>();
    List<Example> val = new ArrayList<>();
    for (Example x : all) {
      (x.text % 5 == 2 ? val : train).add(x);
    }
    long pos = all.stream().filter(Example::positive).count();
    System.err.printf(Locale.ROOT, "%d candidates (%d positive); %d train, %d validation%n", all.size(), pos,
        train.size(), val.size());
    int bestEpochs = EPOCHS[0];
    float bestThreshold = 0.5f;
    double bestF1 = -1;
    for (int epochs : EPOCHS) {
      float[] w = fit(train, epochs);
      for (int tk = 20; tk <= 90; tk += 5) {
        float thr = tk / 100f;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Example x : val) {
          boolean yes = NameTagger.sigmoid(NameTagger.margin(w, x.features, x.features.length)) >= thr;
          if (yes && x.positive) {
            tp++;
          } else if (yes) {
            fp++;
          } else if (x.positive) {
            fn++;
          }
        }
        double f1 = 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
        if (tk % 10 == 0) {
          System.err.printf(Locale.ROOT, "epochs %d threshold %.2f: validation tp %d fp %d fn %d F1 %.3f%n", epochs,
              thr, tp, fp, fn, f1);
        }
        if (f1 > bestF1 + 1e-9) {
          bestF1 = f1;
          bestEpochs = epochs;
          bestThreshold = thr;
        }
      }
    }
    System.err.printf(Locale.ROOT, "chosen: %d epochs, threshold %.2f (validation F1 %.3f); training on all%n",
        bestEpochs, bestThreshold, bestF1);
    float[] w = fit(all, bestEpochs);
    write(w, bestThreshold, Path.of(args[1]));
  }

  static List<Example> collect(Path tsv) throws IOException {
    PiiDetector detector = PiiDetector.standard();
    List<Example> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String line;
      int index = 0;
      while ((line = r.readLine()) != null) {
        String[] parts = line.split("\t", 3);
        if (parts.length != 3) {
          throw new IllegalArgumentException("line " + (index + 1) + ": expected source, spans and text");
        }
        String text = unescape(parts[2]);
        int[][] spans = spans(parts[1]);
        final int ti = index;
        final String src = parts[0];
        NameTagger.RECORDER.set((s, e, f, n) -> {
          boolean positive = false;
          for (int[] sp : spans) {
            if (sp[0] < e && s < sp[1]) {
              positive = true;
              break;
            }
          }
          out.add(new Example(Arrays.copyOf(f, n), positive, ti, src));
        });
        try {
          detector.scan(text);
        } finally {
          NameTagger.RECORDER.remove();
        }
        index++;
      }
    }
    return out;
  }

  private static int[][] spans(String s) {
    if (s.isEmpty()) {
      return new int[0][];
    }
    String[] items = s.split(",");
    int[][] out = new int[items.length][];
    for (int k = 0; k < items.length; k++) {
      String[] se = items[k].split("-");
      out[k] = new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])};
    }
    return out;
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\\' && k + 1 < s.length()) {
        char d = s.charAt(++k);
        b.append(d == 'n' ? '\n' : d == 't' ? '\t' : d == 'r' ? '\r' : d);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Logistic regression by SGD over a seeded shuffle, returning the averaged weights. */
  static float[] fit(List<Example> data, int epochs) {
    int size = 1 << NameTagger.BITS;
    double[] w = new double[size];
    double[] u = new double[size];
    long c = 1;
    Random rnd = new Random(20261126L);
    int[] order = new int[data.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    float[] cur = new float[size];
    for (int ep = 0; ep < epochs; ep++) {
      for (int k = order.length - 1; k > 0; k--) {
        int j = rnd.nextInt(k + 1);
        int tmp = order[k];
        order[k] = order[j];
        order[j] = tmp;
      }
      for (int idx : order) {
        Example x = data.get(idx);
        double z = 0;
        for (int f : x.features) {
          z += w[f];
        }
        double g = NameTagger.sigmoid(z) - (x.positive ? 1 : 0);
        for (int f : x.features) {
          double d = -LEARNING_RATE * (g + L2 * w[f]);
          w[f] += d;
          u[f] += c * d;
        }
        c++;
      }
    }
    for (int k = 0; k < size; k++) {
      cur[k] = (float) (w[k] - u[k] / c);
    }
    return cur;
  }

  static void write(float[] w, float threshold, Path out) throws IOException {
    int count = 0;
    for (float v : w) {
      if (Math.abs(v) >= 1e-4f) {
        count++;
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out);
        DataOutputStream d = new DataOutputStream(new GZIPOutputStream(os))) {
      d.writeInt(NameTagger.MAGIC);
      d.writeInt(NameTagger.BITS);
      d.writeFloat(threshold);
      d.writeInt(count);
      for (int k = 0; k < w.length; k++) {
        if (Math.abs(w[k]) >= 1e-4f) {
          d.writeInt(k);
          d.writeFloat(w[k]);
        }
      }
    }
    System.err.printf(Locale.ROOT, "wrote %d weights, threshold %.2f, to %s (%d bytes)%n", count, threshold, out,
        Files.size(out));
  }
}
