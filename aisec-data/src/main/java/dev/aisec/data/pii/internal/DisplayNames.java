package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Inverted display names of e-mail addresses (eighteenth round): in "To: Okafor, Adaeze &lt;adaeze.okafor@nhs.net&gt;"
 * the words before the bracketed address are its owner's name written surname first, which the name rules read as two
 * unrelated words (the given name is often in no list). For each detected EMAIL_ADDRESS written in angle brackets
 * right after "Surname, Given" (one capitalised word, a comma and a space, one or two capitalised words; hyphens and
 * apostrophes inside words allowed), where the surname starts a field (a line start, a header's "Label: ", a quote,
 * or ", " / "; " between recipients) and neither the surname nor the last given name is an ordinary word that no
 * name list holds ("Sales, Support"), the whole name becomes one PERSON span of score {@link #SCORE}, replacing the
 * PERSON spans inside it. Nothing is done when a span of another type overlaps the name.
 *
 * <p>Pure function of the text and the spans; returns {@code spans} itself when nothing changes (no allocation). Work
 * is a few characters per e-mail span.
 */
public final class DisplayNames {

  private DisplayNames() {}

  /** Score of an inverted display name. */
  public static final double SCORE = 0.8;

  /** The spans with the inverted display names of bracketed e-mail addresses added (sorted, non-overlapping). */
  public static List<PiiSpan> complete(CharSequence t, List<PiiSpan> spans) {
    List<PiiSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      PiiSpan m = spans.get(i);
      if (!PiiEntity.EMAIL_ADDRESS.equals(m.type())) {
        continue;
      }
      int s = invertedNameStart(t, m.start());
      if (s < 0) {
        continue;
      }
      int e = m.start() - 2; // end of the given name, before " <"
      List<PiiSpan> src = out == null ? spans : out;
      List<PiiSpan> next = replaced(src, s, e);
      if (next != null) {
        out = next;
      }
    }
    return out == null ? spans : out;
  }

  /**
   * The start of "Surname, Given" written right before {@code " <"} + the address at {@code at}, or -1.
   */
  static int invertedNameStart(CharSequence t, int at) {
    if (at < 6 || t.charAt(at - 1) != '<' || t.charAt(at - 2) != ' ') {
      return -1;
    }
    int ws1 = wordStart(t, at - 2); // the last given name
    if (ws1 < 0) {
      return -1;
    }
    int givenStart = ws1;
    if (ws1 >= 3 && t.charAt(ws1 - 1) == ' ' && t.charAt(ws1 - 2) != ',') {
      int ws2 = wordStart(t, ws1 - 1); // a first given name before it ("Okafor, Mary Adaeze")
      if (ws2 >= 3 && t.charAt(ws2 - 1) == ' ' && t.charAt(ws2 - 2) == ',') {
        givenStart = ws2;
      }
    }
    if (givenStart < 3 || t.charAt(givenStart - 1) != ' ' || t.charAt(givenStart - 2) != ',') {
      return -1;
    }
    int surnameEnd = givenStart - 2;
    int s = wordStart(t, surnameEnd);
    if (s < 0 || !fieldStart(t, s) || ordinaryWord(t, s, surnameEnd) || ordinaryWord(t, ws1, at - 2)) {
      return -1;
    }
    return s;
  }

  /** Whether {@code t[s, e)} is an English or common word that no name list holds ("Sales, Support"). */
  private static boolean ordinaryWord(CharSequence t, int s, int e) {
    Gazetteer g = Gazetteer.get();
    int tags = g.tagged.flags(t, s, e, WordSet.hashOf(t, s, e));
    if ((tags & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) != 0) {
      return false;
    }
    return (tags & (Gazetteer.T_COMMON | Gazetteer.T_STOP | Gazetteer.T_NEVER)) != 0 || g.english.contains(t, s, e);
  }

  /** The start of the capitalised word ending at {@code e} (letters, inner hyphens or apostrophes), or -1. */
  private static int wordStart(CharSequence t, int e) {
    int k = e;
    while (k > 0 && e - k < 30) {
      char c = t.charAt(k - 1);
      if (Character.isLetter(c) || (c == '-' || c == '\'' || c == '\u2019') && k - 1 > 0
          && Character.isLetter(t.charAt(k - 2))) {
        k--;
      } else {
        break;
      }
    }
    if (e - k < 2 || !Character.isUpperCase(t.charAt(k))) {
      return -1;
    }
    return k;
  }

  /** Whether a field starts at {@code s}: text or line start, a header label's ": ", a quote, ", " or "; ". */
  private static boolean fieldStart(CharSequence t, int s) {
    if (s == 0) {
      return true;
    }
    char p = t.charAt(s - 1);
    if (p == '\n' || p == '"' || p == '\t') {
      return true;
    }
    return p == ' ' && s >= 2 && (t.charAt(s - 2) == ':' || t.charAt(s - 2) == ';' || t.charAt(s - 2) == ',');
  }

  /**
   * {@code spans} with one PERSON span on {@code [s, e)} instead of the PERSON spans inside it, or null when a span
   * of another type overlaps it or a PERSON span reaches out of it.
   */
  private static List<PiiSpan> replaced(List<PiiSpan> spans, int s, int e) {
    List<PiiSpan> out = new ArrayList<>(spans.size() + 1);
    boolean added = false;
    for (PiiSpan p : spans) {
      boolean overlaps = p.start() < e && s < p.end();
      if (overlaps && (!PiiEntity.PERSON.equals(p.type()) || p.start() < s || p.end() > e)) {
        return null;
      }
      if (overlaps) {
        continue;
      }
      if (!added && p.start() >= e) {
        out.add(new PiiSpan(s, e, PiiEntity.PERSON, SCORE, "inverted display name of an e-mail address"));
        added = true;
      }
      out.add(p);
    }
    if (!added) {
      out.add(new PiiSpan(s, e, PiiEntity.PERSON, SCORE, "inverted display name of an e-mail address"));
    }
    return out;
  }
}
