package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for dates of a person's life written without a year or with an ordinal day: a day and month next to a
 * birthday or appointment word (en, fr, nl), French "1er" and English "3rd" before a month name; with harmless twins
 * (releases, deliveries, floors, a day and month with no personal word). Every text is made up here.
 */
class PiiPersonalDateTest {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "my birthday is on 14 July, come over#14 July",
      "mon anniv c'est le 14 juillet, viens !#14 juillet",
      "Your appointment is on 21 May at 10:00.#21 May",
      "Je afspraak is verzet naar donderdag 21 mei om 10:00.#21 mei",
      "Il tuo appuntamento è il 9 giugno alle 15.#9 giugno",
      "Odile rejoindra l'équipe le 1er septembre 2026.#1er septembre 2026",
      "Birthday: 3rd September 2026.#3rd September 2026",
      "my birthday is the 3rd of May, come over#3rd of May",
      "Your appointment is on the 21st of September at 10:00.#21st of September"})
  void personalDatesAreFound(String text, String value) {
    assertCovered(text, value, "DATE_TIME");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "The new release ships on 14 July.#14 July",
      "Order 5521 was delivered on 21 May.#21 May",
      "Appointment reminders are sent on 3 June.#3 June",
      "The meeting room is on the 3rd floor.#3rd",
      "Team lunch on 21 May, bring snacks.#21 May",
      "Prices drop on 5 mar for the sale.#5 mar",
      "The new release ships on the 14th of July.#14th of July",
      "Team lunch on the 21st of May, bring snacks.#21st of May",
      "She finished 3rd of 40 runners in May.#3rd of 40"})
  void otherDatesStayQuiet(String text, String value) {
    assertNoTypeOn(text, value, "DATE_TIME");
  }
}
