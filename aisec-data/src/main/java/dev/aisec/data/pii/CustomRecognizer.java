package dev.aisec.data.pii;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user-defined recognizer: a regular expression or a dictionary of words and phrases, reporting one entity type
 * with a fixed score, with an optional validator that must accept the matched value. Immutable and thread-safe.
 *
 * <p>Regular expressions run with {@link java.util.regex}; the caller is responsible for choosing a pattern that
 * cannot backtrack catastrophically (no nested quantifiers). Input longer than {@link #MAX_REGEX_INPUT} characters is
 * scanned in overlapping windows of that size so a pathological pattern stays bounded per window. Dictionary entries
 * match case-insensitively on word boundaries in time linear in the text.
 */
public final class CustomRecognizer {

  /** Window size for regex matching. */
  public static final int MAX_REGEX_INPUT = 65_536;

  private final String type;
  private final double score;
  private final Pattern pattern;
  private final List<String> words;
  private final int maxWords;
  private final java.util.Set<String> dict;
  private final Predicate<String> validator;

  private CustomRecognizer(String type, double score, Pattern pattern, Collection<String> words,
      Predicate<String> validator) {
    if (type == null || !type.matches("[A-Z][A-Z0-9_]{0,63}")) {
      throw new IllegalArgumentException("recognizer.type must be UPPER_SNAKE_CASE, got " + type);
    }
    if (!(score > 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("recognizer.score must be in (0, 1], got " + score);
    }
    this.type = type;
    this.score = score;
    this.pattern = pattern;
    this.validator = validator;
    if (words != null) {
      List<String> w = new ArrayList<>();
      int mx = 1;
      for (String s : words) {
        if (s == null || s.isBlank()) {
          throw new IllegalArgumentException("recognizer.words must not hold blank entries");
        }
        String k = s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        w.add(k);
        mx = Math.max(mx, k.split(" ").length);
      }
      if (w.isEmpty()) {
        throw new IllegalArgumentException("recognizer.words must not be empty");
      }
      this.words = List.copyOf(w);
      this.dict = java.util.Set.copyOf(w);
      this.maxWords = mx;
    } else {
      this.words = List.of();
      this.dict = java.util.Set.of();
      this.maxWords = 0;
    }
  }

  /** A regex recognizer. */
  public static CustomRecognizer regex(String type, String regex, double score) {
    if (regex == null || regex.isEmpty()) {
      throw new IllegalArgumentException("recognizer.regex must not be empty");
    }
    return new CustomRecognizer(type, score, Pattern.compile(regex), null, null);
  }

  /** A dictionary recognizer (case-insensitive, whole words; entries may be phrases). */
  public static CustomRecognizer dictionary(String type, Collection<String> words, double score) {
    if (words == null) {
      throw new IllegalArgumentException("recognizer.words must not be null");
    }
    return new CustomRecognizer(type, score, null, words, null);
  }

  /** A copy that reports a match only when {@code validator} accepts the matched text. */
  public CustomRecognizer withValidator(Predicate<String> v) {
    if (v == null) {
      throw new IllegalArgumentException("recognizer.validator must not be null");
    }
    return new CustomRecognizer(type, score, pattern, pattern == null ? words : null, v);
  }

  /** The type this recognizer reports. */
  public String type() {
    return type;
  }

  void find(CharSequence text, dev.aisec.data.pii.internal.Hits hits) {
    if (pattern != null) {
      int n = text.length();
      int from = 0;
      int lastEnd = -1;
      while (from < n) {
        int to = Math.min(n, from + MAX_REGEX_INPUT);
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
          if (m.end() == m.start() || m.start() < lastEnd) {
            continue;
          }
          if (validator == null || validator.test(m.group())) {
            hits.add(m.start(), m.end(), type, score, "custom pattern");
            lastEnd = m.end();
          }
        }
        if (to == n) {
          break;
        }
        from = to - 1024;
      }
      return;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int best = -1;
      int k = i;
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < maxWords; w++) {
        int s = k;
        while (k < n && Character.isLetterOrDigit(text.charAt(k))) {
          k++;
        }
        if (k == s) {
          break;
        }
        if (w > 0) {
          b.append(' ');
        }
        b.append(text, s, k);
        String cand = b.toString().toLowerCase(Locale.ROOT);
        if (dict.contains(cand) && (validator == null || validator.test(text.subSequence(i, k).toString()))) {
          best = k;
        }
        if (k >= n || text.charAt(k) != ' ') {
          break;
        }
        k++;
      }
      if (best > 0) {
        hits.add(i, best, type, score, "custom dictionary");
        i = best;
      } else {
        i++;
      }
    }
  }
}
