package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.assertNothingLike;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for the failures found with the hand-written eighth-round check set
 * ({@code aisec-data/tools/handset8.py}): dates of releases, deadlines, deliveries and mail headers, access codes
 * and PINs read as phone numbers, "+" numbers after job titles, Dutch postcodes, real cities, sign-off lines read as
 * address lines, common words before numbers read as streets, and person-name form labels. Every text is made up
 * here, none is a line of the set ({@code \n} stands for a line break).
 */
class PiiEighthRoundTest {


  @ParameterizedTest
  @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
      // a birth or patient word beats a release or delivery word nearby
      "born 4 May 1961, shipped to the ward on a stretcher#4 May 1961#DATE_TIME",
      "patient admitted 17/09/2024 after a fall#17/09/2024#DATE_TIME",
      // a "+" number is not held back by a negative word further left or on its right
      "Kind regards\\nLucy Penhaligon\\nProduct Owner\\n+44 161 496 0273#+44 161 496 0273#PHONE_NUMBER",
      "join by phone +1 312 555 0147, meeting ID 915 204 3378#+1 312 555 0147#PHONE_NUMBER",
      // the dial-in number before an access code is still a phone number
      "Einwahl: 089 4120 7788, Zugangscode 771 092 44#089 4120 7788#PHONE_NUMBER",
      // "ruf ... an": a German separable prefix after the number is no unit
      "ruf mich morgen unter 0151 2236 8841 an#0151 2236 8841#PHONE_NUMBER",
      // Dutch postcodes with their city
      "Ons kantoor: Stationsplein 9, 3818 LE Amersfoort#3818 LE Amersfoort#LOCATION",
      // real cities that datafaker's lists lack
      "Best wishes from Edinburgh#Edinburgh#LOCATION",
      // a listed first name after a sign-off line is the sender, even before a city line
      "Un saludo,\\nRocío\\nGranada#Rocío#PERSON",
      "Yours faithfully,\\nAlan Prewitt\\nCoventry#Alan Prewitt#PERSON",
      "Met vriendelijke groet,\\nPieter\\nZwolle#Pieter#PERSON",
      // person-name form labels before an unlisted single name
      "First name: Chukwuemeka\\nLast name: Eze#Chukwuemeka#PERSON",
      "First name: Chukwuemeka\\nLast name: Eze#Eze#PERSON",
      "Nachname: Wrobelski#Wrobelski#PERSON",
      // a negative word after a MAC address does not hold it back (found on the second set, after the round)
      "learned 3C-5A-B4-01-9F-2E on port 7 of the switch#3C-5A-B4-01-9F-2E#MAC_ADDRESS"})
  void finds(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
      // release dates, deadlines, delivery and payment dates are not personal dates, in six languages
      "The 2.0 release ships on 9 September 2025#DATE_TIME",
      "Submission deadline: 1 July 2025#DATE_TIME",
      "Version 9 erscheint am 03.11.2025#DATE_TIME",
      "la sortie est prévue le 7 octobre 2025#DATE_TIME",
      "el plazo vence el 15/10/2025#DATE_TIME",
      "la consegna è prevista per il 2025-11-04#DATE_TIME",
      "de levering staat gepland op 12 mei 2025#DATE_TIME",
      "Please pay by 28 February 2026#DATE_TIME",
      "sale ends on Sunday#DATE_TIME",
      // access codes, PINs and customer or contract numbers are not phone numbers
      "the access code is 408 117 22 and the host PIN 5519#PHONE_NUMBER",
      "participant PIN 6630 1184# then press 1#PHONE_NUMBER",
      "Zugangscode 772 018 45#PHONE_NUMBER",
      "número de cliente 0031 7742#PHONE_NUMBER",
      "meeting code is 614 902 3317#PHONE_NUMBER",
      "Contract 2024-55120 renewed#PHONE_NUMBER",
      "Firefox 128.0.3.1 installed#PHONE_NUMBER",
      // an English word before a short number is no street; nor a word before a decimal, a year or a date
      "see Room 12 and Level 2#LOCATION",
      "Release 4.1.7 notes#LOCATION",
      "Hachette 2019, 320 pages#LOCATION",
      "Born 3 June 1970#LOCATION",
      // a French elision is no street
      "J'adore 12 rue Cler#J'adore",
      // Dutch postcode letters are not a name
      "Postbus 12, 2500 EA Den Haag#PERSON",
      // a generic "name" label needs a person word before it to make an unlisted single word a name
      "Product name: Zentrix#PERSON"})
  void ignores(String text, String what) {
    assertNothingLike(unescape(text), what);
  }
}
