package dev.aisec.data.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * Restores pseudonyms in a streamed model answer. {@link #push} returns the restored text that is safe to show so
 * far, holding back at most {@value PseudonymVault#MAX_TOKEN} characters that could still be the start of a token
 * split across chunks; {@link #finish} returns the rest. One instance per stream; not thread-safe.
 */
public final class StreamingRestorer {

  private final PseudonymVault vault;
  private final StringBuilder pending = new StringBuilder();
  private boolean finished;

  StreamingRestorer(PseudonymVault vault) {
    this.vault = vault;
  }

  /** Adds a chunk; returns restored text ready to emit (possibly empty). */
  public String push(String chunk) {
    if (chunk == null) {
      throw new IllegalArgumentException("chunk must not be null");
    }
    if (finished) {
      throw new IllegalStateException("restorer already finished");
    }
    pending.append(chunk);
    int hold = PseudonymVault.MAX_TOKEN + 4;
    int cut = pending.length() - hold;
    if (cut <= 0) {
      return "";
    }
    // never cut inside a word
    while (cut > 0 && Character.isLetterOrDigit(pending.charAt(cut - 1))
        && Character.isLetterOrDigit(pending.charAt(cut))) {
      cut--;
    }
    List<int[]> ms = new ArrayList<>();
    List<String> vals = new ArrayList<>();
    vault.matches(pending, ms, vals);
    for (int[] m : ms) {
      if (m[0] < cut && m[1] > cut) {
        cut = m[1];
      }
    }
    if (cut <= 0) {
      return "";
    }
    String ready = pending.substring(0, cut);
    pending.delete(0, cut);
    return vault.restore(ready);
  }

  /** Ends the stream; returns the restored remainder. */
  public String finish() {
    finished = true;
    String rest = pending.toString();
    pending.setLength(0);
    return vault.restore(rest);
  }
}
