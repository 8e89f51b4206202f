package dev.aisec.data.poison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumericChecksTest {

  static NumericTable csv(String text, NumericTable.MissingPolicy p) throws Exception {
    return NumericTable.readCsv(new BufferedReader(new StringReader(text)), "label", Set.of(), p, "t.csv");
  }

  @Test
  void labelIssuesRefuseNanProbabilitiesInsteadOfFlaggingNothing() {
    List<String> classes = List.of("a", "b");
    double[][] flipped = {{0.9, 0.1}, {0.8, 0.2}, {0.1, 0.9}, {0.95, 0.05}};
    int[] labels = {0, 0, 1, 1}; // row 3 looks like an 'a' labelled 'b'
    assertEquals(List.of(3), LabelIssues.find(flipped, labels, classes).issues().stream()
        .map(LabelIssues.Issue::row).toList());
    // one NaN made a class mean NaN: every row then compared false and "no issues" came back
    double[][] broken = {{0.9, 0.1}, {0.8, 0.2}, {Double.NaN, Double.NaN}, {0.95, 0.05}};
    assertThrows(IllegalArgumentException.class, () -> LabelIssues.find(broken, labels, classes));
    assertThrows(IllegalArgumentException.class, () -> LabelIssues.find(flipped, new int[] {0, 0, 2, 1}, classes));
    assertThrows(IllegalArgumentException.class, () -> LabelIssues.find(flipped, new int[] {0, 1}, classes));
    assertThrows(IllegalArgumentException.class,
        () -> LabelIssues.find(new double[][] {{1.5, -0.5}}, new int[] {0}, classes));
  }

  @Test
  void csvPolicyForMissingAndBadCells() throws Exception {
    NumericTable t = csv("a,b,label\n1,2,0\n,4,1\n5,NA,0\n", NumericTable.MissingPolicy.MEDIAN);
    assertEquals(List.of("a", "b"), t.columns());
    assertEquals(List.of("0", "1", "0"), t.labels());
    assertEquals(2, t.imputed());
    assertEquals(3.0, t.matrix()[1][0]);
    assertEquals(3.0, t.matrix()[2][1]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> csv("a,b,label\n1,2,0\n,4,1\n", NumericTable.MissingPolicy.REJECT));
    assertTrue(e.getMessage().contains(":3: "), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> csv("a,b,label\n1,Infinity,0\n", NumericTable.MissingPolicy.MEDIAN));
    assertTrue(e.getMessage().contains(":2: ") && e.getMessage().contains("'b'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> csv("a,b,label\n1,x,0\n", NumericTable.MissingPolicy.MEDIAN));
    assertTrue(e.getMessage().contains("not a number"));
    assertThrows(IllegalArgumentException.class, () -> csv("a,b\n1,2,3\n", NumericTable.MissingPolicy.MEDIAN));
    assertThrows(IllegalArgumentException.class, () -> csv("", NumericTable.MissingPolicy.MEDIAN));
    assertThrows(IllegalArgumentException.class, () -> csv("a,label\n", NumericTable.MissingPolicy.MEDIAN));
    assertThrows(IllegalArgumentException.class,
        () -> csv("a,label\n,0\n,1\n", NumericTable.MissingPolicy.MEDIAN));
    NumericTable q = csv("\"a,1\",label\n\"7\",x\n", NumericTable.MissingPolicy.MEDIAN);
    assertEquals(List.of("a,1"), q.columns());
  }

  @Test
  void csvCellsMustBePlainDecimalsAndHugeValuesNameTheLine() throws Exception {
    NumericTable ok = csv("a,label\n-1.5e3,0\n+.25,1\n7.,0\n", NumericTable.MissingPolicy.REJECT);
    assertEquals(-1500.0, ok.matrix()[0][0]);
    assertEquals(0.25, ok.matrix()[1][0]);
    assertEquals(7.0, ok.matrix()[2][0]);
    // Java literal forms that Double.parseDouble accepts are not CSV numbers
    for (String cell : new String[] {"1d", "2F", "0x1p3", "1e", ".", "-", "1e+", "1_000", " 1 2"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> csv("a,label\n1,0\n" + cell + ",1\n", NumericTable.MissingPolicy.MEDIAN), cell);
      assertTrue(e.getMessage().contains(":3: ") && e.getMessage().contains("not a number"), e.getMessage());
    }
    for (String cell : new String[] {"1e308", "-1e200", "1e400", "-inf"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> csv("a,label\n1,0\n" + cell + ",1\n", NumericTable.MissingPolicy.MEDIAN), cell);
      assertTrue(e.getMessage().contains(":3: ") && e.getMessage().contains("'a'"), e.getMessage());
    }
  }

  @Test
  void jsonlTrailingContentIsNotValidJson(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("e.jsonl");
    Files.writeString(f, "{\"embedding\":[1,2]}\n{\"embedding\":[3,4]} {\"embedding\":[5,6]}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NumericTable.readJsonl(f, "embedding", null));
    assertTrue(e.getMessage().contains(":2: "), e.getMessage());
  }

  @Test
  void jsonlDuplicateFieldsAreRefusedAndAByteOrderMarkIsSkipped(@TempDir Path dir) throws Exception {
    // {"embedding":[0,0],"embedding":[9,9]}: the checks saw the last value, another reader may train on the first
    Path f = dir.resolve("e.jsonl");
    Files.writeString(f, "{\"embedding\":[1,2]}\n{\"embedding\":[0,0],\"embedding\":[9,9]}\n");
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> NumericTable.readJsonl(f, "embedding", null));
    assertTrue(e.safeMessage().contains(":2: ") && e.safeMessage().contains("field name twice"), e.safeMessage());
    Files.writeString(f, "{\"embedding\":[1,2],\"label\":\"a\",\"label\":\"b\"}\n");
    assertThrows(DataFormatException.class, () -> NumericTable.readJsonl(f, "embedding", "label"));
    Files.writeString(f, "\uFEFF{\"embedding\":[1,2]}\n{\"embedding\":[3,4]}\n");
    assertEquals(2, NumericTable.readJsonl(f, "embedding", null).rowCount());
    Files.writeString(f, "{\"embedding\":[1e99999999999999999999]}\n");
    assertThrows(DataFormatException.class, () -> NumericTable.readJsonl(f, "embedding", null));
  }

  @Test
  void anIdLikeLabelColumnIsRefusedInsteadOfRunningForHours() {
    double[][] x = new double[400][2];
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      x[i][0] = i % 7;
      x[i][1] = i % 11;
      ids.add("row-" + i);
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelIssues.forNumeric(x, ids, 1));
    assertTrue(e.getMessage().contains("400 distinct values"), e.getMessage());
  }

  @Test
  void jsonlEmbeddings(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("e.jsonl");
    Files.writeString(f, "{\"embedding\":[1,2],\"label\":\"a\"}\n{\"embedding\":[3,4.5],\"label\":\"b\"}\n");
    NumericTable t = NumericTable.readJsonl(f, "embedding", "label");
    assertEquals(2, t.rowCount());
    assertEquals(4.5, t.matrix()[1][1]);
    Files.writeString(f, "{\"embedding\":[1,2]}\n{\"embedding\":[3]}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NumericTable.readJsonl(f, "embedding", null));
    assertTrue(e.getMessage().contains(":2: "));
    Files.writeString(f, "{\"embedding\":[1,2]}\nnot json\n");
    assertThrows(IllegalArgumentException.class, () -> NumericTable.readJsonl(f, "embedding", null));
  }

  @Test
  void numericLabelIssues() {
    Random r = new Random(5);
    int n = 600;
    double[][] x = new double[n][3];
    List<String> labels = new ArrayList<>();
    List<Integer> flipped = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean a = i % 2 == 0;
      for (int j = 0; j < 3; j++) {
        x[i][j] = (a ? 2 : -2) + r.nextGaussian();
      }
      boolean flip = i % 25 == 0;
      if (flip) {
        flipped.add(i);
      }
      labels.add(a ^ flip ? "A" : "B");
    }
    LabelIssues li = LabelIssues.forNumeric(x, labels, 42);
    int tp = 0;
    for (int i : flipped) {
      if (li.scores()[i] > 0.5) {
        tp++;
      }
    }
    assertTrue(tp >= 0.9 * flipped.size());
    assertTrue(li.issues().size() <= flipped.size() + 10, li.issues().size() + " issues, thresholds " + java.util.Arrays.toString(li.thresholds()) + " tp " + tp);
  }

  @Test
  void driftDetectsShiftedFeatureOnly() {
    Random r = new Random(6);
    double[][] a = new double[400][3];
    double[][] b = new double[400][3];
    for (int i = 0; i < 400; i++) {
      for (int j = 0; j < 3; j++) {
        a[i][j] = r.nextGaussian();
        b[i][j] = r.nextGaussian() + (j == 1 ? 0.8 : 0);
      }
    }
    DriftTest.Report rep = DriftTest.numeric(a, b, List.of("x", "y", "z"), 0.01, 1);
    assertTrue(rep.drifted());
    assertTrue(rep.features().get(1).drifted());
    assertFalse(rep.features().get(0).drifted());
    assertTrue(rep.mmdPValue() < 0.01);
    double[][] c = new double[400][3];
    for (int i = 0; i < 400; i++) {
      for (int j = 0; j < 3; j++) {
        c[i][j] = r.nextGaussian();
      }
    }
    DriftTest.Report same = DriftTest.numeric(a, c, null, 0.01, 1);
    assertFalse(same.features().stream().anyMatch(DriftTest.FeatureDrift::drifted));
    // a NaN level used to report "no drift" for the shifted batch; every level outside (0, 1) is refused
    for (double alpha : new double[] {Double.NaN, 0, 1, 5, -0.1, Double.POSITIVE_INFINITY}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DriftTest.numeric(a, b, null, alpha, 1));
      assertTrue(e.getMessage().contains("alpha"), e.getMessage());
    }
  }

  @Test
  void textDriftFindsJumpedToken() {
    List<String> ref = new ArrayList<>();
    List<String> cand = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      ref.add("hello there friend " + i);
      cand.add((i % 3 == 0 ? "bitcoin " : "") + "hello there friend " + i);
    }
    List<DriftTest.TokenJump> j = DriftTest.textJumps(ref, cand, 4, 10);
    assertEquals("bitcoin", j.get(0).token());
    assertTrue(j.get(0).z() > 0);
  }

  @Test
  void spectralSignatureSeparatesPoisonDirection() {
    Random r = new Random(8);
    int n = 400;
    double[][] e = new double[n][8];
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 8; j++) {
        e[i][j] = r.nextGaussian();
      }
      if (i < 20) {
        e[i][3] += 6;
      }
      labels.add(i % 2 == 0 ? "a" : "b");
    }
    double[] s = SpectralSignature.scores(e, labels);
    boolean[] f = SpectralSignature.flagged(s, labels, 0.05);
    int hits = 0;
    for (int i = 0; i < 20; i++) {
      hits += f[i] ? 1 : 0;
    }
    assertTrue(hits >= 18, "hits " + hits);
  }
}
