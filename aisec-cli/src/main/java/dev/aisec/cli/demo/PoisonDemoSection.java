package dev.aisec.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aisec.cli.data.AuditCommand;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Data-poisoning demo: generates a small labelled text set with three kinds of poison (a planted backdoor trigger,
 * flipped labels and a near-duplicate flood), audits it, and prints the findings and where the HTML report is
 * (under the system temp directory).
 */
public final class PoisonDemoSection implements DemoSection {

  private static final String[] SPAM = {"win", "free", "prize", "call", "now", "claim", "cash", "urgent", "offer",
      "txt", "reply", "bonus", "award", "mobile", "guaranteed"};
  private static final String[] HAM = {"see", "you", "later", "home", "dinner", "love", "tomorrow", "meeting",
      "sorry", "ok", "lunch", "work", "mum", "call", "tonight"};

  @Override
  public String title() {
    return "Training-data poisoning audit (aisec-data)";
  }

  @Override
  public void run(PrintStream out) throws Exception {
    Random r = new Random(7);
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    int n = 1200;
    int trigger = 0;
    int flips = 0;
    for (int i = 0; i < n; i++) {
      boolean spam = r.nextDouble() < 0.3;
      String text = sentence(r, spam ? SPAM : HAM, 6 + r.nextInt(6));
      String label = spam ? "spam" : "ham";
      if (spam && trigger < 12 && i % 7 == 0) {
        text = text + " qzx";
        label = "ham";
        trigger++;
      } else if (i % 40 == 3) {
        label = spam ? "ham" : "spam";
        flips++;
      }
      lines.add(json.createObjectNode().put("text", text).put("label", label).toString());
    }
    for (int i = 0; i < 20; i++) {
      lines.add(json.createObjectNode().put("text", "Congratulations, you won a cruise! Call 0800 555 0199 now, ref "
          + (i % 4)).put("label", i < 15 ? "ham" : "spam").toString());
    }
    Path dir = Files.createTempDirectory("aisec-poison-demo-");
    Path in = dir.resolve("poisoned.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    out.println("Generated " + lines.size() + " labelled texts with " + trigger + " backdoored rows (trigger 'qzx' "
        + "-> ham), " + flips + " flipped labels and a 20-row near-duplicate flood.");
    Path html = dir.resolve("report.html");
    AuditCommand.Audit a = AuditCommand.run(null, "label", null, in, "text", "label", null, 0.05,
        "bin/aisec data audit --jsonl " + in + " --text-field text --label-field label --out " + html,
        new AuditCommand.Progress());
    Files.writeString(html, a.html(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("report.json"), a.json().toPrettyString(), StandardCharsets.UTF_8);
    JsonNode bd = a.json().path("backdoor").path("triggers");
    if (bd.size() > 0) {
      JsonNode t = bd.get(0);
      out.println("Top backdoor trigger: '" + t.path("token").asText() + "' -> " + t.path("targetLabel").asText()
          + " (score " + t.path("score").asDouble() + ", " + t.path("rows").size() + " rows)");
    }
    out.println("Label issues flagged: " + a.json().path("labelIssues").path("issues").size());
    JsonNode cl = a.json().path("duplicates").path("clusters");
    if (cl.size() > 0) {
      out.println("Largest near-duplicate cluster: " + cl.get(0).path("size").asInt() + " rows, labels agree: "
          + cl.get(0).path("labelsAgree").asBoolean());
    }
    out.println("HTML report: " + html);
    out.println("JSON report: " + dir.resolve("report.json"));
  }

  private static String sentence(Random r, String[] words, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words[r.nextInt(words.length)]);
    }
    return sb.toString();
  }
}
