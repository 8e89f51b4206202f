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
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
      return new Output(abs, tmp, Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException(file + ": cannot write (" + e.getClass().getSimpleName() + ")", e);
    }
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
