package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for the sixteenth round (classes of an independent evaluation, worked on with {@code handset16}): a
 * national ID given in brackets after its label, an IPv4 address starting an access-log line after lines with
 * negative words, an address after a short label of a firewall or flow log, container image tags, version pins and
 * version columns that are no addresses, a phone number next to a ticket, order or invoice word that names its own
 * number, bar codes and product-code fields that pass Luhn, companies named after a founder (alone, or in market
 * news), and lower-case first names after the thanks of fr, pt, it, es, de, nl in chat; each with harmless twins.
 * Every text is made up here ({@code \n} stands for a line break); none is a line of handset16 or handset16b.
 */
class PiiSixteenthRoundTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a national ID in brackets after its label
      "Vul hier uw BSN (246813593) in|246813593|NL_BSN",
      "Steuer-ID (86095742719) liegt vor|86095742719|DE_TAX_ID",
      "Aadhaar (384729150632) verified|384729150632|IN_AADHAAR",
      "Her TFN (123456782) is on file|123456782|AU_TFN",
      "numéro de sécu (185037511608738)|185037511608738|FR_NIR",
      "Visa (4111111111111111) expired|4111111111111111|CREDIT_CARD",
      "Steuer-IdNr. 86095742719|86095742719|DE_TAX_ID",
      // an access-log line after lines with negative words
      "invoice run finished\\n192.0.2.61 - - [02/Dec/2026:08:00:00 +0000] \"GET /export HTTP/1.1\" 200 77"
          + "|192.0.2.61|IP_ADDRESS",
      // an address after a short label of its own
      "order 2231 blocked at fw:198.51.100.4|198.51.100.4|IP_ADDRESS",
      "build 7 failed, gw: 192.0.2.254 unreachable|192.0.2.254|IP_ADDRESS",
      // a phone number next to a ticket, order or invoice word that names its own number
      "ticket #7781 - 646 201 7733|646 201 7733|PHONE_NUMBER",
      "ping 646-201-7733, order #88213|646-201-7733|PHONE_NUMBER",
      "646-201-7733 invoice #4471 paid|646-201-7733|PHONE_NUMBER",
      // bracketed area codes stay phone numbers; an IPv4-mapped IPv6 address stays an address
      "Office (212) 555-0199 or (020) 7946 0958|(020) 7946 0958|PHONE_NUMBER",
      "::ffff:192.0.2.8 - - [02/Dec/2026:08:00:00 +0000] \"GET / HTTP/1.1\" 200 9|192.0.2.8|IP_ADDRESS",
      "Host:10.0.0.1 is down|10.0.0.1|IP_ADDRESS",
      // a lower-case first name after the thanks of fr, pt, it (a chat word before it is no part of it)
      "merci camille, à demain|camille|PERSON",
      "valeu joão, até logo|joão|PERSON",
      "grazie mille giulia, a presto|giulia|PERSON",
      // a bar code with a card word is still a card
      "card 5901234123457 on file|5901234123457|CREDIT_CARD",
      // a founder's full name stays a person
      "Michael Dell founded the company in 1984|Michael Dell|PERSON"})
  void realOnesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // container image tags, version pins and version fields are no addresses
      "docker run registry.example/app:2.1.0.7|2.1.0.7|IP_ADDRESS",
      "image: base:1.12.4.3|1.12.4.3|IP_ADDRESS",
      "pip install foo>=1.4.0.2|1.4.0.2|IP_ADDRESS",
      "requests==2.3.1.0 pinned|2.3.1.0|IP_ADDRESS",
      "Model;Firmware;Price\\nAP-2;3.4.1.9;79,00|3.4.1.9|IP_ADDRESS",
      "app_version,service,owner,region,zone,stage,replicas\\n3.2.0.11,api,ops,eu,a,prod,3|3.2.0.11|IP_ADDRESS",
      "{\"build\":\"7.1.2.5\",\"ok\":true}|7.1.2.5|IP_ADDRESS",
      // a bracketed number without an ID checksum or label is no ID
      "Vul hier uw BSN (246813594) in|246813594|NL_BSN",
      "tracking (00340434161094012345)|00340434161094012345|PHONE_NUMBER",
      // a negative word between the numbers, or one label over a list of numbers, still counts
      "order 4471 total 646 201 7733|646 201 7733|PHONE_NUMBER",
      "ISBN-10 0148877591 and more|0148877591|PHONE_NUMBER",
      "tracking 1234 / 646 201 7733|646 201 7733|PHONE_NUMBER",
      // bar codes that pass Luhn too, values of an EAN, IMEI or ISBN column or key, are no cards
      "EAN 5901234123457, 24,50 €|5901234123457|CREDIT_CARD",
      "sku,ean,stock\\nB-7,5901234123457,8|5901234123457|CREDIT_CARD",
      "{\"imei\":\"4532015112830366\"}|4532015112830366|CREDIT_CARD",
      // thanks words and the chat word after them are no names
      "merci pour la facture|pour|PERSON",
      "Grazie mille,\\nSara|mille|PERSON",
      "grazie mille giulia, a presto|mille|PERSON",
      // companies named after a founder, written alone or in market news
      "Dell Latitude 7440 and a docking station|Dell Latitude|LOCATION",
      "Nestlé and Danone raised prices again|Danone|PERSON",
      "Tommy Hilfiger shares fell after the results|Tommy Hilfiger|PERSON"})
  void lookAlikesStayOut(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }
}
