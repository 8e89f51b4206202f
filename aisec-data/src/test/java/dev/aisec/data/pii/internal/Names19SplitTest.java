package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Round 19 (names19): Names was split into package-private helpers; the thin methods left in Names for Engine's
 * calls must answer exactly as the helpers they delegate to, at every position of a few mixed texts.
 */
class Names19SplitTest {

  private static final String[] TEXTS = {
    "Hi, my name is Anna Berg and I live at Hauptstraße 5, 10115 Berlin. Call me on 12 March.",
    "Dear Mr. Smith, thanks! Regards, john said he met sarah at Rua Mina 50 on Friday 3 May 2024.",
    "On Mon, 4 Mar 2024, Pedro wrote: ciao chiara, ci vediamo il 14 febbraio? 432 Seiten, 1000 Mbps.",
  };

  @Test
  void delegatesAnswerAsTheirHelpers() {
    for (String t : TEXTS) {
      for (int i = 0; i < t.length(); i++) {
        assertEquals(NameCues.prevIsCue(t, i), Names.prevIsCue(t, i), t + " @" + i);
        assertEquals(NameCues.nextIsVerb(t, i), Names.nextIsVerb(t, i), t + " @" + i);
        assertEquals(NameDates.replyHeader(t, i), Names.replyHeader(t, i), t + " @" + i);
        assertEquals(NameStreets.mayStartStreetPrefix(t, i), Names.mayStartStreetPrefix(t, i), t + " @" + i);
        assertEquals(NameStreets.prefixStreet(t, i, true), Names.prefixStreet(t, i, true), t + " @" + i);
        assertEquals(NameStreets.prefixStreet(t, i, false), Names.prefixStreet(t, i, false), t + " @" + i);
        int e = NameWords.letters(t, i);
        if (e > i) {
          assertEquals(NameCues.cueWord(t, i, e), Names.cueWord(t, i, e), t + " @" + i);
          assertEquals(NameCues.verbWord(t, i, e), Names.verbWord(t, i, e), t + " @" + i);
          assertEquals(NameWords.englishWord(t, i, e), Names.englishWord(t, i, e), t + " @" + i);
          assertEquals(NameStreets.countUnit(t, i, e), Names.countUnit(t, i, e), t + " @" + i);
        }
      }
    }
  }
}
