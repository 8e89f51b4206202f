package dev.aisec.cli.dp;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aisec dp}: differential-privacy releases, accounting and the budget ledger. */
@Command(name = "dp", mixinStandardHelpOptions = true,
    description = "Differential privacy: noisy releases, privacy accounting, budget ledger.",
    subcommands = {DpSampleCommand.class, DpEpsilonCommand.class, DpLedgerCommand.class, DpReleaseCommand.class})
public final class DpCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
