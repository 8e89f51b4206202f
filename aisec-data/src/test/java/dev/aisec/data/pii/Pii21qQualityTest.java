package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.describe;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 21 (pii21q): Luhn-valid numbers that their own key, column, SQL column or label names as an order, invoice,
 * ticket, claim or policy number are no card, whatever payment words stand near; an SQL INSERT's column list names
 * the values of its tuples; an EDIFACT segment tag is no part of an e-mail address. Every value is made up here
 * (Luhn digits computed for this test); none is a line of an evaluation set. The quiet cases and the EDIFACT case
 * fail on main 746d8f6; the found cases are guards.
 */
class Pii21qQualityTest {

  private static final PiiDetector D = PiiDetector.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"lvl\":\"warn\",\"msg\":\"charge declined\",\"order_id\":\"4539148803436467\"}",
      "{\"msg\":\"refund issued\",\"orderNo\":\"5520 3177 0912 8845\",\"amount\":\"12.00\"}",
      "level=info msg=\"payment captured\" order_no=4012887712033453 total=59.90",
      "Order: 4539-1488-0343-6467 (card declined, retry tomorrow)",
      "Invoice no. 5520 3177 0912 8845 paid by card",
      "Ticket #4012887712033453 reopened after the refund",
      "Claim 4539 1488 0343 6467 approved; payment by card next week",
      "INSERT INTO payments (id, order_ref, amount) VALUES (1, '4539148803436467', 19.99);",
      "INSERT INTO payments (id, order_ref, amount) VALUES (1, 'A-1', 5.00), (2, '5520317709128845', 19.99);",
      "INSERT INTO `payments` (`id`, `invoice_no`) VALUES\\n(7, '4012887712033453'),\\n(8, 'x');",
      "Policy number: 5520 3177 0912 8845 (paid by card)",
      "Booking code 4012887712033453, card charged",
      "{\"confirmation_code\":\"4012887712033453\",\"card_last4\":\"3453\"}",
      "注文番号：4539148803436467 カードで支払い済み",
      "order_id = 4539148803436467 # card payment",
      "order_ref: 4539148803436467 # card payment"})
  void noCard(String raw) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    assertTrue(spans.stream().noneMatch(s -> s.type().equals(PiiEntity.CREDIT_CARD)), () -> describe(text, spans));
  }

  @org.junit.jupiter.api.Test
  void longExtendedInsertKeepsItsColumns() {
    // one line of 120 tuples (far more than the 1,200 characters the column lookup reads back): every value of the
    // order_ref column is still named by it; the card column's values are still cards
    StringBuilder b = new StringBuilder("INSERT INTO payments (id, order_ref, card_number) VALUES ");
    for (int i = 0; i < 120; i++) {
      b.append(i == 0 ? "" : ", ").append('(').append(i).append(", '4539148803436467', '4012887712033453')");
    }
    String text = b.append(';').toString();
    List<PiiSpan> spans = D.find(text);
    long cards = spans.stream().filter(s -> s.type().equals(PiiEntity.CREDIT_CARD)).count();
    assertTrue(spans.stream().noneMatch(s -> text.startsWith("4539", s.start())), () -> describe(text, spans));
    assertEquals(120, cards);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"card_number\":\"4539148803436467\",\"order_id\":\"A-77\"}|4539148803436467",
      "INSERT INTO cards (id, order_ref, card_number) VALUES (1, 'A-77', '5520317709128845');|5520317709128845",
      "Paid with card 4012 8877 1203 3453 for order 7741|4012 8877 1203 3453",
      "card 4539-1488-0343-6467, order: none|4539-1488-0343-6467",
      "order,card\\nA-77,4539148803436467|4539148803436467"})
  void card(String raw, String value) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    assertTrue(spans.stream().anyMatch(s -> s.type().equals(PiiEntity.CREDIT_CARD) && s.start() == at
        && s.end() == at + value.length()), () -> "missed card in " + describe(text, spans));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[user]\\nsteuer_id = 57218496339|57218496339|DE_TAX_ID",
      "nhs_number = 550 117 2305|550 117 2305|UK_NHS",
      "patient:\\n  nhs_number: 5501172305\\n  ward: 4|5501172305|UK_NHS",
      "Card number: 4539 1488 0343 6467|4539 1488 0343 6467|CREDIT_CARD",
      "Card no 4539148803436467|4539148803436467|CREDIT_CARD"})
  void keyed(String raw, String value, String type) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    assertTrue(spans.stream().anyMatch(s -> s.type().equals(type) && s.start() == at
        && s.end() == at + value.length()), () -> "missed " + type + " in " + describe(text, spans));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "UNB+UNOA:1+5412345000013:14+261128:0113+77'\\nCOM+ops@nordhafen-logistik.de:EM'|ops@nordhafen-logistik.de",
      "UNB+UNOA:1'COM+edi@hafenkontor.de:EM'|edi@hafenkontor.de",
      "write to ops+alerts@kestrel.io now|ops+alerts@kestrel.io",
      "mail TEAM+ops@example.org today|TEAM+ops@example.org"})
  void email(String raw, String value) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    List<PiiSpan> mails = spans.stream().filter(s -> s.type().equals(PiiEntity.EMAIL_ADDRESS)).toList();
    assertEquals(1, mails.size(), () -> describe(text, spans));
    assertEquals(value, text.substring(mails.get(0).start(), mails.get(0).end()), () -> describe(text, spans));
  }
}
