package dev.aisec.cli.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aisec.cli.io.StdinSpool;
import dev.aisec.data.poison.DataFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Input and output helpers for the data commands (JSON Lines text sets, atomic output). */
final class DataIo {

  /** Rejects trailing content and duplicate field names (another reader may take the first of two values). */
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private DataIo() {}

  /** Texts and labels of a JSON Lines file; labelField may be null. Errors name the line. */
  record TextSet(List<String> texts, List<String> labels) {}

  static TextSet readTexts(Path file, String textField, String labelField) {
    List<String> texts = new ArrayList<>();
    List<String> labels = labelField == null ? null : new ArrayList<>();
    String path = StdinSpool.name(file);
    try (dev.aisec.cli.io.Utf8LineReader r = new dev.aisec.cli.io.Utf8LineReader(
        Files.newInputStream(StdinSpool.resolve(file)))) {
      String line;
      int n = 0;
      while (true) {
        try {
          line = r.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new IllegalArgumentException(path + ":" + (n + 1) + ": line is not valid UTF-8");
        }
        if (line == null) {
          break;
        }
        n++;
        if (line.isBlank()) {
          throw new IllegalArgumentException(path + ":" + n + ": line is empty");
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException | NumberFormatException e) { // Jackson: a number it cannot hold (NumberFormatException)
          boolean dup = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
              && j.getOriginalMessage() != null && j.getOriginalMessage().startsWith("Duplicate field ");
          throw new IllegalArgumentException(path + ":" + n + ": line" + (dup ? " holds a field name twice (another"
              + " reader could take the other value)" : " is not valid JSON"));
        }
        if (node == null || !node.isObject()) {
          throw new IllegalArgumentException(path + ":" + n + ": line is not a JSON object");
        }
        JsonNode t = node.get(textField);
        if (t == null || !t.isTextual()) {
          throw new IllegalArgumentException(path + ":" + n + ": line has no text field '" + textField + "'");
        }
        texts.add(t.asText());
        if (labels != null) {
          JsonNode l = node.get(labelField);
          if (l == null || l.isNull()) {
            throw new IllegalArgumentException(path + ":" + n + ": line has no label field '" + labelField + "'");
          }
          if (l.isContainerNode()) {
            throw new IllegalArgumentException(path + ":" + n + ": label field '" + labelField + "' must be a"
                + " string, number or boolean, not an " + (l.isArray() ? "array" : "object"));
          }
          labels.add(l.asText());
        }
      }
      if (texts.isEmpty()) {
        throw new IllegalArgumentException(path + ": no lines");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return new TextSet(texts, labels);
  }

  /** Writes text to {@code out} atomically (temp file + move), or to stdout when out is null. */
  static void write(Path out, String text) {
    if (out == null) {
      PrintStream ps = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      ps.print(text);
      ps.flush();
      return;
    }
    try {
      Path abs = out.toAbsolutePath();
      Path dir = abs.getParent();
      dev.aisec.cli.io.Output.createParents(out, dir);
      Path tmp = Files.createTempFile(dir, ".aisec-", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  static String lines(double[] scores) {
    StringBuilder sb = new StringBuilder(scores.length * 12);
    for (double s : scores) {
      sb.append(fmt(s)).append('\n');
    }
    return sb.toString();
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(Math.round(v * 1e8) / 1e8);
  }

  /**
   * Runs body, mapping bad input to exit 2 with a message on stderr. Messages never carry text from the input: a
   * malformed file is reported by its typed error's {@link DataFormatException#safeMessage() safe message} (line and
   * column number, no header text or cell), the commands' own option errors by their message, and any other
   * exception only by its type (a {@link NumberFormatException} or a library's message can quote an input value).
   */
  static int guarded(java.util.concurrent.Callable<Integer> body) {
    try {
      return body.call();
    } catch (DataFormatException e) {
      System.err.println("aisec data: " + printable(StdinSpool.scrub(e.safeMessage())));
      return 2;
    } catch (dev.aisec.cli.io.InputException e) {
      // the shared CLI helpers' errors name paths and options, never input values
      System.err.println("aisec data: " + printable(StdinSpool.scrub(e.getMessage())));
      return 2;
    } catch (IllegalArgumentException e) {
      if (e.getClass() != IllegalArgumentException.class) {
        // a subclass such as NumberFormatException quotes the text it could not parse
        System.err.println("aisec data: invalid input (" + e.getClass().getSimpleName() + "); input values are not"
            + " shown");
        return 2;
      }
      System.err.println("aisec data: " + printable(StdinSpool.scrub(e.getMessage())));
      return 2;
    } catch (UncheckedIOException e) {
      String why = e.getCause() instanceof java.nio.file.NoSuchFileException ? "no such file"
          : e.getCause() instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : e.getCause() == null ? "" : e.getCause().getClass().getSimpleName();
      String msg = StdinSpool.scrub(e.getMessage());
      int colon = msg == null ? -1 : msg.indexOf(": ");
      String what = colon > 0 ? msg.substring(0, colon) : msg;
      if (what != null && what.startsWith("cannot read ")) {
        // the shape of every other command: 'FILE: no such file', 'FILE: cannot read (AccessDeniedException)'
        String file = what.substring("cannot read ".length());
        System.err.println("aisec data: " + printable(file) + ": " + (why.equals("no such file") ? why
            : "cannot read (" + (e.getCause() == null ? "IOException" : e.getCause().getClass().getSimpleName())
            + ")"));
        return 2;
      }
      System.err.println("aisec data: " + printable(what) + ": " + why);
      return 2;
    } catch (OutOfMemoryError e) {
      System.err.println("aisec data: out of memory; raise -Xmx via AISEC_JAVA_OPTS");
      return 2;
    } catch (Exception e) {
      System.err.println("aisec data: unexpected error (" + e.getClass().getSimpleName() + "); input values are not"
          + " shown");
      return 2;
    }
  }

  /** Control characters (a terminal would act on them) replaced by '?'. */
  static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c);
    }
    return b.toString();
  }
}
