package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.data.pii.internal.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for round 17 (quality; worked on with {@code handset17t}): a phone number after a payment app's name
 * and an amount with its currency, a PAN after its label with a chat word further on that is also a negative word,
 * birth words of pl, sv, da and no, greetings of nl, pt, it, pl that are no part of the name after them, places after
 * a moving verb, companies (plural endings, "&" pairs, listed banks and firms in business or food context, shops
 * written with "'s" after "the", venues with "'s"); each with harmless twins. Every text is made up here ({@code \n}
 * stands for a line break); none is a line of handset17 or handset17t.
 */
class PiiRound17QualityTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a phone number after a payment app's name, with an amount and its currency between
      "hazme un bizum de 9,90 € al 654 321 987 porfa|654 321 987|PHONE_NUMBER",
      "Bizum 18 eur 691234567|691234567|PHONE_NUMBER",
      "swisha 150 kr till 070-234 56 78|070-234 56 78|PHONE_NUMBER",
      "llámame al 654 321 987 para quedar|654 321 987|PHONE_NUMBER",
      // a PAN after its label; "plz" is also the German postcode word
      "aadhaar 2345 6789 0124 pan AAKPL1234C plz check|AAKPL1234C|IN_PAN",
      // birth words of pl, sv, da, no
      "Jan Kowal, ur. 05.06.1977|05.06.1977|DATE_TIME",
      "Lena Ek, född 1990-01-17|1990-01-17|DATE_TIME",
      "fødselsdato: 12.12.1984|12.12.1984|DATE_TIME",
      // greetings are no part of the name after them
      "Olá Joana,\\nsegue o contrato.|Joana|PERSON",
      "Goedemorgen Pieter,\\nhierbij de stukken.|Pieter|PERSON",
      // places after a moving verb
      "we finally landed in Charlotte at 9|Charlotte|LOCATION",
      "they moved to Florence in May|Florence|LOCATION",
      // a price after the number is no part of it; an ITIN after its label with "#"
      "Bizum 691234567 35€ gracias|691234567|PHONE_NUMBER",
      "ITIN#900781234 attached, order 5512|900781234|US_ITIN",
      // sign-offs of pl and sv before the sender; Polish forms of address and the vocative
      "Dzięki!\\n\\nPozdrawiam\\nTomasz|Tomasz|PERSON",
      "Tack!\\n\\nHälsningar,\\nAstrid|Astrid|PERSON",
      "Szanowna Pani Agnieszko,\\nw załączeniu faktura.|Agnieszko|PERSON",
      "Panie Piotrze, proszę o telefon.|Piotrze|PERSON",
      // people stay people
      "I had lunch with Maria Jones|Maria Jones|PERSON",
      "drinks at Maria's place tonight|Maria|PERSON",
      "Anna & Tom are getting married|Anna|PERSON"})
  void realOnesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // an amount alone is no phone number; an order number stays out
      "Bizum de 12,00 € por el pedido 77812|77812|PHONE_NUMBER",
      // greetings and forms of address are no names; a price is no part of a phone number
      "Olá Joana,\\nsegue o contrato.|Olá|PERSON",
      "Szanowna Pani Agnieszko,\\nw załączeniu faktura.|Pani|PERSON",
      "Caro Giorgio,\\nti scrivo per la fattura.|Caro|PERSON",
      "Bizum 691234567 35€ gracias|35|PHONE_NUMBER",
      "Cześć Ola, jutro o 10?|Cześć|PERSON",
      // places after a moving verb are no persons
      "we finally landed in Charlotte at 9|Charlotte|PERSON",
      // companies named like people
      "They hired Smith Industries for the roof|Smith Industries|PERSON",
      "Audit by Baker & Tilly took two weeks|Baker|PERSON",
      "two tubs of Ben & Jerry's in the freezer|Jerry|PERSON",
      "Goldman Sachs cut its fees|Goldman Sachs|PERSON",
      "grabbed a bottle of Jack Daniel's|Jack Daniel|PERSON",
      "wait by the Nordstrom's entrance|Nordstrom|PERSON",
      "beers at Frank's Tap Bar tonight|Frank|PERSON"})
  void lookAlikesStayOut(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  @Test
  void amountRightBeforeReadsTheCurrency() {
    String a = "bizum 12,50 € → 612345678";
    assertTrue(Engine.amountRightBefore(a, a.indexOf("612")));
    String b = "bizum 45 eur al 612345678";
    assertTrue(Engine.amountRightBefore(b, b.indexOf("612")));
    String c = "pago €15 a 612345678";
    assertTrue(Engine.amountRightBefore(c, c.indexOf("612")));
    String d = "pedido 4471 al 612345678";
    assertFalse(Engine.amountRightBefore(d, d.indexOf("612")));
    String e = "12 Euros y más cosas 612345678";
    assertFalse(Engine.amountRightBefore(e, e.indexOf("612")));
  }

  @Test
  void greetingIsTrimmedOffTheName() {
    String t = "Buonasera Chiara,\nci vediamo domani.";
    List<PiiSpan> spans = PiiDetector.standard().find(t);
    PiiSpan p = spans.stream().filter(s -> s.type().equals(PiiEntity.PERSON)).findFirst().orElseThrow();
    assertEquals("Chiara", t.substring(p.start(), p.end()));
  }
}
