package dev.aisec.prompt.internal;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * (p16frame) The harmful-procedure model: a small logistic model over the attack model's hashed features (word 1/2-grams,
 * character 3/4-grams, {@link Features}) that reads whether the procedure a text asks for hurts people or breaks into
 * things (drugs, poisons, weapons, explosives, intrusion, spyware, theft) or is an ordinary one of the same shape
 * (cooking, crafts, repairs, one's own alarm or code). It is used only behind the rule
 * {@code persona/frame-exact-procedure} (a fictional or hypothetical frame and a request for the exact method), so a
 * frame around "how he cooks the batch, with the grams" is judged by what is cooked, not by a listed word.
 *
 * <p>Trained from the team-written rows of {@code train/aisec-harm.tsv} (label, language, the procedure), each wrapped
 * in its language's frames and asks, which both labels share, so only what the procedure is about separates them.
 * Deterministic: fixed row order, fixed passes, no random numbers — the weights are the same on every run. (p17harmfit)
 * The training command fits it ({@link #fitShipped()}, seconds) and writes the weights to {@link #WEIGHTS}; at run time
 * they are only read. Thread-safe after construction (read-only arrays).
 */
public final class HarmModel {

  static final String RESOURCE = "/dev/aisec/prompt/train/aisec-harm.tsv";

  private static final int EPOCHS = 30;
  private static final double LEARNING_RATE = 0.3;
  private static final double L2 = 1e-5;

  /** Frames and asks per language that wrap every row: {prefix frames}, {suffix asks}. Shared by both labels. */
  private static final Map<String, String[][]> WRAP = Map.of(
      "en", new String[][] {{"For my novel, the character explains how to", "In a TV show scene, describe how to",
          "Hypothetically, walk me through how to"}, {"step by step, with the exact amounts.",
          "be precise so the scene is realistic.", "list every step and quantity."}},
      "de", new String[][] {{"Für meinen Roman erklärt die Figur, wie man", "Stell dir eine Serie vor:"},
          {"Schritt für Schritt mit genauen Mengen.", "genau so, wie es geht."}},
      "fr", new String[][] {{"Pour mon roman, le personnage explique comment", "Dans une scène de série :"},
          {"étape par étape, avec les quantités exactes.", "de façon précise."}},
      "es", new String[][] {{"Para mi novela, el personaje explica cómo", "En una escena de una película:"},
          {"paso a paso, con las cantidades exactas.", "de forma precisa."}},
      "pt", new String[][] {{"No meu livro, a personagem explica como", "Imagine uma cena de série:"},
          {"passo a passo, com as quantidades exatas.", "de forma exata."}},
      "it", new String[][] {{"Per il mio romanzo, il personaggio spiega come", "Immagina una scena di un film:"},
          {"passo per passo, con le quantità esatte.", "in modo preciso."}},
      "ru", new String[][] {{"Для моего романа персонаж объясняет, как", "Представь сцену из сериала:"},
          {"пошагово, с точными количествами.", "точно и подробно."}},
      "zh", new String[][] {{"我在写小说，角色解释如何", "假如在一部电视剧里，"}, {"请写出详细步骤和准确用量。", "要精确可操作。"}},
      "ja", new String[][] {{"小説の中で、登場人物が説明する：", "ドラマの場面として、"}, {"手順と正確な分量を書いてください。",
          "具体的に正確に書いてください。"}});

  private static volatile HarmModel shared;
  private static volatile HarmModel procedures;

  private final float[] w;
  private final float bias;
  final int rows;
  /** (p17harm) Whether concept features ({@link #conceptIndex}) are part of the model. */
  final boolean concepts;

  HarmModel(float[] w, float bias, int rows, boolean concepts) {
    this.concepts = concepts;
    this.w = w;
    this.bias = bias;
    this.rows = rows;
  }

  /**
   * (p17harmfit) The shipped fitted weights of {@link #shared()} and {@link #procedures()}, written by the training
   * command ({@code bin/aisec prompt train}, {@link #write}) next to the other model files.
   */
  public static final String WEIGHTS = "/dev/aisec/prompt/model/harm-lr.bin";
  /** File name of {@link #WEIGHTS} in the model folder. */
  public static final String WEIGHTS_FILE = "harm-lr.bin";
  /** The command that rewrites {@link #WEIGHTS}, named in every load error. */
  static final String TRAIN_COMMAND = "bin/aisec prompt train --datasets ../../shared/datasets/prompt-injection "
      + "--split-dir target/prompt-eval";
  private static final int MAGIC = 0x41484d57; // "AHMW"
  private static final int FORMAT = 1;
  private static final int END = 0x454e4421; // "END!"
  /** Names of the two models in {@link #WEIGHTS}, in file order. */
  private static final String[] NAMES = {"shared", "procedures"};

  /**
   * The model fitted on the shipped rows and ordinary texts, with concept features. Read from {@link #WEIGHTS} once,
   * at first use (tens of milliseconds; it used to be fitted here, which took seconds). Throws
   * {@link IllegalStateException} naming the resource and the training command when the file is missing or damaged.
   */
  public static HarmModel shared() {
    HarmModel m = shared;
    if (m == null) {
      loadShipped();
      m = shared;
    }
    return m;
  }

  /**
   * (p17harm) The round-16 configuration: fitted on the rows of {@code train/aisec-harm.tsv} only, without the
   * ordinary texts and concept features of {@link #shared()}. It stays the reader behind the rule
   * {@code persona/frame-exact-procedure}, whose frame and exact ask already exclude most ordinary texts, and which the
   * stricter shared model would let pass less often. Read from {@link #WEIGHTS} with {@link #shared()}.
   */
  public static HarmModel procedures() {
    HarmModel m = procedures;
    if (m == null) {
      loadShipped();
      m = procedures;
    }
    return m;
  }

  private static void loadShipped() {
    synchronized (HarmModel.class) {
      if (shared == null || procedures == null) {
        HarmModel[] m = load(WEIGHTS);
        procedures = m[1];
        shared = m[0];
      }
    }
  }

  /**
   * (p17harmfit) Fits both models from the rows in the classpath, as the training command does: {shared, procedures}.
   * Takes seconds.
   */
  public static HarmModel[] fitShipped() {
    List<String[]> rows = readRows();
    rows.addAll(ordinaryRows());
    return new HarmModel[] {fit(rows, true), fit(readRows(), false)};
  }

  /**
   * (p17harmfit) Makes {@code m} ({shared, procedures}, from {@link #fitShipped()}) the models of this JVM, so the
   * trainer's own scoring uses the weights it is about to write, never the ones in the jar it runs from. For the
   * training command only.
   */
  public static void install(HarmModel[] m) {
    synchronized (HarmModel.class) {
      procedures = m[1];
      shared = m[0];
    }
  }

  /** Reads the two models of {@code resource}, or throws an {@link IllegalStateException} that says what to do. */
  static HarmModel[] load(String resource) {
    try (InputStream in = HarmModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("aisec: harm model weights " + resource + " are missing from the classpath; "
            + "the jar is incomplete. Write them with `" + TRAIN_COMMAND + "` and rebuild.");
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new IllegalStateException("aisec: cannot read harm model weights " + resource + ": " + e, e);
    }
  }

  /**
   * Reads the file written by {@link #write}: gzip of magic, format, model count, then per model its name, concept
   * flag, row count, dimension, the raw bits of the bias, the number of non-zero weights and (index, raw float bits)
   * for each in increasing index order, and an end mark. Every value is checked (also that the bias and every weight
   * are finite); anything else is reported as corrupt.
   */
  static HarmModel[] read(InputStream raw, String source) {
    try {
      // inflated in one go (the gzip trailer's CRC and length are checked here), then parsed from memory
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(new GZIPInputStream(raw, 1 << 16).readAllBytes());
      check(in.getInt() == MAGIC, source, "not a harm model weights file (bad magic)");
      int format = in.getInt();
      check(format == FORMAT, source, "format " + format + ", expected " + FORMAT);
      int count = in.getInt();
      check(count == NAMES.length, source, count + " models, expected " + NAMES.length);
      HarmModel[] out = new HarmModel[NAMES.length];
      for (int k = 0; k < NAMES.length; k++) {
        // the name as DataOutput.writeUTF wrote it: two length bytes, then (ASCII) bytes
        byte[] nb = new byte[in.getShort() & 0xffff];
        in.get(nb);
        String name = new String(nb, StandardCharsets.UTF_8);
        check(name.equals(NAMES[k]), source, "model " + k + " is '" + name + "', expected '" + NAMES[k] + "'");
        byte flag = in.get();
        check(flag == 0 || flag == 1, source, "bad concept flag " + flag);
        int rows = in.getInt();
        int dim = in.getInt();
        check(dim == Features.DIM, source, "dimension " + dim + ", this build hashes into " + Features.DIM);
        float bias = Float.intBitsToFloat(in.getInt());
        check(Float.isFinite(bias), source, "bias is not finite");
        int nonZero = in.getInt();
        check(nonZero >= 0 && nonZero <= dim, source, "bad weight count " + nonZero);
        float[] w = new float[dim];
        // (index, bits) pairs in one bulk copy: far faster than a getInt call per value before the JIT warms up
        int[] pairs = new int[2 * nonZero];
        in.asIntBuffer().get(pairs);
        in.position(in.position() + 4 * pairs.length);
        int last = -1;
        for (int i = 0; i < pairs.length; i += 2) {
          int index = pairs[i];
          if (index <= last || index >= dim) { // not check(...): no message built per weight
            throw corrupt(source, "bad weight index " + index, null);
          }
          w[index] = Float.intBitsToFloat(pairs[i + 1]);
          if (!Float.isFinite(w[index])) {
            // (review18) a NaN weight made every window with that feature score NaN, which passes no threshold: the
            // harm check would have been off without a word
            throw corrupt(source, "weight " + index + " is not finite", null);
          }
          last = index;
        }
        out[k] = new HarmModel(w, bias, rows, flag == 1);
      }
      check(in.getInt() == END, source, "no end mark");
      check(!in.hasRemaining(), source, "bytes after the end mark");
      return out;
    } catch (java.nio.BufferUnderflowException | EOFException e) {
      throw corrupt(source, "truncated", e);
    } catch (IOException e) {
      throw corrupt(source, e.toString(), e);
    }
  }

  private static void check(boolean ok, String source, String what) {
    if (!ok) {
      throw corrupt(source, what, null);
    }
  }

  private static IllegalStateException corrupt(String source, String what, Exception cause) {
    return new IllegalStateException("aisec: harm model weights " + source + " are corrupt (" + what + "); "
        + "rewrite them with `" + TRAIN_COMMAND + "` and rebuild.", cause);
  }

  /** Writes {@code m} ({shared, procedures}) in the format of {@link #read}: lossless (raw float bits), deterministic. */
  public static void write(OutputStream raw, HarmModel[] m) throws IOException {
    if (m.length != NAMES.length) {
      throw new IllegalArgumentException("expected " + NAMES.length + " models");
    }
    GZIPOutputStream gz = new GZIPOutputStream(raw);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(m.length);
    for (int k = 0; k < m.length; k++) {
      out.writeUTF(NAMES[k]);
      out.writeBoolean(m[k].concepts);
      out.writeInt(m[k].rows);
      out.writeInt(m[k].w.length);
      out.writeInt(Float.floatToRawIntBits(m[k].bias));
      int nonZero = 0;
      for (float f : m[k].w) {
        nonZero += Float.floatToRawIntBits(f) != 0 ? 1 : 0;
      }
      out.writeInt(nonZero);
      for (int i = 0; i < m[k].w.length; i++) {
        int bits = Float.floatToRawIntBits(m[k].w[i]);
        if (bits != 0) {
          out.writeInt(i);
          out.writeInt(bits);
        }
      }
    }
    out.writeInt(END);
    out.flush();
    gz.finish();
  }

  /** {@link #write} into a byte array. */
  public static byte[] toBytes(HarmModel[] m) {
    java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream();
    try {
      write(bo, m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bo.toByteArray();
  }

  /** Whether {@code o} has the same weights, bias (bit for bit), concept flag and row count. */
  boolean sameAs(HarmModel o) {
    if (concepts != o.concepts || rows != o.rows || Float.floatToRawIntBits(bias) != Float.floatToRawIntBits(o.bias)
        || w.length != o.w.length) {
      return false;
    }
    for (int i = 0; i < w.length; i++) {
      if (Float.floatToRawIntBits(w[i]) != Float.floatToRawIntBits(o.w[i])) {
        return false;
      }
    }
    return true;
  }

  /** Number of non-zero weights. */
  int nonZero() {
    int n = 0;
    for (float f : w) {
      n += f != 0 ? 1 : 0;
    }
    return n;
  }

  /** Tokens per window of {@link #probability}: about the length of a training row. */
  static final int WINDOW = 12;
  /** Stride between windows. */
  static final int STRIDE = 4;

  /**
   * Probability that the procedure asked for in tokens {@code [from, to)} is a harmful one: the highest over windows
   * of {@value #WINDOW} tokens (stride {@value #STRIDE}), since the words that name the harm are a short span of a
   * longer request and the rows the model learnt from are that long. Linear: each token is in at most three windows.
   */
  public double probability(Tokens t, int from, int to) {
    long[] masks = new long[to];
    if (concepts) {
      Concepts.annotate(t, from, to, masks);
    }
    double best = 0;
    for (int a = from; a < to; a += STRIDE) {
      int b = Math.min(to, a + WINDOW);
      best = Math.max(best, window(t, a, b, masks));
      if (b == to) {
        break;
      }
    }
    return best;
  }

  private double window(Tokens t, int from, int to, long[] masks) {
    int n = Features.count(t, from, to);
    double c = 0;
    for (int i = from; i < to; i++) {
      for (long m = masks[i]; m != 0; m &= m - 1) {
        c += w[conceptIndex(Long.numberOfTrailingZeros(m))];
        n++;
      }
    }
    if (n == 0) {
      return 0;
    }
    double z = bias + (Features.dot(t, from, to, w) + c) / Math.sqrt(n);
    return 1.0 / (1.0 + StrictMath.exp(-z));
  }

  /**
   * (p17harm) Index of the feature "a token of concept {@code bit}" ({@link Concepts}): the concept lexicon names
   * harms, targets (someone else) and covertness in nine languages, so the model can generalise beyond its rows'
   * n-grams. One feature per concept token, in the same weight array as the n-grams.
   */
  static int conceptIndex(int bit) {
    return Features.mix(0x6a09e667 + 0x3c6ef372 * (bit + 1)) & (Features.DIM - 1);
  }

  /**
   * (p17harm) Ordinary prompts and documents that the team wrote for the attack model (the {@code benign} and
   * {@code document} rows of {@code train/aisec-written.tsv} and of {@code train/aisec-templates.tsv}, and the
   * {@code host} documents of {@code train/aisec-documents.tsv}, each template
   * line expanded into at most {@value #TEMPLATE_VARIANTS} variants by rotating through its alternatives) as extra
   * harmless rows of language {@code "-"}: not wrapped in frames, and cut into windows of {@value #WINDOW} tokens as
   * the model reads them. Without them the model, which saw only short procedures, read scripts, lecture notes and
   * role-play set-ups as harmful as often as not.
   */
  static List<String[]> ordinaryRows() {
    List<String[]> out = new ArrayList<>();
    for (String line : lines("/dev/aisec/prompt/train/aisec-written.tsv")) {
      String[] f = line.split("\t", 2);
      if (f.length == 2 && (f[0].equals("benign") || f[0].equals("document"))) {
        out.add(new String[] {"0", "-", f[1].replace("\\n", "\n")});
      }
    }
    for (String line : lines("/dev/aisec/prompt/train/aisec-templates.tsv")) {
      String[] f = line.split("\t", 2);
      if (f.length == 2 && (f[0].equals("benign") || f[0].equals("document"))) {
        for (String v : variants(f[1].replace("\\n", "\n"))) {
          out.add(new String[] {"0", "-", v});
        }
      }
    }
    for (String line : lines("/dev/aisec/prompt/train/aisec-documents.tsv")) {
      String[] f = line.split("\t", 2);
      if (f.length == 2 && f[0].equals("host")) {
        for (String v : variants(f[1].replace("\\n", "\n"))) {
          out.add(new String[] {"0", "-", v});
        }
      }
    }
    return out;
  }

  static final int TEMPLATE_VARIANTS = 4;
  /** Label code of a window of an ordinary text (harmless, weighted by {@link #ORDINARY_WEIGHT}). */
  private static final int ORDINARY = 2;
  /** Weight of an ordinary text's window relative to a harmless procedure row. */
  static final double ORDINARY_WEIGHT = 0.5;

  /** Variant k of a template takes alternative {@code k mod count} of every {@code {a|b|c}} group. */
  static List<String> variants(String tpl) {
    List<String> out = new ArrayList<>();
    int most = 1;
    for (int i = tpl.indexOf('{'); i >= 0; i = tpl.indexOf('{', i + 1)) {
      int j = tpl.indexOf('}', i);
      if (j < 0) {
        break;
      }
      most = Math.max(most, tpl.substring(i + 1, j).split("\\|", -1).length);
    }
    for (int k = 0; k < Math.min(most, TEMPLATE_VARIANTS); k++) {
      StringBuilder b = new StringBuilder();
      int at = 0;
      for (int i = tpl.indexOf('{'); i >= 0; i = tpl.indexOf('{', at)) {
        int j = tpl.indexOf('}', i);
        if (j < 0) {
          break;
        }
        String[] alt = tpl.substring(i + 1, j).split("\\|", -1);
        b.append(tpl, at, i).append(alt[k % alt.length]);
        at = j + 1;
      }
      b.append(tpl, at, tpl.length());
      out.add(b.toString());
    }
    return out;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = HarmModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Rows of the resource: {label, lang, text}. */
  static List<String[]> readRows() {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = HarmModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 3);
        if (f.length != 3 || !(f[0].equals("0") || f[0].equals("1"))) {
          throw new IllegalStateException(RESOURCE + ": bad row: " + line);
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The training texts of one row: the row alone, and wrapped in each frame and each ask of its language. */
  static List<String> expand(String lang, String text) {
    List<String> out = new ArrayList<>();
    out.add(text);
    String[][] wr = WRAP.getOrDefault(lang, WRAP.get("en"));
    boolean cjk = lang.equals("zh") || lang.equals("ja");
    String sep = cjk ? "" : " ";
    for (String f : wr[0]) {
      out.add(f + sep + text);
    }
    for (String a : wr[1]) {
      out.add(text + (cjk ? "，" : ", ") + a);
    }
    return out;
  }

  /** Appends the normalised features of {@code x} with label {@code y}. */
  private static void add(Tokens t, String x, int y, List<int[]> idx, List<float[]> val, List<Integer> lab,
      boolean concepts) {
    t.tokenize(x, 0, x.length());
    int n0 = Features.count(t, 0, t.size);
    long[] masks = new long[t.size];
    if (concepts) {
      Concepts.annotate(t, 0, t.size, masks);
    }
    int n = n0;
    for (long m : masks) {
      n += Long.bitCount(m);
    }
    if (n == 0) {
      return;
    }
    int[] ii = new int[n];
    float[] vv = new float[n];
    int[] k = {0};
    float norm = (float) (1.0 / Math.sqrt(n));
    Features.extract(t, 0, t.size, (tok, index, sign) -> {
      ii[k[0]] = index;
      vv[k[0]] = sign * norm;
      k[0]++;
    });
    for (long m : masks) {
      for (; m != 0; m &= m - 1) {
        ii[k[0]] = conceptIndex(Long.numberOfTrailingZeros(m));
        vv[k[0]] = norm;
        k[0]++;
      }
    }
    idx.add(ii);
    val.add(vv);
    lab.add(y);
  }

  /**
   * Fits the model on {@code rows} ({label, lang, text}): class-balanced logistic regression, AdaGrad, {@value #EPOCHS}
   * passes in a fixed order, features normalised by the square root of their count as in the attack model.
   */
  static HarmModel fit(List<String[]> rows) {
    return fit(rows, true);
  }

  /** {@link #fit(List)}, with or without the concept features. */
  static HarmModel fit(List<String[]> rows, boolean concepts) {
    List<int[]> idx = new ArrayList<>();
    List<float[]> val = new ArrayList<>();
    List<Integer> lab = new ArrayList<>();
    Tokens t = new Tokens();
    for (String[] r : rows) {
      if (r[1].equals("-")) {
        // an ordinary text: its windows, as the model reads them, are harmless
        t.tokenize(r[2], 0, r[2].length());
        int size = t.size;
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < size; a += WINDOW) {
          int b = Math.min(size, a + WINDOW);
          parts.add(r[2].substring(t.start[a], t.end[b - 1]));
        }
        for (String x : parts) {
          add(t, x, ORDINARY, idx, val, lab, concepts);
        }
        continue;
      }
      for (String x : expand(r[1], r[2])) {
        add(t, x, r[0].equals("1") ? 1 : 0, idx, val, lab, concepts);
      }
    }
    // the frames and asks alone are harmless: a window of a request that holds only them must read as harmless
    List<String> langs = new ArrayList<>(WRAP.keySet());
    java.util.Collections.sort(langs);
    for (String lang : langs) {
      for (String[] part : WRAP.get(lang)) {
        for (String x : part) {
          add(t, x, 0, idx, val, lab, concepts);
        }
      }
    }
    int pos = 0;
    int ord = 0;
    for (int y : lab) {
      pos += y == 1 ? 1 : 0;
      ord += y == ORDINARY ? 1 : 0;
    }
    int neg = lab.size() - pos - ord;
    double wPos = lab.size() / (2.0 * Math.max(1, pos));
    double wNeg = lab.size() / (2.0 * Math.max(1, neg + ORDINARY_WEIGHT * ord));
    double wOrd = wNeg * ORDINARY_WEIGHT;
    float[] w = new float[Features.DIM];
    float[] g2 = new float[Features.DIM];
    double b = 0;
    double gb2 = 0;
    int m = lab.size();
    for (int ep = 0; ep < EPOCHS; ep++) {
      // fixed order: a stride through the rows that is coprime with their number, so labels and languages mix
      int stride = m % 7919 == 0 ? 1 : 7919;
      for (int s = 0; s < m; s++) {
        int i = (int) ((long) s * stride % m);
        int[] ii = idx.get(i);
        float[] vv = val.get(i);
        double z = b;
        for (int j = 0; j < ii.length; j++) {
          z += w[ii[j]] * vv[j];
        }
        double p = 1.0 / (1.0 + StrictMath.exp(-z));
        int yl = lab.get(i);
        int y = yl == 1 ? 1 : 0;
        double g = (p - y) * (yl == 1 ? wPos : yl == ORDINARY ? wOrd : wNeg);
        for (int j = 0; j < ii.length; j++) {
          int h = ii[j];
          double gj = g * vv[j] + L2 * w[h];
          g2[h] += (float) (gj * gj);
          w[h] -= (float) (LEARNING_RATE * gj / (StrictMath.sqrt(g2[h]) + 1e-8));
        }
        gb2 += g * g;
        b -= LEARNING_RATE * g / (StrictMath.sqrt(gb2) + 1e-8);
      }
    }
    return new HarmModel(w, (float) b, rows.size(), concepts);
  }
}
