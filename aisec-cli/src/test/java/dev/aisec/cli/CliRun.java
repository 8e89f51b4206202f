package dev.aisec.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process with captured standard output and error. Not thread-safe (swaps System.out). */
public final class CliRun {

  public final int exit;
  public final String out;
  public final String err;

  private CliRun(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  /** Runs with the given bytes as standard input. */
  public static synchronized CliRun withStdin(byte[] stdin, String... args) {
    java.io.InputStream oldIn = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(stdin));
      return of(args);
    } finally {
      System.setIn(oldIn);
    }
  }

  public static synchronized CliRun of(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = AisecCommand.run(args);
      System.out.flush();
      return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
