package dev.aisec.cli.check;

import dev.aisec.api.Finding;
import dev.aisec.api.Verdict;

/** Human-readable verdicts for the terminal. Shows finding types, spans and scores, never the matched values. */
public final class Verdicts {

  private Verdicts() {}

  /** A short multi-line description of a verdict. */
  public static String describe(Verdict v, String text) {
    StringBuilder sb = new StringBuilder();
    sb.append(v.action()).append(" (").append(v.findings().size()).append(" finding")
        .append(v.findings().size() == 1 ? "" : "s").append(", policy ").append(v.policyVersion()).append(", ")
        .append(text.length()).append(" chars, ").append(String.format("%.1f", v.elapsedNanos() / 1000.0))
        .append(" µs)");
    for (Finding f : v.findings()) {
      sb.append(System.lineSeparator()).append(String.format("  - %-8s %-28s [%d..%d) score %.2f  %s",
          f.action(), f.detector() + "/" + f.type(), f.start(), f.end(), f.score(), f.detail()));
    }
    return sb.toString();
  }
}
