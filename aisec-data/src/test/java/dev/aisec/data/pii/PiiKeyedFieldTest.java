package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for values whose own key, column or nearest word decides over context words of other fields: an IPv4
 * address under an address key in a log line full of transaction words, an SSN in an {@code ssn} column or key next to
 * a price column, a phone number after "callback", and a brandless Luhn-valid number right after an order word; each
 * with harmless twins. Every text is made up here ({@code \n} stands for a line break).
 */
class PiiKeyedFieldTest {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "ERROR card declined amount=12.00 txn=7f3a91c4 client_ip=81.2.69.142 status=402#81.2.69.142#IP_ADDRESS",
      "order=5512 total=99.90 src_ip=10.20.30.40#10.20.30.40#IP_ADDRESS",
      "invoice 7781 {\"remote_addr\": \"172.16.4.20\"}#172.16.4.20#IP_ADDRESS",
      "id,full_name,ssn,state,plan,price\\n1042,Karen Liu,427-13-2710,Oregon,Pro,19.99#427-13-2710#US_SSN",
      "{\"order\": 77, \"ssn\": \"427-13-2710\", \"price\": 9.99}#427-13-2710#US_SSN",
      "Customer ssn=324-22-9373 amount=40.00#324-22-9373#US_SSN",
      "Case ref UC-1: callback on 0131 225 0732 after 5pm#0131 225 0732#PHONE_NUMBER",
      "Charged twice, card 4972 0078 9847 0803 for order 5521#4972 0078 9847 0803#CREDIT_CARD"})
  void keyedValuesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "charged twice for the shoes (order 1138-4471-2290)#1138-4471-2290#CREDIT_CARD",
      "payment failed, invoice 1138-4471-2290 is open#1138-4471-2290#CREDIT_CARD",
      "release build=1.2.3.4 shipped#1.2.3.4#IP_ADDRESS",
      "order failed, zip=10.0.0.1 total=5#10.0.0.1#IP_ADDRESS",
      "id,sku,price\\n1,427-13-2710,19.99#427-13-2710#US_SSN",
      "{\"tracking\": \"427-13-2710\"}#427-13-2710#US_SSN"})
  void lookAlikesStayQuiet(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }
}
