package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for the tenth round (the classes of error found with the hand-written set {@code handset10}): brand
 * and product words that are also names or places, acronyms of log lines, mail identifiers, key=value numbers, dates
 * of history, of quoted-mail headers and machine time stamps, lower-case first names after chat words, name
 * particles, "221B Baker Street", titles read as streets, words of opening hours. Every text is made up here
 * ({@code \n} stands for a line break).
 */
class PiiTenthRoundTest {

  private static final PiiDetector D = PiiDetector.standard();

  /** No span of {@code type} overlaps the first occurrence of {@code value}. */
  static void assertNoTypeOn(String text, String value, String type) {
    List<PiiSpan> spans = D.scan(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    boolean bad = spans.stream().anyMatch(s -> s.type().equals(type) && s.start() < at + value.length()
        && at < s.end());
    assertTrue(!bad, () -> "unexpected " + type + " on '" + value + "' in " + PiiDetectorTest.describe(text, spans));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // brand, product and mission words (PERSON and LOCATION)
      "just got the Jordan 5s for 190 bucks#Jordan#LOCATION",
      "The Jordan Brand Classic is in May.#Jordan#PERSON",
      "Helios 7 and Apollo 12 returned samples.#Apollo#LOCATION",
      "apollo is down again after the deploy#apollo#PERSON",
      "the new Mercedes GLC is huge#Mercedes#PERSON",
      "{\"merchant\":\"Mercedes Store\",\"amount\":12.5}#Mercedes#PERSON",
      "sku,name\\nA-1,Apollo Chair#Apollo#PERSON",
      // acronyms of log lines and mail header names
      "May 3 10:00:01 gw charon[77]: 12[IKE] peer is initiating#IKE#PERSON",
      "LOG:  checkpoint complete: wrote 88 buffers; 0 WAL file(s) added#WAL#PERSON",
      "X-Mailer: Apple Mail (2.3774)#X-Mailer#PERSON",
      // identifiers that look like contact data
      "Message-ID: <AB12cd+20250101@mail.example.com>#AB12cd+20250101@mail.example.com#EMAIL_ADDRESS",
      "INFO new user id=7734102 name=\"Tom Reed\" phone=+44 20 7946 0321#7734102#PHONE_NUMBER",
      // dates that are not of a person's life
      "The Wall fell on 9 November 1989 after weeks of protest.#9 November 1989#DATE_TIME",
      "The treaty was signed on 25 March 1957 by six states.#25 March 1957#DATE_TIME",
      "The emperor was crowned on 2 December 1804.#2 December 1804#DATE_TIME",
      "{\"created\": \"2025-03-31T09:12:44+02:00\", \"id\": 4}#2025-03-31T09:12:44+02:00#DATE_TIME",
      "On Tue, 1 Apr 2025 at 09:00, Ann Lee <ann@example.org> wrote:\\n> ok#1 Apr 2025#DATE_TIME",
      "Sprint 12 runs from April 7 to April 18.#April 7#DATE_TIME",
      // words read as streets or names
      "Ärztin Dr. Keller hat angerufen.#Ärztin#LOCATION",
      "Sprint 42 runs for two weeks.#Sprint#LOCATION",
      "Encomenda 4471 enviada ontem.#Encomenda#LOCATION",
      "la tienda cierra a las 9#cierra#PERSON",
      "onze winkel is zondag dicht#winkel#PERSON",
      "Steuer-ID (bitte bei allen Anfragen angeben)#allen#PERSON",
      // months that are names, header fields of delimited text, list labels
      "Das Angebot gilt bis Ende Mai.#Mai#PERSON",
      "Das Angebot gilt bis Ende Mai.#Ende#LOCATION",
      "nom,prénom,ville,téléphone\\nGirard,Manon,Toulouse,06 71 24 83 19#ville#PERSON",
      "Aanwezig: Bram Visser, Lotte Smit#Aanwezig#PERSON"})
  void lookAlikesAreNotReported(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // the same words as names or places with a cue
      "Hi Jordan, thanks for the call.#Jordan#PERSON",
      "Michael Jordan visited the plant.#Michael Jordan#PERSON",
      "Saludos,\\nMercedes Vidal#Mercedes Vidal#PERSON",
      "We flew to Jordan last spring.#Jordan#LOCATION",
      "jordan: who has the keys?#jordan#PERSON",
      // card after "paid with" and a receipt number
      "Paid with 3782 822463 10005 by Ann Lee, receipt 4471-0098.#3782 822463 10005#CREDIT_CARD",
      // a JSON phone key and a birth date near a machine time stamp
      "{\"phone\": \"0711 2648 8130\", \"id\": 4}#0711 2648 8130#PHONE_NUMBER",
      "{\"dob\": \"1949-06-21\", \"ward\": \"B4\"}#1949-06-21#DATE_TIME",
      // lower-case first names after chat words
      "lena und tim sind schon da#tim#PERSON",
      "lol kevin forgot his laptop again#kevin#PERSON",
      "oye pablo ya llegaste?#pablo#PERSON",
      "j'ai appelé léa ce matin#léa#PERSON",
      // particles inside a name
      "Mijn collega Sanne de Wit belt morgen.#Sanne de Wit#PERSON",
      "Met vriendelijke groet,\\n\\nFemke van Dijk#Femke van Dijk#PERSON",
      "Aanwezig: Noor el Amrani en Bram Visser#Noor el Amrani#PERSON",
      // house numbers with a letter; titles before names
      "The museum is at 221B Baker Street, London.#221B Baker Street#LOCATION",
      "Ärztin Dr. Keller hat angerufen.#Keller#PERSON",
      "Wohnhaft in der Kastanienallee 12, 10435 Berlin.#Kastanienallee 12#LOCATION",
      // street and place columns and keys; lower-case places after a preposition; names added to the lists
      "naam,straat,plaats\\nBram Visser,Lange Voorhout 9,Den Haag#Lange Voorhout 9#LOCATION",
      "{\"street\": \"Karl Johans gate 22\", \"city\": \"Oslo\"}#Karl Johans gate 22#LOCATION",
      "im in rotterdam till sunday#rotterdam#LOCATION",
      "ya llegaste a valencia?#valencia#LOCATION",
      "Mai Nguyen joined in May.#Mai Nguyen#PERSON"})
  void realOnesAreStillFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }
}
