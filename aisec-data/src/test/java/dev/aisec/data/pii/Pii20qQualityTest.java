package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.describe;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 20 (pii20q): structured values in whitespace-aligned tables (a run of three or more spaces, or two next to a
 * digit, is a column gap; the header names the column), national numbers written with dots after a trunk 0, phone
 * and card numbers read out in words in call transcripts, a Japanese postcode after a listed place without a comma,
 * and labels that name another kind of number right before it. Every value is made up here (check digits computed
 * for this test); none is a line of an evaluation set. Asked through {@link PiiDetector#find}, the entry point that
 * sees the column gaps. Each found/quiet case below failed on main ee3b253 where it is a fix; the rest are guards.
 */
class Pii20qQualityTest {

  private static final PiiDetector D = PiiDetector.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Order        Phone\\n4471203398   0161 496 0211|0161 496 0211|PHONE_NUMBER",
      "Customer        Invoice         Phone\\nJo Bloggs       20261104        020 7946 0018|020 7946 0018|PHONE_NUMBER",
      "Phone               Order\\n020 7946 0018       0161 496 0211|020 7946 0018|PHONE_NUMBER",
      "Lara  Fiorentino\\nPhone: (71) 4233-6306|Lara  Fiorentino|PERSON",
      "Tel. 089.2180.4471|089.2180.4471|PHONE_NUMBER",
      "Name: Jo Bloggs\\nTel.: 020.7946.0018|020.7946.0018|PHONE_NUMBER",
      "Hi, Ken 555-0142 is my cell|555-0142|PHONE_NUMBER",
      "Telefonnummer 030 2219 4471|030 2219 4471|PHONE_NUMBER",
      "Tel.-Nr. 030 2219 4471|030 2219 4471|PHONE_NUMBER",
      "Número de teléfono 912 345 678|912 345 678|PHONE_NUMBER",
      "numéro de portable 06 12 34 56 78|06 12 34 56 78|PHONE_NUMBER",
      "Mobile No. 07911 123456|07911 123456|PHONE_NUMBER",
      "Servicenummer 0800 123 4567|0800 123 4567|PHONE_NUMBER"})
  void found(String raw, String value, String type) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    assertTrue(spans.stream().anyMatch(s -> s.type().equals(type) && s.start() <= at
        && s.end() >= at + value.length()), () -> "missed " + type + " '" + value + "' in " + describe(text, spans));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Staff           Tel             Ext\\nJo Bloggs       020 7946 0018   4471|020 7946 0018|PHONE_NUMBER",
      "Agent: And the number to call you back on?\\nCaller: Oh seven seven double nine, oh one two, three four five.|Oh seven seven double nine, oh one two, three four five|PHONE_NUMBER",
      "Phone: Zero one seven one, four four eight, two one nine zero|Zero one seven one, four four eight, two one nine zero|PHONE_NUMBER",
      "Agent: best number to reach you?\\nCaller: oh two oh, seven nine four six, oh three two one|oh two oh, seven nine four six, oh three two one|PHONE_NUMBER",
      "my phone number is double oh four four seven seven double oh nine double oh eight seven one|double oh four four seven seven double oh nine double oh eight seven one|PHONE_NUMBER",
      "mobile: plus three three six one two, three four, five six, seven eight|plus three three six one two, three four, five six, seven eight|PHONE_NUMBER",
      "card number four five three two, zero one five five, eight eight one two, seven three four seven|four five three two, zero one five five, eight eight one two, seven three four seven|CREDIT_CARD"})
  void foundWithExactSpan(String raw, String value, String type) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    assertTrue(spans.stream().anyMatch(s -> s.type().equals(type) && s.start() == at
        && s.end() == at + value.length()), () -> "not exactly " + type + " '" + value + "' in " + describe(text, spans));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Staff           Tel             Ext\\nJo Bloggs       020 7946 0018   4471|4471|PHONE_NUMBER",
      "Order        Phone\\n4471203398   0161 496 0211|4471203398|PHONE_NUMBER",
      "Customer        Invoice         Phone\\nJo Bloggs       20261104        020 7946 0018|20261104|PHONE_NUMBER",
      "Phone               Order\\n020 7946 0018       0161 496 0211|0161 496 0211|PHONE_NUMBER",
      "Build 2026.11.27 of the app|2026.11.27|PHONE_NUMBER",
      "see section 012.34.56 of the manual|012.34.56|PHONE_NUMBER",
      "we have seven two four people and five nine trucks|seven two four|PHONE_NUMBER",
      "Seven two four people and five nine trucks called the hotline|Seven two four|PHONE_NUMBER",
      "One two three four five six seven: call the phone line now|One two three|PHONE_NUMBER",
      "phone me: one two three four five six seven eight|one two three|PHONE_NUMBER",
      "the phone code is oh two oh seven nine four six oh three two one|oh two oh|PHONE_NUMBER",
      "Caller: it's zero seven nine one one, one two three, four five six|zero seven|PHONE_NUMBER",
      "Ship to: 2-4-8 Umeda, Kita-ku, Osaka 530-0001, Japan|530-0001|PHONE_NUMBER",
      "Kyoto 600-8216|600-8216|PHONE_NUMBER",
      "Zaaknummer 020 123 4567|020 123 4567|PHONE_NUMBER",
      "Número de expediente 912 345 678|912 345 678|PHONE_NUMBER",
      "N° de dossier 01 44 55 66 77|01 44 55 66 77|PHONE_NUMBER",
      "Kontoauszug Nr. 030 2219 4471|030 2219 4471|PHONE_NUMBER",
      "Vorgangsnummer 0228 406 1240|0228 406 1240|PHONE_NUMBER"})
  void quiet(String raw, String value, String type) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    assertTrue(spans.stream().noneMatch(s -> s.type().equals(type) && s.start() < at + value.length()
        && at < s.end()), () -> "unexpected " + type + " on '" + value + "' in " + describe(text, spans));
  }
}
