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
  void usageErrorsExitTwo() {
    assertEquals(2, CliRun.of("check", "--no-such-option", "x").exit);
    assertEquals(2, CliRun.of("no-such-command").exit);
  }
}
