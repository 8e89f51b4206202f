package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.assertNothingLike;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for the failures found with the hand-written seventh-round check set
 * ({@code aisec-data/tools/handset7.py}): phones before chat words, bracketed years after numbers, a negative word
 * nearer than a phone word, secrets assigned to identifiers, day-first dates with month names in any case and
 * language, birth-date field names, Italian titles, e-mail display names, accented first names, identity-document
 * words and form labels. Every text is made up here, none is a line of the set ({@code \n} stands for a line break).
 */
class PiiSeventhRoundTest {


  @ParameterizedTest
  @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
      // a number before a chat or function word is not a house number or a count
      "grab my cell, it's 0423 911 604 if the office line is busy#0423 911 604#PHONE_NUMBER",
      "ring me 0161 496 0732 when you land#0161 496 0732#PHONE_NUMBER",
      // brackets after a country code or a one-digit prefix still belong to the number
      "call 1 (800) 642-7676 or +44 (0)20 7946 0321#1 (800) 642-7676#PHONE_NUMBER",
      "call 1 (800) 642-7676 or +44 (0)20 7946 0321#+44 (0)20 7946 0321#PHONE_NUMBER",
      // an identifier naming a secret before a base64 value with slashes
      "export DEPLOY_SECRET_KEY=qR7vT2mZ/x9LpW4nB8cYk3Hd/fJ6sA1e#qR7vT2mZ/x9LpW4nB8cYk3Hd/fJ6sA1e#API_KEY",
      "db.password: 'Vn8wQ2xLr5TzK9pM3bYa'#Vn8wQ2xLr5TzK9pM3bYa#API_KEY",
      "{\"clientSecret\": \"Hq3ZtW8vN1xLp6RyK4mB\"}#Hq3ZtW8vN1xLp6RyK4mB#API_KEY",
      // day-first dates with month names in lower case, in fr, es, it, nl, pt, en
      "elle est née le 21 octobre 1983 à Lille#21 octobre 1983#DATE_TIME",
      "nació el 2 de febrero de 1979 en Cádiz#2 de febrero de 1979#DATE_TIME",
      "è nato il 14 luglio 1966 a Torino#14 luglio 1966#DATE_TIME",
      "hij is geboren op 8 maart 1991#8 maart 1991#DATE_TIME",
      "nasceu em 17 de setembro de 1988 no Porto#17 de setembro de 1988#DATE_TIME",
      "my dob is 9 november 1975#9 november 1975#DATE_TIME",
      // birth-date field names and it/nl/pt birth words as cues for numeric dates
      "{\"date_of_birth\": \"1971-03-30\", \"plan\": \"gold\"}#1971-03-30#DATE_TIME",
      "data di nascita: 03/11/1959#03/11/1959#DATE_TIME",
      "geboortedatum 22-06-1947, woonplaats Utrecht#22-06-1947#DATE_TIME",
      "Patientin Lea Vogt, geb.: 19.10.1962#19.10.1962#DATE_TIME",
      // Italian titles in lower case, with the feminine ending after the dot
      "ho scritto alla prof.ssa Gualtieri ieri sera#Gualtieri#PERSON",
      "il sig. Pellegrino ha richiamato#Pellegrino#PERSON",
      // e-mail display names, listed or not
      "From: Tadashi Morikawa <t.morikawa@example.jp>#Tadashi Morikawa#PERSON",
      "Reply-To: \"Oyelaran Adebisi\" <o.adebisi@example.ng>#Oyelaran Adebisi#PERSON",
      // accented first names whose lists hold them without accents
      "merci Séverine, à demain#Séverine#PERSON",
      "danke Jörg für die Hilfe#Jörg#PERSON",
      // streets written with their street word first, with the house number before or after
      "on habite au 8 rue du Moulin depuis mai#8 rue du Moulin#LOCATION",
      "Dirección: Paseo de Gracia 92, Barcelona#Paseo de Gracia 92#LOCATION",
      "ufficio in Viale dei Pini 7, Milano#Viale dei Pini 7#LOCATION",
      "12 rue de l'Abbaye, Caen#12 rue de l'Abbaye#LOCATION",
      // Dutch and German street endings
      "ons kantoor zit aan de Prinsengracht 480#Prinsengracht 480#LOCATION",
      "Büro am Hohenzollerndamm 150#Hohenzollerndamm 150#LOCATION",
      // a card written with dots in groups of four
      "paid with 4716.2033.9104.8813 yesterday#4716.2033.9104.8813#CREDIT_CARD",
      // area code and number with a spaced slash (de, at, ch)
      "Rückfragen gern unter Tel. 0621 / 4837291#0621 / 4837291#PHONE_NUMBER",
      // an IBAN in groups of four separated by dashes
      "Bankverbindung BE68-5390-0754-7034 (Spesen)#BE68-5390-0754-7034#IBAN_CODE",
      // a published example SSN written as an SSN next to "SSN"
      "test account, SSN 123-45-6789, do not use#123-45-6789#US_SSN",
      // published example values of a PAN and a SIN right after their names
      "KYC form: PAN: QWERT5678Z, address proof attached#QWERT5678Z#IN_PAN",
      "SIN: 046 454 286 (sample from the form)#046 454 286#CA_SIN",
      // a station or airport named after a person is a place
      "landing at Kennedy Airport tonight#Kennedy Airport#LOCATION",
      // the dative "Herrn" is a title, not a part of the name
      "Bitte geben Sie das Herrn Brandstetter#Brandstetter#PERSON",
      // sign-offs of es and pt before the sender's name
      "Un abrazo,\\nMaite#Maite#PERSON",
      "Abraços, Leandro#Leandro#PERSON",
      // a degree after the title is part of the title
      "Viele Grüße\\nDr. rer. nat. Jonas Imhof#Jonas Imhof#PERSON"})
  void finds(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
      // a bracketed year after a number with a thousands separator is no phone number
      "Visitors in 2023: 1,204,310 (2022: 998,120)#PHONE_NUMBER",
      "Attendance 61,118 (2019) and 58,402 (2021)#PHONE_NUMBER",
      // a negative word right before the number is nearer than the phone word
      "Telefonische Bestellung 2023/417/0088 eingegangen#PHONE_NUMBER",
      "número de factura 2025/331/0917#PHONE_NUMBER",
      // identifiers that merely contain "key" are not key names
      "monkey=Xk29fLqP0aZt7RmW4sYb#API_KEY",
      // a day and month without a year is a due or delivery date, not a birth date
      "livraison prévue le 14 juin#DATE_TIME",
      "consegna entro il 3 maggio#DATE_TIME",
      // a date is no street address
      "Né le 4 Avril 1970#LOCATION",
      // identity-document words, brands and frameworks are not names
      "Please upload your Aadhaar and Medicare card#PERSON",
      "New Gucci and Balenciaga drops this week#PERSON",
      "Spring Boot 3.3 and Hibernate 6#PERSON",
      // form labels before a colon are not chat speakers
      "Rechnungsanschrift: Lindenweg 4#Rechnungsanschrift",
      "Lieferdatum: 12.08.2025#Lieferdatum",
      // the last letter of an ID before a full stop is no "M." title
      "NIE Y7781234M. Nacionalidad: peruana#Nacionalidad",
      // street words of an address are not names
      "Domicilio: Calle de Toledo 88, Madrid#PERSON",
      // a company sender is not a person
      "Support Team <help@example.com>#PERSON",
      // a whole JSON value under a generic key is a name only when it looks like one
      "[{\"id\":7,\"name\":\"Maple Chair\",\"price\":120}]#PERSON",
      // the all-caps name of a number is not a given name
      "NINO AB123456C on file#PERSON",
      // a name followed by a longer number is no street with a house number
      "Ihre Bestellung 2025-774120 ist unterwegs#LOCATION",
      "sku,product,price\\nQ-12,Forest Walker 2,49.90#LOCATION",
      // a word ending like a street is no street without the street's shape
      "Offering 20 seats and Monitoring 24 hours#LOCATION",
      "send the file via Slack 2 times#LOCATION",
      // the SSN layout with dashes is no phone number, with or without SSN context
      "call 123-45-6789 now#PHONE_NUMBER",
      "ssn 078-05-1120 (the wallet example)#PHONE_NUMBER",
      // the PAN layout without its name, and the all-caps NINO label before a colon
      "order QWERT5678Z shipped#IN_PAN",
      "NINO: QQ 12 34 56 C#PERSON",
      // stations and airports named after people are places
      "the shuttle leaves from Waverley Station at noon#PERSON",
      "landing at Kennedy Airport tonight#PERSON",
      // device identifiers are not phone numbers, and their all-caps names are not chat speakers
      "IMEI: 86-431205-338917-2#PHONE_NUMBER",
      "IMEI: 86-431205-338917-2#PERSON",
      "Bitte geben Sie das Herrn Brandstetter#Herrn",
      "Abraços, Leandro#Abraços",
      // a house number never starts with 0
      "Telefon 0621 / 48 37 29#LOCATION",
      // a spaced slash between numbers without a trunk 0 is no phone number
      "Seiten 120 / 1304567 im Anhang#PHONE_NUMBER",
      // dotted numbers other than four groups of four stay versions
      "upgraded to 4716.2033.9104 today#CREDIT_CARD",
      // degrees and e-mail header labels of de, fr, es, it are not names
      "Viele Grüße\\nDr. rer. nat. Jonas Imhof#rer",
      "Von: Kessler, Ina\\nGesendet: Dienstag, 4. März#Gesendet",
      "De : Paul Girard\\nEnvoyé : lundi\\nObjet : devis#Objet"})
  void ignores(String text, String what) {
    assertNothingLike(unescape(text), what);
  }
}
