package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for the fifteenth round (classes found with the hand-written set {@code handset15}): an IPv4 address
 * in an {@code ip} column next to a {@code port} column, MAC addresses in the dotted layout of switches, ID numbers
 * whose abbreviation stands earlier in the sentence, lower-case first names after a calling verb and a particle,
 * contact and network labels that are no chat speakers, brands named after a person in shopping text, lower-case
 * chat words of other languages that the surname lists hold, greetings that fold to a name, and German office
 * names, romanised given names and surnames of origins the generated lists lacked, and a first name after a ticket
 * label; each with harmless twins. Every text is made up here ({@code \n} stands for a line break); none is a line
 * of handset15 or handset15b.
 */
class PiiFifteenthRoundTest {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // an address in its own CSV column; "port" is another column's name
      "node,ip,port\\ndb-3,172.20.4.9,5432#172.20.4.9#IP_ADDRESS",
      "name;client_ip;pid\\nworker;192.168.7.14;881#192.168.7.14#IP_ADDRESS",
      // a MAC address written as three dotted groups of four hex digits
      "%LINK-3-UPDOWN on Gi0/7, station 3c5a.b4e2.9f10 up#3c5a.b4e2.9f10#MAC_ADDRESS",
      "mac 0022.4d18.7701 learned on vlan 20#0022.4d18.7701#MAC_ADDRESS",
      // an ID whose abbreviation stands further back in the same sentence
      "The SIN that the payroll team has on file for him is 518 472 030.#518 472 030#CA_SIN",
      "The BSN we received from the municipality last week is 111222333.#111222333#NL_BSN",
      // a listed first name after a calling verb and a particle
      "ruf doch mal lena an?#lena#PERSON",
      "bel even thomas, hij weet het#thomas#PERSON",
      // romanised names of origins the generated lists lacked, with no cue
      "I spoke with Chidi Okonkwo this morning#Chidi Okonkwo#PERSON",
      "Takeshi Nakamura\\nHead of Data#Takeshi Nakamura#PERSON",
      "ok, Aditi Kulkarni will send it#Aditi Kulkarni#PERSON",
      // a listed first name right after a ticket label is the reporter, not a place
      "Case 88120: Martin reports a broken screen#Martin#PERSON",
      // a calling or asking verb and a preposition before a listed first name (es, it, fr)
      "dile a carla que ya llegué#carla#PERSON",
      "demande à louis s'il vient#louis#PERSON",
      // the same names as people
      "We met Carlo Felice at the theatre bar#Carlo Felice#PERSON",
      "Charles Dickens wrote novels in London#Charles Dickens#PERSON",
      // a chat speaker is still a speaker
      "Anna: see you at 5#Anna#PERSON",
      // a designer's name outside shopping text stays a person
      "The exhibition on Coco Chanel opens in Paris#Coco Chanel#PERSON"})
  void realOnesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // a place after a ticket label stays a place when it is no first name
      "Ticket 4471: Berlin office offline#Berlin#PERSON",
      // versions and dates in the dotted layout are no MAC addresses
      "build 2024.1107.0931 deployed#2024.1107.0931#MAC_ADDRESS",
      "release 1.2.3.4567.8901 tagged#4567.8901#MAC_ADDRESS",
      // the abbreviation in another sentence does not count; a number without a checksum is no ID
      "My SIN is on file. Call me at 739 205 169#739 205 169#CA_SIN",
      // contact and network labels at a line start are no chat speakers
      "ip: 10.4.4.1#ip#PERSON",
      "Mobiel: 06 41 22 78 90#Mobiel#PERSON",
      "Telefoon: +31 20 555 0101#Telefoon#PERSON",
      // brands named after a person in shopping text
      "Calvin Klein and Ralph Lauren shirts are 40 % off#Calvin Klein#PERSON",
      "Calvin Klein and Ralph Lauren shirts are 40 % off#Ralph Lauren#PERSON",
      "Die Jacke von Hugo Boss ist im Angebot, 20 % Rabatt#Hugo#PERSON",
      // lower-case chat words of nl and de that the surname lists hold
      "zullen we morgen bellen? ik ben op mijn werk#bellen#PERSON",
      "zullen we morgen bellen? ik ben op mijn werk#werk#PERSON",
      // venues named after a person, saints in names of days and places, chatbots, car models
      "Visit the Charles Dickens Museum on Sunday#Charles Dickens#PERSON",
      "Concert at Teatro Carlo Felice tonight#Carlo Felice#PERSON",
      "Parade on St. Patrick's Day#Patrick#PERSON",
      "Our chatbot Clara replies in German#Clara#PERSON",
      "Test drive: Aston Martin DB11 on Friday#Aston Martin#PERSON",
      // a lower-case name does not run over a following chat verb of another language
      "morgen gaan sanne werken#werken#PERSON",
      // greetings that fold to a listed name, German offices after a sign-off
      "Olá, tudo bem? Segue o documento.#Olá#PERSON",
      "Mit freundlichen Grüßen\\nStadtverwaltung Kassel#Stadtverwaltung#PERSON",
      "Mit freundlichen Grüßen\\nFinanzamt Nord#Finanzamt#PERSON"})
  void lookAlikesStayOut(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }
}
