package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the seventeenth round (lead, from the failure classes of an independent probe): UK numbers of
 * Ofcom's drama blocks, an OpenVPN client address after the user name and a slash, a NIR under its own JSON key while
 * another field's name is a negative word, a password with punctuation in quotes, a dashed Florida licence after its
 * keyword; look-alikes: a Polish parcel number and a German ticket number. Every value is made up.
 */
class PiiLeadRound17Test {

  private static final PiiDetector D = PiiDetector.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "[09:13] tom: lol yes. btw new number → +44 7700 900482 📱#+44 7700 900482#PHONE_NUMBER",
      "Büro London: +44 (0)20 7946 0321#+44 (0)20 7946 0321#PHONE_NUMBER",
      "ring me on 0161 496 0777 after six#0161 496 0777#PHONE_NUMBER",
      "2025-07-14 18:22:01 openvpn[771]: Sofia Rossi/93.41.207.18:50122 MULTI: Learn#93.41.207.18#IP_ADDRESS",
      "openvpn[771]: srossi/93.41.207.18:50122 peer info#93.41.207.18#IP_ADDRESS",
      "{\"zip\": \"75009\", \"city\": \"Paris\",\\n \"nir\": \"294067510921862\"}#294067510921862#FR_NIR",
      "DOB: 02/17/1984\\nDriver license: FL S530-412-78-219-0\\nVehicle: Toyota#S530-412-78-219-0#US_DRIVER_LICENSE"})
  void valuesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Tomek: 👍 numer przesyłki 6200 1847 3321 9, InPost#6200 1847 3321 9#PHONE_NUMBER",
      "Ticket-Nr. 2025-031-7764\\nKunde: Monika Schäfer#2025-031-7764#PHONE_NUMBER",
      "Ticket-Nr. 2025-031-7764\\nKunde: Monika Schäfer#Kunde#PERSON",
      // a product version after its name and a slash has no port: still no address
      "Mozilla/5.0 (X11) Chrome/120.0.0.0 Safari/537.36#120.0.0.0#IP_ADDRESS"})
  void lookAlikesStayQuiet(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  @Test
  void aQuotedPasswordIsCoveredToItsClosingQuote() {
    String t = "db:\n  DB_PASSWORD: \"5cSzXn4Rl1zVzD1RBYHiYt3%oIYf\"\n  REGION: eu-north-1";
    List<PiiSpan> spans = D.scan(t);
    assertEquals(1, spans.size(), spans::toString);
    assertEquals("5cSzXn4Rl1zVzD1RBYHiYt3%oIYf", t.substring(spans.get(0).start(), spans.get(0).end()));
    String env = "DB_PASSWORD=5cSzXn4Rl1zVzD1RBYHiYt3%oIYf!, next";
    List<PiiSpan> e = D.scan(env);
    assertEquals("5cSzXn4Rl1zVzD1RBYHiYt3%oIYf!", env.substring(e.get(0).start(), e.get(0).end()));
  }

  @Test
  void greetingsAndFormLabelsAreNoPartOfANameSpan() {
    String t = "Sanne: Hoi Pieter! Mijn nieuwe adres is bekend.\nNom : DUPONT   Prénom : Élodie";
    List<String> names = D.scan(t).stream().filter(s -> s.type().equals(PiiEntity.PERSON))
        .map(s -> t.substring(s.start(), s.end())).toList();
    assertEquals(List.of("Sanne", "Pieter", "DUPONT", "Élodie"), names);
  }
}
