package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review round 22: the open findings of round 21 (docs/review-round21.md, "Findings not fixed"). Every value is made
 * up; the card numbers are test numbers.
 */
class Review22PiiTest {

  /** Values main lost: each must be found with its type, and {@code find} must agree with {@code scan}. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // b4: a bare order word before a branded card number and a card word after it
      "Order 4111 1111 1111 1111 paid by card#4111 1111 1111 1111#CREDIT_CARD",
      "order 5500 0000 0000 0004 paid with card, thanks#5500 0000 0000 0004#CREDIT_CARD",
      // 10: Portuguese "chamado" after a phone noun is "called", not a call-centre ticket
      "Número chamado 11 98765 4321 não atende#11 98765 4321#PHONE_NUMBER",
      // guards: still found as before
      "Card 4111 1111 1111 1111 for order 555#4111 1111 1111 1111#CREDIT_CARD",
      "Número 11 98765 4321 não atende#11 98765 4321#PHONE_NUMBER"})
  void found(String text, String value, String type) {
    String t = unescape(text);
    assertCovered(t, value, type);
    assertEquals(PiiDetectorTest.D.scan(t), PiiDetectorTest.D.find(t));
  }

  /** Look-alikes main typed: no span of the type may touch the value. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // 12: a label line repeated over number lines is no address line
      "Steuer-ID\\n12345678901\\nSteuer-ID\\n12345678901\\nSteuer-ID\\n12345678901\\n#Steuer-ID#LOCATION",
      // b3: a citation's volume and issue
      "Vol. 12 No. 3 pp. 123-456#12 No. 3#LOCATION",
      "see Jg. 14 Heft 2, S. 33-41#14 Heft 2#LOCATION",
      // guards (quiet on main too): the order label still names its number without a card word, or with a colon
      "Order 4111 1111 1111 1111 shipped today#4111 1111 1111 1111#CREDIT_CARD",
      "Order: 4111 1111 1111 1111 paid by card#4111 1111 1111 1111#CREDIT_CARD",
      "order_id=4111111111111111 paid by card#4111111111111111#CREDIT_CARD",
      "Order 4111 1111 1111 1111 shipped, paid by card#4111 1111 1111 1111#CREDIT_CARD",
      // guard: the ticket sense of "chamado" keeps the number a ticket number
      "Abri o chamado 2024 0518 1234 ontem#2024 0518 1234#PHONE_NUMBER"})
  void quiet(String text, String value, String type) {
    String t = unescape(text);
    assertNoTypeOn(t, value, type);
    assertEquals(PiiDetectorTest.D.scan(t), PiiDetectorTest.D.find(t));
  }

  /** Guards: real addresses keep their LOCATION (number-first street line with letters, Colombian "No."). */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Anna Berg\\n12 Baker Street\\nLondon\\n#London#LOCATION",
      "Calle 12 No. 3-45, Bogotá#Calle 12 No. 3#LOCATION"})
  void addressesKept(String text, String value, String type) {
    String t = unescape(text);
    java.util.List<PiiSpan> main = PiiDetectorTest.D.scan(t);
    assertCovered(t, value, type);
    assertEquals(main, PiiDetectorTest.D.find(t));
  }

  /**
   * A name repeated over one long line ("Maria Gonzalez " 20,000 times, 300,000 characters): main joined every name
   * into one PERSON span of the whole line, and a stream in windows reported only its first window's part (the rest
   * of the line was lost). Spans now stop at {@code MAX_JOINED_WORDS} words, and whole scan and windows cover the line.
   */
  @org.junit.jupiter.api.Test
  void repeatedNameIsBounded() {
    String t = "Maria Gonzalez ".repeat(20_000);
    java.util.List<PiiSpan> whole = PiiDetectorTest.D.scan(t);
    java.util.List<PiiSpan> stream = new java.util.ArrayList<>();
    PiiDetectorTest.D.scan(new java.io.StringReader(t), stream::add, 0); // windows of 64 Ki
    for (java.util.List<PiiSpan> spans : java.util.List.of(whole, stream)) {
      int covered = 0;
      for (PiiSpan s : spans) {
        org.junit.jupiter.api.Assertions.assertTrue(s.end() - s.start() <= 4 * "Maria Gonzalez ".length(),
            () -> "span too long: " + s);
        covered += s.end() - s.start();
      }
      org.junit.jupiter.api.Assertions.assertTrue(covered >= t.length() * 0.9, "covered " + covered);
    }
  }

  /**
   * b6 and the Guard's path: a whitespace-aligned table is read in columns by {@code scan}, {@code find} and
   * {@code detect} alike (main: the booking number and the phone number were US_PASSPORT for scan and detect only).
   * Each case: the text, a value, and the type it must have ("-" for none), then the same spans on all three paths.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Kind   Number   Name\\nPassport   K8R41T27   Anna Roy\\nBooking   ABC12345   Anna Roy#ABC12345#-",
      "NAME      PASSPORT      PHONE\\nAnna Roy      C1234567      0612345678#0612345678#PHONE_NUMBER",
      // b2: a header row after a bare "Name" label (single, double and tab gaps)
      "Name Role Team\\nJohn Smith Engineer Platform#Role#-",
      "Name Passport Nationality\\nJohn Smith X1234567 British#Passport Nationality#-",
      "Name  Passport  Country\\nJohn Smith  X1234567  UK#Passport#-",
      // guards: a name after the label, and the values of the rows
      "Name Grace Lee\\nRole Engineer#Grace Lee#PERSON",
      "Name Role Team\\nJohn Smith Engineer Platform#John Smith#PERSON",
      "Name  Passport  Country\\nJohn Smith  X1234567  UK#X1234567#US_PASSPORT",
      "Name       Phone          City\\nAnna Berg   944 091 222    Bilbao#944 091 222#PHONE_NUMBER"})
  void pathsAgreeOnAlignedTables(String text, String value, String type) {
    String t = unescape(text);
    java.util.List<PiiSpan> scan = PiiDetectorTest.D.scan(t);
    int at = t.indexOf(value);
    if (type.equals("-")) {
      org.junit.jupiter.api.Assertions.assertTrue(scan.stream().noneMatch(s -> s.start() < at + value.length()
          && at < s.end()), () -> PiiDetectorTest.describe(t, scan));
    } else {
      assertCovered(t, value, type);
    }
    assertEquals(PiiDetectorTest.describe(t, scan), PiiDetectorTest.describe(t, PiiDetectorTest.D.find(t)), "find");
    java.util.List<PiiSpan> detect = new java.util.ArrayList<>();
    for (dev.aisec.api.Finding f : PiiDetectorTest.D.detect(dev.aisec.api.DetectionContext.of(
        dev.aisec.api.Input.user("u", java.util.Set.of(), t)))) {
      detect.add(new PiiSpan(f.start(), f.end(), f.type(), f.score(), f.detail()));
    }
    assertEquals(PiiDetectorTest.describe(t, scan), PiiDetectorTest.describe(t, detect), "detect");
  }

  /**
   * find's second layout pass dropped a value's other occurrence that its scan had propagated: the first
   * "Schröder" stayed in clear (main d0ca75e; scan masked both). Every occurrence of a detected value is covered.
   */
  @org.junit.jupiter.api.Test
  void findKeepsPropagatedValues() {
    String t = "Schröder  JJJJSchröderTYLERSchröderJJSchröder;50ml,Schröder";
    for (java.util.List<PiiSpan> spans : java.util.List.of(PiiDetectorTest.D.find(t), PiiDetectorTest.D.scan(t))) {
      org.junit.jupiter.api.Assertions.assertTrue(spans.stream().anyMatch(s -> s.start() == 0),
          () -> PiiDetectorTest.describe(t, spans));
      org.junit.jupiter.api.Assertions.assertTrue(spans.stream().anyMatch(s -> s.end() == t.length()),
          () -> PiiDetectorTest.describe(t, spans));
    }
  }
}
