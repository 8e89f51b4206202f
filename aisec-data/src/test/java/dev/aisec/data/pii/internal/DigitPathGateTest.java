package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheap gates of the digit path only reject what the test they guard would reject. */
class DigitPathGateTest {

  private static final String[] WORDS = {"rua", "Rue", "RUE", "avenue", "Avenida", "calle", "via", "ul", "ulica",
      "strada", "av", "Boulevard", "piazza", "plaza", "largo", "viale", "allée", "Allée", "quai", "paseo", "corso",
      "percent", "ms", "million", "and", "latency", "Product", "Europe", "rueful", "l'avenue", "a-rue", "Ünter", "ŕue"};

  @Test
  void streetPrefixGateRejectsOnlyWhatPrefixStreetRejects() {
    Random r = new Random(15);
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉ'-. 1";
    int rejected = 0;
    for (int k = 0; k < 100_000; k++) {
      String w;
      if (k % 3 == 0) {
        w = WORDS[r.nextInt(WORDS.length)];
      } else {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < 1 + r.nextInt(8); j++) {
          b.append(letters.charAt(r.nextInt(k % 5 == 0 ? letters.length() : 52)));
        }
        w = b.toString();
      }
      String t = "12 " + w + (r.nextBoolean() ? " des Lilas" : " Garibaldi 12, x");
      boolean may = Names.mayStartStreetPrefix(t, 3);
      int pe = Names.prefixStreet(t, 3, false);
      if (!may) {
        rejected++;
        assertEquals(-1, pe, t);
        assertEquals(-1, Names.prefixStreet(t, 3, true), t);
      }
    }
    assertTrue(rejected > 30_000);
    assertTrue(Names.mayStartStreetPrefix("12 Rue des Lilas", 3));
    assertTrue(Names.prefixStreet("12 Rue des Lilas", 3, false) > 0);
  }
}
