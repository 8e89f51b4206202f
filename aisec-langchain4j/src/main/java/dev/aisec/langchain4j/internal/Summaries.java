package dev.aisec.langchain4j.internal;

import dev.aisec.api.Action;
import dev.aisec.api.Finding;
import dev.aisec.api.Verdict;
import java.util.LinkedHashSet;
import java.util.Set;

/** Builds failure messages from verdicts: detector ids and finding types only, never text. */
public final class Summaries {

  private Summaries() {}

  /** For example {@code "BLOCK by prompt-injection/PROMPT_INJECTION (policy aisec-default-1)"}. */
  public static String reasons(Verdict v) {
    if (v == null) {
      return "no verdict";
    }
    Set<String> why = new LinkedHashSet<>();
    for (Finding f : v.findings()) {
      if (f.action() == v.action() || (v.action() == Action.BLOCK && f.action() == Action.BLOCK)) {
        why.add(f.detector() + "/" + f.type());
      }
    }
    if (why.isEmpty()) {
      for (Finding f : v.findings()) {
        why.add(f.detector() + "/" + f.type());
      }
    }
    return v.action() + " by " + (why.isEmpty() ? "policy" : String.join(", ", why)) + " (policy "
        + v.policyVersion() + ")";
  }
}
