package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.data.pii.PiiDetector;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 20 (pii20speed): the name rules' early exit below the threshold against the plain path. With
 * {@link Engine#withShortcuts} on, a capitalised word that reached the scoring of the name rules without a strong cue
 * and without the display-name floor returns as soon as its score is below 0.2 before the organisation and headline
 * steps (which only lower it). Whole scans of random texts of capitalised common and unknown words, listed names,
 * places, cue words of every strength, verbs, organisation words, possessives, line breaks and e-mail addresses
 * give the same candidates (start, end, type, score, detail) in the same order.
 */
class Pii20sNameFastPathTest {

  private static final String[] TOKENS = {"Product", "Report", "Service", "Team", "Order", "Account", "Project",
      "Support", "Office", "Market", "Window", "Garden", "Summer", "Europe", "Engineering", "Zorvak", "Kelbrin",
      "Maria", "John", "Will", "Grace", "Smith", "Gonzalez", "Baker", "Paris", "London", "Victoria", "Inc", "Ltd",
      "Group", "Bank", "Corp", "GmbH", "Foundation", "University", "Street", "said", "wrote", "shows", "is", "was",
      "called", "'s", "my name is", "name", "Dear", "dear", "Mr", "Dr.", "hi", "Hi", "thanks", "contact", "with",
      "by", "for", "and", "from", "to", "with the", "met", "i am", "regards", "Best regards", "the", "sales", "notes",
      "report", "grew", "in", "at", "of", "review", "will", "team", "12", "250", "10:30", "3.4", "ana@example.org",
      "<g.cook@example.com>", "From:", "Name:", "INFO", "PRODUCT", "ACME", "van", "de", "Jr.", "Q3."};

  private static final String[] GAPS = {" ", " ", " ", " ", " ", ", ", ".\n", "\n", ": ", ". ", "\n\n", " - ",
      "\""};

  private static Engine engine(boolean shortcuts) throws Exception {
    PiiDetector d = PiiDetector.standard();
    Field f = PiiDetector.class.getDeclaredField("engine");
    f.setAccessible(true);
    Engine e = (Engine) f.get(d);
    assertTrue(e.shortcuts);
    return shortcuts ? e : e.withShortcuts(false);
  }

  private static String text(List<Integer> picks, List<Integer> gaps) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < picks.size(); k++) {
      sb.append(TOKENS[picks.get(k)]);
      sb.append(GAPS[gaps.get(k % gaps.size())]);
    }
    return sb.toString();
  }

  @Test
  void randomNameTextsGiveTheSameCandidates() throws Exception {
    Engine fast = engine(true);
    Engine plain = engine(false);
    qt().withFixedSeed(20201128L).withExamples(5_000)
        .forAll(lists().of(integers().between(0, TOKENS.length - 1)).ofSizeBetween(1, 30),
            lists().of(integers().between(0, GAPS.length - 1)).ofSizeBetween(1, 6))
        .checkAssert((picks, gaps) -> {
          String t = text(picks, gaps);
          assertEquals(Pii20sDigitFastPathTest.candidates(plain, t), Pii20sDigitFastPathTest.candidates(fast, t),
              () -> t);
        });
  }

  /** Sentences of lower-case words with one capitalised word after a cue word: the case the exit is for. */
  @Test
  void cueWordSentencesGiveTheSameCandidates() throws Exception {
    Engine fast = engine(true);
    Engine plain = engine(false);
    String[] cues = {"with", "by", "for", "and", "from", "to", "contact", "met", "hi", "thanks", "said", "dear",
        "name", "sung by", "ask for", "via", "per", "best", "am", "told", "mr", "the", "grew"};
    String[] caps = {"Product", "Report", "Service", "Garden", "Window", "Zorvak", "Kelbrin", "Maria", "Smith",
        "Paris", "Europe", "Market", "Summer", "Victoria"};
    String[] after = {"notes", "said", "shows", "wrote", "is", "Inc", "Group", "and", "the", "'s", "Ltd", "was",
        "called", "team", "12", "in", "Bank", "of"};
    qt().withFixedSeed(28112020L).withExamples(3_000)
        .forAll(integers().between(0, cues.length - 1), integers().between(0, caps.length - 1),
            integers().between(0, after.length - 1), integers().between(0, 3))
        .checkAssert((c, w, a, lead) -> {
          String t = new String[] {"the sales ", "", "Title Case Line\n", "report. "}[lead] + cues[c] + " "
              + caps[w] + " " + after[a] + " review notes.";
          assertEquals(Pii20sDigitFastPathTest.candidates(plain, t), Pii20sDigitFastPathTest.candidates(fast, t),
              () -> t);
        });
  }
}
