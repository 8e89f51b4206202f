package dev.aisec.data.pii;

/**
 * One personal-data span found in a text: UTF-16 offsets into the scanned string (end exclusive), the Presidio
 * entity type, a confidence in 0..1 and a short explanation that never contains the value itself.
 *
 * @param start inclusive start
 * @param end exclusive end
 * @param type entity type, for example {@code EMAIL_ADDRESS}
 * @param score confidence in 0..1
 * @param detail why (recognizer and validator), never the raw value
 */
public record PiiSpan(int start, int end, String type, double score, String detail) {

  public PiiSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("span.type must not be blank");
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("span.score must be in 0..1, got " + score);
    }
    detail = detail == null ? "" : detail;
  }

  /** Length in UTF-16 units. */
  public int length() {
    return end - start;
  }

  /** Whether the spans share a character. */
  public boolean overlaps(PiiSpan o) {
    return start < o.end && o.start < end;
  }

  /** A copy shifted by {@code offset}. */
  public PiiSpan shifted(int offset) {
    return new PiiSpan(start + offset, end + offset, type, score, detail);
  }
}
