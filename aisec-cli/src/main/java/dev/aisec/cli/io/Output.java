package dev.aisec.cli.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command writes its results: a file (written to a temporary sibling and moved into place on success, so a
 * failure never leaves partial output) or standard output.
 */
public final class Output implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean committed;

  private Output(Path target, Path temp, Writer writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
  }

  /** Output to {@code file}, or to {@code stdout} when file is null. */
  public static Output to(Path file, PrintStream stdout) {
    if (file == null) {
      return new Output(null, null, new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8),
          1 << 16));
    }
    try {
      Path abs = file.toAbsolutePath();
      Path dir = abs.getParent();
      createParents(file, dir);
      Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
      return new Output(abs, tmp, Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException(file + ": cannot write (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * Creates the missing directories above an output file. A parent that exists but is not a directory is an
   * {@link InputException} that says so (Files.createDirectories reported it as FileAlreadyExistsException, which
   * read as if the output file itself existed).
   */
  public static void createParents(Path file, Path dir) throws IOException {
    if (dir == null) {
      return;
    }
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw new InputException(file + ": cannot write (" + p + " is not a directory)");
        }
        break;
      }
    }
    Files.createDirectories(dir);
  }

  /** Writes a line. */
  public void line(String s) {
    try {
      writer.write(s);
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes text exactly as given (no line end added). */
  public void text(String s) {
    try {
      writer.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one serialised JSON value as a line. A string of the input may hold unpaired UTF-16 surrogates (from
   * {@code \\ud800}-style escapes): UTF-8 cannot encode them, so the writer would silently replace them with
   * {@code ?}. They are written back as {@code \\uXXXX} escapes instead, so every field round-trips exactly and
   * span offsets stay true. In serialised JSON such characters can only occur inside string literals, where the
   * escape means the same character.
   */
  public void json(String serialized) {
    line(escapeLoneSurrogates(serialized));
  }

  static String escapeLoneSurrogates(String s) {
    int n = s.length();
    StringBuilder sb = null;
    int copied = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(n + 16);
      }
      sb.append(s, copied, i).append(String.format("\\u%04x", (int) c));
      copied = i + 1;
    }
    return sb == null ? s : sb.append(s, copied, n).toString();
  }

  /** Marks the output complete: a file target is moved into place on close. */
  public void commit() {
    committed = true;
  }

  @Override
  public void close() {
    try {
      writer.flush();
      if (target != null) {
        writer.close();
        if (committed) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      throw new InputException("cannot write " + target + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
