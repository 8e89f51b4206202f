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
 * scanned in windows of that size so a pathological pattern stays bounded per window. Window edges never cut a match:
 * a regex match is at most {@link #maxLength()} characters long (default and upper limit {@link #MAX_MATCH_LENGTH};
 * longer matches are not reported, wherever they lie), the windows overlap by more than that, and a match is taken
 * from the first window that holds it whole. The same holds for {@link PiiDetector#scan(java.io.Reader,
 * java.util.function.Consumer)}, whose stream windows overlap by more than {@link #MAX_MATCH_LENGTH}. Region bounds are
 * transparent, so anchors and look-arounds see the text around a window; only a pattern whose decision depends on
 * more than {@code maxLength} characters after a match start (such as an unbounded greedy {@code .*}) can differ near a
 * window edge. Dictionary entries match case-insensitively on word boundaries in time linear in the text.
 */
public final class CustomRecognizer {

  /** Window size for regex matching. */
  public static final int MAX_REGEX_INPUT = 65_536;

  /** The longest regex match reported (and the default {@link #maxLength()}). */
  public static final int MAX_MATCH_LENGTH = 1_024;

  /** Extra overlap beyond the longest match, for look-arounds and word edges next to it. */
  private static final int MARGIN = 256;

  private final String type;
  private final double score;
  private final Pattern pattern;
  private final List<String> words;
  private final int maxWords;
  private final java.util.Set<String> dict;
  private final Predicate<String> validator;
  private final int maxLength;

  private CustomRecognizer(String type, double score, Pattern pattern, Collection<String> words,
      Predicate<String> validator, int maxLength) {
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
    if (maxLength < 1 || maxLength > MAX_MATCH_LENGTH) {
      throw new IllegalArgumentException("recognizer.maxLength must be in [1, " + MAX_MATCH_LENGTH + "], got "
          + maxLength);
    }
    this.maxLength = maxLength;
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
    return new CustomRecognizer(type, score, Pattern.compile(regex), null, null, MAX_MATCH_LENGTH);
  }

  /** A dictionary recognizer (case-insensitive, whole words; entries may be phrases). */
  public static CustomRecognizer dictionary(String type, Collection<String> words, double score) {
    if (words == null) {
      throw new IllegalArgumentException("recognizer.words must not be null");
    }
    return new CustomRecognizer(type, score, null, words, null, MAX_MATCH_LENGTH);
  }

  /** A copy that reports a match only when {@code validator} accepts the matched text. */
  public CustomRecognizer withValidator(Predicate<String> v) {
    if (v == null) {
      throw new IllegalArgumentException("recognizer.validator must not be null");
    }
    return new CustomRecognizer(type, score, pattern, pattern == null ? words : null, v, maxLength);
  }

  /**
   * A copy whose regex matches are at most {@code maxLength} characters long (1 to {@link #MAX_MATCH_LENGTH});
   * longer matches are not reported.
   */
  public CustomRecognizer withMaxLength(int maxLength) {
    return new CustomRecognizer(type, score, pattern, pattern == null ? words : null, validator, maxLength);
  }

  /** The longest regex match this recognizer reports. */
  public int maxLength() {
    return maxLength;
  }

  /** The type this recognizer reports. */
  public String type() {
    return type;
  }

  /**
   * Regex matches window by window. A non-final window [from, to) takes only matches that start before
   * {@code limit = to - maxLength - MARGIN}: such a match, at most maxLength long, ends well inside the window, so the
   * window edge cannot have cut it. The next window starts at {@code limit}, or after the last match taken when that
   * ends later, which is where {@link Matcher#find()} on the whole text would go on.
   */
  private void findRegex(CharSequence text, dev.aisec.data.pii.internal.Hits hits) {
    int n = text.length();
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int overlap = maxLength + MARGIN;
    int from = 0;
    while (true) {
      int to = Math.min(n, from + MAX_REGEX_INPUT);
      boolean last = to == n;
      int limit = last ? n : to - overlap;
      int next = limit;
      m.region(from, to);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (!last && s >= limit) {
          break; // the next window holds it whole
        }
        if (e == s) {
          continue;
        }
        next = Math.max(next, e); // find() on the whole text goes on after every non-empty match
        if (e - s <= maxLength && (validator == null || validator.test(m.group()))) {
          hits.add(s, e, type, score, "custom pattern");
        }
      }
      if (last) {
        return;
      }
      from = next;
    }
  }

  void find(CharSequence text, dev.aisec.data.pii.internal.Hits hits) {
    if (pattern != null) {
      findRegex(text, hits);
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
