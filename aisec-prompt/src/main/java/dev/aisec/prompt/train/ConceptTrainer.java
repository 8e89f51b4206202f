package dev.aisec.prompt.train;

import dev.aisec.api.text.TextView;
import dev.aisec.prompt.internal.ConceptModel;
import dev.aisec.prompt.internal.Concepts;
import dev.aisec.prompt.internal.Engine;
import dev.aisec.prompt.internal.Model;
import dev.aisec.prompt.internal.Tokens;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits the {@link ConceptModel} (round 16): class-balanced logistic regression (AdaGrad, learning rate 0.2, L2,
 * seeded shuffle) over the {@link Concepts} features of each row's first {@link Engine#WINDOW} characters, normalised
 * by the square root of the feature count as the engine scores them. Deterministic for a given seed.
 */
final class ConceptTrainer {

  /** L2 strength (property {@code aisec.train.conceptL2} for experiments on the training split). */
  static final double L2 = Double.parseDouble(System.getProperty("aisec.train.conceptL2", "1e-4"));
  static final int EPOCHS = 8;

  private ConceptTrainer() {}

  /** One row's sparse, normalised concept features. */
  record Row(int[] idx, float[] val) {}

  static Row features(String text) {
    String norm = TextView.of(text).normalized();
    Tokens t = new Tokens().tokenize(norm, 0, Math.min(norm.length(), Engine.WINDOW));
    long[] masks = new long[Math.max(1, t.size)];
    Concepts.annotate(t, 0, t.size, masks);
    Map<Integer, Float> m = new TreeMap<>();
    int[] count = {0};
    int other = Concepts.extract(masks, 0, t.size, new int[Concepts.PAIR_WINDOW + 1], (ix, value) -> {
      m.merge(ix, value, Float::sum);
      count[0]++;
    });
    float k = (float) (1.0 / Model.norm(other > 0 ? count[0] - 1 + other : count[0]));
    int[] idx = new int[m.size()];
    float[] val = new float[m.size()];
    int j = 0;
    for (Map.Entry<Integer, Float> e : m.entrySet()) {
      idx[j] = e.getKey();
      val[j] = e.getValue() * k;
      j++;
    }
    return new Row(idx, val);
  }

  /** Fits on the rows with {@code use[i]}, weights {@code sw[i]}. */
  static ConceptModel fit(Row[] rows, boolean[] y, double[] sw, boolean[] use, long seed) {
    int n = rows.length;
    double pos = 0;
    double neg = 0;
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (use[i]) {
        m++;
        if (y[i]) {
          pos += sw[i];
        } else {
          neg += sw[i];
        }
      }
    }
    int[] order = new int[m];
    for (int i = 0, k = 0; i < n; i++) {
      if (use[i]) {
        order[k++] = i;
      }
    }
    double wPos = (pos + neg) / (2.0 * Math.max(1e-9, pos));
    double wNeg = (pos + neg) / (2.0 * Math.max(1e-9, neg));
    float[] w = new float[Concepts.DIM];
    float[] g2 = new float[Concepts.DIM];
    double bias = 0;
    double bg2 = 0;
    double lr = 0.2;
    Random rnd = new Random(seed);
    for (int ep = 0; ep < EPOCHS; ep++) {
      InjectionTrainer.shuffle(order, rnd);
      for (int i : order) {
        Row r = rows[i];
        double z = bias;
        for (int k = 0; k < r.idx.length; k++) {
          z += w[r.idx[k]] * r.val[k];
        }
        double p = Model.sigmoid(z);
        double g = (p - (y[i] ? 1 : 0)) * (y[i] ? wPos : wNeg) * sw[i];
        for (int k = 0; k < r.idx.length; k++) {
          int f = r.idx[k];
          double gf = g * r.val[k] + L2 * w[f];
          g2[f] += (float) (gf * gf);
          w[f] -= (float) (lr * gf / Math.sqrt(g2[f] + 1e-8));
        }
        bg2 += g * g;
        bias -= lr * g / Math.sqrt(bg2 + 1e-8);
      }
    }
    ConceptModel tmp = new ConceptModel(w, (float) bias, "pending");
    return new ConceptModel(w, (float) bias, "cl-" + InjectionTrainer.sha256(tmp.toBytes()).substring(0, 12));
  }
}
