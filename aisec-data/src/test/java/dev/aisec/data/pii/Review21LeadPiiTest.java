package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review round 21: adversarial look-alikes of the lead's round-21 rules and the open items of round 20. Each case
 * failed on main 746d8f6. Every value is made up.
 */
class Review21LeadPiiTest {

  private static final PiiDetector D = PiiDetector.standard();

  /** Values the round-21 rules lost or that round 20 left open: each must be found with its type. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // codeSuffix: a phone word before the number; the capitals after the dash say which line it is
      "Tel: 082 490 1693-FAX#082 490 1693#PHONE_NUMBER",
      "Phone: 020 7946 0958-W#020 7946 0958#PHONE_NUMBER",
      "Call me on 0113 496 0721-UK#0113 496 0721#PHONE_NUMBER",
      // fieldStart: a quoted cell of a pipe table written after one space
      "| name | dl_number |\\n| Anna | \"S5307719\" |#S5307719#US_DRIVER_LICENSE",
      // hostLike: a mixed-case random token whose last dotted part is letters is no host name
      "api_key: Xk29fQ8rLm3pZt7vWq.Bnkw#Xk29fQ8rLm3pZt7vWq.Bnkw#API_KEY",
      "token=aB3dE5gH7jK9mN1pQ.Rstuvw#aB3dE5gH7jK9mN1pQ.Rstuvw#API_KEY"})
  void found(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  /** Ordinary text the round-21 rules typed as an identifier. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // a twenty-letter capital word that starts with ASIA is no AWS key id
      "He replied ASIAPACIFICMARKETING was the team name#ASIAPACIFICMARKETING#API_KEY",
      // another number in reply to a question that names a passport or licence but asks for another number
      "Agent: Do you still have the passport you travelled with last year, and which flight number was it?"
          + "\\nCustomer: LH2024.#LH2024#US_PASSPORT",
      "Agent: Before the passport renewal goes through, what is the room you stayed in at the hotel?\\nGuest: B1204."
          + "#B1204#US_PASSPORT",
      "Agent: The licence was sent. Which order reference did the shop give you?\\nCustomer: ORD20931."
          + "#ORD20931#US_DRIVER_LICENSE",
      // host names written in lower case stay host names (round 20)
      "\"authDomain\": \"mi-tienda-7a21.firebaseapp.com\",#mi-tienda-7a21.firebaseapp.com#API_KEY"})
  void quiet(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  /** A password assigned with ":" or "=" ends before a closing bracket the value never opened. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "(admin_password: 1uc02Futli@5Ctd9iGsR)#1uc02Futli@5Ctd9iGsR",
      "{admin_password: 1uc02Futli@5Ctd9iGsR}#1uc02Futli@5Ctd9iGsR",
      "[db_password: 7hQ2wZ9x!Lp4Vn8Kc1]#7hQ2wZ9x!Lp4Vn8Kc1",
      "(admin_password: 1uc02Futli@5C(td)9iGsR)#1uc02Futli@5C(td)9iGsR"})
  void bracketsCloseTheText(String text, String value) {
    String t = unescape(text);
    List<String> keys = D.scan(t).stream().filter(s -> s.type().equals("API_KEY"))
        .map(s -> t.substring(s.start(), s.end())).collect(Collectors.toList());
    assertEquals(List.of(value), keys);
    assertEquals(D.scan(t), D.find(t));
  }

  /**
   * Layouts that find's view changes (a run of three or more spaces becomes a tab; a space run before a line break
   * goes): the value is found by scan and by find, at the same place.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "admin_password:    1uc02FutliX5Ctd9iGsR   \\n#1uc02FutliX5Ctd9iGsR#API_KEY",
      "admin_password:\t1uc02FutliX5Ctd9iGsR\\n#1uc02FutliX5Ctd9iGsR#API_KEY",
      "admin_password:\t1uc02Futli@5Ctd9iGsR\\n#1uc02Futli@5Ctd9iGsR#API_KEY",
      "Agent: And the passport number you mentioned for the trip, could you read it?\\nCustomer:    C04812277.\\n"
          + "Agent: ok#C04812277#US_PASSPORT",
      "Agent: And the passport number you mentioned for the trip, could you read it?\\nCustomer:\tC04812277.\\n"
          + "Agent: ok#C04812277#US_PASSPORT",
      "Agent: And the passport number you mentioned for the trip, could you read it?\\nCustomer: C04812277.\t\\n"
          + "Agent: ok#C04812277#US_PASSPORT"})
  void scanAndFindAgree(String text, String value, String type) {
    String t = unescape(text).replace("\\t", "\t");
    assertCovered(t, value, type);
    int at = t.indexOf(value);
    assertTrue(D.find(t).stream().anyMatch(s -> s.type().equals(type) && s.start() == at
        && s.end() == at + value.length()), () -> "find missed " + value + ": " + D.find(t));
  }
}
