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
  private final Map<String, int[]> byLastWord = new HashMap<>();

  CueIndex(String[] cues, boolean highestFirst) {
    this.cues = cues.clone();
    Map<String, List<Integer>> m = new HashMap<>();
    for (int k = 0; k < cues.length; k++) {
      if (!cues[k].startsWith(" ") || !cues[k].endsWith(" ") || lastWord(cues[k]) == null) {
        throw new IllegalArgumentException("cues[" + k + "] must be ' words '");
      }
      m.computeIfAbsent(lastWord(cues[k]), x -> new ArrayList<>()).add(k);
    }
    for (Map.Entry<String, List<Integer>> en : m.entrySet()) {
      List<Integer> l = en.getValue();
      int[] a = new int[l.size()];
      for (int j = 0; j < a.length; j++) {
        a[j] = l.get(highestFirst ? a.length - 1 - j : j);
      }
      byLastWord.put(en.getKey(), a);
    }
  }

  /** The last space-separated word of {@code s}, ignoring one trailing space ({@code null} if none). */
  private static String lastWord(String s) {
    int end = s.endsWith(" ") ? s.length() - 1 : s.length();
    int start = s.lastIndexOf(' ', end - 1) + 1;
    return end > start ? s.substring(start, end) : null;
  }

  int find(String left) {
    // every cue ends with a word and one space, so a match needs the same last word
    String w = left.endsWith(" ") ? lastWord(left) : null;
    int[] ks = w == null ? null : byLastWord.get(w);
    if (ks == null) {
      return -1;
    }
    for (int k : ks) {
      if (left.endsWith(cues[k])) {
        return k;
      }
    }
    return -1;
  }
}
