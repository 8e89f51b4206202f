package dev.aisec.api.text;

/**
 * The normalised view of a text that every detector of one check shares, with an exact map from each normalised
 * character back to the range of original characters it came from.
 *
 * <p>Normalisation, in order: broken surrogates become U+FFFD; invisible and format characters (zero-width
 * characters, bidi controls, Unicode tag characters U+E0000–E007F, variation selectors, soft hyphens, fillers) are
 * removed; Unicode NFKC is applied per normalisation segment; letters of other scripts that imitate Latin letters
 * inside a word that also holds Latin letters are replaced by their Unicode TR39 confusable skeleton (ICU4J
 * {@code SpoofChecker}); runs of whitespace fold to a single space, or a single line feed when the run holds a line
 * break. Case is kept: detectors lower-case as they need.
 *
 * <p>Instances are immutable and thread-safe. Building one is linear in the text's length.
 */
public final class TextView {

  private final String original;
  private final String normalized;
  /** Original start of each normalised char; null when the view is the identity. */
  private final int[] starts;
  /** Original end (exclusive) of each normalised char; null when the view is the identity. */
  private final int[] ends;
  private final String smuggled;
  private final int removedCount;

  TextView(String original, String normalized, int[] starts, int[] ends, String smuggled, int removedCount) {
    this.original = original;
    this.normalized = normalized;
    this.starts = starts;
    this.ends = ends;
    this.smuggled = smuggled;
    this.removedCount = removedCount;
  }

  /** Normalises a text. A null text is treated as empty. */
  public static TextView of(String original) {
    return Normalizer.normalize(original == null ? "" : original);
  }

  /** The caller's text, unchanged. */
  public String original() {
    return original;
  }

  /** The normalised text. */
  public String normalized() {
    return normalized;
  }

  /** Whether the normalised text equals the original (no character was changed, removed or folded). */
  public boolean isIdentity() {
    return starts == null;
  }

  /**
   * ASCII text hidden with Unicode tag characters (U+E0020–E007E map to ASCII 0x20–0x7E), in order of appearance, or
   * the empty string. Detectors re-scan it: it is how instructions are smuggled past a human reader.
   */
  public String smuggledText() {
    return smuggled;
  }

  /** How many invisible, format, bidi or tag characters normalisation removed. */
  public int removedCount() {
    return removedCount;
  }

  /** Length of the normalised text. */
  public int length() {
    return normalized.length();
  }

  /**
   * Maps a start index in the normalised text ({@code 0 <= index <= length()}) to a start index in the original.
   */
  public int toOriginalStart(int normalizedIndex) {
    checkIndex(normalizedIndex);
    if (starts == null) {
      return normalizedIndex;
    }
    if (normalizedIndex == normalized.length()) {
      return original.length();
    }
    return starts[normalizedIndex];
  }

  /**
   * Maps an exclusive end index in the normalised text ({@code 0 <= index <= length()}) to an exclusive end index in
   * the original, so that {@code [toOriginalStart(s), toOriginalEnd(e))} covers every original character that
   * produced normalised characters {@code s..e-1}.
   */
  public int toOriginalEnd(int normalizedIndex) {
    checkIndex(normalizedIndex);
    if (starts == null) {
      return normalizedIndex;
    }
    if (normalizedIndex == 0) {
      return normalized.isEmpty() ? 0 : starts[0];
    }
    return ends[normalizedIndex - 1];
  }

  private void checkIndex(int i) {
    if (i < 0 || i > normalized.length()) {
      throw new IndexOutOfBoundsException("index " + i + " outside 0.." + normalized.length());
    }
  }

  @Override
  public String toString() {
    return "TextView[length=" + original.length() + ", normalizedLength=" + normalized.length() + "]";
  }
}
