package dev.aisec.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code aisec} command; subcommands do the work. */
@Command(name = "aisec", mixinStandardHelpOptions = true, version = "aisec 0.1.0-SNAPSHOT",
    description = "Security controls for AI features: prompt checks, PII redaction, DP releases, data audits.",
    subcommands = {dev.aisec.cli.prompt.PromptCommand.class})
public final class AisecCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new AisecCommand());
    return cl.execute(args);
  }
}
