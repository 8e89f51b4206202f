package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import static dev.aisec.data.pii.internal.NameLexicon.*;
import static dev.aisec.data.pii.internal.NameContext.prevWordIn;
import static dev.aisec.data.pii.internal.NameLabels.displayNameBefore;
import static dev.aisec.data.pii.internal.NameStreets.streetAround;
import static dev.aisec.data.pii.internal.NameWords.CAP;
import static dev.aisec.data.pii.internal.NameWords.letters;
import static dev.aisec.data.pii.internal.NameWords.shape;

/**
 * Span joining of the name rules: how far a PERSON or LOCATION span reaches once its first word is
 * accepted: runs of capitalised words ({@link #capRun}), place phrases, "First, Second and Third" name
 * lists ({@link #nameList}, which adds the further PERSON hits), display-name runs and sea names. Only
 * {@link #nameList} writes hits; the others return span ends.
 */
final class NameSpans {

  private NameSpans() {}

  /**
   * The end of an e-mail display name starting at {@code i}: two or three capitalised words (a listed first name
   * first, then listed names or words that are no English words; no organisation word) followed by {@code " <local@domain>"}, where the local part contains
   * one of the words (3+ letters, any case); or -1.
   */
  static int displayNameRun(Gazetteer g, CharSequence t, int i, int e0) {
    int n = t.length();
    int end = e0;
    int words = 1;
    while (words < 3 && end + 2 < n && t.charAt(end) == ' ' && Character.isUpperCase(t.charAt(end + 1))) {
      int ne = letters(t, end + 1);
      if (ne - end - 1 < 2 || shape(t, end + 1, ne) != CAP) {
        break;
      }
      end = ne;
      words++;
    }
    if (words < 2 || !displayNameBefore(t, end)) {
      return -1;
    }
    int ls = end + 2;
    int le = ls;
    while (le < n && le - ls < 64 && t.charAt(le) != '@') {
      le++;
    }
    boolean listed = false;
    boolean inLocal = false;
    int w = i;
    while (w < end) {
      int we = letters(t, w);
      if (g.org.contains(t, w, we) || w == i && (!g.first.contains(t, w, we)
          || JOB_WORDS.contains(t, w, we)) || w > i && !g.last.contains(t, w, we) && !g.first.contains(t, w, we)
          && g.english.contains(t, w, we)) {
        return -1; // "Sales Team", "Acme Billing": no display name of a person
      }
      listed = true;
      if (!inLocal && we - w >= 3) {
        for (int q = ls; q + (we - w) <= le; q++) {
          int m = 0;
          while (m < we - w && WordSet.lower(t.charAt(q + m)) == WordSet.lower(t.charAt(w + m))) {
            m++;
          }
          if (m == we - w) {
            inLocal = true;
            break;
          }
        }
      }
      w = we + 1;
    }
    return listed && inLocal ? end : -1;
  }

  /**
   * The end of a sea name at {@code i}: "the" (or a de or nl article) before, one capitalised word, a
   * space and a capitalised sea word, not followed by another capitalised word ("the Dead Sea Scrolls" is a title);
   * or -1.
   */
  static int seaName(CharSequence t, int i, int e0) {
    int n = t.length();
    if (e0 + 4 > n || t.charAt(e0) != ' ' || !Character.isUpperCase(t.charAt(e0 + 1))) {
      return -1;
    }
    int se = letters(t, e0 + 1);
    if (se - e0 - 1 < 3 || se - e0 - 1 > 5 || !SEA_WORDS.contains(t, e0 + 1, se)
        || !Character.isUpperCase(t.charAt(e0 + 1)) || !prevWordIn(t, i, THE_WORDS)) {
      return -1;
    }
    if (se < n && Character.isLetterOrDigit(t.charAt(se))) {
      return -1;
    }
    if (se + 1 < n && t.charAt(se) == ' ' && Character.isUpperCase(t.charAt(se + 1))) {
      return -1;
    }
    return se;
  }

  /** "Hleb, Sheila, Donna and Sherry": list items after a found name are names when they look like one. */
  static int nameList(Gazetteer g, CharSequence t, int end, int shape0, Hits h) {
    int n = t.length();
    int k = end;
    for (int items = 0; items < 12; items++) {
      int q = k;
      if (q + 1 < n && t.charAt(q) == ' ' && t.charAt(q + 1) == ',') {
        q++; // "Hughes , Rea": a space before the comma
      }
      if (q < n && t.charAt(q) == ',') {
        q++;
      }
      while (q < n && t.charAt(q) == ' ') {
        q++;
      }
      if (q + 4 < n && t.charAt(q) == 'a' && t.charAt(q + 1) == 'n' && t.charAt(q + 2) == 'd'
          && t.charAt(q + 3) == ' ') {
        q += 4;
      }
      if (q == k || q >= n || !Character.isUpperCase(t.charAt(q))) {
        return k;
      }
      int we = letters(t, q);
      if (we - q < 2 || shape(t, q, we) != shape0 || g.stop.contains(t, q, we) || g.never.contains(t, q, we)
          || g.place.contains(t, q, we) && !g.first.contains(t, q, we)) {
        return k;
      }
      boolean nameLike = g.first.contains(t, q, we) || g.last.contains(t, q, we) || g.nameModel.score(t, q, we) > 0.3;
      if (!nameLike || g.org.contains(t, q, we) || streetAround(t, q, we)) {
        return k;
      }
      // a two-word item: "Ella H. Snider" style items are rare in lists; one word per item
      h.add(q, we, PiiEntity.PERSON, 0.6, "name in a list of names");
      k = we;
    }
    return k;
  }

  /** An organisation word among the next few capitalised words ("Davis, Reynolds and Williamson Orchestra"). */
  static boolean orgAfter(Gazetteer g, String right) {
    int from = 1;
    for (int n = 0; n < 4 && from < right.length(); n++) {
      int sp = right.indexOf(' ', from);
      if (sp < 0) {
        sp = right.length();
      }
      if (g.org.contains(right, from, sp)) {
        return true;
      }
      if (g.stop.contains(right, from, sp) && !(sp - from == 3 && right.startsWith("and", from))) {
        return false;
      }
      from = sp + 1;
    }
    return false;
  }

  /** {@link #orgAfter(Gazetteer, String)} of a side that need not be a string (round 22: {@code Context.RuleWindow}). */
  static boolean orgAfter(Gazetteer g, CharSequence right) {
    if (right instanceof String) {
      return orgAfter(g, (String) right);
    }
    int from = 1;
    int len = right.length();
    for (int n = 0; n < 4 && from < len; n++) {
      int sp = from;
      while (sp < len && right.charAt(sp) != ' ') {
        sp++;
      }
      if (g.org.contains(right, from, sp)) {
        return true;
      }
      if (g.stop.contains(right, from, sp) && !(sp - from == 3 && NameCues.startsWith(right, "and", from))) {
        return false;
      }
      from = sp + 1;
    }
    return false;
  }

  static int capRun(Gazetteer g, CharSequence t, int i, int e0, int shape0) {
    int end = e0;
    int k = e0;
    int count = 1;
    while (count < 3 && k + 1 < t.length() && t.charAt(k) == ' ' && Character.isUpperCase(t.charAt(k + 1))) {
      int ne = letters(t, k + 1);
      if (g.common.contains(t, k + 1, ne) || g.never.contains(t, k + 1, ne)) {
        break;
      }
      end = ne;
      k = ne;
      count++;
    }
    return end;
  }

  static int placePhrase(Gazetteer g, CharSequence t, int i, int e0) {
    return placePhrase(g, t, i, e0, g.place.contains(t, i, e0), g.place.mayStartPhrase(t, i, e0));
  }

  /**
   * {@link #placePhrase(Gazetteer, CharSequence, int, int)} with the word's two gazetteer answers already known:
   * {@code place} = {@code g.place.contains(t, i, e0)}, {@code mayStart} = {@code g.place.mayStartPhrase(t, i, e0)}.
   */
  static int placePhrase(Gazetteer g, CharSequence t, int i, int e0, boolean place, boolean mayStart) {
    int best = place ? e0 : -1;
    if (e0 < t.length() && t.charAt(e0) == ' ' && !mayStart) {
      return best; // no place of several words starts with this word (the probes below would all miss)
    }
    int k = e0;
    for (int n = 2; n <= g.maxPlaceWords; n++) {
      if (k + 1 >= t.length() || !(t.charAt(k) == ' ' || t.charAt(k) == '-')
          || !Character.isLetter(t.charAt(k + 1))) {
        break;
      }
      int ne = letters(t, k + 1);
      if (g.place.contains(t, i, ne)) {
        best = ne;
      }
      k = ne;
    }
    return best;
  }
}
