package dev.aisec.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Helpers for finding spans: merging overlaps and replacing spans in a text. Stateless and thread-safe. */
public final class Spans {

  private Spans() {}

  /**
   * Replaces each span with the replacement of the finding that starts it. Overlapping or touching-inside spans are
   * merged into one region, replaced by the replacement of the highest-scoring finding in that region, so no
   * character inside any span survives.
   */
  public static String replace(String text, List<Finding> findings, Function<Finding, String> replacement) {
    if (findings.isEmpty()) {
      return text;
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    int i = 0;
    while (i < sorted.size()) {
      Finding first = sorted.get(i);
      int start = Math.min(first.start(), text.length());
      int end = Math.min(first.end(), text.length());
      Finding best = first;
      int j = i + 1;
      while (j < sorted.size() && sorted.get(j).start() < end) {
        Finding f = sorted.get(j);
        end = Math.max(end, Math.min(f.end(), text.length()));
        if (f.score() > best.score()) {
          best = f;
        }
        j++;
      }
      if (start < pos) {
        start = pos;
      }
      out.append(text, pos, start);
      out.append(replacement.apply(best));
      pos = Math.max(pos, end);
      i = j;
    }
    out.append(text, pos, text.length());
    return out.toString();
  }

  /** Whether a span lies inside a text of the given length. */
  public static boolean inside(Finding f, int length) {
    return f.start() >= 0 && f.end() <= length && f.start() <= f.end();
  }
}
