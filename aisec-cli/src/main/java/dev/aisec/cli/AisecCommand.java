package dev.aisec.cli;

import dev.aisec.cli.audit.AuditCommand;
import dev.aisec.cli.check.CheckCommand;
import dev.aisec.cli.demo.DemoCommand;
import dev.aisec.cli.io.InputException;
import dev.aisec.cli.pii.PiiCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code aisec} command; subcommands do the work. */
@Command(name = "aisec", mixinStandardHelpOptions = true, version = "aisec 0.1.0-SNAPSHOT",
    description = "Security controls for AI features: prompt checks, PII redaction, DP releases, data audits.",
    subcommands = {
        CheckCommand.class,
        AuditCommand.class,
        dev.aisec.cli.dp.DpCommand.class,
        dev.aisec.cli.prompt.PromptCommand.class,
        PiiCommand.class,
        dev.aisec.cli.data.DataCommand.class,
        DemoCommand.class,
    })
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
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      if (ex instanceof InputException || ex instanceof IllegalArgumentException) {
        cmd.getErr().println("aisec: " + dev.aisec.cli.io.StdinSpool.scrub(ex.getMessage()));
        return 2;
      }
      cmd.getErr().println("aisec: internal error: " + ex);
      return 70;
    });
    try {
      return cl.execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler; an Error would end the JVM with a stack trace and exit 1,
      // which callers of 'check' read as "flagged"
      return onError(e, cl.getErr());
    } finally {
      dev.aisec.cli.io.StdinSpool.reset();
    }
  }

  /** Reports an {@link Error} in one line: 2 for out of memory (input too large for the heap), else 70. */
  static int onError(Error e, java.io.PrintWriter err) {
    if (e instanceof OutOfMemoryError) {
      err.println("aisec: out of memory; the input is too large for the heap (raise it with AISEC_JAVA_OPTS, "
          + "for example -Xmx8g)");
      err.flush();
      return 2;
    }
    err.println("aisec: internal error: " + e.getClass().getName());
    err.flush();
    return 70;
  }
}
