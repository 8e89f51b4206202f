package dev.aisec.cli.pii;

import dev.aisec.cli.io.InputException;
import dev.aisec.cli.io.JsonLines;
import dev.aisec.cli.io.KeyFiles;
import dev.aisec.cli.io.Output;
import dev.aisec.data.pii.Anonymizer;
import dev.aisec.data.pii.Operator;
import dev.aisec.data.pii.Operators;
import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiSpan;
import dev.aisec.data.pii.PseudonymVault;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aisec pii redact --operator OP [--key-file F] (--jsonl IN | --file F) [--out OUT]}. */
@Command(name = "redact", mixinStandardHelpOptions = true,
    description = {"Writes the text with personal data replaced. --jsonl: every object keeps its fields and gains "
        + "\"spans\" and \"redacted\"; --file: the redacted file.",
        "Operators: replace (<TYPE>), mask (keep last 4), hash (HMAC-SHA-256, needs --key-file), pseudonymize "
            + "(<TYPE_n>, consistent within the run), encrypt (AES-GCM, deterministic, needs --key-file).",
        "Exit code: 0 ok, 2 usage or input error."})
public final class PiiRedactCommand implements Callable<Integer> {

  static final class Source {
    @Option(names = "--jsonl", paramLabel = "IN", description = "JSON Lines input with a \"text\" field.")
    Path jsonl;

    @Option(names = "--file", paramLabel = "F", description = "A UTF-8 text file, redacted as a whole (- for standard input).")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--operator", required = true, paramLabel = "OP",
      description = "replace, mask, hash, pseudonymize or encrypt.")
  String operator;

  @Option(names = "--key-file", paramLabel = "F", description = "Key for hash and encrypt (at least 16 bytes).")
  Path keyFile;

  @Option(names = "--out", paramLabel = "OUT", description = "Output file (default: standard output).")
  Path out;

  @Override
  public Integer call() {
    Anonymizer anonymizer = anonymizer();
    PiiDetector detector = PiiDetector.standard();
    if (source.jsonl != null) {
      JsonLines.validate(source.jsonl, "text");
      try (Output o = Output.to(out, System.out)) {
        JsonLines.forEach(source.jsonl, (n, obj) -> {
          String text = obj.get("text").asText();
          List<PiiSpan> spans = detector.find(text);
          obj.set("spans", PiiDetectCommand.spans(spans));
          obj.put("redacted", anonymizer.anonymize(text, spans).text());
          o.json(JsonLines.MAPPER.writeValueAsString(obj));
        });
        o.commit();
      }
      return 0;
    }
    String text = readFile(source.file);
    String red = anonymizer.anonymize(text, detector.find(text)).text();
    try (Output o = Output.to(out, System.out)) {
      // byte for byte the input outside the redacted spans: a file without a final line end used to gain one (and an
      // empty file became a single line end)
      o.text(red);
      o.commit();
    }
    return 0;
  }

  private Anonymizer anonymizer() {
    String op = operator.toLowerCase(Locale.ROOT);
    switch (op) {
      case "replace":
        return Anonymizer.of(Operators.replace());
      case "mask":
        // keep the last four characters of numbers people check by their tail; mask everything else fully
        Operator tail = Operators.mask('*', 4);
        return Anonymizer.of(Operators.mask('*', 0)).with("CREDIT_CARD", tail).with("IBAN_CODE", tail)
            .with("PHONE_NUMBER", tail).with("US_SSN", tail);
      case "hash":
        return Anonymizer.of(Operators.hash(key(op)));
      case "encrypt":
        return Anonymizer.of(Operators.encrypt(key(op), true));
      case "pseudonymize":
        return Anonymizer.of(Operators.pseudonymize(PseudonymVault.create()));
      default:
        throw new InputException("--operator must be replace, mask, hash, pseudonymize or encrypt, got " + operator);
    }
  }

  private byte[] key(String op) {
    if (keyFile == null) {
      throw new InputException("--operator " + op + " needs --key-file F (a file of at least 16 bytes)");
    }
    return KeyFiles.read(keyFile);
  }

  private static String readFile(Path f) {
    var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      byte[] bytes = Files.readAllBytes(dev.aisec.cli.io.StdinSpool.resolve(f));
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
      java.nio.charset.CoderResult r = dec.decode(in, out, true);
      if (!r.isError()) {
        r = dec.flush(out);
      }
      if (r.isError()) {
        // name the line like every other reader of the CLI (it said only 'F: not valid UTF-8')
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
          line += bytes[i] == '\n' ? 1 : 0;
        }
        throw new InputException(dev.aisec.cli.io.StdinSpool.name(f) + ":" + line + ": not valid UTF-8");
      }
      return out.flip().toString();
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(f + ": no such file");
    } catch (IOException e) {
      throw new InputException(f + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
