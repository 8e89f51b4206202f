package dev.aisec.prompt.internal;

import java.util.Arrays;

/**
 * (p16speed) The set of first characters of a few words, as a sorted array: a word whose first character is not in
 * the set cannot start with any of the words, so a list of {@code startsWith}/{@code equals} tests can be skipped.
 */
final class FirstChars {

  private final char[] chars;

  FirstChars(String... words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
      if (sb.indexOf(String.valueOf(w.charAt(0))) < 0) {
        sb.append(w.charAt(0));
      }
    }
    chars = sb.toString().toCharArray();
    Arrays.sort(chars);
  }

  /** Whether one of the words starts with {@code c}. */
  boolean contains(char c) {
    for (char x : chars) {
      if (x == c) {
        return true;
      }
      if (x > c) {
        return false;
      }
    }
    return false;
  }
}
