package dev.aisec.prompt.internal;

/**
 * {@code indexOf} limited to a range: a scanner that works on one window of a larger string never reads past the
 * window's end, so scanning many small windows of one big string stays linear in the string's length.
 */
final class BoundedSearch {

  private BoundedSearch() {}

  /** The first index in {@code [from, to)} holding {@code c}, or -1. */
  static int indexOf(String s, char c, int from, int to) {
    if (to >= s.length()) {
      // the range runs to the end: String's own search (vectorised by the JIT) gives the same answer
      return s.indexOf(c, Math.max(0, from));
    }
    int end = Math.min(to, s.length());
    for (int i = Math.max(0, from); i < end; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The first index in {@code [from, to)} where {@code needle} starts (it may end after {@code to}), or -1. */
  static int indexOf(String s, String needle, int from, int to) {
    if (needle.isEmpty()) {
      return from < to ? from : -1;
    }
    if (to >= s.length()) {
      // as above; a match starts before the string's end, so before {@code to}
      return s.indexOf(needle, Math.max(0, from));
    }
    char first = needle.charAt(0);
    int end = Math.min(to, s.length());
    for (int i = Math.max(0, from); i < end; i++) {
      if (s.charAt(i) == first && s.startsWith(needle, i)) {
        return i;
      }
    }
    return -1;
  }
}
