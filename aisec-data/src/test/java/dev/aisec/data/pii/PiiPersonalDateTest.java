package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for a person's own dates written with a day and month and no year: appointments named by a German
 * compound ("Friseurtermin"), bookings and reservations, leave and hiring words, an appointment word further left in
 * the sentence than the near context window, an appointment word beside a word that alone marks a date as impersonal
 * ("gepland"), ordinal days written with a degree sign ("1° giugno"), and day ranges ("du 10 au 21 juillet", "vom 3. bis 14. August") taken as one date; with delivery,
 * release and shipping twins that stay below the threshold. Every text is made up here.
 */
class PiiPersonalDateTest {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Erinnerung: Ihr Friseurtermin am 5. Mai um 16:00.#5. Mai",
      "Hallo Jonas, dein Zahnarzttermin ist am 12. März um 9:15.#12. März",
      "Uw afspraak staat gepland op dinsdag 3 december om 14:00.#3 december",
      "Reservering voor Sanne de Wit op vrijdag 8 maart om 20:00, tafel voor 2.#8 maart",
      "Sua consulta ficou marcada para o dia 15 de setembro.#15 de setembro",
      "Le recordamos su cita de revisión del coche familiar el jueves 14 de noviembre a las 10:30.#14 de noviembre",
      "Prenotazione per Marco: sabato 12 ottobre alle 20:30.#12 ottobre",
      "Congé de Marc du 10 au 21 juillet.#10 au 21",
      "Urlaub von Petra vom 3. bis 14. August.#3. bis 14. August",
      "Giulia Conti, assunta dal 1° giugno 2022, sede di Roma.#1° giugno 2022",
      "Fecha de alta: 1º de mayo de 2021 (contratado como técnico).#1º de mayo de 2021"})
  void personalDatesAreFound(String text, String value) {
    assertCovered(text, value, "DATE_TIME");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Die Lieferung kommt am 3. Juni.#3. Juni",
      "Version 4.2 ships on 14 March.#14 March",
      "Der Versand erfolgt vom 3. bis 14. August.#14. August",
      "La livraison est prévue le 4 février.#4 février",
      "Early-bird prices end on 21 May.#21 May"})
  void impersonalDatesStayQuiet(String text, String value) {
    assertNoTypeOn(text, value, "DATE_TIME");
  }
}
