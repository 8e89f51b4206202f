package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.Validators;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 22 (pii22speed): the speed steps of the dense path against the code they replace, on random texts built to
 * hit their edges: the allocation-free label test of {@link Engine#otherNumberLabel} and the per-position memo of
 * {@link Engine#keyOrColumn} (the key or SQL column of a value).
 */
class Pii22sSpeedTest {

  /** Label words, prepositions, number words and their case and Unicode look-alikes, separators and digits. */
  private static final String[] LABEL_PIECES = {"nr", "Nr", "NR", "no", "No", "n\u00b0", "N\u00ba", "de", "De",
      "DE", "di", "du", "del", "DEL", "d\u0130", "\u0130", "K", "\u212a", "n\u00famero", "N\u00famero", "numero",
      "num\u00e9ro", "Bestellnr", "Telnr", "Kundennummer", "Handynummer", "expediente", "Pedido", "and", "und", "et",
      "Tel", "order", "Order", " ", " ", " ", ".", ":", "#", "-", "\n", "4111", "1111", "020", "7946", "x"};

  /** {@code Engine.otherNumberLabel} as it was before round 22 (made two strings for the word and preposition). */
  static boolean otherNumberLabelBefore(CharSequence t, int s) {
    int k = s;
    int lim = Math.max(0, s - 60);
    while (k > lim && s - k < 4 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == ':' || t.charAt(k - 1) == '#'
        || t.charAt(k - 1) == '.')) {
      k--;
    }
    int we = k;
    while (k > lim && (Character.isLetter(t.charAt(k - 1)) || t.charAt(k - 1) == '°' || t.charAt(k - 1) == 'º')) {
      k--;
    }
    int ws = k;
    if (ws == we || ws > 0 && (Character.isLetterOrDigit(t.charAt(ws - 1)) || t.charAt(ws - 1) == '-')) {
      // no word, or a hyphenated compound ("Tel.-Nr."): read as its parts below only when plain
      if (ws == we || t.charAt(ws - 1) != '-') {
        return false;
      }
    }
    int wl = we - ws;
    if (wl > 6 && Engine.endsWithLower(t, we, "nummer") || wl > 4 && Engine.endsWithLower(t, we, "nr")) {
      // (round 20: also the short compounds "Bestellnr", "Mitgliedsnr"; "Telnr" and "Handynr" start with a phone stem)
      return !Engine.phoneStem(Engine.lowerWord(t, ws, we));
    }
    if (wl != 2 && !(wl >= 3 && ws >= 4 && t.charAt(ws - 1) == ' ')) {
      return false; // (no allocation for the common case: the word before is no label of these shapes)
    }
    String w = Engine.lowerWord(t, ws, we);
    if (w.equals("nr") || w.equals("no") || w.equals("n°") || w.equals("nº")) {
      if (we >= t.length() || t.charAt(we) != '.' && !w.startsWith("n°") && !w.startsWith("nº")
          && !w.equals("nr")) {
        return false; // "no" without its dot is the English word
      }
      int pe = ws;
      while (pe > lim && (t.charAt(pe - 1) == ' ' || t.charAt(pe - 1) == '.' || t.charAt(pe - 1) == '-')) {
        pe--;
      }
      int ps = pe;
      while (ps > lim && Character.isLetter(t.charAt(ps - 1))) {
        ps--;
      }
      if (ps == pe || ps > 0 && Character.isLetterOrDigit(t.charAt(ps - 1))) {
        return false;
      }
      String p = Engine.lowerWord(t, ps, pe);
      return p.length() >= 3 && !Engine.phoneStem(p) && !p.equals("and") && !p.equals("und") && !p.equals("et");
    }
    // "número de expediente": the word before is de/di/du/del, and before it the number word
    int pe = ws;
    while (pe > lim && t.charAt(pe - 1) == ' ') {
      pe--;
    }
    int ps = pe;
    while (ps > lim && Character.isLetter(t.charAt(ps - 1))) {
      ps--;
    }
    String prep = Engine.lowerWord(t, ps, pe);
    if (!(prep.equals("de") || prep.equals("di") || prep.equals("du") || prep.equals("del")) || ps == pe) {
      return false;
    }
    int ne = ps;
    while (ne > lim && t.charAt(ne - 1) == ' ') {
      ne--;
    }
    int ns = ne;
    while (ns > lim && (Character.isLetter(t.charAt(ns - 1)) || t.charAt(ns - 1) == '°' || t.charAt(ns - 1) == 'º')) {
      ns--;
    }
    String num = Engine.lowerWord(t, ns, ne);
    return (num.equals("número") || num.equals("numero") || num.equals("numéro") || num.equals("n°")
        || num.equals("nº")) && w.length() >= 3 && !Engine.phoneStem(w);
  }


  private static String text(List<Integer> picks, String[] pieces) {
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      sb.append(pieces[p]);
    }
    return sb.toString();
  }

  /** The label test answers as before at every position of random texts of labels, look-alikes and numbers. */
  @Test
  void otherNumberLabelIsUnchanged() {
    int[] yes = new int[1];
    qt().withFixedSeed(22112026L).withExamples(5_000)
        .forAll(lists().of(integers().between(0, LABEL_PIECES.length - 1)).ofSizeBetween(1, 14))
        .checkAssert(picks -> {
          String t = text(picks, LABEL_PIECES);
          for (int s = 0; s <= t.length(); s++) {
            boolean want = otherNumberLabelBefore(t, s);
            yes[0] += want ? 1 : 0;
            assertEquals(want, Engine.otherNumberLabel(t, s), t + " @" + s);
          }
        });
    assertTrue(yes[0] > 500, "the random texts hold labels: " + yes[0]);
  }

  /** Slots of "number word, space, preposition, space, label, separator, number", each with its near misses. */
  private static final String[][] SLOTS = {
      {"n\u00famero", "N\u00daMERO", "numero", "num\u00e9ro", "N\u00b0", "n\u00ba", "nr", "Tel", "x", "", "4"},
      {" ", "  ", "", ".", "-"},
      {"de", "del", "DEL", "di", "d\u0130", "du", "dl", "d", "le", "", "De"},
      {" ", "  ", "", "\n"},
      {"pedido", "expediente", "Tel", "nr", "Nr", "No", "ab", "Handy", "Bestellnr", "x1", ""},
      {" ", ". ", ": ", "", "#", ".:"},
      {"4111", "020", "", "x"}};

  @Test
  void otherNumberLabelIsUnchangedAfterPrepositions() {
    int[] yes = new int[1];
    qt().withFixedSeed(22112028L).withExamples(5_000)
        .forAll(lists().of(integers().between(0, 1000)).ofSize(SLOTS.length))
        .checkAssert(picks -> {
          StringBuilder sb = new StringBuilder();
          for (int k = 0; k < SLOTS.length; k++) {
            sb.append(SLOTS[k][picks.get(k) % SLOTS[k].length]);
          }
          String t = sb.toString();
          for (int s = 0; s <= t.length(); s++) {
            boolean want = otherNumberLabelBefore(t, s);
            yes[0] += want ? 1 : 0;
            assertEquals(want, Engine.otherNumberLabel(t, s), t + " @" + s);
          }
        });
    assertTrue(yes[0] > 200, "the random texts hold number words before prepositions: " + yes[0]);
  }

  @Test
  void otherNumberLabelExamples() {
    assertTrue(Engine.otherNumberLabel("Bestell Nr. 4711", 12));
    assertTrue(Engine.otherNumberLabel("n\u00famero de expediente 912 345 678", 21));
    assertTrue(Engine.otherNumberLabel("N\u00daMERO DEL pedido 912", 18));
    assertFalse(Engine.otherNumberLabel("Tel. Nr. 030 1234567", 9));
    assertFalse(Engine.otherNumberLabel("card 4111 1111 1111 1111", 5));
    assertTrue(Engine.lowerIs("D\u0130", 0, 2, "di"), "lower-cased as Character.toLowerCase does");
    assertFalse(Engine.lowerIs("DEL", 0, 3, "de"));
  }

  /** SQL dumps, keys, JSON and quoted values, CSV lines, separators and digits. */
  private static final String[] KEY_PIECES = {"INSERT INTO t ", "(", ")", "id", "order_ref", "bsn", "card", ", ",
      ",", " VALUES ", "values", " ", "'", "\"", "4111111111111111", "123456782", "19.99", "\n", ";", "=", ": ",
      "\"bsn\": ", "nhs_number: ", "steuer_id = ", "), (", "`", "x"};

  private static CharSequence plainKey(CharSequence t, int s) {
    CharSequence key = Engine.keyText(t, s);
    return key == null ? Engine.sqlColumn(t, s) : key;
  }

  /**
   * During a scan the memo of the last position gives the key that reading it again gives, whatever order the
   * positions are asked in (each position up to three times in a row, then others, then earlier ones again).
   */
  @Test
  void keyMemoAgreesWithReadingAgain() {
    int[] keyed = new int[1];
    qt().withFixedSeed(22112027L).withExamples(3_000)
        .forAll(lists().of(integers().between(0, KEY_PIECES.length - 1)).ofSizeBetween(1, 24),
            lists().of(integers().between(0, 200)).ofSizeBetween(1, 40))
        .checkAssert((picks, asks) -> {
          String t = text(picks, KEY_PIECES);
          Engine.forgetKeys(true);
          try {
            for (int a : asks) {
              int s = a % (t.length() + 1);
              for (int r = 0; r < 1 + a % 3; r++) {
                CharSequence want = plainKey(t, s);
                CharSequence got = Engine.keyOrColumn(t, s);
                keyed[0] += want != null ? 1 : 0;
                assertEquals(want == null ? null : want.toString(), got == null ? null : got.toString(),
                    t + " @" + s);
              }
            }
          } finally {
            Engine.forgetKeys(false);
          }
        });
    assertTrue(keyed[0] > 1000, "the random texts hold keys and SQL columns: " + keyed[0]);
  }

  @Test
  void keyMemoIsOffOutsideAScanAndForgetsTheText() {
    String sql = "INSERT INTO p (id, bsn) VALUES (1, 123456782)";
    int at = sql.indexOf("123456782");
    assertEquals("bsn", Engine.keyOrColumn(sql, at).toString());
    // a text of the same length at the same position: without the memo (outside a scan) read anew
    String other = "INSERT INTO p (id, xyz) VALUES (1, 123456782)";
    assertEquals("xyz", Engine.keyOrColumn(other, at).toString());
    assertNull(Engine.keyOrColumn("no key here 123456782", 12));
    // a scan turns the memo on and off again, and the memo keeps no text after it
    assertFalse(PiiDetector.standard().scan(sql).isEmpty());
    assertEquals("xyz", Engine.keyOrColumn(other, at).toString());
  }

  /** An IBAN of country {@code cc} and {@code len} characters with right check digits (body of repeated digits). */
  private static String ibanOf(String cc, int len, int seed) {
    StringBuilder body = new StringBuilder();
    for (int k = 0; k < len - 4; k++) {
      body.append((char) ('0' + (seed + k * 7) % 10));
    }
    StringBuilder num = new StringBuilder(body);
    for (char c : (cc + "00").toCharArray()) {
      num.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
    return cc + (check < 10 ? "0" : "") + check + body;
  }

  /**
   * The IBAN length table (indexed by the country's two capitals) answers as the country map does: for every pair of
   * capitals and every length from 15 to 34, an IBAN with right check digits passes exactly when the map registers
   * that length for the country (and lower-case and spaced forms as the upper-case one).
   */
  @Test
  void ibanLengthTableAgreesWithTheCountryMap() {
    int passed = 0;
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        String cc = "" + a + b;
        for (int len = 15; len <= 34; len++) {
          String iban = ibanOf(cc, len, a + b + len);
          boolean want = Validators.ibanLength(cc) == len;
          assertEquals(want, Validators.iban(iban), iban);
          assertEquals(want, Validators.iban(iban.toLowerCase(java.util.Locale.ROOT)), iban);
          assertEquals(want, Validators.iban(iban.substring(0, 4) + " " + iban.substring(4)), iban);
          passed += want ? 1 : 0;
        }
      }
    }
    assertTrue(passed > 80, "every registered country has one length: " + passed);
  }

  @Test
  void checkWeightsAreThoseOfTheStandards() {
    assertTrue(Validators.auTfn("123456782"));
    assertFalse(Validators.auTfn("123456781"));
    assertTrue(Validators.auAbn("51824753556"));
    assertFalse(Validators.auAbn("51824753557"));
    assertTrue(Validators.iban("DE89 3704 0044 0532 0130 00"));
    assertFalse(Validators.iban("DE89 3704 0044 0532 0130 0"));
  }
}
