package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * Review round 17: adversarial inputs for the round-16 PII code (PersonSpans' joins and drops, the new recognisers)
 * and the CSV column lookup. Time is never asserted: the inputs are large enough that a cost quadratic in a line or
 * in the text would take minutes, while a linear scan takes seconds (docs/review-round17.md gives the measured
 * times). Each test checks that spans lie inside the text, are sorted and never overlap.
 */
class Review17AdversarialPiiTest {

  static final PiiDetector D = PiiDetector.standard();

  static void wellFormed(String t, List<PiiSpan> spans) {
    int last = 0;
    for (PiiSpan s : spans) {
      assertTrue(s.start() >= last && s.start() < s.end() && s.end() <= t.length(), () -> "bad span " + s);
      assertFalse(s.start() > 0 && Character.isHighSurrogate(t.charAt(s.start() - 1))
          && Character.isLowSurrogate(t.charAt(s.start())), () -> "span starts inside a pair: " + s);
      assertFalse(s.end() < t.length() && Character.isHighSurrogate(t.charAt(s.end() - 1))
          && Character.isLowSurrogate(t.charAt(s.end())), () -> "span ends inside a pair: " + s);
      last = s.end();
    }
  }

  /**
   * A header of 340 columns and 4 MB of records of five-digit numbers: every number asks for its column several
   * times (driver licence, tax and health ids). Before round 17 each question read the header and the value's line
   * again (about 6,000 characters): 9-20 s per MB on the shared machine; now about 1 s per MB.
   */
  @Test
  void aWideRecordTableIsScannedInOnePass() {
    StringBuilder header = new StringBuilder("c0");
    StringBuilder row = new StringBuilder("12345");
    for (int c = 1; c < 340; c++) {
      header.append('|').append('c').append(c);
      row.append("|12345");
    }
    StringBuilder sb = new StringBuilder(header).append('\n');
    while (sb.length() < 4_000_000) {
      sb.append(row).append('\n');
    }
    String t = sb.toString();
    wellFormed(t, D.scan(t));
  }

  /**
   * 600 KB runs of what the round-16 rules look at: inverted names, header labels, quantity and size lines, version
   * and image tags, IBAN heads, ticket numbers, Twilio and AWS keys, quoted and bracketed mail ids, FHIR identifiers,
   * bracketed IDs, form labels, chat thanks, surrogate pairs and lone surrogates (on the plain and the normalised path).
   */
  @ParameterizedTest
  @ValueSource(strings = {"Schröder, Katharina\n", ";Schröder, Katharina", "PATIENT: BROOKS, TYLER J  ",
      "Da: Anna\n", "1 x Anna Schmidt and Anna Schmidt ", "Anna Schmidt 1,2,3,4,5,6,7,8,9 ", "Anna, Berta, ",
      "app:1.2.3.4 ", "driver 1.2.3.4 ", "DE91 4306 0967 8013 5738 93 ", "ticket #1234: 415-902-7718 ",
      "SK0123456789abcdef0123456789abcdef ", "AKIAABCDEFGHIJKLMNOP/", "'a@b.cc',", "<a@b.cc>",
      "{\"system\":\"nhs-number\",\"value\":\"9434765919\"} ", "(123456782) ", "Käufer: Thomas Becker\n",
      "grazie mille giulia ", "\uD83D\uDE00Anna Schmidt", "\uD800Anna, \uDC00Berta "})
  void longAdversarialRunsStayWellFormed(String unit) {
    String t = unit.repeat(600_000 / unit.length());
    wellFormed(t, D.scan(t));
    wellFormed(t, D.find(t + "\u200b"));
  }

  private static final String[] PARTS = {"Schröder", "Katharina", "BROOKS", "TYLER", "J", "Anna", "M.", "Lee",
      ",", ", ", ";", "\n", "\r\n", "  ", " ", ":", "PATIENT: ", "1 x ", "50ml", "Gr. 42", "EDP", "Da:", "\uD83D\uDE00",
      "\uD800", "\uDC00", "\t", "|", "\"", "\u00a0", "\u200b", "\uFB01", "Ｓchröder", "£79.00", "Käufer:", "•", "×",
      "Maria Gonzalez", "jane@example.com"};

  static Gen<String> texts() {
    return lists().of(integers().between(0, PARTS.length - 1)).ofSizeBetween(1, 25).map(l -> {
      StringBuilder sb = new StringBuilder();
      for (int k : l) {
        sb.append(PARTS[k]);
      }
      return sb.toString();
    });
  }

  /**
   * On the plain, the normalised and the Guard path, spans lie inside the text, do not overlap and do not cut a
   * surrogate pair; a redaction keeps no detected PERSON value of eight characters or more as a word of its own
   * (every other occurrence of a value is reported too), joined or not.
   */
  @Test
  void personShapingKeepsSpansWellFormedOnEveryPath() {
    Anonymizer tags = Anonymizer.of(Operators.replace());
    qt().withFixedSeed(20261127L).withExamples(1500).forAll(texts()).checkAssert(t -> {
      List<PiiSpan> plain = D.scan(t);
      wellFormed(t, plain);
      wellFormed(t, D.find(t));
      List<PiiSpan> guard = new ArrayList<>();
      for (Finding f : D.detect(DetectionContext.of(Input.user(Principal.of("u", "user"), t)))) {
        guard.add(new PiiSpan(f.start(), f.end(), f.type(), f.score(), f.detail()));
      }
      wellFormed(t, guard);
      String red = tags.anonymize(t, plain).text();
      for (PiiSpan s : plain) {
        String v = t.substring(s.start(), s.end());
        if (s.type().equals(PiiEntity.PERSON) && v.length() >= 8) {
          assertFalse(wordIn(red, v), () -> "'" + v + "' left in " + red);
        }
      }
    });
  }

  /** Whether {@code v} stands in {@code s} with no letter or digit right before or after it. */
  static boolean wordIn(String s, String v) {
    for (int at = s.indexOf(v); at >= 0; at = s.indexOf(v, at + 1)) {
      int e = at + v.length();
      if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)))
          && (e == s.length() || !Character.isLetterOrDigit(s.charAt(e)))) {
        return true;
      }
    }
    return false;
  }
}
