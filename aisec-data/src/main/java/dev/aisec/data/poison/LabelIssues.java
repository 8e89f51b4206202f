package dev.aisec.data.poison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Label-noise detection in the spirit of confident learning (Northcutt, Jiang and Chuang, 2021). Given out-of-fold
 * class probabilities, each class {@code j} gets a threshold {@code t_j}: the mean probability of {@code j} over the
 * rows labelled {@code j} (optionally relaxed towards chance for soft models, see {@link #find(double[][], int[],
 * List, double)}). A row's confident class is the most probable class among those whose probability reaches
 * their threshold; a row whose confident class differs from its given label is an issue, with that class as the
 * suggested label.
 *
 * <p>Each row gets a suspicion score in [0, 1]: {@code 0.5 + 0.5 * (1 - p(given label))} for issues and
 * {@code 0.5 * (1 - p(given label))} otherwise, so a score above 0.5 means "flagged" and higher means more certain.
 * Immutable result; the computation is deterministic.
 */
public final class LabelIssues {

  /** One suspicious row. */
  public record Issue(int row, String givenLabel, String suggestedLabel, double score, double givenProbability) {}

  static int ROUNDS = Integer.getInteger("aisec.rounds", 2);

  private final double[] scores;
  private final List<Issue> issues;
  private final double[] thresholds;
  private final List<String> classes;

  private LabelIssues(double[] scores, List<Issue> issues, double[] thresholds, List<String> classes) {
    this.scores = scores;
    this.issues = issues;
    this.thresholds = thresholds;
    this.classes = classes;
  }

  /** Finds issues from out-of-fold probabilities [row][class] and given label indices (no relaxation). */
  public static LabelIssues find(double[][] proba, int[] labels, List<String> classes) {
    return find(proba, labels, classes, 0.0);
  }

  /**
   * Finds issues; {@code relax} in [0, 1) moves each threshold from the class's mean self-confidence towards chance
   * ({@code t_j = mean_j - relax * (mean_j - 1/classes)}). Sharp models (naive Bayes) use 0; soft, regularised
   * models (logistic regression) use 0.5, or clear flips would fall short of the plain mean.
   */
  public static LabelIssues find(double[][] proba, int[] labels, List<String> classes, double relax) {
    if (!(relax >= 0 && relax < 1)) {
      throw new IllegalArgumentException("relax must be in [0, 1)");
    }
    validate(proba, labels, classes);
    int n = proba.length;
    int c = classes.size();
    double[] t = new double[c];
    int[] cnt = new int[c];
    for (int i = 0; i < n; i++) {
      t[labels[i]] += proba[i][labels[i]];
      cnt[labels[i]]++;
    }
    for (int j = 0; j < c; j++) {
      double mean = cnt[j] > 0 ? t[j] / cnt[j] : 1.0;
      t[j] = mean - relax * (mean - 1.0 / c);
    }
    double[] scores = new double[n];
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int best = -1;
      for (int j = 0; j < c; j++) {
        if (proba[i][j] >= t[j] && (best < 0 || proba[i][j] > proba[i][best])) {
          best = j;
        }
      }
      double pg = proba[i][labels[i]];
      boolean flagged = best >= 0 && best != labels[i];
      scores[i] = flagged ? 0.5 + 0.5 * (1 - pg) : 0.5 * (1 - pg);
      if (flagged) {
        issues.add(new Issue(i, classes.get(labels[i]), classes.get(best), scores[i], pg));
      }
    }
    issues.sort(Comparator.comparingDouble(Issue::score).reversed().thenComparingInt(Issue::row));
    return new LabelIssues(scores, List.copyOf(issues), t, List.copyOf(classes));
  }

  /**
   * A NaN probability compared false with every threshold: the row (or, through a NaN class mean, every row) was
   * silently never flagged, so a broken model reported "no label issues". Mismatched sizes failed with an
   * ArrayIndexOutOfBoundsException.
   */
  private static void validate(double[][] proba, int[] labels, List<String> classes) {
    if (proba == null || labels == null || classes == null) {
      throw new IllegalArgumentException("proba, labels and classes must not be null");
    }
    if (labels.length != proba.length) {
      throw new IllegalArgumentException("labels has " + labels.length + " entries for " + proba.length + " rows");
    }
    int c = classes.size();
    if (c < 1) {
      throw new IllegalArgumentException("classes must not be empty");
    }
    for (int i = 0; i < proba.length; i++) {
      if (proba[i] == null || proba[i].length != c) {
        throw new IllegalArgumentException("proba row " + i + " must hold one probability per class (" + c + ")");
      }
      if (labels[i] < 0 || labels[i] >= c) {
        throw new IllegalArgumentException("labels row " + i + " is not a class index in [0, " + c + ")");
      }
      for (int j = 0; j < c; j++) {
        if (!(proba[i][j] >= 0 && proba[i][j] <= 1)) {
          throw new IllegalArgumentException("proba row " + i + " class " + j + " must be a probability in [0, 1],"
              + " was " + proba[i][j]);
        }
      }
    }
  }

  /** Text rows: cross-fitted naive Bayes (5 folds) then {@link #find}. */
  public static LabelIssues forText(List<String> texts, List<String> labels, long seed) {
    TextClassifier m = TextClassifier.crossFit(texts, labels, 5, seed);
    LabelIssues first = find(m.probabilities(), m.labelIndex(), m.classes());
    if (ROUNDS < 2) {
      return first;
    }
    // second round: refit without the rows flagged in the first round, so flipped labels no longer teach the model
    boolean[] exclude = new boolean[texts.size()];
    for (Issue is : first.issues()) {
      exclude[is.row()] = true;
    }
    TextClassifier m2 = TextClassifier.crossFit(texts, labels, 5, seed, exclude);
    return find(m2.probabilities(), m2.labelIndex(), m2.classes());
  }

  /** Numeric rows: cross-fitted multinomial logistic regression (5 folds) then {@link #find}. */
  public static LabelIssues forNumeric(double[][] x, List<String> labels, long seed) {
    NumericClassifier m = NumericClassifier.crossFit(x, labels, 5, seed);
    return find(m.probabilities(), m.labelIndex(), m.classes(), 0.5);
  }

  /** One suspicion score per row, in row order. */
  public double[] scores() {
    return scores.clone();
  }

  /** Flagged rows, most suspicious first. */
  public List<Issue> issues() {
    return issues;
  }

  /** The per-class thresholds, in {@link #classes()} order. */
  public double[] thresholds() {
    return thresholds.clone();
  }

  public List<String> classes() {
    return classes;
  }
}
