package dev.aisec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule for empty input, per kind of command, as the README and {@code aisec --help} state it. */
class EmptyInputRuleTest {

  @Test
  void lineMappingCommandsTurnZeroBytesIntoZeroLinesAndExitZero(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
    String[][] commands = {
        {"check", "--json", "--jsonl", empty.toString()},
        {"prompt", "score", "--jsonl", empty.toString()},
        {"pii", "detect", "--jsonl", empty.toString()},
        {"pii", "redact", "--operator", "replace", "--jsonl", empty.toString()},
    };
    for (String[] c : commands) {
      CliRun r = CliRun.of(c);
      assertEquals(0, r.exit, String.join(" ", c) + ": " + r.err);
      assertEquals("", r.out, String.join(" ", c));
    }
  }

  @Test
  void aFileOfOnlyAByteOrderMarkOrLineEndsIsNotEmpty(@TempDir Path dir) throws Exception {
    Path bom = Files.write(dir.resolve("bom.jsonl"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Path crlf = Files.write(dir.resolve("crlf.jsonl"), new byte[] {'\r', '\n'});
    for (Path p : new Path[] {bom, crlf}) {
      CliRun r = CliRun.of("prompt", "score", "--jsonl", p.toString());
      assertEquals(2, r.exit, r.err);
      assertTrue(r.err.contains(p.getFileName() + ":1: empty line"), r.err);
      assertEquals("", r.out);
    }
  }

  @Test
  void dataSetChecksNeedAtLeastOneRow(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
    Path header = Files.writeString(dir.resolve("h.csv"), "a,b\n");
    assertEquals(2, CliRun.of("data", "outliers", "--csv", header.toString()).exit);
    assertEquals(2, CliRun.of("data", "duplicates", "--jsonl", empty.toString(), "--text-field", "text").exit);
    assertEquals(2, CliRun.of("data", "backdoor", "--jsonl", empty.toString(), "--text-field", "text",
        "--label-field", "label").exit);
  }

  @Test
  void dpReleaseNeedsAHeaderButReleasesZeroRows(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    Path header = Files.writeString(dir.resolve("h.csv"), "a,b\n");
    assertEquals(2, CliRun.of("dp", "release", "--csv", empty.toString(), "--statistic", "count", "--epsilon", "1")
        .exit);
    CliRun r = CliRun.of("dp", "release", "--csv", header.toString(), "--statistic", "count", "--epsilon", "1");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("\"statistic\":\"count\""), r.out);
  }

  @Test
  void dataCommandsRefuseDuplicateFieldNamesLikeTheOtherCommands(@TempDir Path dir) throws Exception {
    // the line-mapping commands already refused them: another reader may take the first value while aisec checks the
    // last, so a poisoned row could be checked as one text and trained on as another
    Path f = Files.writeString(dir.resolve("d.jsonl"), "{\"text\":\"a b c\",\"label\":\"x\"}\n"
        + "{\"text\":\"ann@example.com\",\"text\":\"hello\",\"label\":\"y\"}\n");
    CliRun r = CliRun.of("data", "duplicates", "--jsonl", f.toString(), "--text-field", "text");
    assertEquals(2, r.exit, r.out);
    assertTrue(r.err.contains(":2: line holds a field name twice"), r.err);
    assertTrue(!r.err.contains("ann@example.com"), r.err);
    assertEquals(2, CliRun.of("prompt", "score", "--jsonl", f.toString()).exit);
  }

  @Test
  void aLabelOfTheWrongTypeIsNamedAsSuch(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("l.jsonl"), "{\"text\":\"a\",\"label\":\"x\"}\n"
        + "{\"text\":\"b\",\"label\":{\"k\":\"ann@example.com\"}}\n");
    CliRun r = CliRun.of("data", "backdoor", "--jsonl", f.toString(), "--text-field", "text", "--label-field", "label");
    assertEquals(2, r.exit);
    assertTrue(r.err.contains(":2: label field 'label' must be a string, number or boolean"), r.err);
    assertTrue(!r.err.contains("ann@example.com"), r.err);
  }

  @Test
  void theRootHelpStatesTheRule() {
    CliRun r = CliRun.of("--help");
    String help = r.out + r.err;
    assertTrue(help.contains("Empty input:"), help);
    assertTrue(help.contains("Exit codes:"), help);
  }
}
