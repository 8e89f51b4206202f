package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review round 21b: look-alikes of the round-21 merges (17c9601, db8b942). Each case failed on main 17c9601. Every
 * value is made up.
 */
class Review21bPiiTest {

  /** Values the merges lost: each must be found with its type. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // the passport word is nearer than the BSN/SSN name: the number is the passport's
      "My BSN is 111222333 and passport 123456789#123456789#US_PASSPORT",
      "SSN 078-05-1120, passport 987654321#987654321#US_PASSPORT",
      // the BSN name nearer (the merge's case) keeps its BSN
      "uw oude paspoort en uw BSN 111222333#111222333#NL_BSN"})
  void found(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  /**
   * Guards (quiet on main and branch): numeric query values under plain keys are not typed by the recognizers
   * pii21f's queryValues hands them to; both paths agree.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "https://example.com/item?id=2025550143",
      "https://example.com/item?uid=4155552671&ref=home",
      "https://example.com/item?cb=1700000000123",
      "https://example.com/r?product=9780306406157",
      "https://example.com/r?v=12.345.678"})
  void quietQueryValues(String text) {
    PiiDetector d = PiiDetector.standard();
    assertTrue(d.find(text).stream().allMatch(s -> s.type().equals(PiiEntity.URL)), () -> String.valueOf(d.find(text)));
    assertEquals(d.find(text), d.scan(text));
  }
}
