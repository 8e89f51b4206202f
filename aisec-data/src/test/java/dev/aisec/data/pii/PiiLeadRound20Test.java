package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the twentieth round (lead, from the failure classes of independent probes 18 and 19): a Spanish
 * NIE is reported as Presidio's ES_NIE, a DNI stays ES_NIF; a number after a compound label that names its own kind
 * of number ("Kundnummer", "Bestellnr", "Objekt-Nr.") or after a service-request, document-control, bank-branch or
 * frequent-flyer word is no phone number; a message identifier in angle brackets is no mailbox; a host name under an
 * "auth" key is no secret. Found: a licence number whose own line label names the licence although an SSN label
 * stands on the line before, a PAN whose own label mentions an invoice, a card in a card-number column beside a
 * transaction column, identifiers named on the line before when the phone word stands after the number or far back
 * on the line, a base64 secret that starts with a slash, a "+" number two words after a code word, the
 * columns of a table whose header row stands under a title or between border lines. Every value is made up.
 */
class PiiLeadRound20Test {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Bitte an folgende Adresse liefern. Kundnummer 4410-2231. Danke!#4410-2231#PHONE_NUMBER",
      "Geschenk ist unterwegs, Bestellnr 302-4471902-1187, kommt Freitag#302-4471902-1187#PHONE_NUMBER",
      "geschenk bestellt, Bestellnr 028-4471902-1187, kommt Freitag#028-4471902-1187#PHONE_NUMBER",
      "Neue Bestelnummer 030 4471 902 für die Lieferung#030 4471 902#PHONE_NUMBER",
      "Anfrage zur Wohnung (Objekt-Nr. 2023-41-905) in Leipzig#2023-41-905#PHONE_NUMBER",
      "New address saved for the customer. SR number 1-77201934.#1-77201934#PHONE_NUMBER",
      "No violations on record. Document control no. 0318 4420 917.#0318 4420 917#PHONE_NUMBER",
      "Cuenta abierta en la Oficina 0049-1182 de Valencia#0049-1182#PHONE_NUMBER",
      "Receta firmada por la doctora (colegiada 46/31870)#46/31870#PHONE_NUMBER",
      "Boarding 07:40 Gate B12, Flying Blue 1043 7782 55#1043 7782 55#PHONE_NUMBER",
      "bounce code=550 msg-id=<3f9a1c7e-55b2-4d0e-9a41-2c8e7f6b1d09@mx.example.net> retry later"
          + "#3f9a1c7e-55b2-4d0e-9a41-2c8e7f6b1d09@mx.example.net#EMAIL_ADDRESS",
      "{\\\"msg_id\\\":\\\"<8e41f0a7c2d9b316@relay.example.org>\\\"}#8e41f0a7c2d9b316@relay.example.org#EMAIL_ADDRESS",
      "{\\\"apiKey\\\": \\\"x\\\", \\\"authDomain\\\": \\\"shop-eu-4c19.firebaseapp.com\\\"}"
          + "#shop-eu-4c19.firebaseapp.com#API_KEY",
      "keys:\\n  secret: /usr/local/share/keys/file2024abc#/usr/local/share/keys/file2024abc#API_KEY",
      "NIE: Y0180515W#Y0180515W#ES_NIF",
      "Applicant\\nSSN: 219-09-9999\\nDriver license (NY): 512884730\\nDOB: 1990-01-01#512884730#US_SSN"})
  void lookAlikesStayQuiet(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Datos del cliente\\nNIE: X4382993K\\nTeléfono: 612 345 678#X4382993K#ES_NIE",
      "Mi NIE es Z-2157116-C y vivo en Madrid#Z-2157116-C#ES_NIE",
      "DNI 12345678Z#12345678Z#ES_NIF",
      "Applicant\\nSSN: 219-09-9999\\nDriver license (NY): 512884730\\nDOB: 1990-01-01#512884730#US_DRIVER_LICENSE",
      "Booking\\nPAN for GST invoice: ABCPK7421M\\nMobile: +91 98200 11223#ABCPK7421M#IN_PAN",
      "card_last4,card_number,brand,exp,status,txn_ref\\n8833,6011494157718833,DISCOVER,09/28,APPROVED,TXN-00412"
          + "#6011494157718833#CREDIT_CARD",
      "Dispute case DC-20931\\nCardholder: Test Person\\nPAN: 4579511174432566 (token tok_9Zx)\\nMerchant: Shop, "
          + "amount EUR 89.00, txn date 2024-08-03#4579511174432566#CREDIT_CARD",
      "Agent: Before I change the address, can you read the Aadhaar number on your card?\\nCaller: 8582-8025-8228."
          + "\\nAgent: And your registered mobile?#8582-8025-8228#IN_AADHAAR",
      "[WhatsApp] Mama: die Steuer-ID von Papa ist 51 465 908 531, meine ist 75844093241 bitte aufheben"
          + "#75844093241#DE_TAX_ID",
      "Für die Abrechnung brauchen wir Ihre Steuer-Identifikationsnummer (laut Ihrem Brief: 58452630974) und die "
          + "IBAN#58452630974#DE_TAX_ID",
      "NEXTAUTH_SECRET=/Qw83kLm2PzX7vN4tR9sB1yH6cJ0dF5gA\\nNEXTAUTH_URL=http://localhost:3000"
          + "#/Qw83kLm2PzX7vN4tR9sB1yH6cJ0dF5gA#API_KEY",
      "Contact: g.rossi@example.it or the desk <helpdesk@example.it>#helpdesk@example.it#EMAIL_ADDRESS",
      "rahul: ok. OTP aayega +91 98111 22334 pe#+91 98111 22334#PHONE_NUMBER",
      "Meine Telnr 030 4471 9020, ruf an#030 4471 9020#PHONE_NUMBER",
      "Mobiltelefonnummer: 0176 4471902#0176 4471902#PHONE_NUMBER"})
  void valuesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  private static final PiiDetector D = PiiDetector.standard();

  private static void assertTyped(String text, String value, String type) {
    List<PiiSpan> spans = D.find(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    assertTrue(spans.stream().anyMatch(s -> s.type().equals(type) && s.start() <= at
        && s.end() >= at + value.length()), () -> "missed " + type + " '" + value + "' in " + spans);
  }

  @Test
  void aWhitespaceTableUnderATitleIsTypedByItsHeaderRow() {
    String text = "STAFF LIST - SITE MEL-04                              printed 2024-09-02\n"
        + "--------------------------------------------------------------------------\n"
        + "Name                 TFN            Mobile           Start\n"
        + "Test Person          628 194 821    0412 555 019     2021-03-01\n"
        + "Other Person         252760189      0433 555 827     2022-11-14\n";
    assertTyped(text, "628 194 821", "AU_TFN");
    assertTyped(text, "252760189", "AU_TFN");
  }

  @Test
  void aPipeTableBetweenBorderLinesIsTypedByItsHeaderRow() {
    String text = "+--------+--------------+-------------+\n"
        + "| emp_no | full_name    | sin         |\n"
        + "+--------+--------------+-------------+\n"
        + "| 00412  | Test Person  | 390 139 624 |\n"
        + "| 00413  | Other Person | 441215472   |\n"
        + "+--------+--------------+-------------+\n";
    assertTyped(text, "390 139 624", "CA_SIN");
    assertTyped(text, "441215472", "CA_SIN");
  }

  @Test
  void aHeaderRowWithTwoSpaceGapsCountsItsColumnsAsTheRowsDo() {
    String text = "Sr  Applicant              PAN          Aadhaar          Mobile\n"
        + "1   Test Person            ABCPK7421M   8582 8025 8228   +91 98450 11111\n"
        + "2   Other Person           ABCPK7422N   858280258228     +91 98450 22222\n";
    assertTyped(text, "8582 8025 8228", "IN_AADHAAR");
    assertTyped(text, "858280258228", "IN_AADHAAR");
  }
}
