package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for the eleventh round (classes the tenth round left open): listed first names in capitals after a
 * chat word, lower-case names after pt/it articles and "e", lower-case places after "a"/"em", a lower-case surname
 * after a lower-case chat name, postcodes alone in a postcode column or key, and ward, room and gate numbers read as
 * names or places; each with harmless twins.
 * Every text is made up here ({@code \n} stands for a line break).
 */
class PiiEleventhRoundTest {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // all-caps first names after chat words
      "lol ANNA forgot her keys again#ANNA#PERSON",
      "haha EMMA did it again#EMMA#PERSON",
      "omg KEVIN is here#KEVIN#PERSON",
      // lower-case names after it/pt/es prepositions and chat words
      "stasera vado da marco#marco#PERSON",
      "esco con lucia stasera#lucia#PERSON",
      "vou com a joana ao cinema#joana#PERSON",
      // articles of pt/it speech and "e" between first names
      "o joão chegou agora#joão#PERSON",
      "falei com a ana ontem#ana#PERSON",
      "vado con paolo e francesca#francesca#PERSON",
      "francesca e giorgio vengono#francesca#PERSON",
      // lower-case listed places after a/em/in
      "sono arrivato a torino ieri#torino#LOCATION",
      "cheguei em lisboa ontem#lisboa#LOCATION",
      "domani vado a bologna#bologna#LOCATION",
      // a name under a "-- " signature line
      "Thanks,\\n-- \\nDominic Farrell | Solutions Architect\\nAcme Ltd#Dominic Farrell#PERSON",
      // a lower-case surname after a lower-case chat name: one span
      "had lunch with emily rodriguez today#emily rodriguez#PERSON",
      "went out with maria gonzalez and tom#maria gonzalez#PERSON",
      // postcodes alone in a postcode column or key
      "name,postcode\\nJan,2514 EA\\nPiet,1012 AB#1012 AB#LOCATION",
      "{\"name\": \"Ola\", \"postcode\": \"0159\"}#0159#LOCATION",
      "id;plz;ort\\n7;80331;München#80331#LOCATION",
      "{\"zip\":\"94105-1234\"}#94105-1234#LOCATION",
      "{\"postcode\": \"SW1A 1AA\"}#SW1A 1AA#LOCATION",
      "name,postcode\\nAmy,M1 1AE#M1 1AE#LOCATION",
      // a surname after a title stays a name
      "Nurse Ward called the patient#Ward#PERSON"})
  void realOnesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // acronyms after chat words stay acronyms
      "lol ASAP pls#ASAP#PERSON",
      "omg WTF happened#WTF#PERSON",
      // function words after prepositions
      "vieni a mia casa#mia#PERSON",
      "sono da solo oggi#solo#PERSON",
      "vado a casa stasera#casa#LOCATION",
      "con la mia famiglia#mia#PERSON",
      "i saw a mark on it#mark#PERSON",
      "dressed in a chihuahua costume#chihuahua#LOCATION",
      // a counted noun after a number word
      "abito in milano da due anni#anni#PERSON",
      // the word after a chat name that is no surname
      "with kevin tomorrow#tomorrow#PERSON",
      // numbers in other columns and keys
      "{\"order\": \"10115\"}#10115#LOCATION",
      "id,qty\\n1,10115#10115#LOCATION",
      "{\"sku\": \"2514\", \"zip\": \"10115\"}#2514#LOCATION",
      "{\"ref\": \"SW1A 1AA\"}#SW1A 1AA#LOCATION",
      "code,qty\\nAB1 2CD,4#AB1 2CD#LOCATION",
      // a date after "scheduled for" is no personal date
      "The release is scheduled for 12 March 2025.#12 March 2025#DATE_TIME",
      "maintenance scheduled for 2025-04-01#2025-04-01#DATE_TIME",
      // wards, rooms, beds and gates with their numbers
      "Patient moved to Ward 4B this morning#Ward#LOCATION",
      "Patient moved to Ward 4B this morning#Ward#PERSON",
      "Please go to Room 12 for the meeting#Room#PERSON",
      "Bed 7a is free since noon#Bed#PERSON",
      "Boarding at Gate 12 now#Gate#PERSON"})
  void lookAlikesAreNotReported(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }
}
