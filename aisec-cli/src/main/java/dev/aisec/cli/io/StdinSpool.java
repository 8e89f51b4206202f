package dev.aisec.cli.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code -} as an input file means standard input. The commands read their input more than once (validate every line
 * first, then stream, so a bad line never leaves partial output), so standard input is copied once to a private
 * temporary file, deleted when the command ends ({@link #reset}) or at the latest when the JVM exits; every later use
 * of {@code -} in the same run reads that copy.
 * Error messages name it {@value #NAME}. Thread-safe.
 */
public final class StdinSpool {

  /** How standard input is named in messages. */
  public static final String NAME = "<stdin>";

  private static Path spooled;

  private StdinSpool() {}

  /** Whether the path is {@code -} (standard input). */
  public static boolean isStdin(Path p) {
    return p != null && p.getNameCount() == 1 && p.toString().equals("-");
  }

  /**
   * Refuses two inputs that are both {@code -}: they would read the same copy of standard input (a drift test of a
   * batch against itself reports no drift). Throws {@link IllegalArgumentException} naming both options.
   */
  public static void requireDistinct(String optionA, Path a, String optionB, Path b) {
    if (isStdin(a) && isStdin(b)) {
      throw new IllegalArgumentException(optionA + " and " + optionB + " cannot both be - (standard input can feed"
          + " only one of them; give the other as a file)");
    }
  }

  /** The path to read: the path itself, or for {@code -} the copy of standard input. */
  public static Path resolve(Path p) {
    return isStdin(p) ? spool(System.in) : p;
  }

  /** The name of the input in messages: {@value #NAME} for {@code -} and its copy, else the path. */
  public static String name(Path p) {
    synchronized (StdinSpool.class) {
      return isStdin(p) || (spooled != null && spooled.equals(p)) ? NAME : String.valueOf(p);
    }
  }

  /** The message with the temporary copy's path replaced by {@value #NAME}. */
  public static String scrub(String message) {
    synchronized (StdinSpool.class) {
      return message == null || spooled == null ? message : message.replace(spooled.toString(), NAME);
    }
  }

  /** Deletes the copy of standard input, if any; the next {@link #resolve} of {@code -} reads standard input again. */
  public static synchronized void reset() {
    if (spooled != null) {
      try {
        Files.deleteIfExists(spooled);
        Files.deleteIfExists(spooled.getParent());
      } catch (IOException e) {
        // left for deleteOnExit
      }
      spooled = null;
    }
  }

  static synchronized Path spool(InputStream in) {
    if (spooled != null) {
      return spooled;
    }
    try {
      Path dir = Files.createTempDirectory("aisec-stdin-");
      Path f = dir.resolve("stdin");
      dir.toFile().deleteOnExit();
      f.toFile().deleteOnExit(); // registered last, so deleted first
      Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
      spooled = f;
      return f;
    } catch (IOException e) {
      throw new InputException("cannot read standard input (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
