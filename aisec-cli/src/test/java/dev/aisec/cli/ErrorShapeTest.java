package dev.aisec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command family words a bad input line the same way: {@code aisec[ family]: FILE:LINE: problem}, and a missing
 * file as {@code FILE: no such file}; exit 2 (round 16; the data commands wrote {@code FILE: line N is ...} and
 * {@code cannot read FILE: no such file}).
 */
class ErrorShapeTest {

  private static void assertShape(CliRun r, String file, int line) {
    assertEquals(2, r.exit, r.err);
    Pattern p = Pattern.compile("(?m)^(aisec|aisec data|aisec dp release): (  )?" + Pattern.quote(file) + ":" + line
        + ": \\S");
    Pattern q = Pattern.compile("(?m)^\\s*" + Pattern.quote(file) + ":" + line + ": \\S");
    assertTrue(p.matcher(r.err).find() || q.matcher(r.err).find(), r.err);
  }

  @Test
  void aBadLineIsNamedFileColonLineInEveryFamily(@TempDir Path dir) throws Exception {
    Path jsonl = dir.resolve("in.jsonl");
    Files.writeString(jsonl, "{\"text\":\"hello there\",\"label\":\"a\"}\nnot json\n");
    String j = jsonl.toString();
    for (List<String> args : List.of(List.of("prompt", "score", "--jsonl", j), List.of("pii", "detect", "--jsonl", j),
        List.of("pii", "redact", "--operator", "mask", "--jsonl", j), List.of("check", "--jsonl", j),
        List.of("data", "label-issues", "--jsonl", j), List.of("data", "duplicates", "--jsonl", j),
        List.of("data", "backdoor", "--jsonl", j))) {
      assertShape(CliRun.of(args.toArray(String[]::new)), j, 2);
    }
    Path csv = dir.resolve("in.csv");
    Files.writeString(csv, "a,b\n1,2\n3,x\n4,5\n");
    String c = csv.toString();
    assertShape(CliRun.of("data", "outliers", "--csv", c), c, 3);
    assertShape(CliRun.of("dp", "release", "--csv", c, "--statistic", "sum", "--column", "b", "--lower", "0",
        "--upper", "5", "--epsilon", "1"), c, 3);
    CliRun r = CliRun.of("data", "outliers", "--csv", c);
    assertTrue(r.err.contains(c + ":3: column 2 is not a number"), r.err);
    Files.writeString(csv, "a,b\n1,2\n3\n");
    r = CliRun.of("data", "outliers", "--csv", c);
    assertTrue(r.err.contains(c + ":3: line has 1 cells, the header has 2"), r.err);
  }

  @Test
  void aMissingFileIsFileColonNoSuchFileInEveryFamily(@TempDir Path dir) {
    String f = dir.resolve("absent.csv").toString();
    for (String[] args : new String[][] {{"prompt", "score", "--jsonl", f}, {"data", "outliers", "--csv", f},
        {"data", "duplicates", "--jsonl", f}, {"dp", "release", "--csv", f, "--statistic", "count", "--epsilon", "1"}}) {
      CliRun r = CliRun.of(args);
      assertEquals(2, r.exit, r.err);
      assertTrue(Pattern.compile("(?m)^(aisec|aisec data|aisec dp release): " + Pattern.quote(f) + ": no such file$")
          .matcher(r.err.replace("\r", "")).find(), String.join(" ", args) + " -> " + r.err);
    }
  }

  @Test
  void redactingAPlainFileNamesTheLineThatIsNotUtf8(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("notes.txt");
    Files.write(f, new byte[] {'o', 'k', '\n', 'a', 'n', 'n', '\n', 'x', ' ', (byte) 0xFF, '\n', 'z'});
    CliRun r = CliRun.of("pii", "redact", "--operator", "mask", "--file", f.toString());
    assertEquals(2, r.exit, r.err);
    assertTrue(r.err.contains(f + ":3: not valid UTF-8"), r.err);
    Files.write(f, new byte[] {'o', 'k', '\n', (byte) 0xE2, (byte) 0x82});
    r = CliRun.of("pii", "redact", "--operator", "mask", "--file", f.toString());
    assertTrue(r.err.contains(f + ":2: not valid UTF-8"), r.err);
    Files.writeString(f, "write to ann@example.com\n");
    r = CliRun.of("pii", "redact", "--operator", "mask", "--file", f.toString());
    assertEquals(0, r.exit, r.err);
    assertEquals("write to ***@*******.***\n", r.out.replace("\r", ""));
  }

  @Test
  void aMissingKeyFileIsFileColonNoSuchFile(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\":\"a\"}\n");
    String key = dir.resolve("absent.key").toString();
    CliRun r = CliRun.of("pii", "redact", "--operator", "hash", "--key-file", key, "--jsonl", in.toString());
    assertEquals(2, r.exit, r.err);
    assertEquals("aisec: " + key + ": no such file", r.err.strip());
  }
}
