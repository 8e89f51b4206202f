package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for values whose own key, column or nearest word decides over context words of other fields: an IPv4
 * address under an address key in a log line full of transaction words, an SSN in an {@code ssn} column or key next to
 * a price column, an NHS number in an {@code nhs_number} column or under a {@code patient_nhs=} key, a BSN in a
 * {@code bsn} column, a phone number after "callback", "called from" or "can be reached on" or right after "Tel."
 * beside a customer word, a card after Portuguese "cartão", and a brandless Luhn-valid number right after an order
 * word (a twelve-digit one needs its card word before it). Look-alikes: the first groups of a longer number written
 * in fours, four-part versions after "firmware" or "versione", a "PZN" product number. Each with harmless twins.
 * Every text is made up here ({@code \n} stands for a line break).
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
      "Charged twice, card 4972 0078 9847 0803 for order 5521#4972 0078 9847 0803#CREDIT_CARD",
      "ref,patient,nhs_number,ward\\nA7,Ruth Ellis,6426212997,C2#6426212997#UK_NHS",
      "ref,patient,nhs_number,ward\\nA7,Ruth Ellis,383 236 4056,C2#383 236 4056#UK_NHS",
      "GET /records viewer=ops patient_nhs=4061358952 status=200#4061358952#UK_NHS",
      "Support note: the client called from 212-639-4187 about a refund#212-639-4187#PHONE_NUMBER",
      "Refund for credit card 060426070011 pending#060426070011#CREDIT_CARD",
      "naam,bsn,woonplaats\\nAnne de Vries,944117715,Utrecht#944117715#NL_BSN",
      "Un saludo,\\nAtención al cliente\\nTel. +34 915 482 317#+34 915 482 317#PHONE_NUMBER",
      "Mrs Hill can be reached on 07912 483615. Clinic letter ref CL/2024/0188.#07912 483615#PHONE_NUMBER",
      "Paguei com o cartão 4532 0151 1283 0366. Versão do app 3.2.1.#4532 0151 1283 0366#CREDIT_CARD"})
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
      "{\"tracking\": \"427-13-2710\"}#427-13-2710#US_SSN",
      "Voucher card 6011 5890 6276 2230 was refused#6011 5890 6276#CREDIT_CARD",
      "member no. 992 004 518 773, card on file 3530 1113 3330 0000#992 004 518 773#CREDIT_CARD",
      "loyalty no. 992 004 518 773 for the lounge#992 004 518 773#PHONE_NUMBER",
      "ref,sku,batch\\nA7,6426212997,C2#6426212997#UK_NHS",
      "Thermostat firmware 2.14.0.9 paired#2.14.0.9#IP_ADDRESS",
      "Dispositivo registrato, versione 12.1.0.44#12.1.0.44#IP_ADDRESS",
      "Medikation: Ramipril 5 mg (PZN 04528347)#04528347#PHONE_NUMBER"})
  void lookAlikesStayQuiet(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }
}
