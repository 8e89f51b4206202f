package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 19 (pii19r): identifiers read out one character at a time in call transcripts (single characters separated by
 * one space, groups by ", "), joined and checked by the card, SSN, NINO and phone validators. Every value is made up
 * here (check digits computed for this test).
 */
class Pii19rSpelledOutTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Agent: go ahead\\nCaller: it's 4 5 3 2, 0 1 8 7, 4 4 1 9, 0 3 3 2 and the expiry|4 5 3 2, 0 1 8 7, 4 4 1 9, 0 3 3 2|CREDIT_CARD",
      "card number 5 5 1 0 4 4 2 2 3 0 9 1 8 7 8 thanks|5 5 1 0 4 4 2 2 3 0 9 1 8 7 8|CREDIT_CARD",
      "my social is 3 4 1, 5 6, 7 8 9 0.|3 4 1, 5 6, 7 8 9 0|US_SSN",
      "Caller: sure, it's 3 4 1, 5 6, 7 8 9 0|3 4 1, 5 6, 7 8 9 0|US_SSN",
      "national insurance J R 4 2 7 1 5 3 B, yes|J R 4 2 7 1 5 3 B|UK_NINO",
      "you can call me back on 4 1 5, 8 3 9, 2 2 7 1 after six|4 1 5, 8 3 9, 2 2 7 1|PHONE_NUMBER"})
  void spelledOutIdsAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Luhn-invalid, an SSN area that is never issued, a list of ratings, a NINO with a bad prefix
      "Caller: it's 4 5 3 2, 0 1 8 7, 4 4 1 9, 0 3 3 3 and the expiry|4 5 3 2|CREDIT_CARD",
      "my social is 9 4 1, 5 6, 7 8 9 0.|9 4 1|US_SSN",
      "scores were 3 4 1 5 6 7 8 9 0 in that order|3 4 1|US_SSN",
      "national insurance Q R 4 2 7 1 5 3 B, yes|4 2 7|UK_NINO",
      // digits without a phone word are no phone number
      "the winning numbers 4 1 5, 8 3 9, 2 2 7 1 were drawn|4 1 5|PHONE_NUMBER",
      // filler after a phone word
      "phone 7 7 7 7 7 7 7 7 7 7 thanks|7 7 7|PHONE_NUMBER"})
  void lookAlikesAreNot(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }
}
