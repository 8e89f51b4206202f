package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * (review20b) Findings of the review of the lead's round-20 PII changes: an NIE written with a dash before its letter
 * ("Y4417203-K") is ES_NIE like the other NIE layouts (it was ES_NIF and followed ES_NIF's switch); a value after a
 * key name that starts with a slash and a directory name ("/Users/Anna/...") is a path, not a base64 secret. Every
 * value is made up.
 */
class Review20bLeadPiiTest {

  private static final PiiDetector D = PiiDetector.standard();

  private static String typeOf(PiiDetector d, String text, String value) {
    int s = text.indexOf(value);
    for (PiiSpan p : d.find(text)) {
      if (p.start() == s && p.end() == s + value.length()) {
        return p.type();
      }
    }
    return null;
  }

  @Test
  void nieWithDashBeforeItsLetterIsEsNie() {
    assertEquals(PiiEntity.ES_NIE, typeOf(D, "NIE: Y4417203-K", "Y4417203-K"));
    assertEquals(PiiEntity.ES_NIE, typeOf(D, "Titular con NIE X4417203-F, Valencia", "X4417203-F"));
    // a DNI in the same layout stays ES_NIF
    assertEquals(PiiEntity.ES_NIF, typeOf(D, "DNI: 12345678-Z", "12345678-Z"));
  }

  @Test
  void nieWithDashFollowsTheEsNieSwitch() {
    PiiDetector noNie = PiiDetector.builder().without(PiiEntity.ES_NIE).build();
    List<PiiSpan> spans = noNie.find("NIE: Y4417203-K");
    assertTrue(spans.isEmpty(), spans::toString);
    PiiDetector onlyNie = PiiDetector.builder().entities(Set.of(PiiEntity.ES_NIE)).build();
    assertEquals(PiiEntity.ES_NIE, typeOf(onlyNie, "NIE: Y4417203-K", "Y4417203-K"));
  }

  @Test
  void slashFirstPathUnderAKeyIsNoSecret() {
    for (String t : new String[] {"api_key: /Users/Anna/Downloads/key2024", "secret=/home/Deploy/keys/Prod2024x",
        "token: \"/Srv/Tokens/releaseKey2024\""}) {
      for (PiiSpan p : D.find(t)) {
        assertTrue(!p.type().equals(PiiEntity.API_KEY), () -> t + " -> " + p);
      }
    }
    // the lead's case still holds: a base64 secret whose first character is a slash
    String t = "NEXTAUTH_SECRET=/Jk52m6Tq9vLz8Pw3Xr4Ya7Nb";
    assertEquals(PiiEntity.API_KEY, typeOf(D, t, "/Jk52m6Tq9vLz8Pw3Xr4Ya7Nb"));
  }

  /**
   * askedIdBefore's last 64 characters (when a phone word stands further back) start at a word's start: "Martin" cut
   * to "tin" (the TIN word) named the valid Steuer-ID after it, as "Marti" or "Mart" did not.
   */
  @Test
  void nearCutStartsAtAWord() {
    String t = "Ruf mich bitte auf dem Handy an.\nMartin und Lena Mar sagt, die Nummer vom Finanzamt steht im Brief: "
        + "13459862331";
    for (PiiSpan p : D.find(t)) {
      assertTrue(!p.type().equals(PiiEntity.DE_TAX_ID), () -> p.toString());
    }
  }

  /** A compound "…nummer" named by whose number it is (office, private, home) still names a phone. */
  @Test
  void ownersPhoneNumberCompoundsStayPhoneWords() {
    String[][] cases = {{"Büronummer 030 1234567", "030 1234567"},
        {"Mijn privénummer is 06 12345678", "06 12345678"}};
    for (String[] c : cases) {
      assertEquals(PiiEntity.PHONE_NUMBER, typeOf(D, c[0], c[1]), c[0]);
    }
  }
}
