package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the sixteenth round (lead, from the failure classes of an independent probe): national IDs named by
 * their own CSV column or JSON key (Steuer-ID, TFN, Medicare, ABN, Aadhaar, SIN), the German tax ID in its official
 * grouping, a Medicare number with its one-digit person reference, a driver licence with a phone word after it, an
 * AWS secret pasted after its key id, Twilio keys, Tron addresses, phone numbers whose phone word is right before them
 * while a price follows. Look-alikes: the rest of an IBAN with wrong check digits, references written with slashes,
 * message ids with characters no mailbox has, DHCP unique ids, content digests and cache keys after a key word.
 * Every value is made up here (valid check digits where the type has them).
 */
class PiiLeadRound16Test {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Nr;Name;Steuer-ID;Ort\\n7;Anna Berg;72215864937;Kiel#72215864937#DE_TAX_ID",
      "Ihre Identifikationsnummer? Laut Bescheid lautet sie 72 215 864 937, danke.#72 215 864 937#DE_TAX_ID",
      "name,tfn,medicare,abn\\nJo Park,117762583,5842009353,22891718583#117762583#AU_TFN",
      "name,tfn,medicare,abn\\nJo Park,117762583,5842009353,22891718583#5842009353#AU_MEDICARE",
      "name,tfn,medicare,abn\\nJo Park,117762583,5842009353,22891718583#22891718583#AU_ABN",
      "Patient: Jo Park   Medicare: 5842 00935 3 1   DOB 02/03/1990#5842 00935 3 1#AU_MEDICARE",
      "{\"name\":\"R. Iyer\",\"aadhaar\":\"718190937865\"}#718190937865#IN_AADHAAR",
      "employee,sin,province\\nLuc Roy,441235181,QC#441235181#CA_SIN",
      "{\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9434765919\"}]}"
          + "#9434765919#UK_NHS",
      "Second driver: Dana Cole, DL 418 552 907 (Ohio), ph 614.555.0143#418 552 907#US_DRIVER_LICENSE",
      "keys leaked: AKIAL2IFXYSJFWWH3TVX / GV8dgnTr7ncjmoqeK6ePzV15F8kwxfUOGeW9AtVk oops"
          + "#GV8dgnTr7ncjmoqeK6ePzV15F8kwxfUOGeW9AtVk#API_KEY",
      "client = Client(\"SKe932374bc693e82b9eb33a384f1b7d18\")#SKe932374bc693e82b9eb33a384f1b7d18#API_KEY",
      "pay the deposit to TJQ9Vuxbtits9ukurDRP8FhijoPmKYvtY5 today#TJQ9Vuxbtits9ukurDRP8FhijoPmKYvtY5#CRYPTO",
      "Kiel, Tel. 0431 5520 1874\\nKaufpreis: 12.400,00 €#0431 5520 1874#PHONE_NUMBER",
      "Si no estás, te llamaremos al 612 45 78 90. Contra reembolso: 19,95 €.#612 45 78 90#PHONE_NUMBER",
      "INSERT INTO users VALUES ('Ana Ruiz', 'ana.ruiz@example.org', 3);#ana.ruiz@example.org#EMAIL_ADDRESS",
      "sorry!! it's 07700 900461 now#07700 900461#PHONE_NUMBER",
      "hannah k: 0113 496 0018 tell them i sent u#0113 496 0018#PHONE_NUMBER",
      "emp;name;dl_state;dl_number\\nE1;Ana Ruiz;FL;L441-852-00-738-7#L441-852-00-738-7#US_DRIVER_LICENSE",
      "emp;name;dl_state;dl_number\\nE2;Pat Lee;NY;565 627 855#565 627 855#US_DRIVER_LICENSE",
      "Name,ABN (contractor),Suburb\\nMia Wilson,22 891 718 583,Fremantle#22 891 718 583#AU_ABN",
      "name|aadhaar|city\\nSunita Rao|718190937865|Pune#718190937865#IN_AADHAAR",
      "MAIL_KEY=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#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#API_KEY"})
  void valuesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "In der alten Mail stand DE12 5001 0517 5407 3249 31, ein Zahlendreher.#5001 0517 5407 3249#CREDIT_CARD",
      "| 4 | NL11 RABO 4478 2210 93 | wrong check digits |#4478 2210 93#PHONE_NUMBER",
      "Ihre Reservierung RES/2026/11/00871 ist bestätigt.#11/00871#PHONE_NUMBER",
      "{\"enrolment_no\":\"1234/56789/01234\"}#1234/56789#PHONE_NUMBER",
      "dhcp reply duid 00:01:00:01:2e:9f:41:7c sent#00:01:00:01:2e:9f:41:7c#IP_ADDRESS",
      "image: registry.example.com/team/api@sha256:"
          + "3ad0b87961ea72004ea028f9e7cf51f2d5ddebb19a2121efa487b3e3dea93fd2#3ad0b87961ea72004ea028f9e7cf51f2d5dde"
          + "bb19a2121efa487b3e3dea93fd2#API_KEY",
      "Cache key Linux-npm-a095149ae6cfddd036dce880063ae32c0dafa2d5 restored#a095149ae6cfddd036dce880063ae32c0dafa2d5"
          + "#API_KEY",
      "SKU SKE932374BC693E82B9EB33A384F1B7D18 is out of stock#SKE932374BC693E82B9EB33A384F1B7D18#API_KEY",
      "host key fingerprint = SHA256:i99lSi0tcL21pffWQJEeNajnez0LHtfROUrWW6XnI3E#i99lSi0tcL21pffWQJEeNajnez0LHtfROUrWW6XnI3E#API_KEY",
      "Env: SENTRY_RELEASE=4.18.2.1 DEBUG=0#4.18.2.1#IP_ADDRESS",
      "Rua das Flores 12, 4000-447 Porto#4000-447#PHONE_NUMBER",
      "na adresu Vinohradská 1511/230, 120 00 Praha 2#1511/230#PHONE_NUMBER",
      "Name: Ann Hall   Employee ID: 100-4471#100-4471#PHONE_NUMBER",
      "OS build: 10.0.19045.4412   Agent: 7.2.0.1#7.2.0.1#IP_ADDRESS",
      "Wi-Fi driver 23.40.0.4 updated to 23.60.1.2 today#23.60.1.2#IP_ADDRESS",
      "Wi-Fi driver 23.40.0.4 updated to 23.60.1.2 today#23.40.0.4#IP_ADDRESS"})
  void lookAlikesStayQuiet(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  @Test
  void messageIdsWithOddLocalPartsAreNoMailboxes() {
    for (String text : List.of("Message-ID: <CAH2x9QpZ7kE1r=4tG@mail.example.com>\nFrom: a",
        "Nov  3 14:22:07 mx1 postfix/cleanup[1]: 4Qx: message-id=<20261103.4412.A7F3@mx.example.com>")) {
      assertTrue(PiiDetector.standard().scan(text).stream().noneMatch(s -> s.type().equals(PiiEntity.EMAIL_ADDRESS)),
          text);
    }
  }

  @Test
  void aSecretAssignedToAKeyNameStillCountsWhenItLooksLikeADigest() {
    assertCovered("API_KEY=a095149ae6cfddd036dce880063ae32c0dafa2d5", "a095149ae6cfddd036dce880063ae32c0dafa2d5",
        PiiEntity.API_KEY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Kaufvertrag\\nVerkäufer: Jan Nowicki\\nKäufer: Thomas Brenner, Pontstraße 8#Verkäufer",
      "Kaufvertrag\\nVerkäufer: Jan Nowicki\\nKäufer: Thomas Brenner, Pontstraße 8#Käufer",
      "Ordine 88\\nArticolo: Scarpe Trekking taglia 42\\nGrazie#Articolo",
      "Avsändare: <anna.lind@example.se>\\nHej!#Avsändare"})
  void formLabelsBeforeAValueAreNoSpeakers(String text, String label) {
    assertNoTypeOn(unescape(text), label, PiiEntity.PERSON);
  }

  @Test
  void anAzureKeySpanStartsAfterItsFieldName() {
    String key = "rGkSTwz9cXQVh3ysmSvcdJaoWTMH2ZMmv26R5z0bbMoqwMSCLTleaEELGMx8769UnFWMGAGtFhIkLcwSc4Bbb9==";
    String text = "AccountName=x;AccountKey=" + key + ";EndpointSuffix=core.windows.net";
    List<PiiSpan> spans = PiiDetector.standard().scan(text);
    assertTrue(spans.stream().anyMatch(s -> s.type().equals(PiiEntity.API_KEY) && s.start() == text.indexOf(key)
        && s.end() == text.indexOf(key) + key.length()), spans.toString());
  }

  @Test
  void anAddressAfterAnAgentWordStaysAnAddress() {
    assertCovered("Agent connected from 81.2.69.142 at noon", "81.2.69.142", PiiEntity.IP_ADDRESS);
  }

  @Test
  void chatSpeakersStillCount() {
    assertCovered("Ubul: What a wife.", "Ubul", PiiEntity.PERSON);
  }
}
