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
 * overlaps a gold PERSON span. The learning rate, the number of epochs and the threshold are chosen by 5-fold
 * cross-validation over the training texts (best F1 of the pooled out-of-fold predictions; among settings within 0.01 of it, the smoothest fit and then the
 * lowest threshold); the final weights are
 * then trained on all training texts with that choice and written with the threshold. Command (see docs/pii.md):
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

  private static final int[] EPOCHS = {10, 20, 40};
  private static final double[] LEARNING_RATES = {0.1, 0.3};
  private static final double L2 = 1e-6;
  /** Texts are assigned to folds by their index modulo this; fold 0 is the held-out part of --validation-model. */
  private static final int FOLDS = 5;
  /** Settings whose out-of-fold F1 is within this of the best count as equally good. */
  private static final double TOLERANCE = 0.01;

  record Example(int[] features, boolean positive, boolean lower, int text, String source) {}

  public static void main(String[] args) throws IOException {
    boolean validationModel = args.length == 3 && args[2].equals("--validation-model");
    if (args.length != 2 && !validationModel) {
      System.err.println("usage: NameTaggerTrainer TRAIN.tsv OUT.bin.gz [--validation-model]");
      System.exit(2);
    }
    List<Example> all = collect(Path.of(args[0]));
    List<Example> train = new ArrayList<>();
    for (Example x : all) {
      if (x.text % FOLDS != 0) {
        train.add(x);
      }
    }
    long pos = all.stream().filter(Example::positive).count();
    System.err.printf(Locale.ROOT, "%d candidates (%d positive) from the training texts; %d-fold cross-validation%n",
        all.size(), pos, FOLDS);
    int bestEpochs = EPOCHS[0];
    double bestRate = LEARNING_RATES[0];
    float bestThreshold = 0.5f;
    double bestF1 = -1;
    List<double[]> results = new ArrayList<>();
    for (double rate : LEARNING_RATES) {
      for (int epochs : EPOCHS) {
        // pooled out-of-fold probabilities: every candidate scored by weights fit without its text
        double[] prob = new double[all.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
          List<Example> fit = new ArrayList<>();
          for (Example x : all) {
            if (x.text % FOLDS != fold) {
              fit.add(x);
            }
          }
          float[] w = fit(fit, epochs, rate);
          for (int k = 0; k < all.size(); k++) {
            Example x = all.get(k);
            if (x.text % FOLDS == fold) {
              prob[k] = NameTagger.sigmoid(NameTagger.margin(w, x.features, x.features.length));
            }
          }
        }
        // capitalised and lower-case candidates get thresholds of their own (lower case is the riskier guess)
        int[] capPick = pickThreshold(all, prob, false);
        int[] lowPick = pickThreshold(all, prob, true);
        int tp = capPick[1] + lowPick[1];
        int fp = capPick[2] + lowPick[2];
        int fn = capPick[3] + lowPick[3];
        double f1 = 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
        System.err.printf(Locale.ROOT, "rate %.2f epochs %d thresholds %.2f / %.2f (lower case): out-of-fold tp %d fp %d"
            + " fn %d F1 %.3f%n", rate, epochs, capPick[0] / 100.0, lowPick[0] / 100.0, tp, fp, fn, f1);
        results.add(new double[] {rate, epochs, capPick[0] / 100.0, lowPick[0] / 100.0, f1});
      }
    }
    // the best out-of-fold F1; within TOLERANCE of it, the smoothest fit (smallest rate x epochs)
    for (double[] r : results) {
      bestF1 = Math.max(bestF1, r[4]);
    }
    double[] pick = null;
    for (double[] r : results) {
      if (r[4] >= bestF1 - TOLERANCE && (pick == null || r[0] * r[1] < pick[0] * pick[1])) {
        pick = r;
      }
    }
    bestRate = pick[0];
    bestEpochs = (int) pick[1];
    bestThreshold = (float) pick[2];
    float lowerThreshold = (float) pick[3];
    bestF1 = pick[4];
    System.err.printf(Locale.ROOT, "chosen: rate %.2f, %d epochs, thresholds %.2f / %.2f (cross-validated F1 %.3f);"
        + " training on %s%n", bestRate, bestEpochs, bestThreshold, lowerThreshold, bestF1, validationModel ? "the training split only" : "all");
    // --validation-model: weights fit without the held-out texts, to study errors on them
    float[] w = fit(validationModel ? train : all, bestEpochs, bestRate);
    write(w, bestThreshold, lowerThreshold, Path.of(args[1]));
  }

  /**
   * The threshold (in hundredths, 5..95) with the best F1 over the capitalised or the lower-case candidates, the
   * lowest on ties; returns {threshold, tp, fp, fn}.
   */
  static int[] pickThreshold(List<Example> all, double[] prob, boolean lower) {
    int[] best = {50, 0, 0, 0};
    double bestF = -1;
    for (int tk = 5; tk <= 95; tk += 5) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int k = 0; k < all.size(); k++) {
        Example x = all.get(k);
        if (x.lower != lower) {
          continue;
        }
        boolean yes = prob[k] >= tk / 100.0;
        if (yes && x.positive) {
          tp++;
        } else if (yes) {
          fp++;
        } else if (x.positive) {
          fn++;
        }
      }
      double f = 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
      if (f > bestF + 1e-9) {
        bestF = f;
        best = new int[] {tk, tp, fp, fn};
      }
    }
    return best;
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
          out.add(new Example(Arrays.copyOf(f, n), positive, Character.isLowerCase(text.charAt(s)), ti, src));
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
  static float[] fit(List<Example> data, int epochs, double rate) {
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
          double d = -rate * (g + L2 * w[f]);
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

  static void write(float[] w, float threshold, float lowerThreshold, Path out) throws IOException {
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
      d.writeFloat(lowerThreshold);
      d.writeInt(count);
      for (int k = 0; k < w.length; k++) {
        if (Math.abs(w[k]) >= 1e-4f) {
          d.writeInt(k);
          d.writeFloat(w[k]);
        }
      }
    }
    System.err.printf(Locale.ROOT, "wrote %d weights, thresholds %.2f / %.2f, to %s (%d bytes)%n", count, threshold,
        lowerThreshold, out,
        Files.size(out));
  }
}
