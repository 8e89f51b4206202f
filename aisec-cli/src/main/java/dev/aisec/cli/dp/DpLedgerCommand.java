package dev.aisec.cli.dp;

import dev.aisec.privacy.ledger.Budget;
import dev.aisec.privacy.ledger.LedgerException;
import dev.aisec.privacy.ledger.LedgerKey;
import dev.aisec.privacy.ledger.PrivacyBudgetExceededException;
import dev.aisec.privacy.ledger.PrivacyBudgetLedger;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aisec dp ledger}: a durable privacy budget ledger file. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
    description = "Durable privacy budget ledger, MAC-chained under a key kept in <file>.key (or --key-file).",
    subcommands = {DpLedgerCommand.Init.class, DpLedgerCommand.Spend.class, DpLedgerCommand.Show.class,
        DpLedgerCommand.Verify.class, DpLedgerCommand.Migrate.class})
public final class DpLedgerCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  static final String DEFAULT_DATASET = "default";

  /** Options shared by the subcommands. */
  abstract static class Base implements Callable<Integer> {
    @Option(names = "--file", required = true, description = "ledger file (JSON Lines journal)")
    Path file;

    @Option(names = "--dataset", defaultValue = DEFAULT_DATASET, description = "dataset name (default: default)")
    String dataset;

    @Option(names = "--key-file", description = "ledger key file, owner-only permissions (default: <file>.key beside"
        + " the ledger, created by init)")
    Path keyFile;

    abstract String name();

    /** Whether this subcommand may create the key file (init of a new ledger, migrate). */
    boolean createsKey() {
      return false;
    }

    abstract int execute(PrivacyBudgetLedger ledger);

    @Override
    public Integer call() {
      try {
        PrivacyBudgetLedger ledger;
        boolean noLedger = !Files.exists(file);
        if (this instanceof Migrate m) {
          if (noLedger) {
            // before any key is opened or created: a key file must not be left behind by a migration of nothing
            throw new IllegalArgumentException("no ledger at " + file + " to migrate");
          }
          // migrate uses an existing key file only: a mistyped --key-file (or a missing L.key) used to be created as
          // a new key silently, and the ledger rewritten under a key nobody meant to keep
          Path k = keyFile != null ? keyFile : PrivacyBudgetLedger.defaultKeyFile(file.toRealPath());
          if (!m.createKey && !Files.exists(k, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("key file " + k + " does not exist; check --key-file, or add"
                + " --create-key to create a new key there");
          }
        }
        if (keyFile == null || (noLedger && !createsKey())) {
          ledger = PrivacyBudgetLedger.open(file); // the default key file, or no key needed to report "no ledger"
        } else {
          boolean empty = noLedger || Files.size(file) == 0;
          // a key file is created only with a new ledger (init) or by migrate --create-key, never to check records
          boolean create = createsKey() && (empty || this instanceof Migrate);
          ledger = PrivacyBudgetLedger.open(file, create ? LedgerKey.loadOrCreate(keyFile)
              : LedgerKey.fromFile(keyFile));
        }
        return execute(ledger);
      } catch (java.io.IOException e) {
        System.err.println("aisec dp ledger " + name() + ": cannot read " + file + " (" + e.getClass().getSimpleName()
            + ")");
        return 2;
      } catch (IllegalArgumentException | IllegalStateException | LedgerException e) {
        System.err.println("aisec dp ledger " + name() + ": " + e.getMessage());
        return 2;
      }
    }
  }

  @Command(name = "init", mixinStandardHelpOptions = true, description = "Create the ledger with a total budget.")
  static final class Init extends Base {
    @Option(names = "--epsilon", required = true, description = "total epsilon")
    String epsilon;

    @Option(names = "--delta", defaultValue = "0", description = "total delta (default 0)")
    String delta;

    @Option(names = "--principal",
        description = "declare this principal's own budget inside an existing dataset instead of the dataset's")
    String principal;

    @Override
    boolean createsKey() {
      return true;
    }

    @Override
    String name() {
      return "init";
    }

    @Override
    int execute(PrivacyBudgetLedger ledger) {
      Budget total = Budget.parse(epsilon, delta);
      if (total.epsilon().signum() <= 0) {
        throw new IllegalArgumentException("--epsilon must be positive, was " + epsilon);
      }
      if (principal != null) {
        ledger.initPrincipal(dataset, principal, total);
        System.out.println(showJson(ledger.status(dataset, principal)));
        return 0;
      }
      ledger.init(dataset, total);
      System.out.println(showJson(ledger.status(dataset)));
      return 0;
    }
  }

  @Command(name = "spend", mixinStandardHelpOptions = true,
      description = "Spend from the budget: exit 0 when granted, 3 when it would exceed the budget (nothing spent).")
  static final class Spend extends Base {
    @Option(names = "--epsilon", required = true, description = "epsilon to spend")
    String epsilon;

    @Option(names = "--delta", defaultValue = "0", description = "delta to spend (default 0)")
    String delta;

    @Option(names = "--label", description = "free-text label stored in the journal")
    String label;

    @Option(names = "--principal", description = "principal charged (must have a budget if declared)")
    String principal;

    @Override
    String name() {
      return "spend";
    }

    @Override
    int execute(PrivacyBudgetLedger ledger) {
      Budget amount = Budget.parse(epsilon, delta);
      if (!Files.exists(file)) {
        throw new IllegalArgumentException("no ledger at " + file + " (run 'aisec dp ledger init' first)");
      }
      try {
        long seq = ledger.spend(dataset, principal, amount, label);
        PrivacyBudgetLedger.Status s = ledger.status(dataset);
        System.out.println("{\"granted\": true, \"seq\": " + seq + ", \"remaining\": "
            + s.remaining().epsilon().toPlainString() + ", \"remaining_delta\": " + num(s.remaining().delta()) + "}");
        return 0;
      } catch (PrivacyBudgetExceededException e) {
        System.out.println("{\"granted\": false, \"remaining\": " + e.remaining().epsilon().toPlainString()
            + ", \"remaining_delta\": " + num(e.remaining().delta()) + "}");
        System.err.println("aisec dp ledger spend: " + e.getMessage());
        return 3;
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Print total, spent and remaining as JSON.")
  static final class Show extends Base {
    @Option(names = "--principal", description = "show this principal's own budget instead of the dataset's")
    String principal;

    @Override
    String name() {
      return "show";
    }

    @Override
    int execute(PrivacyBudgetLedger ledger) {
      System.out.println(showJson(ledger.status(dataset, principal)));
      return 0;
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Check the MAC chain: exit 0 when it verifies, 1 when it does not, 2 when the key is missing or"
          + " unsafe.")
  static final class Verify extends Base {
    @Override
    String name() {
      return "verify";
    }

    @Override
    int execute(PrivacyBudgetLedger ledger) {
      PrivacyBudgetLedger.Verification v = ledger.verify();
      System.out.println("{\"valid\": " + v.valid() + ", \"records\": " + v.records() + ", \"torn_tail\": "
          + v.tornTail() + (v.problem() == null ? "" : ", \"problem\": \"" + escape(v.problem()) + "\"") + "}");
      if (!v.valid()) {
        System.err.println("aisec dp ledger verify: " + v.problem());
        return 1;
      }
      return 0;
    }
  }

  @Command(name = "migrate", mixinStandardHelpOptions = true,
      description = "Rewrite a ledger of the unkeyed format (SHA-256 hash chain) under the key, after verifying its old"
          + " chain; the old file is kept as <file>.unkeyed-backup. The key file (--key-file, default <file>.key)"
          + " must exist unless --create-key is given.")
  static final class Migrate extends Base {
    @Option(names = "--create-key", description = "create the key file (owner-only, 32 random bytes) when it does"
        + " not exist; without it a missing key file is an error (exit 2)")
    boolean createKey;

    @Override
    boolean createsKey() {
      return createKey;
    }

    @Override
    String name() {
      return "migrate";
    }

    @Override
    int execute(PrivacyBudgetLedger ledger) {
      long n = ledger.migrateUnkeyed();
      System.out.println("{\"migrated\": " + n + "}");
      return 0;
    }
  }

  static String showJson(PrivacyBudgetLedger.Status s) {
    return "{\"dataset\": \"" + escape(s.dataset()) + "\""
        + (s.principal() == null ? "" : ", \"principal\": \"" + escape(s.principal()) + "\"")
        + ", \"total\": " + s.total().epsilon().toPlainString()
        + ", \"spent\": " + s.spent().epsilon().toPlainString()
        + ", \"reserved\": " + s.reserved().epsilon().toPlainString()
        + ", \"remaining\": " + s.remaining().epsilon().toPlainString()
        + ", \"delta\": {\"total\": " + num(s.total().delta()) + ", \"spent\": " + num(s.spent().delta())
        + ", \"reserved\": " + num(s.reserved().delta())
        + ", \"remaining\": " + num(s.remaining().delta()) + "}, \"records\": " + s.records() + "}";
  }

  private static String num(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
