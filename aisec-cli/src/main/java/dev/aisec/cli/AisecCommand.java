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
    footer = {"",
        "Exit codes: 0 ok or allowed, 1 flagged/blocked/tampered (or drift found), 2 usage or input error (nothing "
            + "written), 3 privacy budget refused (dp), 70 internal error.",
        "Empty input: commands that map each line to one output line (check --jsonl, prompt score, pii detect, pii "
            + "redact) write nothing and exit 0 for a file of zero bytes; a file holding only a byte-order mark or line "
            + "ends has empty lines (exit 2). Data-set checks (data ...) need at least one data row (else exit 2). dp "
            + "release needs a header line and releases a header-only file as zero rows."},
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
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> onException(ex, cmd.getErr()));
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

  /**
   * Reports an exception a command did not handle in one line, without text from the input: the CLI's own
   * {@link InputException} and plain {@link IllegalArgumentException}s (option and input errors the commands word
   * themselves), {@link dev.aisec.data.poison.DataFormatException} by its safe message (line and column numbers), and
   * {@link dev.aisec.api.policy.PolicyException} (the policy file) exit 2 with their message; any other exception is
   * named by its type only (a {@link NumberFormatException}, a JSON parser's or a library's message can quote an input
   * value) and exits 2 when it is an IllegalArgumentException, else 70.
   */
  static int onException(Exception ex, java.io.PrintWriter err) {
    String scrubbed;
    int code = 2;
    if (ex instanceof dev.aisec.data.poison.DataFormatException d) {
      scrubbed = d.safeMessage();
    } else if (ex instanceof InputException || ex instanceof dev.aisec.api.policy.PolicyException
        || ex.getClass() == IllegalArgumentException.class) {
      scrubbed = ex.getMessage();
    } else if (ex instanceof IllegalArgumentException) {
      scrubbed = "invalid input (" + ex.getClass().getName() + "); input values are not shown";
    } else {
      scrubbed = "internal error: " + ex.getClass().getName();
      code = 70;
    }
    StringBuilder b = new StringBuilder("aisec: ");
    String m = String.valueOf(dev.aisec.cli.io.StdinSpool.scrub(scrubbed));
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if (c == '\r' && i + 1 < m.length() && m.charAt(i + 1) == '\n') {
        continue;
      }
      // line breaks stay (a list of bad input lines is one per line; it was printed as one line joined by '?'); every
      // other control or format character could drive the terminal and becomes '?'
      b.append(c == '\n' ? c : Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c);
    }
    err.println(b);
    err.flush();
    return code;
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
