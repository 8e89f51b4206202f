package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.aisec.data.pii.PiiEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cue masks of a context window computed on the cleaned characters in a buffer ({@link Context#maskOf}, used by
 * {@link Context.Window}) are the masks of the cleaned window string ({@link Context#mask(String, int)}), the
 * computation they replace; a window's lazily built sides are the strings of {@link Context#left} and its right
 * counterpart; a reused window answers as a fresh one.
 */
class ContextMaskTest {

  /** Cue phrases (every one), ordinary words, and characters that clean() treats specially. */
  private static final List<String> TOKENS = new ArrayList<>(Context.PHRASE_MASK.keySet());

  static {
    for (String s : new String[] {"the", "report", "of", "and", "Maria", "Gonzalez", "4111", "1111", "+44", "20",
        "7946", "0958", "jane.doe@example.com", "536-22-1234", "10.20.30.40", "-", ".", "..", "'", "#", "$", "_", "€",
        "£", ",", ":", ";", "(", ")", "/", "é", "Éte", "ß", "İstanbul", "ǅ", "x-y", "-a", "a-", ".b", "b.", "\n",
        "\t", "  ", "ORDER", "Tel.", "D.O.B", "Social-Security", "Mot De Passe", "http 1 1", "v", "12345678901234567890",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}) {
      TOKENS.add(s);
    }
  }

  private static final String[] TYPES = {PiiEntity.PHONE_NUMBER, PiiEntity.CREDIT_CARD, PiiEntity.US_SSN,
      PiiEntity.DATE_TIME, PiiEntity.IP_ADDRESS, PiiEntity.API_KEY, PiiEntity.US_DRIVER_LICENSE,
      PiiEntity.US_PASSPORT, PiiEntity.CRYPTO, PiiEntity.EMAIL_ADDRESS, "NEGATIVE", "MONEY", "NO_SUCH_TYPE"};

  static String text(Random r, int tokens) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < tokens; k++) {
      String tok = TOKENS.get(r.nextInt(TOKENS.size()));
      switch (r.nextInt(4)) {
        case 0:
          tok = tok.toUpperCase(java.util.Locale.ROOT);
          break;
        case 1:
          tok = tok.isEmpty() ? tok : Character.toUpperCase(tok.charAt(0)) + tok.substring(1);
          break;
        default:
          break;
      }
      sb.append(tok);
      int sep = r.nextInt(10);
      sb.append(sep < 6 ? " " : sep == 6 ? "" : sep == 7 ? ", " : sep == 8 ? "-" : ".");
    }
    return sb.toString();
  }

  @Test
  void bufferMasksAreTheStringMasks() {
    Random r = new Random(6);
    long negative = Context.bitOf("NEGATIVE") | Context.bitOf("MONEY");
    for (int n = 0; n < 20_000; n++) {
      String t = text(r, 1 + r.nextInt(n % 10 == 0 ? 120 : 25));
      int from = r.nextInt(t.length() + 1);
      int to = from + r.nextInt(t.length() - from + 1);
      String win = Context.clean(t, from, to);
      long m = Context.maskOf(t, from, to);
      assertEquals(Context.mask(win, 0), m & ~Context.NEAR_NEGATIVE, win);
      assertEquals((Context.mask(win, 2) & negative) != 0, (m & Context.NEAR_NEGATIVE) != 0, win);
      assertEquals(0, Context.mask(win, 0) & Context.NEAR_NEGATIVE, win);
      // a CharSequence that is no String (its characters are copied one by one) gives the same mask
      assertEquals(m, Context.maskOf(new StringBuilder(t), from, to), win);
    }
  }

  @Test
  void windowsAnswerAsTheirStrings() {
    Random r = new Random(7);
    for (int n = 0; n < 5_000; n++) {
      String t = text(r, 1 + r.nextInt(40));
      int s = r.nextInt(t.length() + 1);
      int e = s + r.nextInt(t.length() - s + 1);
      int words = 1 + r.nextInt(5);
      Context.Window w = Context.around(t, s, e, words);
      assertEquals(Context.left(t, s, words), w.left());
      String right = w.right();
      long both = Context.mask(w.left(), 0) | Context.mask(right, 0);
      long left = Context.mask(w.left(), 0);
      long near = Context.mask(w.left(), 2);
      // a fresh window, and windows reused from others built for the same start
      Context.Window fresh = Context.around(t, s, e, words);
      Context.Window viaLeft = Context.around(t, s, e, words, Context.leftOnly(t, s, words));
      Context.Window other = Context.around(t, s, Math.min(t.length(), e + 1), words);
      other.negative(); // masks computed before reuse
      Context.Window viaOther = Context.around(t, s, e, words, other);
      assertSame(fresh, Context.around(t, s, e, words, fresh));
      Context.Window lo = Context.leftOnly(t, s, words, fresh);
      for (Context.Window x : new Context.Window[] {w, fresh, viaLeft, viaOther}) {
        assertEquals(w.left(), x.left());
        assertEquals(right, x.right());
        for (String type : TYPES) {
          long b = Context.bitOf(type);
          assertEquals(b != 0 && (both & b) != 0, x.has(type), type);
          assertEquals(b != 0 && (left & b) != 0, x.hasLeft(type), type);
        }
        long neg = Context.bitOf("NEGATIVE");
        long money = Context.bitOf("MONEY");
        assertEquals((both & (neg | money)) != 0, x.negative());
        assertEquals((both & neg) != 0, x.negativeExceptMoney());
        assertEquals((near & (neg | money)) != 0, x.negativeNear());
      }
      assertEquals(null, lo.right());
      assertEquals(w.left(), lo.left());
      assertEquals((near & (Context.bitOf("NEGATIVE") | Context.bitOf("MONEY"))) != 0, lo.negativeNear());
    }
  }
}
