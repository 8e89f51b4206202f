package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aisec.data.pii.Validators;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-thread digit buffer of the validators holds exactly the groups' digits (what the StringBuilder it replaces
 * held), so the validators answer the same, and it is wiped when the scan's buffer is released.
 */
class DigitBufferTest {

  @Test
  void holdsTheGroupsDigitsAndValidatorsAnswerAsOnAString() {
    Random r = new Random(15);
    DigitBuffer d = new DigitBuffer();
    int[] gs = new int[12];
    int[] ge = new int[12];
    for (int round = 0; round < 20_000; round++) {
      StringBuilder t = new StringBuilder("x ");
      StringBuilder want = new StringBuilder();
      int k = 1 + r.nextInt(round % 100 == 0 ? 12 : 5);
      for (int j = 0; j < k; j++) {
        gs[j] = t.length();
        int len = 1 + r.nextInt(round % 100 == 0 ? 9 : 5);
        for (int q = 0; q < len; q++) {
          char c = (char) ('0' + r.nextInt(10));
          t.append(c);
          want.append(c);
        }
        ge[j] = t.length();
        t.append(" -.".charAt(r.nextInt(3)));
      }
      String text = t.toString();
      CharSequence got = d.of(text, gs, ge, k);
      String w = want.toString();
      assertEquals(w, got.toString());
      assertEquals(w.length(), got.length());
      assertEquals(Validators.luhn(w), Validators.luhn(got), w);
      assertEquals(Validators.cardBrand(w), Validators.cardBrand(got), w);
      assertEquals(Validators.frNir(w), Validators.frNir(got), w);
      assertEquals(Validators.nlBsn(w), Validators.nlBsn(got), w);
      assertEquals(Validators.inAadhaar(w), Validators.inAadhaar(got), w);
      if (w.length() > 2) {
        assertEquals(w.substring(1, 3), got.subSequence(1, 3).toString());
      }
    }
    assertThrows(IndexOutOfBoundsException.class, () -> d.charAt(d.length()));
  }

  @Test
  void wipedWhenTheScanBufferIsReleased() {
    Hits h = Hits.acquire();
    DigitBuffer d;
    try {
      d = h.digits("4111 1111 1111 1111", new int[] {0, 5, 10, 15}, new int[] {4, 9, 14, 19}, 4);
      assertEquals("4111111111111111", d.toString());
    } finally {
      h.release();
    }
    assertEquals(0, d.length());
    assertEquals("", d.toString());
  }
}
