package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.data.pii.internal.Engine;
import dev.aisec.data.pii.internal.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for round 19 (pii19q; worked on with {@code handset19t}): romanised names of the build script's new
 * lists (Japanese, Chinese, Korean, Indian, Nigerian, Ghanaian, Turkish, Polish diminutives) in lower-case chat,
 * name fields of pl/pt/sv/tr forms, digits counting up or down as made-up values, German article numbers, and nouns
 * after a German possessive or article taken by the tagger; each with twins. Every text is made up here ({@code \n}
 * stands for a line break); none is a line of handset19 or handset19t.
 */
class Pii19qQualityTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // lower-case romanised names that the lists now hold, after a cue or before a verb, and chat speakers
      "yesterday i met chinonso at the mall|chinonso|PERSON",
      "ok so ikechukwu said he's coming|ikechukwu|PERSON",
      "kwabena: on my way\\nafua: ok 👍|afua|PERSON",
      // name fields of pl, pt, tr forms
      "Nazwisko: Zawadzka\\nImię: Halina|Zawadzka|PERSON",
      "Sobrenome: Carvalho|Carvalho|PERSON",
      "Soyadı: Yıldırım|Yıldırım|PERSON",
      // a real number stays a number; a counting run right after a phone word is a sample phone number
      "Phone: 312-847-2290|312-847-2290|PHONE_NUMBER",
      "Phone: 123-456-7890|123-456-7890|PHONE_NUMBER",
      "Tel. 0211 4482 190 (Zentrale)|0211 4482 190|PHONE_NUMBER",
      // a name after a greeting in a German mail stays a name
      "vielen Dank für Ihre Nachricht. Gruß, Jana|Jana|PERSON",
      // dashed day-month-year dates of forms and records; German licence-number labels
      "DOB 11-Feb-1974; MRN 55120|11-Feb-1974|DATE_TIME",
      "Geburtsdatum: 03-OCT-1966|03-OCT-1966|DATE_TIME",
      "Führerschein-Nr. K88Z41QW220|K88Z41QW220|US_DRIVER_LICENSE"})
  void realOnesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // digits counting up or down without a phone word: a made-up value
      "NIN: 12345678901|12345678901|PHONE_NUMBER",
      "Kontonummer 0123456789 (Beispiel)|0123456789|PHONE_NUMBER",
      "reference 98765 43210 attached|98765 43210|PHONE_NUMBER",
      // German article numbers
      "Art.-Nr. 4471-552, 19,99 €|4471-552|PHONE_NUMBER",
      "Artikelnummer 0351 4482 19|0351 4482 19|PHONE_NUMBER",
      // a dashed date next to an invoice word; a build tag with a year
      "Invoice date 11-Feb-2026, order 4412|11-Feb-2026|DATE_TIME",
      "build 12-rc-2026 done|12-rc-2026|DATE_TIME",
      // a Dutch verb that a surname list holds is no part of the name before it
      "morgen gaan daan werken|werken|PERSON"})
  void lookAlikesAreLeftAlone(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  @Test
  void nounsAfterAnArticleOrPossessiveAreNoNames() {
    // (the tagger reads these capitalised nouns as names; the rules already lowered them after an article)
    assertNoTypeOn("Hallo Mehmet,\n\nanbei die Unterlagen. Meine Steuer-ID folgt.", "Unterlagen", "PERSON");
    assertNoTypeOn("Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Anfrage. Bitte prüfen Sie", "Anfrage",
        "PERSON");
    assertCovered("Hallo Mehmet,\n\nanbei die Unterlagen.", "Mehmet", "PERSON");
    // a listed first name after an article stays a name ("die Anna" in southern German speech)
    assertTrue(Gazetteer.get().first.contains("anna", 0, 4));
  }

  @Test
  void countingRuns() {
    assertTrue(run("1234567"));
    assertTrue(run("12345678901"));
    assertTrue(run("9876543210"));
    assertTrue(run("8901234"));
    assertFalse(run("123456"));            // too short to be a phone number anyway
    assertFalse(run("1234567891"));        // breaks the count at the end
    assertFalse(run("1234565432"));        // turns
    assertFalse(run("3128472290"));
  }

  @Test
  void romanisedNamesAreListed() {
    Gazetteer g = Gazetteer.get();
    for (String w : new String[] {"babajide", "chinedu", "hiroshi", "tanaka", "kobayashi", "ananya", "kwame"}) {
      assertTrue(g.first.contains(w, 0, w.length()) || g.last.contains(w, 0, w.length()), w);
    }
  }

  private static boolean run(String digits) {
    return Engine.countingRun(digits, new int[] {0}, new int[] {digits.length()}, 0);
  }
}
