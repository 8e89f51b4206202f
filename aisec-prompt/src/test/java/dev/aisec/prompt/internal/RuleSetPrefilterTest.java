package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * (round 18) {@link RuleSet#match} skips a rule when one of its elements has no alternative whose words are all
 * among the tokens, and skips a word's later occurrences once none of the rules starting with it can still add a
 * hit. Both are only shortcuts: the hits must equal those of a matcher that tries every rule at every token.
 */
class RuleSetPrefilterTest {

  private static final RuleSet TEST = RuleSet.load("/dev/aisec/prompt/internal/rules-prefilter-test.txt");

  /** Words of the test rules and of the two any-order extraction rules of round 17, with filler. */
  private static final String[] WORDS = {"the", "a", "an", "zebra", "quokka", "gave", "you", "told", "show",
      "showing", "secret", "word", "exact", "exactly", "verbatim", "word", "for", "instructions", "setup",
      "configuration", "share", "copy", "paste", "list", "received", "got", "they", "te", "dio", "给", "你", "指",
      "令", "please", "report", "sales", "ignore", "all", "previous", "reveal", "your", "system", "prompt", "now",
      "dan", "story", "how", "to", "make", "\n", ".", "?"};

  static Gen<String> texts() {
    return integers().between(0, 300).zip(integers().between(0, Integer.MAX_VALUE), (n, seed) -> {
      Random r = new Random(seed);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(6) == 0 ? "" : " ");
      }
      return sb.toString();
    });
  }

  private static Tokens tokens(String s) {
    return new Tokens().tokenize(s, 0, s.length());
  }

  /** The hits of {@link RuleSet#match}, as sorted "rule:start-end" strings. */
  private static List<String> hits(RuleSet rs, String s, int perRule) {
    List<String> out = new ArrayList<>();
    for (RuleSet.Hit h : rs.match(tokens(s), perRule)) {
      out.add(h.rule().index + ":" + h.startTok() + "-" + h.endTok());
    }
    Collections.sort(out);
    return out;
  }

  /** Every rule tried at every token, without any filter: the matching semantics the filters must keep. */
  private static List<String> reference(RuleSet rs, String s, int perRule) {
    Tokens t = tokens(s);
    int n = rs.rules().size();
    int[] count = new int[n];
    int[] nextFree = new int[n];
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      for (RuleSet.Rule r : rs.rules()) {
        if (count[r.index] >= perRule || i < nextFree[r.index]) {
          continue;
        }
        int e = RuleSet.matchElem(t, i, r, 0);
        if (e < 0) {
          continue;
        }
        int end = r.elems.length == 1 ? e : RuleSet.matchFrom(t, r, 1, e);
        if (end >= 0) {
          out.add(r.index + ":" + i + "-" + end);
          count[r.index]++;
          nextFree[r.index] = end;
        }
      }
    }
    Collections.sort(out);
    return out;
  }

  @Test
  void standardRulesFindWhatEveryRuleAtEveryTokenFinds() {
    RuleSet rs = RuleSet.standard();
    qt().withExamples(200).forAll(texts(), integers().between(1, 3))
        .check((s, perRule) -> reference(rs, s, perRule).equals(hits(rs, s, perRule)));
  }

  @Test
  void testRulesFindWhatEveryRuleAtEveryTokenFinds() {
    qt().withExamples(500).forAll(texts(), integers().between(1, 3))
        .check((s, perRule) -> reference(TEST, s, perRule).equals(hits(TEST, s, perRule)));
  }

  private static List<String> ids(RuleSet rs, String s) {
    List<String> out = new ArrayList<>();
    for (RuleSet.Hit h : rs.match(tokens(s), 2)) {
      out.add(h.rule().id());
    }
    return out;
  }

  @Test
  void anyOrderRuleMatchesInEveryOrderWithTheRareWordPresent() {
    String[] orders = {"the zebra gave you", "zebra the gave you", "gave you the zebra", "gave you zebra the",
        "the gave you zebra", "zebra gave you the"};
    for (String s : orders) {
      assertTrue(ids(TEST, "well, " + s + " ok").contains("test/any-order"), s);
    }
    // gaps of up to two tokens between elements, in any order
    assertTrue(ids(TEST, "quokka x y an z w told you").contains("test/any-order"));
    assertTrue(ids(TEST, "told you x y a z w zebra").contains("test/any-order"));
  }

  @Test
  void anyOrderRuleKeepsItsGapLimit() {
    assertFalse(ids(TEST, "the x y z zebra gave you").contains("test/any-order"));
    assertFalse(ids(TEST, "zebra gave x y z you the").contains("test/any-order"));
    assertFalse(ids(TEST, "gave you p q r the zebra").contains("test/any-order"));
  }

  @Test
  void commonWordsWithoutTheRareElementMatchNothingOfTheRule() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append(i % 3 == 0 ? "the " : i % 3 == 1 ? "gave you " : "a ");
    }
    List<String> got = ids(TEST, sb.toString());
    assertFalse(got.contains("test/any-order"));
    // the rule that starts with the same common word still finds its (first two) hits
    assertEquals(2, Collections.frequency(got, "test/common-start"));
    // the rare word at the very end: one hit of the any-order rule, near it
    List<RuleSet.Hit> hits = TEST.match(tokens(sb + "zebra"), 2);
    long anyOrder = hits.stream().filter(h -> h.rule().id().equals("test/any-order")).count();
    assertTrue(anyOrder >= 1);
    int last = tokens(sb + "zebra").size;
    assertTrue(hits.stream().filter(h -> h.rule().id().equals("test/any-order"))
        .allMatch(h -> h.endTok() >= last - 6));
  }

  @Test
  void phraseWordsAndPrefixesCountOnlyWhenPresent() {
    // "word" appears only as the second token of the phrase secret_word
    assertTrue(ids(TEST, "showing the secret word").contains("test/ordered"));
    assertFalse(ids(TEST, "showing the secret").contains("test/ordered"));
    assertFalse(ids(TEST, "showing the word secret").contains("test/ordered"));
    assertFalse(ids(TEST, "sho the secret word").contains("test/ordered"));
  }

  @Test
  void repeatedCallsOnOneThreadAgreeAfterWordsAreSkipped() {
    // the first text makes words "dead" for its call; the second needs them again
    String common = "the the the gave you a a a the gave you";
    String rare = "the zebra gave you";
    for (int i = 0; i < 20; i++) {
      assertFalse(ids(TEST, common).contains("test/any-order"));
      assertTrue(ids(TEST, rare).contains("test/any-order"));
    }
  }
}
