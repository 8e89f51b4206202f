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
  /** Whether the text emitted so far ends inside a word (then pending's first character is no word start). */
  private boolean midWord;

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
    // never cut inside a word that could be a token; a token is at most MAX_TOKEN long, so a longer run of letters
    // and digits is cut where it is (backing off over the whole run held back a long base64 answer until the end
    // and rescanned it on every chunk, quadratic time)
    int floor = Math.max(0, cut - hold);
    int c = cut;
    while (c > floor && Character.isLetterOrDigit(pending.charAt(c - 1))
        && Character.isLetterOrDigit(pending.charAt(c))) {
      c--;
    }
    if (c > floor || !Character.isLetterOrDigit(pending.charAt(c))
        || c > 0 && !Character.isLetterOrDigit(pending.charAt(c - 1))) {
      cut = c;
    }
    List<int[]> ms = new ArrayList<>();
    List<String> vals = new ArrayList<>();
    vault.matches(pending, ms, vals, midWord);
    for (int[] m : ms) {
      if (m[0] < cut && m[1] > cut) {
        cut = m[1];
      }
    }
    if (cut > 0 && cut < pending.length() && Character.isHighSurrogate(pending.charAt(cut - 1))
        && Character.isLowSurrogate(pending.charAt(cut))) {
      // never between the two halves of a pair: each returned chunk is shown or encoded on its own, and a lone
      // half becomes '?' (or U+FFFD) on the way out
      cut--;
    }
    if (cut <= 0) {
      return "";
    }
    String ready = pending.substring(0, cut);
    boolean readyMidWord = midWord;
    midWord = Character.isLetterOrDigit(pending.charAt(cut - 1));
    pending.delete(0, cut);
    return vault.restore(ready, readyMidWord);
  }

  /** Ends the stream; returns the restored remainder. */
  public String finish() {
    finished = true;
    String rest = pending.toString();
    pending.setLength(0);
    return vault.restore(rest, midWord);
  }
}
