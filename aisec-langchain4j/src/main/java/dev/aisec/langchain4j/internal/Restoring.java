package dev.aisec.langchain4j.internal;

import dev.aisec.api.Action;
import dev.aisec.api.Finding;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.AisecContext;
import dev.aisec.langchain4j.Restorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Restores pseudonyms in a checked model answer without undoing the answer's own redactions.
 *
 * <p>When the Guard's redactor pseudonymises, checking the answer would mint fresh pseudonyms for personal data the
 * model wrote itself; restoring the redacted text would then put that data straight back. So the restorer runs only on
 * the stretches of the ORIGINAL answer outside the REDACT spans (there the model can only have echoed pseudonyms it was
 * given), and each REDACT span becomes a {@code [TYPE]} tag.
 */
public final class Restoring {

  private Restoring() {}

  /** The safe, restored text of a non-blocked verdict on {@code original}. Never returns null. */
  public static String restore(String original, Verdict v, Restorer restorer, AisecContext context) {
    if (v.action() != Action.REDACT) {
      return nonNull(restorer.restore(context, v.text()));
    }
    List<Finding> spans = new ArrayList<>();
    for (Finding f : v.findings()) {
      if (f.action() == Action.REDACT) {
        spans.add(f);
      }
    }
    spans.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
    StringBuilder out = new StringBuilder(original.length());
    int pos = 0;
    int i = 0;
    while (i < spans.size()) {
      Finding best = spans.get(i);
      int start = Math.max(best.start(), pos);
      int end = best.end();
      int j = i + 1;
      while (j < spans.size() && spans.get(j).start() < end) {
        Finding f = spans.get(j);
        end = Math.max(end, f.end());
        if (f.score() > best.score()) {
          best = f;
        }
        j++;
      }
      out.append(nonNull(restorer.restore(context, original.substring(pos, start))));
      out.append('[').append(best.type()).append(']');
      pos = Math.max(pos, end);
      i = j;
    }
    out.append(nonNull(restorer.restore(context, original.substring(pos))));
    return out.toString();
  }

  private static String nonNull(String s) {
    if (s == null) {
      throw new IllegalStateException("restorer returned null");
    }
    return s;
  }
}
