package dev.aisec.data.poison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A numeric data set read from CSV or JSON Lines: feature names, a rectangular matrix of finite values, and
 * optionally one label per row. Immutable (the matrix is defensively copied on access through {@link #matrix()}).
 *
 * <p>Input policy. CSV: the first line is a header; the label column (if named and present) and any excluded
 * columns are kept out of the matrix. A cell that is empty, {@code NA}, {@code NaN} or {@code null} is
 * <em>missing</em>: with {@link MissingPolicy#REJECT} it is an error, with {@link MissingPolicy#MEDIAN} (the
 * default) it is replaced by the median of the column's present values and counted in {@link #imputed()}. A cell
 * holding an infinity, a magnitude above {@link Matrices#MAX_ABS}, or text that is not a plain decimal number
 * (Java literals such as {@code 1d} or {@code 0x1p3} included), is always an error. Every error is an
 * {@link IllegalArgumentException} naming the 1-based line and the column. JSON Lines: each line is an object whose
 * embedding field is an array of numbers of the same length on every line.
 */
public final class NumericTable {

  /** What to do with missing cells. */
  public enum MissingPolicy {
    /** Missing cells are an error. */
    REJECT,
    /** Missing cells take the median of the column's present values. */
    MEDIAN
  }

  /**
   * Rejects trailing content and duplicate field names: with {"emb":[...],"emb":[...]} another reader may take the
   * first value while the checks look at the last.
   */
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final List<String> columns;
  private final double[][] rows;
  private final List<String> labels;
  private final int imputed;

  private NumericTable(List<String> columns, double[][] rows, List<String> labels, int imputed) {
    this.columns = List.copyOf(columns);
    this.rows = rows;
    this.labels = labels == null ? null : Collections.unmodifiableList(new ArrayList<>(labels));
    this.imputed = imputed;
  }

  /** Wraps a matrix (validated by {@link Matrices#validate}); labels may be null. */
  public static NumericTable of(double[][] data, List<String> labels) {
    int d = Matrices.validate(data, "data");
    if (labels != null && labels.size() != data.length) {
      throw new IllegalArgumentException("labels has " + labels.size() + " entries for " + data.length + " rows");
    }
    List<String> names = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      names.add("f" + j);
    }
    double[][] copy = new double[data.length][];
    for (int i = 0; i < data.length; i++) {
      copy[i] = data[i].clone();
    }
    return new NumericTable(names, copy, labels, 0);
  }

  public List<String> columns() {
    return columns;
  }

  /** A copy of the matrix. */
  public double[][] matrix() {
    double[][] c = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      c[i] = rows[i].clone();
    }
    return c;
  }

  /** The matrix without copying; callers must not modify it. */
  double[][] matrixView() {
    return rows;
  }

  public int rowCount() {
    return rows.length;
  }

  /** Row labels, or null when the input had no label column. */
  public List<String> labels() {
    return labels;
  }

  /** How many missing cells were imputed. */
  public int imputed() {
    return imputed;
  }

  /** Reads a CSV file; see the class documentation for the policy. */
  public static NumericTable readCsv(Path path, String labelColumn, Set<String> exclude, MissingPolicy missing) {
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return readCsv(r, labelColumn, exclude, missing, path.toString());
    } catch (CharacterCodingException e) {
      throw notUtf8(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Reads CSV text; {@code source} names the input in error messages. */
  public static NumericTable readCsv(BufferedReader in, String labelColumn, Set<String> exclude,
      MissingPolicy missing, String source) throws IOException {
    String header = in.readLine();
    if (header == null) {
      throw new DataFormatException(source, 0, 0, null, "empty file, expected a header line");
    }
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    List<String> head = Csv.split(header, 1, source);
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (int j = 0; j < head.size(); j++) {
      String h = head.get(j).trim();
      Integer first = h.isEmpty() ? null : seen.putIfAbsent(h, j + 1);
      if (first != null) {
        // (review19) a repeated name made the label or an excluded column ambiguous: with --label-column a on
        // "a,a", the first 'a' was silently dropped from the features
        throw new DataFormatException(source, 1, j + 1, null, "repeats the name of column " + first
            + "; column names must be unique");
      }
    }
    int labelIdx = -1;
    List<Integer> featureIdx = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int j = 0; j < head.size(); j++) {
      String h = head.get(j).trim();
      if (labelColumn != null && h.equals(labelColumn)) {
        labelIdx = j;
      } else if (exclude == null || !exclude.contains(h)) {
        featureIdx.add(j);
        names.add(h);
      }
    }
    if (featureIdx.isEmpty()) {
      throw new DataFormatException(source, 0, 0, null, "no feature columns left after removing the label column");
    }
    List<double[]> data = new ArrayList<>();
    List<String> labels = labelIdx >= 0 ? new ArrayList<>() : null;
    List<int[]> missingCells = new ArrayList<>();
    String line;
    int lineNo = 1;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        throw new DataFormatException(source, lineNo, 0, null, "is empty");
      }
      List<String> cells = Csv.split(line, lineNo, source);
      if (cells.size() != head.size()) {
        throw new DataFormatException(source, lineNo, 0, null, "has " + cells.size() + " cells, the header has "
            + head.size());
      }
      double[] row = new double[featureIdx.size()];
      for (int k = 0; k < row.length; k++) {
        String cell = cells.get(featureIdx.get(k)).trim();
        String low = cell.toLowerCase(Locale.ROOT);
        if (cell.isEmpty() || low.equals("na") || low.equals("nan") || low.equals("null") || low.equals("n/a")) {
          if (missing == MissingPolicy.REJECT) {
            throw new DataFormatException(source, lineNo, featureIdx.get(k) + 1, names.get(k),
                "is missing (missing values are rejected)");
          }
          row[k] = Double.NaN;
          missingCells.add(new int[] {data.size(), k});
          continue;
        }
        String bare = low.startsWith("+") || low.startsWith("-") ? low.substring(1) : low;
        if (bare.equals("inf") || bare.equals("infinity")) {
          throw new DataFormatException(source, lineNo, featureIdx.get(k) + 1, names.get(k),
              "is infinite; only finite values are accepted");
        }
        // Double.parseDouble alone would also accept Java literals such as "1d", "2f" or "0x1p3"
        if (!CsvLine.isPlainDecimal(cell)) {
          throw new DataFormatException(source, lineNo, featureIdx.get(k) + 1, names.get(k), "is not a number");
        }
        double v = Double.parseDouble(cell);
        if (!Double.isFinite(v) || Math.abs(v) > Matrices.MAX_ABS) {
          throw new DataFormatException(source, lineNo, featureIdx.get(k) + 1, names.get(k),
              "exceeds " + Matrices.MAX_ABS + " in magnitude; only finite values up to that are accepted");
        }
        row[k] = v;
      }
      data.add(row);
      if (labels != null) {
        labels.add(cells.get(labelIdx).trim());
      }
    }
    if (data.isEmpty()) {
      throw new DataFormatException(source, 0, 0, null, "no data rows after the header");
    }
    double[][] m = data.toArray(new double[0][]);
    if (!missingCells.isEmpty()) {
      imputeMedians(m, names, featureIdx, source);
    }
    return new NumericTable(names, m, labels, missingCells.size());
  }


  private static void imputeMedians(double[][] m, List<String> names, List<Integer> featureIdx, String source) {
    int d = m[0].length;
    for (int j = 0; j < d; j++) {
      List<Double> present = new ArrayList<>();
      boolean any = false;
      for (double[] r : m) {
        if (Double.isNaN(r[j])) {
          any = true;
        } else {
          present.add(r[j]);
        }
      }
      if (!any) {
        continue;
      }
      if (present.isEmpty()) {
        throw new DataFormatException(source, 0, featureIdx.get(j) + 1, names.get(j), "has no values at all");
      }
      double[] p = new double[present.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = present.get(i);
      }
      double med = dev.aisec.data.poison.internal.Stats.median(p);
      for (double[] r : m) {
        if (Double.isNaN(r[j])) {
          r[j] = med;
        }
      }
    }
  }

  /**
   * Reads JSON Lines whose {@code embeddingField} holds an array of numbers; {@code labelField} may be null. Empty
   * lines, invalid JSON, a missing or ragged embedding, or a non-finite value are errors naming the line.
   */
  public static NumericTable readJsonl(Path path, String embeddingField, String labelField) {
    List<double[]> data = new ArrayList<>();
    List<String> labels = labelField == null ? null : new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      int dim = -1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          throw new DataFormatException(path.toString(), lineNo, 0, null, "is empty");
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException | NumberFormatException e) { // Jackson: a number it cannot hold (NumberFormatException)
          throw new DataFormatException(path.toString(), lineNo, 0, null, duplicate(e) ? "holds a field name twice"
              : "is not valid JSON");
        }
        JsonNode emb = node == null ? null : node.get(embeddingField);
        if (emb == null || !emb.isArray() || emb.size() == 0) {
          throw new DataFormatException(path.toString(), lineNo, 0, null, "has no array field '" + embeddingField
              + "'");
        }
        if (dim >= 0 && emb.size() != dim) {
          throw new DataFormatException(path.toString(), lineNo, 0, null, "has " + emb.size()
              + " embedding values, earlier lines have " + dim);
        }
        dim = emb.size();
        double[] row = new double[dim];
        for (int j = 0; j < dim; j++) {
          JsonNode v = emb.get(j);
          if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new DataFormatException(path.toString(), lineNo, 0, null, "embedding value " + j
                + " is not a finite number");
          }
          row[j] = v.asDouble();
        }
        data.add(row);
        if (labels != null) {
          JsonNode l = node.get(labelField);
          if (l == null || l.isNull()) {
            throw new DataFormatException(path.toString(), lineNo, 0, null, "has no field '" + labelField + "'");
          }
          labels.add(l.isTextual() ? l.asText() : l.toString());
        }
      }
      if (data.isEmpty()) {
        throw new DataFormatException(path.toString(), 0, 0, null, "no lines");
      }
      List<String> names = new ArrayList<>();
      for (int j = 0; j < dim; j++) {
        names.add(embeddingField + "[" + j + "]");
      }
      return new NumericTable(names, data.toArray(new double[0][]), labels, 0);
    } catch (CharacterCodingException e) {
      throw notUtf8(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Whether Jackson refused a line for a duplicate field name (its message quotes the name, so it is not shown). */
  static boolean duplicate(Exception e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getOriginalMessage() != null
        && j.getOriginalMessage().startsWith("Duplicate field ");
  }

  /** The error for a file that is not valid UTF-8, naming the first bad line (lines end with LF, CRLF or CR). */
  private static DataFormatException notUtf8(Path path) {
    long line;
    try {
      line = firstInvalidUtf8Line(path);
    } catch (IOException e) {
      line = -1;
    }
    return new DataFormatException(path.toString(), Math.max(0, line), 0, null,
        line > 0 ? "is not valid UTF-8" : "the file is not valid UTF-8");
  }

  /**
   * The 1-based line of the first invalid UTF-8 sequence, or -1 when the file decodes. Line ends are counted on the
   * bytes as {@link BufferedReader#readLine()} counts them (LF, CRLF, CR); CR and LF bytes never occur inside a valid
   * multi-byte sequence, so the count up to the error is exact. Streams the file; memory is constant.
   */
  static long firstInvalidUtf8Line(Path path) throws IOException {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long line = 1;
    boolean prevCr = false;
    try (ReadableByteChannel ch = Files.newByteChannel(path)) {
      boolean eof = false;
      while (true) {
        if (!eof && ch.read(in) < 0) {
          eof = true;
        }
        in.flip();
        int before = in.position();
        CoderResult r = dec.decode(in, out, eof);
        for (int i = before; i < in.position(); i++) {
          byte b = in.get(i);
          if (b == '\n') {
            if (!prevCr) {
              line++;
            }
            prevCr = false;
          } else if (b == '\r') {
            line++;
            prevCr = true;
          } else {
            prevCr = false;
          }
        }
        if (r.isError()) {
          return line;
        }
        out.clear();
        if (eof && !in.hasRemaining()) {
          return -1;
        }
        in.compact();
      }
    }
  }

  /** The fields of one line ({@link CsvLine#split}), an unterminated quote reported with the line number. */
  private static final class Csv {
    private Csv() {}

    static List<String> split(String line, int lineNo, String source) {
      try {
        return CsvLine.split(line);
      } catch (IllegalArgumentException e) {
        throw new DataFormatException(source, lineNo, 0, null, "has an unterminated quoted field");
      }
    }
  }
}
