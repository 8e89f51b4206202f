package dev.aisec.cli.demo;

import java.io.PrintStream;

/**
 * One part of {@code aisec demo}: a short, self-contained tour of one module on built-in sample texts. Each module's
 * section is listed in {@link DemoCommand#SECTIONS}.
 */
public interface DemoSection {

  /** A one-line title. */
  String title();

  /** Runs the section, printing to {@code out}. Must not need files or the network. */
  void run(PrintStream out) throws Exception;
}
