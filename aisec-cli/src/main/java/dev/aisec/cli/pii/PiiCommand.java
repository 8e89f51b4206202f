package dev.aisec.cli.pii;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aisec pii}: detect and redact personal data and secrets. */
@Command(name = "pii", mixinStandardHelpOptions = true,
    description = "Detect and redact personal data and secrets (JSON Lines or plain files).",
    subcommands = {PiiDetectCommand.class, PiiRedactCommand.class})
public final class PiiCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
