package dev.aisec.data.pii.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of a list of cue phrases (each {@code " w1 ... wn "}) a cleaned left context ends with, by looking up
 * only the cues whose last word is the context's last word instead of testing every cue. Gives exactly the index the
 * linear scan {@code for k: if left.endsWith(cues[k]) return k} would (or the highest such index when
 * {@code highestFirst}). Immutable and thread-safe.
 */
final class CueIndex {

  private final String[] cues;
  /** The cues' last words, probed by range, and per word id the cue indexes to test in order. */
  private final RangeKeys lastWords;
  private final int[][] byLastWord;

  CueIndex(String[] cues, boolean highestFirst) {
    this.cues = cues.clone();
    Map<String, List<Integer>> m = new HashMap<>();
    for (int k = 0; k < cues.length; k++) {
      if (!cues[k].startsWith(" ") || !cues[k].endsWith(" ") || lastWord(cues[k]) == null) {
        throw new IllegalArgumentException("cues[" + k + "] must be ' words '");
      }
      m.computeIfAbsent(lastWord(cues[k]), x -> new ArrayList<>()).add(k);
    }
    List<String> words = new ArrayList<>(m.keySet());
    lastWords = new RangeKeys(words);
    byLastWord = new int[words.size()][];
    for (int id = 0; id < words.size(); id++) {
      List<Integer> l = m.get(words.get(id));
      int[] a = new int[l.size()];
      for (int j = 0; j < a.length; j++) {
        a[j] = l.get(highestFirst ? a.length - 1 - j : j);
      }
      byLastWord[id] = a;
    }
  }

  /** The last space-separated word of {@code s}, ignoring one trailing space ({@code null} if none). */
  private static String lastWord(String s) {
    int end = s.endsWith(" ") ? s.length() - 1 : s.length();
    int start = s.lastIndexOf(' ', end - 1) + 1;
    return end > start ? s.substring(start, end) : null;
  }

  int find(String left) {
    // every cue ends with a word and one space, so a match needs the same last word (found by range, no substring)
    int end = left.length() - 1;
    if (end < 0 || left.charAt(end) != ' ') {
      return -1;
    }
    int start = left.lastIndexOf(' ', end - 1) + 1;
    if (end <= start) {
      return -1;
    }
    int id = lastWords.id(left, start, end);
    if (id < 0) {
      return -1;
    }
    int[] ks = byLastWord[id];
    for (int k : ks) {
      if (left.endsWith(cues[k])) {
        return k;
      }
    }
    return -1;
  }

  /**
   * {@link #find(String)} of a cleaned side that is no string (round 22: {@code Context.RuleWindow}'s sides): the
   * same steps, with the string methods spelled out.
   */
  int find(CharSequence left) {
    if (left instanceof String) {
      return find((String) left);
    }
    int end = left.length() - 1;
    if (end < 0 || left.charAt(end) != ' ') {
      return -1;
    }
    int start = end - 1;
    while (start >= 0 && left.charAt(start) != ' ') {
      start--;
    }
    start++;
    if (end <= start) {
      return -1;
    }
    int id = lastWords.id(left, start, end);
    if (id < 0) {
      return -1;
    }
    int[] ks = byLastWord[id];
    for (int k : ks) {
      if (endsWith(left, cues[k])) {
        return k;
      }
    }
    return -1;
  }

  /** {@code s.toString().endsWith(suffix)} without the string. */
  static boolean endsWith(CharSequence s, String suffix) {
    int off = s.length() - suffix.length();
    if (off < 0) {
      return false;
    }
    for (int j = 0; j < suffix.length(); j++) {
      if (s.charAt(off + j) != suffix.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
