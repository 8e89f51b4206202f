package dev.aisec.cli.check;

import dev.aisec.api.Finding;
import dev.aisec.api.Verdict;

/** Human-readable verdicts for the terminal. Shows finding types, spans and scores, never the matched values. */
public final class Verdicts {

  private Verdicts() {}

  /** A short multi-line description of a verdict; findings below every threshold (action ALLOW) are only counted. */
  public static String describe(Verdict v, String text) {
    StringBuilder sb = new StringBuilder();
    sb.append(v.action()).append(" (").append(v.findings().size()).append(" finding")
        .append(v.findings().size() == 1 ? "" : "s").append(", policy ").append(v.policyVersion()).append(", ")
        .append(text.length()).append(" chars, ").append(String.format("%.1f", v.elapsedNanos() / 1000.0))
        .append(" µs)");
    int quiet = 0;
    for (Finding f : v.findings()) {
      if (f.action() == dev.aisec.api.Action.ALLOW) {
        quiet++;
        continue;
      }
      sb.append(System.lineSeparator()).append(String.format("  - %-8s %-28s [%d..%d) score %.2f  %s",
          f.action(), f.detector() + "/" + f.type(), f.start(), f.end(), f.score(), f.detail()));
    }
    if (quiet > 0) {
      sb.append(System.lineSeparator()).append("  (").append(quiet)
          .append(" finding(s) below every threshold not shown; --json lists them)");
    }
    return sb.toString();
  }
}
