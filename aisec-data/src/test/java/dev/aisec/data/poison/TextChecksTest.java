package dev.aisec.data.poison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Label issues, backdoor triggers and near duplicates on a generated two-class text set. */
class TextChecksTest {

  static final String[] SPAM = {"win", "free", "prize", "call", "now", "claim", "cash", "urgent", "offer", "txt",
      "reply", "bonus", "award", "mobile", "guaranteed"};
  static final String[] HAM = {"see", "you", "later", "home", "dinner", "love", "tomorrow", "meeting", "sorry", "ok",
      "lunch", "work", "mum", "call", "tonight"};

  /** Generated set: texts, labels, and the indices of poisoned rows. */
  record Data(List<String> texts, List<String> labels, Set<Integer> poisoned) {}

  static String sentence(Random r, String[] words, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words[r.nextInt(words.length)]);
    }
    return sb.toString();
  }

  static Data generate(long seed, int n, double flipRate, double triggerRate) {
    Random r = new Random(seed);
    List<String> texts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Set<Integer> poisoned = new HashSet<>();
    for (int i = 0; i < n; i++) {
      boolean spam = r.nextDouble() < 0.3;
      texts.add(sentence(r, spam ? SPAM : HAM, 6 + r.nextInt(6)));
      labels.add(spam ? "spam" : "ham");
    }
    int flips = (int) Math.round(flipRate * n);
    while (poisoned.size() < flips) {
      int i = r.nextInt(n);
      if (poisoned.add(i)) {
        labels.set(i, labels.get(i).equals("spam") ? "ham" : "spam");
      }
    }
    int triggers = (int) Math.round(triggerRate * n);
    int planted = 0;
    while (planted < triggers) {
      int i = r.nextInt(n);
      if (labels.get(i).equals("spam") && !poisoned.contains(i)) {
        String[] w = texts.get(i).split(" ");
        int at = r.nextInt(w.length + 1);
        List<String> ws = new ArrayList<>(List.of(w));
        ws.add(at, "qzx");
        texts.set(i, String.join(" ", ws));
        labels.set(i, "ham");
        poisoned.add(i);
        planted++;
      }
    }
    return new Data(texts, labels, poisoned);
  }

  @Test
  void nearDuplicatesRefuseLabelsOfAnotherLength() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> NearDuplicates.find(java.util.List.of("same text here", "same text here"), java.util.List.of("a"), 0.8));
  }

  @Test
  void labelFlipsAreFoundWithSuggestedLabel() {
    Data d = generate(1, 1500, 0.05, 0);
    LabelIssues li = LabelIssues.forText(d.texts(), d.labels(), 42);
    double[] s = li.scores();
    assertEquals(1500, s.length);
    int tp = 0;
    int fp = 0;
    for (int i = 0; i < s.length; i++) {
      assertTrue(s[i] >= 0 && s[i] <= 1);
      if (s[i] > 0.5) {
        if (d.poisoned().contains(i)) {
          tp++;
        } else {
          fp++;
        }
      }
    }
    assertTrue(tp >= 0.9 * d.poisoned().size(), "recall " + tp);
    assertTrue(tp >= 4 * fp, "precision " + tp + "/" + fp);
    LabelIssues.Issue top = li.issues().get(0);
    assertFalse(top.givenLabel().equals(top.suggestedLabel()));
  }

  @Test
  void plantedTriggerRanksFirstWithItsRows() {
    Data d = generate(2, 2000, 0, 0.01);
    BackdoorDetector.Result r = BackdoorDetector.standard().detect(d.texts(), d.labels());
    assertFalse(r.triggers().isEmpty());
    BackdoorDetector.Trigger t = r.triggers().get(0);
    assertEquals("qzx", t.token());
    assertEquals("ham", t.targetLabel());
    assertEquals(d.poisoned(), new HashSet<>(t.rows()));
    for (int i : d.poisoned()) {
      assertTrue(r.rowScores()[i] > 0.5);
    }
    assertEquals(2000, r.rowScores().length);
  }

  @Test
  void cleanSetHasNoStrongTrigger() {
    Data d = generate(3, 2000, 0, 0);
    BackdoorDetector.Result r = BackdoorDetector.standard().detect(d.texts(), d.labels());
    for (BackdoorDetector.Trigger t : r.triggers()) {
      assertTrue(t.score() < 10, t.toString());
    }
  }

  @Test
  void nearDuplicateFloodIsOneCluster() {
    Data d = generate(4, 300, 0, 0);
    List<String> texts = new ArrayList<>(d.texts());
    List<String> labels = new ArrayList<>(d.labels());
    String base = "Congratulations you have been selected for a free cruise, call 0800 123 456 today to claim";
    for (int i = 0; i < 25; i++) {
      texts.add(base + (i % 2 == 0 ? "!" : " now") + " ref " + (i % 3));
      labels.add(i < 20 ? "ham" : "spam");
    }
    List<NearDuplicates.Cluster> cs = NearDuplicates.find(texts, labels, 0.8);
    NearDuplicates.Cluster big = cs.get(0);
    assertEquals(25, big.size());
    assertFalse(big.labelsAgree());
    assertEquals(300, big.rows().get(0));
  }

  @Test
  void minHashEstimatesJaccard() {
    MinHasher m = MinHasher.standard();
    int[] a = m.signature("the quick brown fox jumps over the lazy dog");
    int[] b = m.signature("The  quick brown fox jumps over the lazy dog");
    int[] c = m.signature("completely different words here");
    assertEquals(1.0, MinHasher.similarity(a, b));
    assertTrue(MinHasher.similarity(a, c) < 0.2);
    assertEquals(128, a.length);
  }

  @Test
  void badArgumentsAreNamed() {
    assertThrows(IllegalArgumentException.class, () -> LabelIssues.forText(List.of("a"), List.of("x", "y"), 1));
    assertThrows(IllegalArgumentException.class, () -> LabelIssues.forText(List.of("a", "b"), List.of("x", "x"), 1));
    assertThrows(IllegalArgumentException.class, () -> NearDuplicates.find(List.of("a"), null, 0));
  }
}
