package dev.aisec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AisecCommandTest {

  @Test
  void errorsBecomeOneLineAndAnExitCodeOtherThanFlagged() {
    StringWriter sw = new StringWriter();
    assertEquals(2, AisecCommand.onError(new OutOfMemoryError("Java heap space"), new PrintWriter(sw)));
    assertTrue(sw.toString().startsWith("aisec: out of memory"), sw.toString());
    sw = new StringWriter();
    assertEquals(70, AisecCommand.onError(new StackOverflowError(), new PrintWriter(sw)));
    assertEquals("aisec: internal error: java.lang.StackOverflowError", sw.toString().strip());
    assertFalse(sw.toString().contains("\tat "), "no stack trace");
  }

  @Test
  void unhandledExceptionsNeverQuoteInputValues() {
    StringWriter sw = new StringWriter();
    assertEquals(2, AisecCommand.onException(new NumberFormatException("For input string: \"4111 1111 1111 1111\""),
        new PrintWriter(sw)));
    assertTrue(sw.toString().contains("NumberFormatException"), sw.toString());
    assertFalse(sw.toString().contains("4111"), sw.toString());
    sw = new StringWriter();
    assertEquals(70, AisecCommand.onException(new IllegalStateException("key sk_live_0123456789 in line 3"),
        new PrintWriter(sw)));
    assertEquals("aisec: internal error: java.lang.IllegalStateException", sw.toString().strip());
    sw = new StringWriter();
    assertEquals(2, AisecCommand.onException(new IllegalArgumentException("--alpha must be in (0, 1)\u001b[2J"),
        new PrintWriter(sw)));
    assertEquals("aisec: --alpha must be in (0, 1)?[2J", sw.toString().strip());
  }

  @Test
  void aListOfBadLinesIsPrintedOnePerLine() {
    StringWriter sw = new StringWriter();
    String sep = System.lineSeparator();
    assertEquals(2, AisecCommand.onException(new dev.aisec.cli.io.InputException("2 bad input line(s); nothing was"
        + " written:" + sep + "  f.jsonl:1: empty line" + sep + "  f.jsonl:3: not valid JSON\u001b[2J"),
        new PrintWriter(sw)));
    String[] lines = sw.toString().strip().split("\\R");
    assertEquals(3, lines.length, sw.toString());
    assertEquals("aisec: 2 bad input line(s); nothing was written:", lines[0]);
    assertEquals("  f.jsonl:1: empty line", lines[1]);
    assertEquals("  f.jsonl:3: not valid JSON?[2J", lines[2]);
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, CliRun.of("check", "--no-such-option", "x").exit);
    assertEquals(2, CliRun.of("no-such-command").exit);
  }
}
