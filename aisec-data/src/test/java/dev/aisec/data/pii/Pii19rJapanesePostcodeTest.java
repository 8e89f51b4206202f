package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Round 19 (pii19r): a Japanese postcode after the city of an address line, or after 〒, is no phone number. */
class Pii19rJapanesePostcodeTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ship to: 4-7-2 Minatomirai, Nishi-ku, Yokohama 220-0012, Japan|220-0012",
      "Address: 1-2 Kita, Chuo-ku, Sapporo 060-0806|060-0806",
      "〒530-0011 大阪市北区|530-0011",
      "住所 〒 812-0012 福岡市|812-0012"})
  void postcodeIsNoPhone(String text, String value) {
    assertNoTypeOn(text, value, PiiEntity.PHONE_NUMBER);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hi, Ken 555-0142 is my cell|555-0142",
      "reach me at 555-0142 tonight|555-0142",
      "Office: Chuo-ku, Sapporo, phone 555-0142|555-0142"})
  void phoneStaysPhone(String text, String value) {
    assertCovered(text, value, PiiEntity.PHONE_NUMBER);
  }
}
