package dev.aisec.data.poison;

/**
 * Malformed input to a poisoning check (a CSV or JSON Lines file): names the source, the 1-based line and column and
 * the problem. {@link #getMessage()} may quote the column's header text (the file's own content: in a CSV without a
 * header row it is the first data row); {@link #safeMessage()} names the column by number only and never contains any
 * text from the file, so it can be printed or logged where the data is sensitive. Immutable.
 */
public final class DataFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final int column;
  private final String problem;

  /**
   * @param source the input's name (a path)
   * @param line 1-based line, or 0 when the problem is not on one line
   * @param column 1-based column (CSV) or array index + 1 (embedding), or 0 when none
   * @param columnName the column's header text, quoted only in {@link #getMessage()}; may be null
   * @param problem what is wrong, written by this library; never text from the file
   */
  DataFormatException(String source, long line, int column, String columnName, String problem) {
    super(format(source, line, column, columnName, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * {@code source:line: subject problem}, the shape of every bad-input message of the command line ({@code in.csv:3:
   * column 2 is not a number}, {@code in.jsonl:2: line is not valid JSON}, {@code in.csv: no data rows after the
   * header}): the location as compilers and the CLI's JSON Lines readers write it, then what is wrong, led by its
   * subject (the column, else the line).
   */
  private static String format(String source, long line, int column, String columnName, String problem) {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line);
    }
    b.append(": ");
    if (columnName != null) {
      b.append("column '").append(printable(columnName)).append("' ");
    } else if (column > 0) {
      b.append("column ").append(column).append(' ');
    } else if (line > 0) {
      b.append("line ");
    }
    return b.append(problem).toString();
  }

  /** The input's name. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0. */
  public long line() {
    return line;
  }

  /** The 1-based column, or 0. */
  public int column() {
    return column;
  }

  /** What is wrong (library text only). */
  public String problem() {
    return problem;
  }

  /** Source, line, column number and problem: no text from the file. */
  public String safeMessage() {
    return format(source, line, column, null, problem);
  }

  /** Header text with control characters replaced (a terminal must not act on them), at most 100 characters. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), 100));
    for (int i = 0; i < s.length() && b.length() < 100; i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c);
    }
    return b.toString();
  }
}
