package dev.aisec.cli.dp;

import dev.aisec.cli.io.InputException;
import dev.aisec.data.poison.CsvLine;
import dev.aisec.cli.io.StdinSpool;
import dev.aisec.cli.io.Utf8LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one column of a CSV file for {@code aisec dp release}: a header row, then data rows with the header's number of
 * cells (RFC 4180 quoting within one physical line). Every problem is an {@link InputException} naming the line (and
 * the column); nothing of a cell's content is quoted in a message. The whole file is read and checked before the
 * caller charges a budget or draws noise.
 */
final class ReleaseCsv {

  /** Cells of the chosen column in file order (null entries never occur), or just the row count without a column. */
  record Column(List<String> cells, long rows, List<Long> lines) {}

  private ReleaseCsv() {}

  /** Reads {@code column} (null: rows only) of the file ({@code -} is standard input). */
  static Column read(Path file, String column) {
    String name = StdinSpool.name(file);
    List<String> cells = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    long rows = 0;
    try (InputStream in = Files.newInputStream(StdinSpool.resolve(file));
        Utf8LineReader r = new Utf8LineReader(in)) {
      long n = 0;
      int width = -1;
      int idx = -1;
      while (true) {
        String line;
        try {
          line = r.readLine();
        } catch (CharacterCodingException e) {
          throw new InputException(name + ":" + (n + 1) + ": line is not valid UTF-8");
        }
        if (line == null) {
          break;
        }
        n++;
        if (line.isBlank()) {
          throw new InputException(name + ":" + n + ": line is empty");
        }
        List<String> split = split(line, name, n);
        if (width < 0) {
          width = split.size();
          if (column != null) {
            for (int j = 0; j < split.size(); j++) {
              if (split.get(j).trim().equals(column)) {
                if (idx >= 0) {
                  throw new InputException(name + ":1: the header names column '" + column + "' twice");
                }
                idx = j;
              }
            }
            if (idx < 0) {
              throw new InputException(name + ":1: the header has no column '" + column + "'");
            }
          }
          continue;
        }
        if (split.size() != width) {
          throw new InputException(name + ":" + n + ": has " + split.size() + " cells, the header has " + width);
        }
        rows++;
        if (idx >= 0) {
          cells.add(split.get(idx).trim());
          lines.add(n);
        }
      }
      if (width < 0) {
        throw new InputException(name + ": empty file, expected a header line");
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
    }
    return new Column(cells, rows, lines);
  }

  /** The fields of one physical line in aisec's CSV dialect ({@link CsvLine#split}). */
  static List<String> split(String line, String name, long lineNo) {
    try {
      return CsvLine.split(line);
    } catch (IllegalArgumentException e) {
      throw new InputException(name + ":" + lineNo + ": has an unterminated quoted field");
    }
  }

  /**
   * A cell as a finite number: a plain decimal ({@code [+-]digits[.digits][e[+-]digits]}), nothing else (no NaN, no
   * infinity, no Java literals such as {@code 1d} or {@code 0x1p3}), whose value is finite as a double.
   */
  static double number(String cell, String name, long lineNo, String column) {
    if (!isDecimal(cell)) {
      String what = cell.isEmpty() ? "is empty (missing values are rejected)" : "is not a finite decimal number";
      throw new InputException(name + ":" + lineNo + ": column '" + column + "' " + what);
    }
    double v = Double.parseDouble(cell);
    if (!Double.isFinite(v)) {
      throw new InputException(name + ":" + lineNo + ": column '" + column + "' is beyond the range of a double");
    }
    return v;
  }

  /** A plain decimal ({@link CsvLine#isPlainDecimal}) of at most 400 characters. */
  static boolean isDecimal(String s) {
    return s.length() <= 400 && CsvLine.isPlainDecimal(s);
  }
}
