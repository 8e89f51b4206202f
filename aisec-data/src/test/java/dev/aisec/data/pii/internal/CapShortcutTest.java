package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.data.pii.PiiDetector;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Names#plainCapWord}, the shortcut of {@link Names#scan} for a capitalised word it proves can give nothing:
 * wherever it answers, the full path adds no candidate and returns the same end; and whole scans with and without the
 * shortcuts ({@link Engine#withShortcuts}) give the same candidates (start, end, type, score, detail) in the same order.
 */
class CapShortcutTest {

  /** Stop, excluded, common, English-spelled words; listed first names, surnames, places; titles, units, dates. */
  private static final String[] WORDS = {"Europe", "Report", "Engineering", "Product", "Team", "Sales", "Review",
      "Version", "Order", "Notes", "Plan", "Summary", "Update", "Office", "Service", "Support", "Manager", "Account",
      "Maria", "Gonzalez", "Smith", "Johnson", "Paris", "Lisbon", "Jordan", "Victoria", "Will", "Mark", "April",
      "May", "June", "Monday", "Street", "Avenue", "Rue", "Calle", "Via", "Suite", "Apt", "Ward", "Room", "Dead",
      "Sea", "Ocean", "North", "South", "New", "York", "Costa", "Rica", "Tesla", "Apollo", "Grace", "Rose", "Sarah",
      "Nielsen", "Robertson", "Kowalski", "Quantum", "Zxqv", "Product", "Running", "Quickly", "Named", "Hello",
      "Dear", "Thanks", "Regards", "Bianchi", "Rossi", "Doctor", "Nurse", "Patient", "Customer", "Dell", "Lidl",
      "Florence", "Amsterdam", "Berlin", "Station", "Airport", "Museum", "Hospital", "Bank", "Group", "Inc", "Ltd",
      "Ab", "Xy", "Abc"};

  private static final String[] LEFT = {"", "x ", "in ", "to ", "the ", "with ", "and ", "for ", "by ", "at ",
      "of ", "on ", "from ", "sales ", "shows ", "report ", "dear ", "hi ", "hey ", "my name is ", "i'm ", "this is ",
      "mr ", "mrs ", "dr ", "gentile dottoressa ", "il sig. ", "dott.ssa ", "estimada licenciada ", "visited ",
      "5b ", "12 ", "12 ab ", "\"", "\"name\": \"", "<", "\n<", "a,", "a;", "\n", ". ", "INFO x ", "| ", "ceo | ",
      "lead engineer | ", "call ", "ask ", "met ", "said ", "ward ", "room ", "called ", "named ", "a ", "o ", "em ",
      "senior manager ", "patient ", "contact: ", "name: ", "nombre: "};

  private static final String[] RIGHT = {"", " ", " grew", " shows", " said hello", " is here", " was late",
      " and tim", " has left", " Smith", " Sea", " 42", " street", " st", " 4b", " rodriguez", " de Wit", " 's",
      " sent it", ", Italy", " <a@b.org>", " is", " will call", ".", ":", "\n", " the plan", " in Paris",
      " about latency", " team", " office", " by", " x", " ab"};

  private static Engine engine(boolean shortcuts) throws Exception {
    PiiDetector d = PiiDetector.standard();
    Field f = PiiDetector.class.getDeclaredField("engine");
    f.setAccessible(true);
    Engine e = (Engine) f.get(d);
    assertTrue(e.shortcuts);
    return shortcuts ? e : e.withShortcuts(false);
  }

  private static int checked;

  private static void check(Engine full, String w, String left, String right) {
    String t = left + w + right;
    int s = left.length();
    int r = Names.plainCapWord(t, s, new Hits());
    if (r < 0) {
      return;
    }
    checked++;
    assertEquals(s + w.length(), r, () -> "end of the word in " + t);
    Hits h = new Hits();
    int q = Names.scan(full, t, s, h);
    assertEquals(0, h.n, () -> "a candidate in " + t);
    assertEquals(r, q, () -> "end in " + t);
  }

  @Test
  void shortcutWordsGiveNothingInAnyContext() throws Exception {
    Engine full = engine(false);
    checked = 0;
    for (String w : WORDS) {
      for (String left : LEFT) {
        for (String right : RIGHT) {
          check(full, w, left, right);
        }
      }
    }
    assertTrue(checked > 500, "shortcut taken " + checked + " times");
  }

  /** A capitalised ASCII word of 1-12 letters (random letters, or a listed word of {@link #WORDS}). */
  @Test
  void randomCapitalisedWordsInRandomContexts() throws Exception {
    Engine full = engine(false);
    qt().withFixedSeed(20261127L).withExamples(30_000)
        .forAll(lists().of(integers().between(0, 25)).ofSizeBetween(2, 11), integers().between(0, LEFT.length - 1),
            integers().between(0, RIGHT.length - 1))
        .checkAssert((letters, l, r) -> {
          StringBuilder w = new StringBuilder();
          w.append((char) ('A' + letters.get(0)));
          for (int k = 1; k < letters.size(); k++) {
            w.append((char) ('a' + letters.get(k)));
          }
          check(full, w.toString(), LEFT[l], RIGHT[r]);
        });
  }

  @Test
  void takenForCommonWordsInsideASentenceOnly() {
    assertEquals(15, Names.plainCapWord("sales in Europe grew", 9, new Hits()));
    assertEquals(15, Names.plainCapWord("it shows Report about", 9, new Hits()));
    assertEquals(20, Names.plainCapWord("the plan Engineering about", 9, new Hits()));
    // not: a first name, a place, a date word, a street prefix; a capital or a digit after; a sentence start
    assertEquals(-1, Names.plainCapWord("ask for Maria about", 8, new Hits()));
    assertEquals(-1, Names.plainCapWord("went to Paris today", 8, new Hits()));
    assertEquals(-1, Names.plainCapWord("due on Monday morning", 7, new Hits()));
    assertEquals(-1, Names.plainCapWord("sales in Europe Engineering", 9, new Hits()));
    assertEquals(-1, Names.plainCapWord("sales in Europe 12", 9, new Hits()));
    assertEquals(-1, Names.plainCapWord("sales. Europe grew", 7, new Hits()));
    assertEquals(-1, Names.plainCapWord("5b Europe grew", 3, new Hits()));
  }

  // ------------------------------------------------------------------ whole scans

  private static final String[] TOKENS = {"the", "report", "shows", "that", "sales", "in", "Europe", "grew", "by",
      "12", "percent", "while", "costs", "fell", "to", "3.4", "million", "and", "team", "will", "review", "2.1", "of",
      "plan", "on", "please", "notes", "for", "order", "#4821", "before", "call", "at", "10:30", "with", "Product",
      "Engineering", "about", "250", "ms", "99.9%", "Q3.", "Maria", "Gonzalez", "Paris", "Sea", "Dead", "dear",
      "dottoressa", "Bianchi", "Street", "42", "Report", "Team", "said", "is", "my", "name", "Smith", "Will", "Monday",
      "jane.doe@example.com", "+44 20 7946 0958", "4111 1111 1111 1111", "536-22-1234", "10.20.30.40",
      "(212) 555-0199", ".", ",", ":", "\n", "\"", "|", "<", ">", "-", "Mr", "Dr.", "INFO", "Visited", "Tesla", "Rue"};

  private static String text(List<Integer> picks, List<Integer> gaps) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < picks.size(); k++) {
      sb.append(TOKENS[picks.get(k)]);
      int g = gaps.get(k % gaps.size());
      sb.append(g < 6 ? " " : g == 6 ? "" : g == 7 ? "\n" : g == 8 ? ", " : ". ");
    }
    return sb.toString();
  }

  private static String candidates(Engine e, String t) {
    Hits h = new Hits();
    e.scan(t, h);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < h.n; k++) {
      sb.append(h.starts[k]).append(' ').append(h.ends[k]).append(' ').append(h.types[k]).append(' ')
          .append(h.scores[k]).append(' ').append(h.details[k]).append('\n');
    }
    return sb.toString();
  }

  @Test
  void randomTextsGiveTheSameCandidates() throws Exception {
    Engine fast = engine(true);
    Engine full = engine(false);
    qt().withFixedSeed(27112026L).withExamples(2_000)
        .forAll(lists().of(integers().between(0, TOKENS.length - 1)).ofSizeBetween(1, 60),
            lists().of(integers().between(0, 9)).ofSizeBetween(1, 7))
        .checkAssert((picks, gaps) -> {
          String t = text(picks, gaps);
          assertEquals(candidates(full, t), candidates(fast, t), () -> t);
        });
  }

  @Test
  void checkSetsGiveTheSameCandidates() throws Exception {
    Engine fast = engine(true);
    Engine full = engine(false);
    List<String> texts = new ArrayList<>();
    texts.add(resource("hard-negatives.txt"));
    for (String set : new String[] {"handset7", "handset8", "handset8b", "handset10", "handset10b", "handset12",
        "handset12b", "handset15", "handset15b", "handset16", "handset16b"}) {
      texts.add(resource(set + ".jsonl"));
    }
    int lines = 0;
    for (String t : texts) {
      for (String line : t.split("\n")) {
        lines++;
        assertEquals(candidates(full, line), candidates(fast, line), line);
      }
      assertEquals(candidates(full, t), candidates(fast, t));
    }
    assertTrue(lines > 500, "lines " + lines);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CapShortcutTest.class.getResourceAsStream("/dev/aisec/data/pii/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
