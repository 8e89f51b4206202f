package dev.aisec.cli.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.cli.io.StdinSpool;
import dev.aisec.data.poison.BackdoorDetector;
import dev.aisec.data.poison.DriftTest;
import dev.aisec.data.poison.EnsembleDetector;
import dev.aisec.data.poison.LabelIssues;
import dev.aisec.data.poison.NearDuplicates;
import dev.aisec.data.poison.NumericTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aisec data audit}: runs every applicable check and writes one self-contained HTML report (inline SVG, no
 * network resources) plus a JSON report next to it ({@code report.html} -> {@code report.json}).
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Runs every applicable poisoning check and writes a self-contained HTML report and a JSON "
        + "report beside it. CSV: outliers (+ label issues with --class-column, + drift with --reference). "
        + "JSON Lines: label issues, backdoor triggers, near duplicates (+ token drift with --reference).")
public final class AuditCommand implements Callable<Integer> {

  @Option(names = "--csv")
  Path csv;

  @Option(names = "--label-column", defaultValue = "label", description = "CSV column left out of the features")
  String labelColumn;

  @Option(names = "--class-column", description = "CSV class column for the label-issue check")
  String classColumn;

  @Option(names = "--jsonl")
  Path jsonl;

  @Option(names = "--text-field", defaultValue = "text")
  String textField;

  @Option(names = "--label-field", defaultValue = "label")
  String labelField;

  @Option(names = "--embedding-field",
      description = "JSON Lines holds embeddings in this array field: outliers + spectral signatures per label")
  String embeddingField;

  @Option(names = "--reference", description = "trusted reference batch for the drift check")
  Path reference;

  @Option(names = "--flag-fraction", defaultValue = "0.05", description = "outlier fraction highlighted")
  double flagFraction;

  @Option(names = "--out", required = true, description = "HTML report path; the JSON goes beside it")
  Path out;

  @Override
  public Integer call() {
    return DataIo.guarded(() -> {
      StringBuilder cmd = new StringBuilder("bin/aisec data audit");
      if (csv != null) {
        cmd.append(" --csv ").append(csv).append(" --label-column ").append(labelColumn);
        if (classColumn != null) {
          cmd.append(" --class-column ").append(classColumn);
        }
      }
      if (jsonl != null && embeddingField != null) {
        cmd.append(" --jsonl ").append(jsonl).append(" --embedding-field ").append(embeddingField)
            .append(" --label-field ").append(labelField);
      } else if (jsonl != null) {
        cmd.append(" --jsonl ").append(jsonl).append(" --text-field ").append(textField)
            .append(" --label-field ").append(labelField);
      }
      if (reference != null) {
        cmd.append(" --reference ").append(reference);
      }
      cmd.append(" --out ").append(out);
      Audit a = embeddingField != null
          ? runEmbeddings(jsonl, embeddingField, labelField, flagFraction, cmd.toString(), new Progress())
          : run(csv, labelColumn, classColumn, jsonl, textField, labelField, reference, flagFraction,
              cmd.toString(), new Progress());
      DataIo.write(out, a.html);
      DataIo.write(jsonPath(out), DataIo.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a.json) + "\n");
      System.err.println("aisec: wrote " + out + " and " + jsonPath(out));
      return 0;
    });
  }

  static Path jsonPath(Path html) {
    String name = html.getFileName().toString();
    String base = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
    return html.resolveSibling(base + ".json");
  }

  /** A finished audit. */
  public record Audit(String html, ObjectNode json, int findings) {}

  /** Progress bar on stderr, only when attached to a terminal. */
  public static final class Progress {
    private final boolean tty = System.console() != null;
    private final long start = System.nanoTime();

    void step(int done, int total, String what) {
      if (!tty) {
        return;
      }
      int w = 30;
      int fill = total == 0 ? w : done * w / total;
      System.err.printf("\r[%s%s] %d/%d %-28s %5.1fs", "#".repeat(fill), " ".repeat(w - fill), done, total, what,
          (System.nanoTime() - start) / 1e9);
      if (done == total) {
        System.err.println();
      }
    }
  }

  /** Runs the audit (used by the command and by the demo). */
  public static Audit run(Path csv, String labelColumn, String classColumn, Path jsonl, String textField,
      String labelField, Path reference, double flagFraction, String command, Progress progress) throws Exception {
    if ((csv == null) == (jsonl == null)) {
      throw new IllegalArgumentException("give exactly one of --csv or --jsonl");
    }
    if (!(flagFraction > 0 && flagFraction < 1)) {
      throw new IllegalArgumentException("--flag-fraction must be in (0, 1)");
    }
    StdinSpool.requireDistinct(csv != null ? "--csv" : "--jsonl", csv != null ? csv : jsonl, "--reference", reference);
    ObjectNode json = DataIo.JSON.createObjectNode();
    json.put("command", command);
    Html h = new Html(command);
    int findings = 0;
    if (csv != null) {
      int total = 2 + (classColumn != null ? 1 : 0) + (reference != null ? 1 : 0);
      int done = 0;
      progress.step(done, total, "reading");
      Set<String> exclude = classColumn == null ? Set.of() : Set.of(classColumn);
      NumericTable t = NumericTable.readCsv(StdinSpool.resolve(csv),
          labelColumn, exclude, NumericTable.MissingPolicy.MEDIAN);
      json.put("input", csv.toString());
      json.put("rows", t.rowCount());
      json.put("imputedCells", t.imputed());
      progress.step(++done, total, "outliers (ensemble)");
      double[][] x = t.matrix();
      double[] s = EnsembleDetector.standard().fitScore(x);
      boolean[] flagged = topFraction(s, flagFraction);
      ObjectNode o = json.putObject("outliers");
      o.put("detector", "ensemble");
      o.put("flagFraction", flagFraction);
      ArrayNode top = o.putArray("top");
      Integer[] order = order(s);
      for (int k = 0; k < Math.min(20, order.length); k++) {
        top.addObject().put("row", order[k]).put("score", round(s[order[k]]));
      }
      ArrayNode all = o.putArray("scores");
      for (double v : s) {
        all.add(round(v));
      }
      int nflag = 0;
      for (boolean b : flagged) {
        nflag += b ? 1 : 0;
      }
      findings += nflag;
      h.section("Outliers (default ensemble)", "Rank-normalised ensemble of Isolation Forest, HBOS and robust "
          + "Mahalanobis (MCD), maxed with a cluster-aware member. " + nflag + " of " + s.length
          + " rows are highlighted (top " + pct(flagFraction) + ").");
      h.raw(Svg.histogram(s, "ensemble outlier score"));
      h.raw(Svg.projection(x, flagged));
      h.table(List.of("row", "score"), topRows(order, s, 20));
      if (classColumn != null) {
        progress.step(++done, total, "label issues");
        NumericTable lt = NumericTable.readCsv(StdinSpool.resolve(csv), classColumn, Set.of(labelColumn),
            NumericTable.MissingPolicy.MEDIAN);
        if (lt.labels() == null) {
          throw new IllegalArgumentException(csv + ": no column named '" + classColumn + "'");
        }
        LabelIssues li = LabelIssues.forNumeric(lt.matrix(), lt.labels(), 42L);
        findings += li.issues().size();
        labelSection(json, h, li);
      }
      if (reference != null) {
        progress.step(++done, total, "drift");
        NumericTable rt = NumericTable.readCsv(StdinSpool.resolve(reference),
            labelColumn, exclude, NumericTable.MissingPolicy.MEDIAN);
        DriftTest.Report r = DriftTest.numeric(rt.matrix(), x, t.columns(), 0.01, 42L);
        json.set("drift", DriftCommand.toJson(r));
        long nd = r.features().stream().filter(DriftTest.FeatureDrift::drifted).count();
        findings += (int) nd + (r.mmdPValue() < 0.01 ? 1 : 0);
        h.section("Drift against " + reference.getFileName(), nd + " of " + r.features().size()
            + " features drifted (KS, Benjamini-Hochberg, alpha 0.01); MMD permutation p = "
            + String.format("%.4f", r.mmdPValue()) + ".");
        h.raw(Svg.bars(r.features().stream().map(DriftTest.FeatureDrift::feature).toList(),
            r.features().stream().mapToDouble(DriftTest.FeatureDrift::ks).toArray(),
            r.features().stream().map(DriftTest.FeatureDrift::drifted).toList(), "KS statistic per feature"));
      }
      progress.step(total, total, "done");
    } else {
      int total = 4 + (reference != null ? 1 : 0);
      int done = 0;
      progress.step(done, total, "reading");
      DataIo.TextSet ts = DataIo.readTexts(jsonl, textField, labelField);
      json.put("input", jsonl.toString());
      json.put("rows", ts.texts().size());
      progress.step(++done, total, "label issues");
      LabelIssues li = LabelIssues.forText(ts.texts(), ts.labels(), 42L);
      findings += li.issues().size();
      labelSection(json, h, li);
      progress.step(++done, total, "backdoor triggers");
      BackdoorDetector.Result br = BackdoorDetector.standard().detect(ts.texts(), ts.labels());
      json.set("backdoor", DataIo.JSON.readTree(BackdoorCommand.toJson(br)));
      findings += br.triggers().size();
      h.section("Backdoor triggers", br.triggers().isEmpty() ? "No significant trigger candidates."
          : br.triggers().size() + " candidate trigger(s); the first is the strongest.");
      List<List<String>> rows = new ArrayList<>();
      for (BackdoorDetector.Trigger tr : br.triggers().subList(0, Math.min(15, br.triggers().size()))) {
        rows.add(List.of(tr.token(), tr.targetLabel(), String.format("%.1f", tr.score()),
            Integer.toString(tr.support()), Integer.toString(tr.rows().size())));
      }
      h.table(List.of("n-gram", "target label", "score (-log10 p)", "support", "rows"), rows);
      h.raw(Svg.histogram(br.rowScores(), "backdoor row score"));
      progress.step(++done, total, "near duplicates");
      List<NearDuplicates.Cluster> cs = NearDuplicates.find(ts.texts(), ts.labels(), 0.8);
      json.set("duplicates", DuplicatesCommand.toJson(cs, ts.texts().size()));
      long disagree = cs.stream().filter(c -> !c.labelsAgree()).count();
      findings += (int) disagree;
      h.section("Near-duplicate floods", cs.size() + " clusters of near-identical rows (MinHash, Jaccard >= 0.8); "
          + disagree + " with conflicting labels.");
      List<List<String>> crow = new ArrayList<>();
      for (NearDuplicates.Cluster c : cs.subList(0, Math.min(15, cs.size()))) {
        crow.add(List.of(Integer.toString(c.size()), Boolean.toString(c.labelsAgree()), String.join(" ",
            c.labels()), c.rows().subList(0, Math.min(10, c.rows().size())).toString()));
      }
      h.table(List.of("size", "labels agree", "labels", "rows (first 10)"), crow);
      if (reference != null) {
        progress.step(++done, total, "token drift");
        List<String> ref = DataIo.readTexts(reference, textField, null).texts();
        List<DriftTest.TokenJump> jumps = DriftTest.textJumps(ref, ts.texts(), 4.0, 30);
        ArrayNode arr = json.putObject("drift").putArray("tokens");
        for (DriftTest.TokenJump j : jumps) {
          arr.addObject().put("token", j.token()).put("referenceRate", j.referenceRate())
              .put("candidateRate", j.candidateRate()).put("z", round(j.z()));
        }
        findings += jumps.size();
        h.section("Token drift against " + reference.getFileName(), jumps.size() + " tokens changed document "
            + "frequency (|z| >= 4).");
        h.raw(Svg.bars(jumps.stream().map(DriftTest.TokenJump::token).toList(),
            jumps.stream().mapToDouble(DriftTest.TokenJump::z).toArray(),
            jumps.stream().map(j -> j.z() > 0).toList(), "z of document-frequency change"));
      }
      progress.step(total, total, "done");
    }
    json.put("findings", findings);
    return new Audit(h.finish(findings), json, findings);
  }

  /** Audit of an embedding set: ensemble outliers and spectral signatures per label. */
  public static Audit runEmbeddings(Path jsonl, String embeddingField, String labelField, double flagFraction,
      String command, Progress progress) throws Exception {
    if (jsonl == null) {
      throw new IllegalArgumentException("--embedding-field needs --jsonl");
    }
    ObjectNode json = DataIo.JSON.createObjectNode();
    json.put("command", command);
    Html h = new Html(command);
    progress.step(0, 3, "reading");
    NumericTable t;
    try {
      t = NumericTable.readJsonl(StdinSpool.resolve(jsonl), embeddingField, labelField);
    } catch (IllegalArgumentException e) {
      if (!e.getMessage().contains("has no field '" + labelField + "'")) {
        throw e;
      }
      t = NumericTable.readJsonl(StdinSpool.resolve(jsonl), embeddingField, null);
    }
    json.put("input", jsonl.toString());
    json.put("rows", t.rowCount());
    progress.step(1, 3, "outliers (ensemble)");
    double[][] x = t.matrix();
    double[] s = EnsembleDetector.standard().fitScore(x);
    boolean[] flagged = topFraction(s, flagFraction);
    ObjectNode o = json.putObject("outliers");
    o.put("detector", "ensemble");
    ArrayNode all = o.putArray("scores");
    for (double v : s) {
      all.add(round(v));
    }
    int findings = (int) Math.ceil(flagFraction * s.length);
    h.section("Embedding outliers (default ensemble)", findings + " of " + s.length + " rows highlighted (top "
        + pct(flagFraction) + ").");
    h.raw(Svg.histogram(s, "ensemble outlier score"));
    h.raw(Svg.projection(x, flagged));
    h.table(List.of("row", "score"), topRows(order(s), s, 20));
    progress.step(2, 3, "spectral signatures");
    if (t.labels() != null) {
      double[] sp = dev.aisec.data.poison.SpectralSignature.scores(x, t.labels());
      boolean[] sf = dev.aisec.data.poison.SpectralSignature.flagged(sp, t.labels(), flagFraction);
      ObjectNode so = json.putObject("spectralSignatures");
      so.put("epsilon", flagFraction);
      ArrayNode sa = so.putArray("scores");
      ArrayNode fa = so.putArray("flaggedRows");
      int nf = 0;
      for (int i = 0; i < sp.length; i++) {
        sa.add(round(sp[i]));
        if (sf[i]) {
          fa.add(i);
          nf++;
        }
      }
      findings += nf;
      h.section("Spectral signatures by label (Tran et al. 2018)", nf + " rows flagged: the top 1.5 x "
          + pct(flagFraction) + " of each label by squared projection on the label's top singular vector.");
      h.raw(Svg.histogram(sp, "spectral signature score"));
      h.raw(Svg.projection(x, sf));
    }
    progress.step(3, 3, "done");
    json.put("findings", findings);
    return new Audit(h.finish(findings), json, findings);
  }

  private static void labelSection(ObjectNode json, Html h, LabelIssues li) {
    ObjectNode o = json.putObject("labelIssues");
    ArrayNode arr = o.putArray("issues");
    List<List<String>> rows = new ArrayList<>();
    for (LabelIssues.Issue is : li.issues()) {
      arr.addObject().put("row", is.row()).put("givenLabel", is.givenLabel())
          .put("suggestedLabel", is.suggestedLabel()).put("score", round(is.score()));
      if (rows.size() < 20) {
        rows.add(List.of(Integer.toString(is.row()), is.givenLabel(), is.suggestedLabel(),
            String.format("%.3f", is.score())));
      }
    }
    h.section("Label issues (confident learning)", li.issues().size() + " rows whose label disagrees with "
        + "out-of-fold predictions.");
    h.table(List.of("row", "given", "suggested", "score"), rows);
    h.raw(Svg.histogram(li.scores(), "label suspicion score"));
  }

  private static List<List<String>> topRows(Integer[] order, double[] s, int k) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(k, order.length); i++) {
      rows.add(List.of(Integer.toString(order[i]), String.format("%.4f", s[order[i]])));
    }
    return rows;
  }

  static Integer[] order(double[] s) {
    Integer[] idx = new Integer[s.length];
    for (int i = 0; i < s.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(s[b], s[a]));
    return idx;
  }

  static boolean[] topFraction(double[] s, double f) {
    Integer[] o = order(s);
    boolean[] b = new boolean[s.length];
    int k = (int) Math.ceil(f * s.length);
    for (int i = 0; i < Math.min(k, s.length); i++) {
      b[o[i]] = true;
    }
    return b;
  }

  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  static String pct(double f) {
    return String.format("%.1f%%", 100 * f);
  }

  /** Minimal HTML builder; every text is escaped. */
  static final class Html {
    private final StringBuilder body = new StringBuilder();
    private final String command;

    Html(String command) {
      this.command = command;
    }

    static String esc(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '<' -> b.append("&lt;");
          case '>' -> b.append("&gt;");
          case '&' -> b.append("&amp;");
          case '"' -> b.append("&quot;");
          case '\'' -> b.append("&#39;");
          default -> b.append(c);
        }
      }
      return b.toString();
    }

    void section(String title, String text) {
      body.append("<h2>").append(esc(title)).append("</h2>\n<p>").append(esc(text)).append("</p>\n");
    }

    void raw(String svg) {
      body.append("<div class=\"plot\">").append(svg).append("</div>\n");
    }

    void table(List<String> head, List<List<String>> rows) {
      if (rows.isEmpty()) {
        return;
      }
      body.append("<table><tr>");
      for (String h : head) {
        body.append("<th>").append(esc(h)).append("</th>");
      }
      body.append("</tr>\n");
      for (List<String> r : rows) {
        body.append("<tr>");
        for (String c : r) {
          body.append("<td>").append(esc(c)).append("</td>");
        }
        body.append("</tr>\n");
      }
      body.append("</table>\n");
    }

    String finish(int findings) {
      return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
          + "<title>aisec data audit</title><style>body{font-family:sans-serif;max-width:960px;margin:2em auto;"
          + "color:#222}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 8px;"
          + "font-size:13px}th{background:#f3f3f3}code{background:#f3f3f3;padding:2px 4px}.plot{margin:.5em 0}"
          + "</style></head><body>\n<h1>aisec data audit</h1>\n<p>" + findings + " findings. Reproduce with:</p>"
          + "<p><code>" + esc(command) + "</code></p>\n" + body + "</body></html>\n";
    }
  }

  /** Inline SVG plots. */
  static final class Svg {
    private Svg() {}

    static String histogram(double[] v, String title) {
      int bins = 30;
      double lo = Arrays.stream(v).min().orElse(0);
      double hi = Arrays.stream(v).max().orElse(1);
      if (hi <= lo) {
        hi = lo + 1;
      }
      int[] c = new int[bins];
      for (double x : v) {
        int b = (int) ((x - lo) / (hi - lo) * bins);
        c[Math.min(bins - 1, Math.max(0, b))]++;
      }
      int max = Arrays.stream(c).max().orElse(1);
      int w = 600;
      int hgt = 160;
      StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\""
          + (hgt + 40) + "\"><text x=\"0\" y=\"14\" font-size=\"13\">" + Html.esc(title) + " (histogram, n="
          + v.length + ")</text>");
      double bw = (double) w / bins;
      for (int b = 0; b < bins; b++) {
        double bh = max == 0 ? 0 : Math.sqrt(c[b] / (double) max) * hgt;
        s.append(String.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a7fb5\">"
            + "<title>%d</title></rect>", b * bw, 20 + hgt - bh, bw - 1, bh, c[b]));
      }
      s.append(String.format("<text x=\"0\" y=\"%d\" font-size=\"11\">%.3g</text><text x=\"%d\" y=\"%d\" "
          + "font-size=\"11\" text-anchor=\"end\">%.3g (sqrt scale)</text></svg>", hgt + 35, lo, w, hgt + 35, hi));
      return s.toString();
    }

    /** First two principal components (power iteration) of z-scored rows; flagged rows in red. */
    static String projection(double[][] x, boolean[] flagged) {
      int n = x.length;
      int d = x[0].length;
      double[] mean = new double[d];
      double[] sd = new double[d];
      for (double[] r : x) {
        for (int j = 0; j < d; j++) {
          mean[j] += r[j] / n;
        }
      }
      for (double[] r : x) {
        for (int j = 0; j < d; j++) {
          sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
        }
      }
      for (int j = 0; j < d; j++) {
        sd[j] = sd[j] > 0 ? Math.sqrt(sd[j]) : 1;
      }
      double[][] z = new double[n][d];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) {
          z[i][j] = (x[i][j] - mean[j]) / sd[j];
        }
      }
      double[] v1 = pc(z, null);
      double[] v2 = d > 1 ? pc(z, v1) : new double[d];
      double[] px = new double[n];
      double[] py = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) {
          px[i] += z[i][j] * v1[j];
          py[i] += z[i][j] * v2[j];
        }
      }
      double x0 = Arrays.stream(px).min().orElse(0);
      double x1 = Arrays.stream(px).max().orElse(1);
      double y0 = Arrays.stream(py).min().orElse(0);
      double y1 = Arrays.stream(py).max().orElse(1);
      double sx = x1 > x0 ? 560 / (x1 - x0) : 1;
      double sy = y1 > y0 ? 360 / (y1 - y0) : 1;
      StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"400\">"
          + "<text x=\"0\" y=\"14\" font-size=\"13\">2-D projection (first two principal components); red = "
          + "flagged</text>");
      int step = Math.max(1, n / 5000);
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < n; i++) {
          boolean f = flagged[i];
          if ((pass == 0) == f || (!f && i % step != 0)) {
            continue;
          }
          s.append(String.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\"/>", 20 + (px[i] - x0) * sx,
              25 + 360 - (py[i] - y0) * sy, f ? "2.5" : "1.5", f ? "#d62728" : "#7f9fbf"));
        }
      }
      return s.append("</svg>").toString();
    }

    private static double[] pc(double[][] z, double[] orth) {
      int d = z[0].length;
      double[] v = new double[d];
      for (int j = 0; j < d; j++) {
        v[j] = 1.0 / Math.sqrt(d) + 0.01 * j;
      }
      for (int it = 0; it < 50; it++) {
        double[] w = new double[d];
        for (double[] r : z) {
          double p = 0;
          for (int j = 0; j < d; j++) {
            p += r[j] * v[j];
          }
          for (int j = 0; j < d; j++) {
            w[j] += p * r[j];
          }
        }
        if (orth != null) {
          double p = 0;
          for (int j = 0; j < d; j++) {
            p += w[j] * orth[j];
          }
          for (int j = 0; j < d; j++) {
            w[j] -= p * orth[j];
          }
        }
        double norm = Math.sqrt(Arrays.stream(w).map(a -> a * a).sum());
        if (norm == 0) {
          return v;
        }
        for (int j = 0; j < d; j++) {
          v[j] = w[j] / norm;
        }
      }
      return v;
    }

    static String bars(List<String> names, double[] values, List<Boolean> hot, String title) {
      int n = names.size();
      int rowH = 16;
      double max = Arrays.stream(values).map(Math::abs).max().orElse(1);
      if (max == 0) {
        max = 1;
      }
      StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\""
          + (30 + n * rowH) + "\"><text x=\"0\" y=\"14\" font-size=\"13\">" + Html.esc(title)
          + " (red = significant / rising)</text>");
      for (int i = 0; i < n; i++) {
        double w = Math.abs(values[i]) / max * 400;
        int y = 22 + i * rowH;
        s.append(String.format("<text x=\"0\" y=\"%d\" font-size=\"11\">%s</text><rect x=\"150\" y=\"%d\" "
            + "width=\"%.1f\" height=\"%d\" fill=\"%s\"/><text x=\"%.1f\" y=\"%d\" font-size=\"11\">%.3g</text>",
            y + 11, Html.esc(names.get(i).length() > 22 ? names.get(i).substring(0, 22) : names.get(i)), y, w,
            rowH - 3, hot.get(i) ? "#d62728" : "#7f9fbf", 155 + w, y + 11, values[i]));
      }
      return s.append("</svg>").toString();
    }
  }
}
