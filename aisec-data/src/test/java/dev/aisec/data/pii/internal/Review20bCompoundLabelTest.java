package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * (review20b) The two hooks of {@link Context#compoundNumberLabel} (in {@link Context#mask} on the cleaned window
 * string and in {@link Context#maskOf} on the scratch buffer) give the same bits for texts made of compound number
 * labels ("Kundnummer", "Objekt-Nr.", "Telnr", "Rückrufnummer"...), their look-alikes and separators.
 */
class Review20bCompoundLabelTest {

  private static final String[] TOKENS = {"Kundnummer", "Bestellnr", "Objekt-Nr.", "Objekt-Nr", "Telefonnummer",
      "Telnr", "Tel-Nr", "Tel.-Nr.", "Mitgliedsnr", "Handynummer", "Schadensfallnummer", "nummer", "nr", "Nr.",
      "Bestell-Nummer", "Rückrufnummer", "Über-Nr", "Kundennummer", "number", "other", "never", "Zählernr",
      "abcnr", "ab-nr", "x1nr", "Kd.Nr", "Servicenummer", "telefoonnummer", "4410-2231", "Nummer", "die", "neue",
      "\n", "-", ".", "_", "ß", "İ"};

  @Test
  void bothHooksAgree() {
    Random r = new Random(2026112820L);
    long phoneNeg = Context.bitOf("PHONE_NEG");
    int negSeen = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int words = 1 + r.nextInt(12);
      for (int k = 0; k < words; k++) {
        String tok = TOKENS[r.nextInt(TOKENS.length)];
        sb.append(r.nextInt(3) == 0 ? tok.toUpperCase(java.util.Locale.ROOT) : tok);
        int sep = r.nextInt(6);
        sb.append(sep < 4 ? " " : sep == 4 ? ": " : "");
      }
      String t = sb.toString();
      int from = r.nextInt(t.length() + 1);
      int to = from + r.nextInt(t.length() - from + 1);
      String win = Context.clean(t, from, to);
      long m = Context.maskOf(t, from, to);
      assertEquals(Context.mask(win, 0), m & ~Context.NEAR_NEGATIVE, win);
      if ((m & phoneNeg) != 0) {
        negSeen++;
      }
    }
    assertTrue(negSeen > 1000, "compound labels exercised: " + negSeen);
  }
}
