package dev.aisec.prompt.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * (p12gen) The words that decide how a leetspeak "1" is read ({@link Tokens}): the ASCII words of the rules'
 * alternatives (exact words, and the stems of prefix alternatives such as {@code polic*}) plus a few common words.
 * A folded word whose "1" read as "l" is such a word, and read as "i" is not, takes the "l" ("a11" → all, "ru1es" →
 * rules, "p01icy" → policy, "10nger" → longer). Built once, lazily; immutable afterwards, so thread-safe.
 */
final class LeetLexicon {

  private static final String[] EXTRA = {"all", "rules", "rule", "longer", "policy", "policies", "filter", "filters",
      "please", "tell", "explain", "leak", "reveal", "illegal", "kill", "follow", "model", "role", "only", "unlimited",
      "unlock", "unlocked", "jailbreak", "jailbroken", "guidelines", "limits", "limit", "also", "will", "still",
      "help", "full", "real", "email", "mail", "tool", "file", "files", "delete", "list", "lines", "line", "like"};

  private LeetLexicon() {}

  private static final class Holder {
    static final Set<String> EXACT = new HashSet<>();
    static final Set<String> PREFIX = new HashSet<>();

    static {
      for (String w : EXTRA) {
        EXACT.add(w);
      }
      for (RuleSet.Rule r : RuleSet.standard().rules()) {
        for (int e = 0; e < r.elems.length; e++) {
          for (int a = 0; a < r.elems[e].length; a++) {
            for (int k = 0; k < r.elems[e][a].length; k++) {
              String w = r.elems[e][a][k];
              if (!ascii(w)) {
                continue;
              }
              (r.prefix[e][a][k] ? PREFIX : EXACT).add(w);
            }
          }
        }
      }
    }

    private static boolean ascii(String w) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (c < 'a' || c > 'z') {
          return false;
        }
      }
      return !w.isEmpty();
    }
  }

  /** Whether {@code w} is a word of the vocabulary, or starts with the stem of a prefix alternative. */
  static boolean known(String w) {
    if (Holder.EXACT.contains(w)) {
      return true;
    }
    for (int n = 3; n <= w.length() && n <= 24; n++) {
      if (Holder.PREFIX.contains(w.substring(0, n))) {
        return true;
      }
    }
    return false;
  }
}
