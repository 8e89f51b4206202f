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
 * Golden cases of the twenty-second round (lead, from the failure classes of probe 21): a column header with a number
 * sign glued on ("DL#", "SSN#") names its column; a Twilio account SID ("AC" and 32 lower-case hex digits) is a key;
 * a passport number that a passport word earlier in its sentence names ("my passport number, in case you need it,
 * is …"); the status fields of an IIS log line ("200 0 0 312") and a four-and-three digit id without a phone word are
 * no phone numbers; the number of a JSON object whose own key names a licence or passport ("driverLicense": {"state":
 * …, "number": …}) is one. Every value is made up.
 */
class PiiLeadRound22Test {

  @ParameterizedTest
  @CsvSource(delimiter = '~', value = {
      "{\"name\":\"Test Person\",\"driverLicense\":{\"state\":\"CA\",\"number\":\"B2419017\"}}"
          + "~B2419017~US_DRIVER_LICENSE",
      "{\"traveler\":{\"passportInfo\":{\"issuer\":\"US\",\"no\":\"561234987\"}}}~561234987~US_PASSPORT",
      "blz 👍 me liga qlqr coisa (11) 98765-4321~(11) 98765-4321~PHONE_NUMBER",
      "[twilio]\\naccount_sid = AC4f0e2b7d19a84c3e5f6a7b8c9d0e1f2a\\n~AC4f0e2b7d19a84c3e5f6a7b8c9d0e1f2a~API_KEY",
      "Customer: Yes. And my passport number in case you need ID is 508112347.~508112347~US_PASSPORT",
      "my passport number, if you need it, is K40712298 thanks~K40712298~US_PASSPORT",
      "Mi número de pasaporte, por si lo necesitan, es 508112347.~508112347~US_PASSPORT"})
  void valuesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', value = {
      "2024-04-11 06:31:10 W3SVC1 10.0.0.9 GET /owa/ - 443 - 198.51.100.7 Mozilla/5.0 200 0 0 312~200 0 0 312"
          + "~PHONE_NUMBER",
      "Could you advise? Order ID for the courier was 7716-204.~7716-204~PHONE_NUMBER",
      "I renewed my passport last year, my account is 508112347~508112347~US_PASSPORT",
      "My passport number is on file; my phone is 508112347~508112347~US_PASSPORT",
      "{\"booking\":{\"pnr\":\"QX7TZ2\",\"number\":\"K7731902\"}}~K7731902~US_PASSPORT",
      "{\"booking\":{\"pnr\":\"QX7TZ2\",\"number\":\"K7731902\"}}~K7731902~US_DRIVER_LICENSE",
      "sid: AC4f0e2b7d19a84c3e5f6a7b8c9d0e1f2~AC4f0e2b7d19a84c3e5f6a7b8c9d0e1f2~API_KEY",
      "ZAC4f0e2b7d19a84c3e5f6a7b8c9d0e1f2a is a build id~ZAC4f0e2b7d19a84c3e5f6a7b8c9d0e1f2a~API_KEY"})
  void lookAlikesStayQuiet(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  @Test
  void aHeaderWithANumberSignNamesItsColumn() {
    // find's view (column gaps read as tabs) is the one the Guard and the command line use
    String table = "ID    NAME              STATE  DL#\n0007  Test Person       CA     B5512093\n"
        + "0008  Other Person      TX     40917736\n";
    List<PiiSpan> spans = PiiDetector.standard().find(table);
    for (String v : List.of("B5512093", "40917736")) {
      int at = table.indexOf(v);
      assertTrue(spans.stream().anyMatch(s -> s.type().equals("US_DRIVER_LICENSE") && s.start() == at
          && s.end() == at + v.length()), () -> v + " " + spans);
    }
    String csv = "name,phone#,ssn#\nTest Person,555-0100,536-22-1234\n";
    int ssn = csv.indexOf("536");
    assertTrue(PiiDetector.standard().find(csv).stream().anyMatch(s -> s.type().equals("US_SSN") && s.start() == ssn),
        () -> PiiDetector.standard().find(csv).toString());
  }
}
