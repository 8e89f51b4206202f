package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Review round 19, finding H of round 18: a streamed scan ({@link PiiDetector#scan(Reader, java.util.function.Consumer)})
 * propagated a detected value to its other occurrences only within one 64 Ki window, and judged chat speakers per
 * window. A card number written as "order 4111111111111111" in the first window and as a card number 150,000
 * characters later was reported at its second place only, so a streamed redaction left the first in the clear; a
 * whole scan reports both. A stream of at most 1,000,000 characters (the length up to which a whole scan propagates)
 * is now read whole and scanned as one text, so its spans are exactly a whole scan's.
 */
class Review19StreamWholeTest {

  static final PiiDetector D = PiiDetector.standard();

  private static List<PiiSpan> streamed(String t, int chunk) {
    List<PiiSpan> out = new ArrayList<>();
    Reader r = new StringReader(t) {
      @Override
      public int read(char[] cbuf, int off, int len) throws java.io.IOException {
        return super.read(cbuf, off, Math.min(len, chunk));
      }
    };
    D.scan(r, out::add);
    return out;
  }

  private static String filler(StringBuilder b, int upTo) {
    for (int i = 0; b.length() < upTo; i++) {
      b.append("Nothing to see on line ").append(i).append(", just filler words here.\n");
    }
    return b.toString();
  }

  @Test
  void aValueDetectedInALaterWindowIsAlsoReportedInTheFirst() {
    String[][] cases = {
        {"order 4111111111111111 shipped today.", "card number: 4111111111111111", "4111111111111111"},
        {"build 192.168.10.23 green", "server ip address: 192.168.10.23", "192.168.10.23"}};
    for (String[] c : cases) {
      StringBuilder b = new StringBuilder("intro line\n").append(c[0]).append('\n');
      filler(b, 150_000);
      String t = b.append(c[1]).append('\n').toString();
      List<PiiSpan> whole = D.scan(t);
      int first = t.indexOf(c[2]);
      assertTrue(whole.stream().anyMatch(s -> s.start() == first), "the whole scan propagates: " + whole);
      List<PiiSpan> got = streamed(t, Integer.MAX_VALUE);
      assertTrue(got.stream().anyMatch(s -> s.start() == first), "first occurrence left in the clear: " + got);
      assertEquals(whole, got);
      assertEquals(whole, streamed(t, 4_097));
    }
  }

  @Test
  void chatSpeakersAreJudgedWithAllTheirLines() {
    StringBuilder b = new StringBuilder("[09:00] tom: hi\n");
    for (int i = 0; b.length() < 150_000; i++) {
      b.append("[09:01] zed: line ").append(i).append(" of the chat goes here\n");
    }
    String t = b.append("[09:02] Katharina Schröder: hello tom\n[09:03] tom: yes\n").toString();
    List<PiiSpan> whole = D.scan(t);
    assertTrue(whole.stream().anyMatch(s -> s.start() == 8 && s.type().equals(PiiEntity.PERSON)), "tom, line 1");
    List<PiiSpan> got = streamed(t, Integer.MAX_VALUE);
    assertEquals(whole.size(), got.size(), "speaker spans (whole 3,361; per window 378 before the fix)");
    assertEquals(whole, got);
  }

  /** Texts of 60-400 Ki made of values, the same values in suppressing contexts, chat lines and filler. */
  @Test
  void everyStreamUpToTheLimitGetsTheWholeScansSpans() {
    String[] lines = {
        "order 4111111111111111 shipped today.", "card number: 4111111111111111", "build 192.168.10.23 green",
        "server ip address: 192.168.10.23", "[10:01] anna: ok", "[10:02] Katharina Schröder: fine", "[10:03] bo: no",
        "write to jo.berg@example.org today", "ref 5500005555555559 closed", "mastercard 5500005555555559",
        "Nothing to see here, just filler words.", "Meeting moved to room 4.", "😀😀 emoji line 😀"};
    qt().withExamples(12).forAll(integers().between(0, 1_000_000)).checkAssert(seed -> {
      Random r = new Random(seed);
      int len = 60_000 + r.nextInt(340_000);
      StringBuilder b = new StringBuilder();
      while (b.length() < len) {
        b.append(lines[r.nextInt(lines.length)]).append(r.nextInt(4) == 0 ? "\r\n" : "\n");
      }
      String t = b.toString();
      List<PiiSpan> whole = D.scan(t);
      assertEquals(whole, streamed(t, Integer.MAX_VALUE), "seed " + seed);
      assertEquals(whole, streamed(t, 1 + r.nextInt(9_000)), "seed " + seed + ", short reads");
    });
  }

  @Test
  void theLimitIsExactAndALongerStreamUsesWindows() {
    StringBuilder b = new StringBuilder("intro line\norder 4111111111111111 shipped today.\n");
    filler(b, PiiDetector.PROPAGATE_MAX_CHARS - 100);
    b.append("card number: 4111111111111111\n");
    while (b.length() < PiiDetector.PROPAGATE_MAX_CHARS) {
      b.append('.');
    }
    String t = b.toString();
    assertEquals(PiiDetector.PROPAGATE_MAX_CHARS, t.length());
    assertEquals(D.scan(t), streamed(t, 50_000));
    String longer = t + ".";
    List<PiiSpan> windows = new ArrayList<>();
    D.scan(new StringReader(longer), windows::add, 0);
    assertEquals(windows, streamed(longer, 50_000));
  }
}
