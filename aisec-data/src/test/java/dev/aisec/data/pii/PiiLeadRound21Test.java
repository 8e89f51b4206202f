package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the twenty-first round (lead, from the failure classes of independent probe 20): a secret in a URL
 * query string ends at the next "&amp;" (the e-mail parameter after it is found); a passport or licence number that
 * is the whole reply to the question on the line before is typed by that question; a bare "License" column of a
 * table of drivers holds licence numbers; a protocol or case number named right before is no phone number, a
 * protocol number on a later line does not silence the phone before it. Every value is made up.
 */
class PiiLeadRound21Test {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Operadora: Pode sim, senhor. Protocolo 2024051812345.\\nCliente: Obrigado.#2024051812345#PHONE_NUMBER",
      "Su expediente 2024 118 4471 está abierto#2024 118 4471#PHONE_NUMBER",
      "Agent: And the booking code for the trip?\\nCustomer: KX92241A.#KX92241A#US_PASSPORT",
      "Agent: Which passport did you use, and what is the booking reference?\\nCustomer: KX92241A.#KX92241A#US_PASSPORT",
      "Agent: passport number please\\nCustomer: the booking ref is KX92241A#KX92241A#US_PASSPORT",
      "GET /cb?token=Q2hhcmxpZTEyMzQ1Njc4OTBhYmNk&next=%2Fhome HTTP/1.1#next#API_KEY"})
  void lookAlikesStayQuiet(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Agent: Thank you. And the passport number you mentioned for the trip?\\nCustomer: C04812277.\\nAgent: Got it."
          + "#C04812277#US_PASSPORT",
      "Agent: Could you read me the number on your driver's license?\\nCaller: S53077192841\\nAgent: Thanks"
          + "#S53077192841#US_DRIVER_LICENSE",
      "Agent: and your driver licence number?\\nCustomer: D1234567\\n#D1234567#US_DRIVER_LICENSE",
      "Per informazioni: hr@example.it, 081 552 3190.\\n\\nProtocollo n. 2024/HR/0771#081 552 3190#PHONE_NUMBER"})
  void valuesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  private static final PiiDetector D = PiiDetector.standard();

  @Test
  void aSecretInAQueryStringEndsAtTheNextParameter() {
    String text = "10.1.2.3 - - \"GET /reset-password?token=BimwdzH8C39obVwjL90oN00ymWey0oU8d9QWtADi"
        + "&email=a.person@example.it HTTP/2\" 200 1843";
    List<PiiSpan> spans = D.find(text);
    int amp = text.indexOf('&');
    assertTrue(spans.stream().anyMatch(s -> s.type().equals("API_KEY") && s.end() == amp), spans::toString);
    assertTrue(spans.stream().anyMatch(s -> s.type().equals("EMAIL_ADDRESS")
        && text.substring(s.start(), s.end()).equals("a.person@example.it")), spans::toString);
    // after "=" outside a query string the password still runs on to white space ("DB_PASS=ab&cd…" is one secret)
    String env = "DB_PASSWORD=Xk29fLq7Tz04bNv8&Rm51wPq3 \n";
    assertTrue(D.find(env).stream().anyMatch(s -> s.type().equals("API_KEY") && s.end() == env.indexOf(' ')),
        () -> D.find(env).toString());
  }

  @Test
  void aLicenseColumnOfADriverTableHoldsLicenceNumbers() {
    String text = "Fleet drivers\n"
        + "ID    | Driver                | License          | State | Vehicle\n"
        + "------+-----------------------+------------------+-------+---------------\n"
        + "D-17  | Test Person           | D1234-56789-01234    | WI    | Ford Transit\n"
        + "D-18  | Other Person          | Y4829163         | CA    | Sprinter 316\n";
    for (String v : List.of("D1234-56789-01234", "Y4829163")) {
      int at = text.indexOf(v);
      assertTrue(D.find(text).stream().anyMatch(s -> s.type().equals("US_DRIVER_LICENSE") && s.start() == at
          && s.end() == at + v.length()), v);
    }
    // a software inventory's License column holds licence names, not numbers
    String sw = "Package  | Version | License\nguava    | 33.2.1  | Apache-2.0\nicu4j    | 74.2    | ICU-2024\n";
    assertFalse(D.find(sw).stream().anyMatch(s -> s.type().equals("US_DRIVER_LICENSE")), () -> D.find(sw).toString());
  }
}
