package dev.aisec.cli.data;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aisec data}: training-data poisoning checks. */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = "Training-data poisoning checks: outliers, label issues, backdoor triggers, duplicates, drift, audit.",
    subcommands = {OutliersCommand.class, LabelIssuesCommand.class, BackdoorCommand.class, DuplicatesCommand.class,
        DriftCommand.class, AuditCommand.class})
public final class DataCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
