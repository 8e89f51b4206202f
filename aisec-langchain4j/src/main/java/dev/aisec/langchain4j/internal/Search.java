package dev.aisec.langchain4j.internal;

/** Substring search in time linear in text plus pattern (Knuth-Morris-Pratt), for attacker-controlled texts. */
public final class Search {

  private Search() {}

  /** The first index {@code >= from} where {@code pattern} occurs in {@code text}, or -1. */
  public static int indexOf(String text, String pattern, int from) {
    int n = text.length();
    int m = pattern.length();
    if (from < 0) {
      from = 0;
    }
    if (m == 0) {
      return Math.min(from, n);
    }
    if (n - from < m) {
      return -1;
    }
    int[] fail = new int[m];
    for (int i = 1, k = 0; i < m; i++) {
      while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
        k = fail[k - 1];
      }
      if (pattern.charAt(i) == pattern.charAt(k)) {
        k++;
      }
      fail[i] = k;
    }
    for (int i = from, k = 0; i < n; i++) {
      while (k > 0 && text.charAt(i) != pattern.charAt(k)) {
        k = fail[k - 1];
      }
      if (text.charAt(i) == pattern.charAt(k)) {
        k++;
      }
      if (k == m) {
        return i - m + 1;
      }
    }
    return -1;
  }

  /**
   * The last index {@code i} with {@code i + pattern.length() <= end} where {@code pattern} occurs in {@code text}, or
   * -1 (Knuth-Morris-Pratt run from the end: linear time).
   */
  public static int lastIndexOf(String text, String pattern, int end) {
    int m = pattern.length();
    end = Math.min(end, text.length());
    if (m == 0) {
      return Math.max(end, 0);
    }
    if (end < m) {
      return -1;
    }
    // failure function of the reversed pattern: r(j) = pattern.charAt(m - 1 - j)
    int[] fail = new int[m];
    for (int i = 1, k = 0; i < m; i++) {
      while (k > 0 && pattern.charAt(m - 1 - i) != pattern.charAt(m - 1 - k)) {
        k = fail[k - 1];
      }
      if (pattern.charAt(m - 1 - i) == pattern.charAt(m - 1 - k)) {
        k++;
      }
      fail[i] = k;
    }
    for (int i = end - 1, k = 0; i >= 0; i--) {
      while (k > 0 && text.charAt(i) != pattern.charAt(m - 1 - k)) {
        k = fail[k - 1];
      }
      if (text.charAt(i) == pattern.charAt(m - 1 - k)) {
        k++;
      }
      if (k == m) {
        return i;
      }
    }
    return -1;
  }
}
