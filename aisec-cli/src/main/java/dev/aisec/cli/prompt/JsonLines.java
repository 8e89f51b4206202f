package dev.aisec.cli.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** JSON Lines input validated whole before any output, and atomic output to a file or stdout. */
final class JsonLines {

  /** An input problem that names the line. */
  static final class InputError extends RuntimeException {
    InputError(String msg) {
      super(msg);
    }
  }

  private JsonLines() {}

  /** Reads every line as a JSON object with a string field "text"; throws InputError naming the first bad line. */
  static List<ObjectNode> readTexts(Path in, ObjectMapper json) throws IOException {
    if (!Files.isRegularFile(in)) {
      throw new InputError(in + ": no such file");
    }
    List<ObjectNode> out = new ArrayList<>();
    var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader br = new BufferedReader(new InputStreamReader(Files.newInputStream(in), dec))) {
      String line;
      int n = 0;
      while (true) {
        try {
          line = br.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new InputError(in + ":" + (n + 1) + ": not valid UTF-8");
        }
        if (line == null) {
          break;
        }
        n++;
        if (line.isBlank()) {
          throw new InputError(in + ":" + n + ": empty line (expected one JSON object per line)");
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (JsonProcessingException e) {
          throw new InputError(in + ":" + n + ": invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
          throw new InputError(in + ":" + n + ": expected a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
          throw new InputError(in + ":" + n + ": missing string field \"text\"");
        }
        out.add((ObjectNode) node);
      }
    }
    return out;
  }

  /** Writes lines to {@code out} atomically (temp file then move), or to stdout when out is null. */
  static void write(Path out, List<String> lines) throws IOException {
    if (out == null) {
      Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
      w.flush();
      return;
    }
    Path abs = out.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, ".aisec-", ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (String l : lines) {
          w.write(l);
          w.write('\n');
        }
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
