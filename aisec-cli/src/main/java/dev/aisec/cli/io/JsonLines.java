package dev.aisec.cli.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines input for the CLI in two passes: {@link #validate} checks every line first (so a bad line fails
 * the command before any output is written), then {@link #forEach} streams the objects. Lines are read one at a
 * time, so memory is bounded by the longest line. Empty lines, invalid JSON, non-objects, invalid UTF-8 and a
 * missing or non-string required field are errors that name the line. Lines end with LF, CRLF or a bare CR. The path
 * {@code -} reads standard input ({@link StdinSpool}).
 */
public final class JsonLines {

  /**
   * Shared mapper: keeps field order and numbers exactly, allows long strings (10 MB lines and more), rejects trailing
   * content and duplicate field names.
   */
  public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxStringLength(Integer.MAX_VALUE)
              .maxNestingDepth(200)
              .build())
          // {"text":"a","text":"b"}: another reader may take the first value while we check the last
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      // a line such as {"text":"a"} garbage is not one JSON object: reject it rather than read the first value
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // input fields are kept exactly: 0.1000000000000000000001 or 1e999 must not come back as a rounded double
      // or as the string "Infinity"
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static final int MAX_REPORTED = 20;

  /** A callback per object. */
  @FunctionalInterface
  public interface LineHandler {
    void handle(long lineNumber, ObjectNode object) throws IOException;
  }

  private JsonLines() {}

  /**
   * Validates every line; throws {@link InputException} listing up to 20 bad lines (with their numbers) when any
   * is bad.
   *
   * @param requiredTextField a field every object must hold as a string, or null
   * @return the number of lines (objects)
   */
  public static long validate(Path file, String requiredTextField) {
    List<String> errors = new ArrayList<>();
    long[] count = {0};
    long[] bad = {0};
    read(file, (n, line) -> {
      count[0]++;
      String problem = problem(line, requiredTextField);
      if (problem != null) {
        bad[0]++;
        if (errors.size() < MAX_REPORTED) {
          errors.add(StdinSpool.name(file) + ":" + n + ": " + problem);
        }
      }
    });
    if (!errors.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      sb.append(bad[0]).append(" bad input line(s); nothing was written:");
      for (String e : errors) {
        sb.append(System.lineSeparator()).append("  ").append(e);
      }
      if (bad[0] > errors.size()) {
        sb.append(System.lineSeparator()).append("  ... and ").append(bad[0] - errors.size()).append(" more");
      }
      throw new InputException(sb.toString());
    }
    return count[0];
  }

  /** Streams the objects of a file that {@link #validate} accepted. */
  public static void forEach(Path file, LineHandler handler) {
    read(file, (n, line) -> {
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException | NumberFormatException e) {
        throw new InputException(StdinSpool.name(file) + ":" + n + ": not valid JSON");
      }
      if (!(node instanceof ObjectNode)) {
        throw new InputException(StdinSpool.name(file) + ":" + n + ": not a JSON object");
      }
      handler.handle(n, (ObjectNode) node);
    });
  }

  /**
   * Jackson's message with every quoted run of input text longer than one character replaced by an ellipsis: the
   * parser quotes the bad token ("Unrecognized token 'alice'") and duplicate field names, up to 256 characters of the
   * line, and an unquoted e-mail address or key must not reach stderr (CI logs). Single quoted characters ('-', '''),
   * Jackson's own words ('null', 'true', 'false') and the field the command reads ({@code known}, e.g. a duplicate
   * 'text') stay. Linear scan.
   */
  static String withoutQuotedInput(String msg, String known) {
    if (msg == null) {
      return null;
    }
    String dup = "Duplicate field '";
    if (msg.startsWith(dup) && msg.endsWith("'") && msg.length() > dup.length()) {
      // the whole rest is the field name, which may itself hold apostrophes ("x'secret"): the pairwise scan below
      // would take such an apostrophe for the closing quote and print the rest of the name as plain text
      String name = msg.substring(dup.length(), msg.length() - 1);
      return dup + (name.equals(known) ? name : "\u2026") + "'";
    }
    StringBuilder b = new StringBuilder(msg.length());
    int i = 0;
    while (i < msg.length()) {
      char c = msg.charAt(i);
      if (c != '\'') {
        b.append(c);
        i++;
        continue;
      }
      if (msg.startsWith("'''", i)) { // a quoted apostrophe
        b.append("'''");
        i += 3;
        continue;
      }
      int close = msg.indexOf('\'', i + 1);
      String inside = close < 0 ? msg.substring(i + 1) : msg.substring(i + 1, close);
      boolean keep = close >= 0 && (inside.length() <= 1 || inside.equals("null") || inside.equals("true")
          || inside.equals("false") || inside.equals(known));
      b.append('\'').append(keep ? inside : "\u2026");
      if (close < 0) {
        break;
      }
      b.append('\'');
      i = close + 1;
    }
    return b.toString();
  }

  private static String problem(String line, String requiredTextField) {
    if (line.isBlank()) {
      return "empty line (every line must hold one JSON object)";
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (NumberFormatException e) {
      // Jackson throws this (not a JsonProcessingException) for a number it cannot hold, e.g. an exponent beyond
      // the int range (1e99999999999999999999); its message quotes the number
      return "not valid JSON: a number is out of range";
    } catch (JsonProcessingException e) {
      String msg = withoutQuotedInput(e.getOriginalMessage(), requiredTextField);
      if (msg != null && msg.length() > 120) {
        msg = msg.substring(0, 120) + "...";
      }
      // limits (nesting depth, number length) are reported without a location
      return "not valid JSON" + (e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")")
          + ": " + msg;
    }
    if (node == null || !node.isObject()) {
      return "not a JSON object";
    }
    if (requiredTextField != null) {
      JsonNode t = node.get(requiredTextField);
      if (t == null) {
        return "missing field \"" + requiredTextField + "\"";
      }
      if (!t.isTextual()) {
        return "field \"" + requiredTextField + "\" must be a string";
      }
    }
    return null;
  }

  @FunctionalInterface
  private interface RawHandler {
    void handle(long lineNumber, String line) throws IOException;
  }

  private static void read(Path path, RawHandler handler) {
    long n = 0;
    String file = StdinSpool.name(path);
    try (Utf8LineReader r = new Utf8LineReader(Files.newInputStream(StdinSpool.resolve(path)))) {
      String line;
      while (true) {
        try {
          line = r.readLine();
        } catch (CharacterCodingException e) {
          throw new InputException(file + ":" + (n + 1) + ": not valid UTF-8");
        }
        if (line == null) {
          break;
        }
        n++;
        handler.handle(n, line);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
