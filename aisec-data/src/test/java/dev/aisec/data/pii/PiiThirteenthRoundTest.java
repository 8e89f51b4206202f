package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for the thirteenth round (classes found by the lead's independent probe): self-introductions of
 * first names that are common English words, professional titles in lower case before a surname, role labels before
 * a full name, and app, version, shop-order, hospital, ticket-label, "Pt" and weekday-schedule look-alikes; each
 * with harmless twins. Every text is made up here ({@code \n} stands for a line break).
 */
class PiiThirteenthRoundTest {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // a self-introduction beats the common-word list
      "Good morning, I'm Hope.#Hope#PERSON",
      "hey there, I'm Joy and I run the shop#Joy#PERSON",
      "Hello, this is Dawn from the front desk#Dawn#PERSON",
      "I am Faith!#Faith#PERSON",
      "Hi I'm Grace, can you help?#Grace#PERSON",
      "this is Rose Walsh from billing#Rose Walsh#PERSON",
      // a professional title written in lower case before a surname
      "ho sentito l'ingegner Fabbri stamattina#Fabbri#PERSON",
      "mañana viene el arquitecto Ibarra#Ibarra#PERSON",
      "Gentile dottoressa Fontana, le invio il referto#Fontana#PERSON",
      "Estimada licenciada Paredes:#Paredes#PERSON",
      // a role label before a full name at the start of a line or sentence
      "Referto.\\nPaziente Rosa Marchi, 61 anni#Rosa Marchi#PERSON",
      "Paciente Inés Vidal refiere dolor#Inés Vidal#PERSON",
      "Mitarbeiterin Petra Vogt ist im Urlaub#Petra Vogt#PERSON",
      "Ok. Cliente Sara Greco chiede un rimborso#Sara Greco#PERSON",
      // a listed first name before a copula and another first name in an all-caps chat line
      "MARTINA SONO ELENA, RISPONDI#MARTINA#PERSON",
      // lower-case first names after German "<verb>st du" and French "c'est" in chat
      "kannst du moritz abholen?#moritz#PERSON",
      "hast du sabine gesehen#sabine#PERSON",
      "allô ? c'est chloé !#chloé#PERSON",
      // a surname that is also a city, in the last-name column of a French CSV
      "nom;prénom;ville\\nLyon;Jeanne;Lille#Lyon#PERSON"})
  void realOnesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // states and moods after "I'm"
      "I'm Fine, thanks#Fine#PERSON",
      "Honestly I'm Lucky.#Lucky#PERSON",
      "I'm sure it will work#sure#PERSON",
      // a capitalised word after a word that is no title
      "Il corso di ingegneria Civile inizia lunedì#Civile#PERSON",
      // all-caps lines and chat verbs before ordinary words
      "ROMA SONO IO#ROMA#PERSON",
      "hast du zeit morgen#zeit#PERSON",
      "c'est bien !#bien#PERSON",
      "prends du pain#pain#PERSON",
      "nom;prénom;ville\\nLyon;Jeanne;Lille#Lyon#LOCATION",
      // a role label before ordinary words
      "Paziente stabile, nessuna novità#stabile#PERSON",
      "Cliente Premium Gold#Premium#PERSON",
      // software and shop names
      "Installez l'application Gaston pour payer#Gaston#PERSON",
      "the app Felix crashed again#Felix#PERSON",
      "after the upgrade to version Otto the menu moved#Otto#PERSON",
      "Your Mango order is on its way#Mango#PERSON",
      // a hospital is no person
      "transferred to Mercy General at noon#Mercy General#PERSON",
      // the patient abbreviation and a ticket label are no places
      "Pt denies chest pain#Pt#LOCATION",
      "Incidencia 48817: la impresora no imprime#Incidencia#LOCATION",
      // weekdays as deadlines and schedules
      "please return the form by Thursday#Thursday#DATE_TIME",
      "we deliver every Tuesday#Tuesday#DATE_TIME"})
  void lookAlikesAreNotReported(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }
}
