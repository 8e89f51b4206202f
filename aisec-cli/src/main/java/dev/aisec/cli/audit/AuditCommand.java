package dev.aisec.cli.audit;

import picocli.CommandLine.Command;

/** {@code aisec audit}: work with tamper-evident audit logs. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with tamper-evident audit logs.",
    subcommands = {AuditVerifyCommand.class})
public final class AuditCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }
}
