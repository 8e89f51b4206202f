package dev.aisec.data.poison;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV dialect of every aisec CSV reader (the poisoning checks' {@link NumericTable} and the command line's
 * {@code dp release}): fields separated by commas, RFC 4180 quoting within ONE physical line (a doubled quote inside
 * quotes is a quote; a quoted field may not span lines), and plain decimal numbers. Stateless, thread-safe, linear
 * in the line's length.
 */
public final class CsvLine {

  private CsvLine() {}

  /**
   * The fields of one physical line (without its line end), quotes removed; a line without commas is one field.
   *
   * @throws IllegalArgumentException when a quoted field is not closed on this line (the message quotes nothing of
   *     the line)
   */
  public static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("has an unterminated quoted field");
    }
    out.add(cur.toString());
    return out;
  }

  /**
   * Whether a cell is a plain decimal number: an optional sign, digits with an optional fraction (at least one digit),
   * an optional exponent ({@code e} or {@code E}, optional sign, digits). Nothing else: no NaN, no infinity, no blanks,
   * no Java literals such as {@code 1d}, {@code 2f} or {@code 0x1p3} that {@link Double#parseDouble} would accept.
   * Whatever it accepts parses with {@link Double#parseDouble} (possibly to an infinity when out of range).
   */
  public static boolean isPlainDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exp = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
