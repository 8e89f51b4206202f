package dev.aisec.cli.audit;

import dev.aisec.api.audit.AuditLogVerifier;
import dev.aisec.api.audit.AuditVerification;
import dev.aisec.cli.io.InputException;
import dev.aisec.cli.io.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aisec audit verify FILE}: checks the hash chain (and HMACs) and names the first tampered record. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Verifies an audit log and names the first tampered record.",
        "OK proves no more than it can: records cut from the end are found only with --expect-head (a head hash kept "
            + "elsewhere), and edits by someone who recomputes the hash chain only with --key-file (HMACs).",
        "Exit code: 0 intact, 1 tampered or torn, 2 usage or input error."})
public final class AuditVerifyCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The audit log (JSON Lines).")
  Path file;

  @Option(names = "--key-file", paramLabel = "F", description = "HMAC key the log was written with.")
  Path keyFile;

  @Option(names = "--expect-head", paramLabel = "HASH", description = "A head hash printed by an earlier verify: "
      + "exit 1 when that record is no longer in the log (records were cut from its end). The log may have grown.")
  String expectHead;

  @Override
  public Integer call() {
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory; give the audit log file (JSON Lines)");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": no such file");
    }
    byte[] key = keyFile == null ? null : KeyFiles.read(keyFile);
    if (expectHead != null && !expectHead.matches("[0-9a-f]{64}")) {
      throw new InputException("--expect-head must be 64 lower-case hex digits (a head hash printed by verify)");
    }
    AuditVerification v = AuditLogVerifier.verify(file, key, expectHead);
    if (v.intact()) {
      System.out.println("OK: " + v.verifiedRecords() + " record(s) verified" + (key == null ? " (hash chain)"
          : " (hash chain and HMAC)") + "; head " + v.headHash());
      lossNotes();
      // what OK does not prove, on stderr so the result line stays one line
      if (expectHead == null) {
        System.err.println("note: a hash chain cannot show that whole records were cut from its end (or that the log"
            + " was replaced by an older copy); keep the head hash elsewhere and pass it with --expect-head next time");
      }
      if (key == null) {
        System.err.println("note: without --key-file only the hash chain is checked, and anyone who can write the log"
            + " can edit it and recompute the chain; write logs with a key (check --audit-key-file) and verify them"
            + " with --key-file");
      }
      return 0;
    }
    if (v.tornTail()) {
      System.out.println("TORN: " + v.verifiedRecords() + " record(s) verified; line " + v.firstBadLine() + ": "
          + v.problem());
    } else {
      System.out.println("TAMPERED: first bad record at line " + v.firstBadLine() + ": " + v.problem() + "; "
          + v.verifiedRecords() + " record(s) before it verified");
      if (expectHead != null && expectHead.equals(reopenedFrom())) {
        System.err.println("note: this log was reopened by a sink after the file it had open was deleted or moved away;"
            + " its first record names the expected head as the last record of that earlier file: verify that file"
            + " with --expect-head, and this one without it (or with its own head)");
      }
    }
    return 1;
  }

  /** The {@code previousHead} of the log's first record when that is a {@code reopened} record, else null. */
  private String reopenedFrom() {
    try (java.io.BufferedReader r = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.US_ASCII)) {
      String first = r.readLine();
      if (first == null || !first.contains("\"reopened\"")) {
        return null;
      }
      com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first);
      return "reopened".equals(n.path("event").asText()) ? n.path("previousHead").asText(null) : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The log verified, but it may itself record losses: {@code recovery} records (a torn last record cut off after a
   * crash), {@code truncation} records (complete records cut while a sink had the log open) and {@code reopened}
   * records (the log was deleted or moved away while a sink had it open; this file starts a new chain). OK must not
   * hide them.
   */
  private void lossNotes() {
    long recoveries = 0;
    long tornBytes = 0;
    long truncations = 0;
    long missingRecords = 0;
    long reopenings = 0;
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (java.io.BufferedReader r = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.US_ASCII)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.contains("\"recovery\"") && !line.contains("\"truncation\"") && !line.contains("\"reopened\"")) {
          continue;
        }
        com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
        String event = n.path("event").asText("");
        if (event.equals("recovery")) {
          recoveries++;
          tornBytes += n.path("tornBytes").asLong(0);
        } else if (event.equals("truncation")) {
          truncations++;
          missingRecords += n.path("missingRecords").asLong(0);
        } else if (event.equals("reopened")) {
          reopenings++;
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      System.err.println("note: could not count the log's recovery and truncation records (" + e.getClass()
          .getSimpleName() + ")");
      return;
    }
    if (recoveries > 0) {
      System.err.println("note: the log records " + recoveries + " crash recovery(ies): " + tornBytes + " byte(s) of"
          + " torn records were cut off (see its 'recovery' records)");
    }
    if (truncations > 0) {
      System.err.println("note: the log records " + truncations + " truncation(s) while open: " + missingRecords
          + " complete record(s) are missing (see its 'truncation' records)");
    }
    if (reopenings > 0) {
      System.err.println("note: the log records " + reopenings + " reopening(s): it was deleted or moved away while"
          + " open, and the records before are elsewhere or lost (see its 'reopened' records)");
    }
  }
}
