package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.aisec.data.pii.PiiDetector;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * {@link Names#lowerDead}: for a word it accepts, the full name path ({@link Names#scan}) finds nothing and returns the
 * word's end in every context the engine's word loop skips it in (no quote or {@code <} before; end, white space or
 * {@code , ; ! ? )} after), including after cue words and before verbs, where the loop used to send every word to the
 * full path.
 */
class LowerDeadTest {

  /** Listed first names, surnames, places, cue and verb words, common, stop and English words, chat words. */
  private static final String[] WORDS = {"sarah", "emily", "keeva", "rodriguez", "victoria", "jordan", "will", "mark",
      "april", "may", "june", "paris", "lisbon", "rotterdam", "valencia", "rose", "grace", "bill", "the", "with", "and",
      "said", "says", "dear", "thanks", "regards", "report", "shows", "quarterly", "percent", "attached", "notes",
      "latency", "uptime", "contact", "card", "order", "version", "million", "while", "running", "quickly", "named",
      "lol", "oye", "hey", "hello", "smith", "johnson", "nielsen", "kowalski", "berlin", "london", "street", "mail",
      "example", "product", "engineering", "europe", "costa", "rica", "santander", "monzo", "tesla", "apollo", "cher",
      "ben", "mia", "sera", "ora", "son", "via", "rue", "calle", "dottoressa", "signora", "mr", "mrs", "dr", "ms",
      "maria", "gonzalez", "pablo", "kevin", "lena", "tim", "steffi", "birthe", "mika", "zoe", "abc", "xyz",
      "quantum", "zxqv", "amsterdam", "florence", "georgetown", "summarise", "schedule", "review"};

  private static final String[] LEFT = {"", "x ", "hi ", "hey ", "lol ", "oye ", "dear ", "my name is ", "i'm ",
      "this is ", "with ", "and ", "to ", "in ", "from ", "a ", "o ", "em ", "met ", "call ", "mr ", "mrs ", "dr ",
      "Dear ", "Hello ", "\n", "name,city\n", "[15:48] ", "j'ai appelé ", "kannst du ", "with emily ", "ask ",
      "The ", ". ", "regards,\n", "| ", "user: ", "ceo ", "gentile dottoressa ", "two ", "2 "};

  private static final String[] RIGHT = {"", " ", " said hello", " is here", " was late", ", and", " went home",
      "!", "?", ")", "\n", " will call", " has left", " rodriguez", " Smith", " de Wit", " 's", " sent it", " 42",
      " street", ", Italy", " <a@b.org>", " and tim", "\r\n", "\t", ";"};

  private static Engine engine() throws Exception {
    PiiDetector d = PiiDetector.standard();
    Field f = PiiDetector.class.getDeclaredField("engine");
    f.setAccessible(true);
    return (Engine) f.get(d);
  }

  private static void check(Engine eng, String w, String left, String right) {
    String t = left + w + right;
    int s = left.length();
    int e = s + w.length();
    if (!NameLower.lowerDead(t, s, e)) {
      return;
    }
    Hits h = new Hits();
    int r = Names.scan(eng, t, s, h);
    assertEquals(0, h.n, () -> "a candidate in " + t);
    assertEquals(e, r, () -> "end in " + t);
  }

  @Test
  void deadWordsGiveNothingInAnyContext() throws Exception {
    Engine eng = engine();
    int dead = 0;
    for (String w : WORDS) {
      if (NameLower.lowerDead(w, 0, w.length())) {
        dead++;
      }
      for (String left : LEFT) {
        for (String right : RIGHT) {
          check(eng, w, left, right);
        }
      }
    }
    assertTrue(dead > 20 && dead < WORDS.length - 20, "dead " + dead);
  }

  @Test
  void randomWordsInRandomContexts() throws Exception {
    Engine eng = engine();
    qt().withFixedSeed(20261127L).withExamples(30_000)
        .forAll(MemoTest.lowerWord(), integers().between(0, LEFT.length - 1), integers().between(0, RIGHT.length - 1))
        .checkAssert((w, l, r) -> check(eng, w, LEFT[l], RIGHT[r]));
  }

  @Test
  void namesAndCuedWordsAreNotDead() {
    // listed first names, surnames and places can be names after a cue, so the full path must see them
    for (String w : new String[] {"sarah", "emily", "rodriguez", "lisbon", "rotterdam", "keeva"}) {
      assertEquals(false, NameLower.lowerDead(w, 0, w.length()), w);
    }
    for (String w : new String[] {"attached", "running", "quickly", "the", "while"}) {
      assertTrue(NameLower.lowerDead(w, 0, w.length()), w);
    }
  }
}
