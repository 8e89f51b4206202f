package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Round 19 (pii19r): Spanish DNI written with thousands dots (made-up numbers, mod 23 letters computed here). */
class Pii19rDottedDniTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DNI: 47.215.398-D|47.215.398-D|ES_NIF",
      "titular 47.215.398 D, domicilio en Sevilla|47.215.398 D|ES_NIF",
      "con documento 3.861.204-X adjunto|3.861.204-X|ES_NIF",
      "documento 47.215.398D|47.215.398D|ES_NIF"})
  void dottedDniIsFound(String text, String value, String type) {
    assertCovered(text, value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DNI: 47.215.399-D|47.215.399-D|ES_NIF",
      "Total 47.215.398 EUR pagado|47.215.398|ES_NIF",
      "version 4.215.398-B released|4.215.398-B|ES_NIF"})
  void lookAlikesAreNot(String text, String value, String type) {
    assertNoTypeOn(text, value, type);
  }
}
