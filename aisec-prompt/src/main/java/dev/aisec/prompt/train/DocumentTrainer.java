package dev.aisec.prompt.train;

import dev.aisec.api.text.TextView;
import dev.aisec.prompt.internal.DocumentFeatures;
import dev.aisec.prompt.internal.DocumentModel;
import dev.aisec.prompt.internal.Engine;
import dev.aisec.prompt.internal.Features;
import dev.aisec.prompt.internal.Model;
import dev.aisec.prompt.internal.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the indirect detector's document-level segment model ({@link DocumentModel}) on documents the aisec team
 * wrote, deterministically for a seed.
 *
 * <p>Data: host documents (e-mails, tables, CSV, code, web pages, reviews, tickets in nine languages; template lines
 * {@code host} of {@value #RESOURCE}, plus the {@code document} rows of the other own files, plus short ordinary
 * texts of the shared folder joined into pseudo-documents) and injected sentences (lines {@code inject}: innocuous
 * unrelated tasks about the answer as well as malicious instructions, nine languages). Every host yields a clean copy
 * (all segments negative) and a copy with one injected sentence at its start, middle or end (inline, on its own line
 * or as a table row; the segments of the injected sentence are positives, the others negatives); {@code docattack}
 * rows with {@code ⟦…⟧} marks are used as they are. One template line in five (hosts and injections alike) is held
 * out for validation, and validation documents combine only held-out hosts with held-out injections. The bias is
 * then lowered so that at most {@value #TARGET_FPR} of the clean validation documents reach 0.5.
 */
public final class DocumentTrainer {

  public static final String RESOURCE = "/dev/aisec/prompt/train/aisec-documents.tsv";
  static final int MAX_EXPANSIONS = 40;
  static final double TARGET_FPR = 0.03;
  static final double L2 = 1e-6;
  static final int EPOCHS = 8;

  /** A document with the character range of its injected part in the normalised text (-1 when clean). */
  record Doc(String text, int injStart, int injEnd, boolean val) {}

  /** One segment example. */
  record Seg(int[] idx, float[] val, double[] dense, boolean y, double weight) {}

  private final long seed;
  private final Model instruction;

  DocumentTrainer(long seed, Model instruction) {
    this.seed = seed;
    this.instruction = instruction;
  }

  /** The documents: hosts and injections from the resource, own document rows, and pseudo-documents. */
  static List<Doc> documents(String resource, List<String> extraHosts, List<String> docattacks, long seed) {
    List<String[]> hosts = new ArrayList<>(); // {text, val}
    List<String[]> injs = new ArrayList<>();
    List<Doc> out = new ArrayList<>();
    String[] lines = resource.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int tab = l.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected label<TAB>template");
      }
      String lab = l.substring(0, tab);
      // validation lines chosen by a hash of their text, so adding lines never moves existing ones
      boolean val = Math.floorMod(InjectionTrainer.mix64((seed + 7) ^ l.hashCode()), 5) == 0;
      List<String> ex = expand(l.substring(tab + 1), new Random(seed ^ (977L * (i + 1))));
      switch (lab) {
        case "host":
          for (String e : ex) {
            hosts.add(new String[] {e, val ? "v" : ""});
          }
          break;
        case "inject":
          for (String e : ex) {
            injs.add(new String[] {e, val ? "v" : ""});
          }
          break;
        case "docattack":
          for (String e : ex) {
            out.add(marked(e, val));
          }
          break;
        default:
          throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": label must be host, inject or docattack");
      }
    }
    for (int i = 0; i < extraHosts.size(); i++) {
      boolean val = Math.floorMod(InjectionTrainer.mix64((seed + 8) ^ extraHosts.get(i).hashCode()), 5) == 0;
      hosts.add(new String[] {extraHosts.get(i), val ? "v" : ""});
    }
    for (String d : docattacks) {
      out.add(marked(d, false));
    }
    List<String[]> trainInj = new ArrayList<>();
    List<String[]> valInj = new ArrayList<>();
    for (String[] in : injs) {
      (in[1].isEmpty() ? trainInj : valInj).add(in);
    }
    Random rnd = new Random(seed ^ 0x5DEECE66DL);
    for (String[] h : hosts) {
      boolean val = !h[1].isEmpty();
      String host = h[0];
      out.add(new Doc(TextView.of(host).normalized(), -1, -1, val));
      List<String[]> pool = val ? valInj : trainInj;
      if (pool.isEmpty()) {
        continue;
      }
      String inj = pool.get(rnd.nextInt(pool.size()))[0];
      out.add(insert(host, inj, rnd, val));
    }
    return out;
  }

  /** The host with the injection inserted at its start, at a line/sentence break in the middle, or at its end. */
  static Doc insert(String host, String inj, Random rnd, boolean val) {
    boolean table = host.indexOf('|') >= 0 && host.indexOf('\n') >= 0;
    String piece;
    int mode = rnd.nextInt(table ? 4 : 3);
    String sep = mode == 0 ? " " : mode == 1 ? "\n" : mode == 2 ? "\n\n" : "\n";
    piece = mode == 3 ? "| " + inj + " |" : inj;
    int where = rnd.nextInt(3);
    int at;
    if (where == 0) {
      at = 0;
    } else if (where == 2) {
      at = host.length();
    } else {
      // a break near the middle: a line break, else a sentence end
      int mid = host.length() / 2;
      at = -1;
      for (int d = 0; d < host.length() && at < 0; d++) {
        for (int p : new int[] {mid + d, mid - d}) {
          if (p > 0 && p < host.length() && (host.charAt(p - 1) == '\n'
              || (host.charAt(p) == ' ' && ".!?".indexOf(host.charAt(p - 1)) >= 0))) {
            at = p;
            break;
          }
        }
      }
      if (at < 0) {
        at = host.length();
      }
    }
    String before = host.substring(0, at);
    String after = host.substring(at);
    if (before.endsWith(" ") || before.endsWith("\n")) {
      before = before.substring(0, before.length() - 1);
    }
    String a = before.isEmpty() ? "" : before + sep;
    String b = after.isEmpty() ? "" : sep + after.stripLeading();
    String doc = a + piece + b;
    String norm = TextView.of(doc).normalized();
    int s = TextView.of(a).normalized().length();
    int e = TextView.of(a + piece).normalized().length();
    return new Doc(norm, Math.min(s, norm.length()), Math.min(e, norm.length()), val);
  }

  /** A document whose injected part is marked ⟦…⟧. */
  static Doc marked(String text, boolean val) {
    int a = text.indexOf(InjectionTrainer.INJ_OPEN);
    int b = text.indexOf(InjectionTrainer.INJ_CLOSE);
    if (a < 0 || b < a) {
      return new Doc(TextView.of(text).normalized(), -1, -1, val);
    }
    String pre = text.substring(0, a);
    String inj = text.substring(a + 1, b);
    String doc = pre + inj + text.substring(b + 1);
    String norm = TextView.of(doc).normalized();
    return new Doc(norm, TextView.of(pre).normalized().length(), TextView.of(pre + inj).normalized().length(), val);
  }

  /** Expands {@code {a|b}} groups deterministically, at most {@value #MAX_EXPANSIONS} expansions. */
  static List<String> expand(String t, Random rnd) {
    List<String> parts = new ArrayList<>();
    List<String[]> groups = new ArrayList<>();
    int p = 0;
    while (p < t.length()) {
      int o = t.indexOf('{', p);
      if (o < 0) {
        parts.add(t.substring(p));
        break;
      }
      int c = t.indexOf('}', o);
      if (c < 0) {
        throw new IllegalStateException("unclosed { in template: " + t);
      }
      parts.add(t.substring(p, o));
      groups.add(t.substring(o + 1, c).split("\\|", -1));
      p = c + 1;
    }
    long total = 1;
    for (String[] g : groups) {
      total = Math.min(1L << 40, total * g.length);
    }
    java.util.Set<Long> picks = new java.util.LinkedHashSet<>();
    if (total <= MAX_EXPANSIONS) {
      for (long k = 0; k < total; k++) {
        picks.add(k);
      }
    } else {
      while (picks.size() < MAX_EXPANSIONS) {
        picks.add(Math.floorMod(rnd.nextLong(), total));
      }
    }
    List<String> out = new ArrayList<>();
    for (long k : picks) {
      StringBuilder sb = new StringBuilder();
      long rest = k;
      for (int g = 0; g < groups.size(); g++) {
        sb.append(parts.get(g));
        String[] alts = groups.get(g);
        sb.append(alts[(int) (rest % alts.length)]);
        rest /= alts.length;
      }
      if (parts.size() > groups.size()) {
        sb.append(parts.get(parts.size() - 1));
      }
      out.add(sb.toString().replace("\\n", "\n").replace("\\t", "\t").replace('\u2983', '{').replace('\u2984', '}'));
    }
    return out;
  }

  /** Segment examples of one document. */
  void segments(Doc d, List<Seg> out) {
    String text = d.text().length() > Engine.WINDOW ? d.text().substring(0, Engine.WINDOW) : d.text();
    Tokens t = new Tokens().tokenize(text, 0, text.length());
    DocumentFeatures f = new DocumentFeatures();
    List<Map<Integer, Float>> maps = new ArrayList<>();
    f.compute(text, t, instruction, (seg, idx, sign) -> {
      while (maps.size() <= seg) {
        maps.add(new LinkedHashMap<>());
      }
      maps.get(seg).merge(idx, sign, Float::sum);
    });
    for (int k = 0; k < f.count; k++) {
      Map<Integer, Float> m = k < maps.size() ? maps.get(k) : Map.of();
      float norm = (float) (1.0 / Model.norm(f.hashedCount[k]));
      int[] idx = new int[m.size()];
      float[] val = new float[m.size()];
      int j = 0;
      for (Map.Entry<Integer, Float> e : m.entrySet()) {
        idx[j] = e.getKey();
        val[j] = e.getValue() * norm;
        j++;
      }
      int inside = 0;
      for (int i = f.from[k]; i < f.to[k]; i++) {
        if (t.start[i] >= d.injStart() && t.end[i] <= d.injEnd()) {
          inside++;
        }
      }
      int len = f.to[k] - f.from[k];
      boolean y = d.injStart() >= 0 && inside * 2 >= len;
      double[] dense = java.util.Arrays.copyOfRange(f.dense, k * DocumentFeatures.DENSE,
          (k + 1) * DocumentFeatures.DENSE);
      // segments only partly injected are left out (neither clearly positive nor negative)
      if (!y && inside > 0) {
        continue;
      }
      out.add(new Seg(idx, val, dense, y, 1.0));
    }
  }

  /** Maximum segment logit of a document under model m. */
  double docLogit(DocumentModel m, Doc d) {
    String text = d.text().length() > Engine.WINDOW ? d.text().substring(0, Engine.WINDOW) : d.text();
    Tokens t = new Tokens().tokenize(text, 0, text.length());
    DocumentModel.Best b = m.score(text, t, instruction);
    double p = Math.min(1 - 1e-12, Math.max(1e-12, b.p()));
    return Math.log(p / (1 - p));
  }

  /** Trains on the non-validation documents and calibrates on the validation ones. Returns model and a summary. */
  Object[] train(List<Doc> docs) {
    List<Seg> segs = new ArrayList<>();
    List<Doc> val = new ArrayList<>();
    int trainDocs = 0;
    for (Doc d : docs) {
      if (d.val()) {
        val.add(d);
      } else {
        segments(d, segs);
        trainDocs++;
      }
    }
    DocumentModel raw = fit(segs);
    List<Double> clean = new ArrayList<>();
    List<double[]> sc = new ArrayList<>();
    for (Doc d : val) {
      double z = docLogit(raw, d);
      sc.add(new double[] {z, d.injStart() >= 0 ? 1 : 0});
      if (d.injStart() < 0) {
        clean.add(z);
      }
    }
    clean.sort(null);
    double shift = clean.isEmpty() ? 0
        : Math.max(0, clean.get(Math.min(clean.size() - 1, (int) Math.floor((1 - TARGET_FPR) * clean.size()))));
    double[] q = InjectionTrainer.quality(sc);
    int pos = 0;
    int hit = 0;
    for (double[] x : sc) {
      if (x[1] > 0) {
        pos++;
        if (x[0] - shift >= 0) {
          hit++;
        }
      }
    }
    DocumentModel pending = new DocumentModel(raw.w, raw.dense, (float) (raw.bias - shift), "pending");
    String version = "doc-" + InjectionTrainer.sha256(pending.toBytes()).substring(0, 12);
    DocumentModel m = new DocumentModel(raw.w, raw.dense, (float) (raw.bias - shift), version);
    long posSegs = segs.stream().filter(Seg::y).count();
    String summary = String.format(java.util.Locale.ROOT,
        "%d training documents (%d segments, %d injected), %d validation documents (%d clean); validation "
            + "(held-out host and injection template lines): document ROC-AUC %.4f, recall@1%%FPR %.3f, "
            + "recall@5%%FPR %.3f; bias lowered by %.3f so that at most %.0f%% of clean validation documents reach "
            + "0.5, which leaves %d of %d injected validation documents at >= 0.5",
        trainDocs, segs.size(), posSegs, val.size(), clean.size(), q[0], q[1], q[2], shift, TARGET_FPR * 100, hit,
        pos);
    System.err.println("document model: " + summary);
    return new Object[] {m, summary};
  }

  private DocumentModel fit(List<Seg> segs) {
    int n = segs.size();
    double pos = 0;
    double neg = 0;
    for (Seg s : segs) {
      if (s.y()) {
        pos += s.weight();
      } else {
        neg += s.weight();
      }
    }
    double wPos = (pos + neg) / (2.0 * Math.max(1, pos));
    double wNeg = (pos + neg) / (2.0 * Math.max(1, neg));
    float[] w = new float[Features.DIM];
    float[] g2 = new float[Features.DIM];
    double[] dw = new double[DocumentFeatures.DENSE];
    double[] dg2 = new double[DocumentFeatures.DENSE];
    double bias = 0;
    double bg2 = 0;
    double lr = 0.2;
    Random rnd = new Random(seed);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int ep = 0; ep < EPOCHS; ep++) {
      InjectionTrainer.shuffle(order, rnd);
      for (int oi = 0; oi < n; oi++) {
        Seg s = segs.get(order[oi]);
        double z = bias;
        for (int k = 0; k < s.idx().length; k++) {
          z += w[s.idx()[k]] * s.val()[k];
        }
        for (int j = 0; j < dw.length; j++) {
          z += dw[j] * s.dense()[j];
        }
        double p = Model.sigmoid(z);
        double g = (p - (s.y() ? 1 : 0)) * (s.y() ? wPos : wNeg) * s.weight();
        for (int k = 0; k < s.idx().length; k++) {
          int f = s.idx()[k];
          double gf = g * s.val()[k] + L2 * w[f];
          g2[f] += (float) (gf * gf);
          w[f] -= (float) (lr * gf / Math.sqrt(g2[f] + 1e-8));
        }
        for (int j = 0; j < dw.length; j++) {
          double gf = g * s.dense()[j] + L2 * dw[j];
          dg2[j] += gf * gf;
          dw[j] -= lr * gf / Math.sqrt(dg2[j] + 1e-8);
        }
        bg2 += g * g;
        bias -= lr * g / Math.sqrt(bg2 + 1e-8);
      }
    }
    float[] dense = new float[dw.length];
    for (int j = 0; j < dw.length; j++) {
      dense[j] = (float) dw[j];
    }
    return new DocumentModel(w, dense, (float) bias, "pending");
  }

  static String resourceText() {
    try (java.io.InputStream in = DocumentTrainer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
