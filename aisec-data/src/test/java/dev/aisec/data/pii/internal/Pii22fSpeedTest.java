package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Round 22 (pii22free): the speed steps of the round's PII-free path against the code they replace, on random texts
 * built to hit their edges.
 */
class Pii22fSpeedTest {

  private static final String[] WORD_PIECES = {"street", "Street", "STREET", "st", "St.", "st.", "rd", "Rd.", "ave",
      "Ave.", "stra\u00dfe", "Stra\u00dfe", "STRASSE", "strasse", "v\u00e4gen", "V\u00c4GEN", "rue", "Rue", "via",
      "calle", "ulica", "ULICA", "way", "WAY", "court", "close", "\u0130", "i", "x", "-", ".", "'", "e", "a", "d",
      "Europe", "Product", "\u00c9", "\u017f", "K", "\u212a"};

  private static String word(List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      sb.append(WORD_PIECES[p]);
    }
    return sb.toString();
  }

  /**
   * {@code Engine.address}'s last-word test, now {@code Engine.streetWord} on the word's range: the same answer as the
   * lower-cased string looked up in the word list ({@code STREET_WORDS.contains(" " + word + " ")}, the code before
   * round 22) for random words of street words, case changes, non-ASCII letters (dotted capital I, long s, Kelvin
   * sign) and the punctuation an address word may hold.
   */
  @Test
  void streetWordAgreesWithTheLowerCasedStringLookup() {
    int[] yes = new int[1];
    qt().withFixedSeed(22112026L).withExamples(20_000)
        .forAll(lists().of(integers().between(0, WORD_PIECES.length - 1)).ofSizeBetween(1, 3))
        .checkAssert(picks -> {
          String w = word(picks);
          boolean want = Engine.STREET_WORDS.contains(" " + w.toLowerCase(Locale.ROOT) + " ");
          yes[0] += want ? 1 : 0;
          String t = "12 " + w + " x";
          assertEquals(want, Engine.streetWord(t, 3, 3 + w.length()), w);
          assertEquals(want, Engine.streetWord(new StringBuilder(t), 3, 3 + w.length()), w);
        });
    assertTrue(yes[0] > 1000, "the random words hold street words: " + yes[0]);
  }

  /** House number, capitalised words and a street word: found as before; a count and a place word: not. */
  @Test
  void houseNumberAndStreetWordStillFound() {
    PiiDetector d = PiiDetector.standard();
    assertLocation(d, "we met at 221 Baker Street yesterday", "221 Baker Street");
    assertLocation(d, "deliver to 12 Harbour Rd. please", "12 Harbour Rd.");
    assertLocation(d, "wohnt in 17 Linden Stra\u00dfe seit Jahren", "17 Linden Stra\u00dfe");
    for (PiiSpan s : d.scan("sales grew 12 Europe grew by 250 Product notes")) {
      assertTrue(!PiiEntity.LOCATION.equals(s.type()), s.toString());
    }
  }

  private static void assertLocation(PiiDetector d, String text, String want) {
    boolean found = false;
    for (PiiSpan s : d.scan(text)) {
      found |= PiiEntity.LOCATION.equals(s.type()) && text.substring(s.start(), s.end()).equals(want);
    }
    assertTrue(found, text + " -> " + d.scan(text));
  }

  private static final String[] TEXT_PIECES = {"Maria", "Ubul", "Kezia", "Product", "Europe", "Engineering",
      "Grace", "Warouw", "Lohan", "with", "met", "is", "said", "the", "Dr.", " ", " ", " ", ", ", ".\n", ": ", "12",
      "my name is", "called", "from", "Berlin", "Ltd", "Inc"};

  /**
   * The name model's score, remembered in the scan's {@code Hits} by text, start and end: scanning one mutable text,
   * changing it in place (same object, same length, other words) and scanning it again gives what a scan of the new
   * text alone gives (the memo is forgotten at the start of each scan), for random texts of names, common
   * capitalised words and cues.
   */
  @Test
  void nameScoreMemoIsForgottenBetweenScansOfOneMutableText() {
    PiiDetector d = PiiDetector.builder().threshold(0.0).build();
    int[] spans = new int[1];
    qt().withFixedSeed(2211L).withExamples(1_500)
        .forAll(lists().of(integers().between(0, TEXT_PIECES.length - 1)).ofSizeBetween(1, 16),
            lists().of(integers().between(0, TEXT_PIECES.length - 1)).ofSizeBetween(1, 16))
        .checkAssert((a, b) -> {
          String ta = join(a);
          String tb = join(b);
          int n = Math.max(ta.length(), tb.length());
          ta = pad(ta, n);
          tb = pad(tb, n);
          StringBuilder sb = new StringBuilder(ta);
          List<PiiSpan> first = d.scan(sb);
          sb.replace(0, n, tb);
          List<PiiSpan> second = d.scan(sb);
          spans[0] += first.size() + second.size();
          assertEquals(d.scan(ta), first, ta);
          assertEquals(d.scan(tb), second, tb);
        });
    assertTrue(spans[0] > 1000, "the random texts hold candidates: " + spans[0]);
  }

  /**
   * The same memo on pairs of texts that differ in one capitalised word of the same length at the same place, so that
   * a score remembered from the first text would be read for the second word.
   */
  @Test
  void nameScoreMemoDoesNotCarryAWordIntoTheNextScan() {
    PiiDetector d = PiiDetector.builder().threshold(0.0).build();
    String[][] pairs = {{"Kezia", "Qxqxq"}, {"Ubul", "Xkcd"}, {"Warouw", "Zzkkpp"}, {"Lindsay", "Qwrtzpk"},
        {"Keeva", "Bxxrt"}};
    String[] frames = {"met with %s today", "%s, the report", "report by %s grew", "ok %s said", "%s: hi there",
        "12 %s notes", "the %s Engineering plan"};
    for (String[] p : pairs) {
      for (String f : frames) {
        for (int o = 0; o < 2; o++) {
          String a = String.format(f, p[o]);
          String b = String.format(f, p[1 - o]);
          StringBuilder sb = new StringBuilder(a);
          d.scan(sb);
          sb.replace(0, sb.length(), b);
          List<PiiSpan> got = d.scan(sb);
          assertEquals(d.scan(b), got, a + " then " + b);
        }
      }
    }
  }

  private static String join(List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      sb.append(TEXT_PIECES[p]);
    }
    return sb.toString();
  }

  private static String pad(String s, int n) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < n) {
      sb.append(' ');
    }
    return sb.toString();
  }

  private static final String[] SIDE_PIECES = {"my name is", "said", "says", "wrote", "Ltd", "GmbH", "Inc.", "and",
      "the", "of", "from", "in", "at", "call", "Maria", "Stra\u00dfe", "\u00e9t\u00e9", "x-ray", "-", ".", "..",
      "a.b", "e-mail", "'", "#", "$", "\u20ac", "\u00a3", "_", "12", "3.4", " ", " ", "  ", "\n", ", ", ": ", "(",
      ")", "\"", "\u2019", "\u00a0", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "Dr.", "Mr", "Frau",
      "born", "in", "lives", "Bank", "Group", "company"};

  private static String side(List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      sb.append(SIDE_PIECES[p]);
    }
    return sb.toString();
  }

  /**
   * {@code Context.RuleWindow}, the reusable window of the name rules: at every position of random texts (cue and verb
   * phrases, organisation words, punctuation the cleaning drops or keeps, non-ASCII letters, runs longer than a side),
   * its sides hold the characters of {@code Context.around}'s {@code left()} and {@code right()} (also after its right
   * side is moved, as {@code around(t, i, end, 4, w)}), and the cue, place-cue, lower-cue, verb and organisation
   * look-ups give on them what they give on those strings.
   */
  @Test
  void ruleWindowSidesAndLookupsAgreeWithTheWindowStrings() {
    Context.RuleWindow rw = new Context.RuleWindow();
    Gazetteer g = Gazetteer.get();
    int[] hits = new int[1];
    qt().withFixedSeed(2222L).withExamples(3_000)
        .forAll(lists().of(integers().between(0, SIDE_PIECES.length - 1)).ofSizeBetween(1, 24),
            integers().between(0, 1000), integers().between(0, 12))
        .checkAssert((picks, at, len) -> {
          String t = side(picks);
          int i = at % (t.length() + 1);
          int e0 = Math.min(t.length(), i + len);
          int end = Math.min(t.length(), e0 + len);
          for (CharSequence text : new CharSequence[] {t, new StringBuilder(t)}) {
            Context.Window w = Context.around(text, i, e0, 4);
            Context.RuleWindow r = rw.at(text, i, e0, 4);
            String left = w.left();
            assertEquals(left, r.left().toString(), t + " @" + i);
            assertEquals(w.right(), r.right().toString(), t + " @" + i);
            assertEquals(Context.left(text, i, 4), r.left().toString());
            assertEquals(NameCues.cue(left), NameCues.cue(r.left()));
            assertEquals(NameCues.placeCue(left), NameCues.placeCue(r.left()));
            assertEquals(NameCues.lowerCue(left), NameCues.lowerCue(r.left()));
            assertEquals(NameSpans.orgAfter(g, w.right()), NameSpans.orgAfter(g, r.right()));
            assertEquals(NameCues.verbAfter(w.right()), NameCues.verbAfter(r.right()));
            Context.Window wr = Context.around(text, i, end, 4, w);
            Context.RuleWindow rr = r.withRightAt(end);
            assertEquals(wr.left(), rr.left().toString());
            assertEquals(wr.right(), rr.right().toString(), t + " @" + i + "-" + end);
            assertEquals(NameSpans.orgAfter(g, wr.right()), NameSpans.orgAfter(g, rr.right()));
            assertEquals(NameCues.verbAfter(wr.right()), NameCues.verbAfter(rr.right()));
            hits[0] += (NameCues.cue(left) >= 0 ? 1 : 0) + (NameCues.placeCue(left) >= 0 ? 1 : 0)
                + (NameCues.verbAfter(wr.right()) ? 1 : 0) + (NameSpans.orgAfter(g, wr.right()) ? 1 : 0);
          }
        });
    assertTrue(hits[0] > 300, "the random windows hold cues, verbs and organisation words: " + hits[0]);
  }

  /** The reusable window forgets its text and clears its sides when the scan buffer is released. */
  @Test
  void ruleWindowIsWipedOnRelease() {
    Hits h = Hits.acquire();
    Context.RuleWindow w;
    try {
      w = h.ruleWindow().at("we met Maria Rossi said the report", 7, 12, 4);
      assertTrue(w.left().length() > 1);
      assertTrue(w.right().length() > 1);
    } finally {
      h.release();
    }
    Context.Side left = (Context.Side) w.at("", 0, 0, 4).left();
    for (char c : left.buf) {
      if (c != '\0' && c != ' ') {
        throw new AssertionError("a cleaned character survived the release: " + c);
      }
    }
  }
}
