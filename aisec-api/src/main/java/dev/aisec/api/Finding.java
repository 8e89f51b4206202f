package dev.aisec.api;

import java.util.Locale;

/**
 * One thing a detector found in a text.
 *
 * <p>The span refers to the caller's ORIGINAL string (UTF-16 indices, {@code start <= end}, end exclusive); a finding
 * about the whole text uses {@code 0..length}. The detail is a short explanation that must never contain the raw
 * sensitive value (say "Luhn-valid VISA number", not the number). The action is empty when a detector creates a
 * finding and is set by the {@link Guard} from the policy.
 *
 * @param detector id of the detector that produced the finding
 * @param type upper-case finding type, for example {@code PROMPT_INJECTION}, {@code EMAIL_ADDRESS}
 * @param start start of the span in the original text, inclusive
 * @param end end of the span in the original text, exclusive
 * @param score confidence in 0..1
 * @param detail explanation without raw sensitive values; never null
 * @param action the action the policy assigned, or {@code null} before the Guard decided
 */
public record Finding(String detector, String type, int start, int end, double score, String detail, Action action) {

  public Finding {
    if (detector == null || detector.isBlank()) {
      throw new IllegalArgumentException("finding.detector must not be blank");
    }
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("finding.type must not be blank");
    }
    type = type.toUpperCase(Locale.ROOT);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("finding span must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("finding.score must be in 0..1, got " + score);
    }
    detail = detail == null ? "" : detail;
  }

  /** A finding without an action yet, as a detector reports it. */
  public static Finding of(String detector, String type, int start, int end, double score, String detail) {
    return new Finding(detector, type, start, end, score, detail, null);
  }

  /** A copy with the given action. */
  public Finding withAction(Action newAction) {
    return new Finding(detector, type, start, end, score, detail, newAction);
  }

  /** A copy whose span is shifted by {@code offset} characters (for findings computed on a window of a text). */
  public Finding shifted(int offset) {
    return new Finding(detector, type, start + offset, end + offset, score, detail, action);
  }

  /** Length of the span. */
  public int length() {
    return end - start;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }
}
