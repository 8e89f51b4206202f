package dev.aisec.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aisec.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static Path csv(Path dir) throws Exception {
    Random r = new Random(3);
    StringBuilder sb = new StringBuilder("x,y,z,label\n");
    for (int i = 0; i < 300; i++) {
      double s = i >= 295 ? 9 : 0;
      sb.append(r.nextGaussian() + s).append(',').append(r.nextGaussian() + s).append(',')
          .append(r.nextGaussian()).append(',').append(i >= 295 ? 1 : 0).append('\n');
    }
    Path p = dir.resolve("d.csv");
    Files.writeString(p, sb);
    return p;
  }

  static Path texts(Path dir) throws Exception {
    Random r = new Random(4);
    String[] spam = {"win", "free", "prize", "claim", "cash", "urgent", "offer", "txt", "reply", "bonus"};
    String[] ham = {"see", "you", "later", "home", "dinner", "love", "tomorrow", "meeting", "sorry", "lunch"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      boolean isSpam = i % 3 == 0;
      StringBuilder t = new StringBuilder();
      for (int k = 0; k < 8; k++) {
        t.append(k > 0 ? " " : "").append((isSpam ? spam : ham)[r.nextInt(10)]);
      }
      String label = isSpam ? "spam" : "ham";
      if (isSpam && i % 30 == 0) {
        t.append(" qzx");
        label = "ham";
      }
      lines.add(JSON.createObjectNode().put("id", i).put("text", t.toString()).put("label", label).toString());
    }
    Path p = dir.resolve("t.jsonl");
    Files.write(p, lines);
    return p;
  }

  @Test
  void outliersPrintsOneScorePerRowInOrder(@TempDir Path dir) throws Exception {
    Path in = csv(dir);
    for (String det : List.of("ecod", "iforest", "hbos", "mcd", "knn", "ensemble")) {
      CliRun r = CliRun.of("data", "outliers", "--csv", in.toString(), "--detector", det);
      assertEquals(0, r.exit, r.err);
      String[] lines = r.out.strip().split("\n");
      assertEquals(300, lines.length);
      double wins = 0;
      for (int i = 295; i < 300; i++) {
        for (int j = 0; j < 295; j++) {
          double a = Double.parseDouble(lines[i]);
          double b = Double.parseDouble(lines[j]);
          wins += a > b ? 1 : a == b ? 0.5 : 0;
        }
      }
      assertTrue(wins / (5 * 295) > 0.95, det + ": " + wins / (5 * 295));
    }
    Path out = dir.resolve("o.txt");
    assertEquals(0, CliRun.of("data", "outliers", "--csv", in.toString(), "--out", out.toString()).exit);
    assertEquals(300, Files.readAllLines(out).size());
  }

  @Test
  void badInputExitsTwoNamingTheLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("b.csv");
    Files.writeString(bad, "x,y\n1,2\n3,abc\n");
    CliRun r = CliRun.of("data", "outliers", "--csv", bad.toString());
    assertEquals(2, r.exit);
    assertTrue(r.err.contains(":3: "), r.err);
    assertEquals("", r.out);
    Path j = dir.resolve("b.jsonl");
    Files.writeString(j, "{\"text\":\"a\",\"label\":\"x\"}\n\n");
    r = CliRun.of("data", "backdoor", "--jsonl", j.toString(), "--text-field", "text", "--label-field", "label");
    assertEquals(2, r.exit);
    assertTrue(r.err.contains(":2: "), r.err);
    r = CliRun.of("data", "outliers", "--csv", dir.resolve("missing.csv").toString());
    assertEquals(2, r.exit);
    assertTrue(r.err.contains("no such file"), r.err);
    r = CliRun.of("data", "outliers", "--csv", bad.toString(), "--detector", "nope");
    assertEquals(2, r.exit);
  }

  @Test
  void textInputNamesTheLineOfBadUtf8AndAcceptsAByteOrderMark(@TempDir Path dir) throws Exception {
    Path j = dir.resolve("u.jsonl");
    byte[] head = "\uFEFF{\"text\":\"a b c\",\"label\":\"x\"}\n{\"text\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\",\"label\":\"y\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xff;
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Files.write(j, all);
    CliRun r = CliRun.of("data", "duplicates", "--jsonl", j.toString());
    assertEquals(2, r.exit, r.out + r.err);
    assertTrue(r.err.contains(":2: ") && r.err.contains("UTF-8"), r.err);
    Files.writeString(j, "\uFEFF{\"text\":\"a b c\"}\n{\"text\":\"d e f\"}\n");
    r = CliRun.of("data", "duplicates", "--jsonl", j.toString());
    assertEquals(0, r.exit, r.err);
  }

  @Test
  void driftRefusesALevelOutsideZeroOne(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    StringBuilder sa = new StringBuilder("x\n");
    StringBuilder sb = new StringBuilder("x\n");
    for (int i = 0; i < 100; i++) {
      sa.append(i % 10).append('\n');
      sb.append(i % 10 + 5).append('\n');
    }
    Files.writeString(a, sa);
    Files.writeString(b, sb);
    assertEquals(1, CliRun.of("data", "drift", "--reference", a.toString(), "--candidate", b.toString()).exit);
    for (String alpha : new String[] {"NaN", "0", "1", "5", "-1"}) {
      CliRun r = CliRun.of("data", "drift", "--reference", a.toString(), "--candidate", b.toString(),
          "--alpha", alpha);
      assertEquals(2, r.exit, alpha + ": " + r.out);
      assertTrue(r.err.contains("--alpha"), r.err);
      assertEquals("", r.out);
    }
  }

  @Test
  void textDriftRejectsAlphaItWouldIgnore(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      sb.append("{\"text\":\"plain row ").append(i).append("\"}\n");
    }
    Files.writeString(a, sb);
    assertEquals(0, CliRun.of("data", "drift", "--reference", a.toString(), "--candidate", a.toString()).exit);
    CliRun r = CliRun.of("data", "drift", "--reference", a.toString(), "--candidate", a.toString(), "--alpha", "0.05");
    assertEquals(2, r.exit, r.out);
    assertTrue(r.err.contains("--alpha applies to CSV drift only"), r.err);
    assertEquals("", r.out);
  }

  @Test
  void labelIssuesAndBackdoorOnText(@TempDir Path dir) throws Exception {
    Path in = texts(dir);
    CliRun r = CliRun.of("data", "label-issues", "--jsonl", in.toString(), "--text-field", "text", "--label-field",
        "label");
    assertEquals(0, r.exit, r.err);
    assertEquals(600, r.out.strip().split("\n").length);
    r = CliRun.of("data", "backdoor", "--jsonl", in.toString(), "--text-field", "text", "--label-field", "label");
    assertEquals(0, r.exit, r.err);
    JsonNode root = JSON.readTree(r.out);
    assertEquals("qzx", root.path("triggers").get(0).path("token").asText());
    assertEquals("ham", root.path("triggers").get(0).path("targetLabel").asText());
    assertEquals(20, root.path("triggers").get(0).path("rows").size());
    assertEquals(600, root.path("rowScores").size());
    assertTrue(root.path("rowScores").get(0).asDouble() > 0.5);
    assertTrue(root.path("rowScores").get(1).asDouble() < 0.5);
  }

  @Test
  void duplicatesDriftAndAudit(@TempDir Path dir) throws Exception {
    Path in = texts(dir);
    CliRun r = CliRun.of("data", "duplicates", "--jsonl", in.toString(), "--text-field", "text");
    assertEquals(0, r.exit, r.err);
    assertEquals(600, JSON.readTree(r.out).path("rows").asInt());
    Path a = csv(dir);
    r = CliRun.of("data", "drift", "--reference", a.toString(), "--candidate", a.toString());
    assertEquals(0, r.exit, r.err);
    assertFalse(JSON.readTree(r.out).path("drifted").asBoolean());
    Path html = dir.resolve("report.html");
    r = CliRun.of("data", "audit", "--jsonl", in.toString(), "--text-field", "text", "--label-field", "label",
        "--out", html.toString());
    assertEquals(0, r.exit, r.err);
    String page = Files.readString(html);
    assertTrue(page.contains("<svg") && page.contains("Backdoor triggers") && page.contains("bin/aisec data audit"));
    assertFalse(page.contains("<script"));
    JsonNode rep = JSON.readTree(dir.resolve("report.json").toFile());
    assertEquals("qzx", rep.path("backdoor").path("triggers").get(0).path("token").asText());
    Path html2 = dir.resolve("num.html");
    r = CliRun.of("data", "audit", "--csv", a.toString(), "--reference", a.toString(), "--out", html2.toString());
    assertEquals(0, r.exit, r.err);
    assertTrue(Files.readString(html2).contains("2-D projection"));
    assertTrue(Files.exists(dir.resolve("num.json")));
    Path emb = dir.resolve("e.jsonl");
    StringBuilder sb = new StringBuilder();
    Random rnd = new Random(9);
    for (int i = 0; i < 200; i++) {
      sb.append("{\"embedding\":[");
      for (int k = 0; k < 6; k++) {
        sb.append(k > 0 ? "," : "").append(rnd.nextGaussian() + (i < 8 && k == 2 ? 6 : 0));
      }
      sb.append("],\"label\":\"").append(i % 2 == 0 ? "a" : "b").append("\"}\n");
    }
    Files.writeString(emb, sb);
    Path html3 = dir.resolve("emb.html");
    r2(CliRun.of("data", "audit", "--jsonl", emb.toString(), "--embedding-field", "embedding", "--label-field",
        "label", "--out", html3.toString()));
    JsonNode er = JSON.readTree(dir.resolve("emb.json").toFile());
    assertTrue(er.path("spectralSignatures").path("flaggedRows").size() > 0);
    CliRun o = CliRun.of("data", "outliers", "--jsonl", emb.toString(), "--embedding-field", "embedding");
    assertEquals(200, o.out.strip().split("\n").length);
  }

  private static void r2(CliRun r) {
    assertEquals(0, r.exit, r.err);
  }
}
