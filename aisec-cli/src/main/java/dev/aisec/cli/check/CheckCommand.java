package dev.aisec.cli.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aisec.api.Action;
import dev.aisec.api.Channel;
import dev.aisec.api.Finding;
import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.Verdict;
import dev.aisec.api.audit.AuditSinks;
import dev.aisec.api.audit.FsyncPolicy;
import dev.aisec.api.audit.JsonLinesAuditSink;
import dev.aisec.api.policy.Policy;
import dev.aisec.cli.StandardGuard;
import dev.aisec.cli.io.InputException;
import dev.aisec.cli.io.JsonLines;
import dev.aisec.cli.io.KeyFiles;
import dev.aisec.cli.io.Output;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aisec check}: runs the standard Guard on a text, a file or a JSON Lines file. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks text with every detector aisec ships under the default or a given policy.",
        "Exit code: 0 allowed, 1 flagged, redacted or blocked, 2 usage or input error."})
public final class CheckCommand implements Callable<Integer> {

  static final class Source {
    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The text to check.")
    String text;

    @Option(names = "--file", paramLabel = "F", description = "Check the whole file as one text (UTF-8; - for standard input).")
    Path file;

    @Option(names = "--jsonl", paramLabel = "F", description = "Check each line's \"text\" field of a JSON Lines file.")
    Path jsonl;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--json", description = "Print JSON Lines: one object per input, input fields kept.")
  boolean json;

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy JSON file (default: the shipped policy).")
  Path policyFile;

  @Option(names = "--channel", paramLabel = "CH", defaultValue = "user",
      description = "user, retrieved, tool or output (default: ${DEFAULT-VALUE}).")
  String channel;

  @Option(names = "--principal", paramLabel = "ID", defaultValue = "cli", description = "Principal id.")
  String principal;

  @Option(names = "--roles", paramLabel = "R", split = ",", description = "Comma-separated roles of the principal.")
  String[] roles = new String[0];

  @Option(names = "--audit", paramLabel = "FILE", description = "Append audit records to this tamper-evident log.")
  Path audit;

  @Option(names = "--audit-key-file", paramLabel = "F",
      description = "Key file for per-record HMACs in the audit log (at least 16 bytes).")
  Path auditKeyFile;

  @Option(names = "--out", paramLabel = "F", description = "Write results to this file instead of standard output.")
  Path out;

  @Override
  public Integer call() {
    Policy policy = policyFile == null ? Policy.defaults() : Policy.load(policyFile);
    Channel ch = Channel.parse(channel);
    Principal p = new Principal(principal, new HashSet<>(Arrays.asList(roles)));
    if (auditKeyFile != null && audit == null) {
      // silently ignoring the key would leave the user believing the log is HMAC-protected
      throw new InputException("--audit-key-file needs --audit FILE");
    }
    byte[] key = auditKeyFile == null ? null : KeyFiles.read(auditKeyFile);
    if (source.jsonl != null) {
      JsonLines.validate(source.jsonl, "text");
    }
    String single = null;
    if (source.file != null) {
      single = readText(source.file);
    } else if (source.text != null) {
      single = source.text;
    }
    JsonLinesAuditSink sink;
    try {
      sink = audit == null ? null : AuditSinks.jsonLines(audit, key, FsyncPolicy.every(64));
    } catch (dev.aisec.api.audit.AuditException e) {
      // an unwritable path or a log whose last record is not valid JSON: input error (exit 2), not exit 70
      throw new InputException(e.getMessage() + "; run 'aisec audit verify' on it or choose another file", e);
    }
    try (Output o = Output.to(out, System.out)) {
      Guard guard = StandardGuard.build(policy, sink);
      Action worst = Action.ALLOW;
      if (single != null) {
        Verdict v = guard.check(Input.of(p, ch, single));
        worst = v.action();
        if (json) {
          ObjectNode node = JsonLines.MAPPER.createObjectNode();
          node.put("text", single);
          o.json(write(annotate(node, v)));
        } else {
          o.line(Verdicts.describe(v, single));
        }
      } else {
        Action[] w = {Action.ALLOW};
        long[] counts = new long[Action.values().length];
        JsonLines.forEach(source.jsonl, (n, node) -> {
          Verdict v = guard.check(Input.of(p, ch, node.get("text").asText()));
          w[0] = Action.strictest(w[0], v.action());
          counts[v.action().ordinal()]++;
          if (json) {
            o.json(write(annotate(node, v)));
          } else {
            o.line("line " + n + ": " + Verdicts.describe(v, node.get("text").asText()));
          }
        });
        worst = w[0];
        if (!json) {
          StringBuilder sb = new StringBuilder("summary:");
          for (Action a : Action.values()) {
            sb.append(' ').append(a).append('=').append(counts[a.ordinal()]);
          }
          o.line(sb.toString());
        }
      }
      o.commit();
      return worst == Action.ALLOW ? 0 : 1;
    } finally {
      if (sink != null) {
        sink.close();
      }
    }
  }

  static ObjectNode annotate(ObjectNode node, Verdict v) {
    node.put("verdict", v.action().name());
    node.put("score", Math.round(v.maxScore() * 10000) / 10000.0);
    ArrayNode fs = node.putArray("findings");
    for (Finding f : v.findings()) {
      ObjectNode o = fs.addObject();
      o.put("detector", f.detector());
      o.put("type", f.type());
      o.put("start", f.start());
      o.put("end", f.end());
      o.put("score", Math.round(f.score() * 10000) / 10000.0);
      o.put("action", String.valueOf(f.action()));
      o.put("detail", f.detail());
    }
    if (v.action() == Action.REDACT) {
      node.put("redacted", v.text());
    }
    node.put("policyVersion", v.policyVersion());
    return node;
  }

  private static String write(ObjectNode node) {
    try {
      return JsonLines.MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise output", e);
    }
  }

  static String readText(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(dev.aisec.cli.io.StdinSpool.resolve(file));
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(dev.aisec.cli.io.StdinSpool.name(file) + ": not valid UTF-8");
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(dev.aisec.cli.io.StdinSpool.name(file) + ": cannot read ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }
}
