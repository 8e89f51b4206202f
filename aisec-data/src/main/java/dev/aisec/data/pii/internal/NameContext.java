package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import static dev.aisec.data.pii.internal.NameLexicon.*;
import static dev.aisec.data.pii.internal.NameLower.lowerFirstName;
import static dev.aisec.data.pii.internal.NameWords.letter;
import static dev.aisec.data.pii.internal.NameWords.letters;
import static dev.aisec.data.pii.internal.NameWords.upper;

/**
 * Small readers of the words around a capitalised word for the rules of {@link Names}: articles and
 * prepositions before it, sentence boundaries, the previous word, digits, handles and plurals after "the",
 * month look-alikes, and whether a PERSON hit already ends nearby. Pure reads of the text and the hits;
 * nothing is written here.
 */
final class NameContext {

  private NameContext() {}

  /** Whether the word before {@code s} is o/a/la/il and starts the text, a line or a sentence. */
  static boolean articleAtSentenceStart(CharSequence t, int s) {
    long pw = wordBefore(t, s);
    if (pw < 0) {
      return false;
    }
    int ps = (int) (pw >>> 32);
    return NAME_ARTICLES.contains(t, ps, (int) pw) && sentenceBoundaryBefore(t, ps);
  }

  /**
   * Whether the LOCATION hit {@code t[s, e)} starts with an abbreviation of "number" or is a number and a count or
   * unit word ("Nr. 2025-00871", "432 Seiten", "1000 Mbps").
   */
  static boolean numberWordLocation(CharSequence t, int s, int e) {
    int we = s;
    while (we < e && letter(t.charAt(we))) {
      we++;
    }
    if (we > s) {
      return NUMBER_ABBREVIATIONS.contains(t, s, we);
    }
    int q = s;
    while (q < e && Engine.isDigit(t.charAt(q))) {
      q++;
    }
    if (q == s || q >= e || t.charAt(q) != ' ') {
      return false;
    }
    int ws = q + 1;
    we = ws;
    while (we < t.length() && letter(t.charAt(we))) {
      we++;
    }
    return we > ws && COUNT_UNITS.contains(t, ws, we);
  }

  /**
   * Whether the word before {@code s} (one space between) is a brand word, or a capitalised word after one
   * ("Fiat Panda", "Alfa Romeo Giulia", "Jordan Racing Wheel").
   */
  static boolean afterBrand(CharSequence t, int s) {
    int pe = s - 1;
    for (int step = 0; step < 2; step++) {
      if (pe < 2 || t.charAt(pe) != ' ') {
        return false;
      }
      int ps = pe;
      while (ps > 0 && letter(t.charAt(ps - 1))) {
        ps--;
      }
      if (ps == pe || !upper(t.charAt(ps))) {
        return false;
      }
      if (BRANDS.contains(t, ps, pe)) {
        return true;
      }
      pe = ps - 1;
    }
    return false;
  }

  /**
   * Whether the word before {@code s} is a bare "a" that is the English article: "in a chihuahua costume" (an English
   * word or nothing before it), unlike "sono arrivato a torino" (eleventh round).
   */
  static boolean englishArticleBefore(Gazetteer g, CharSequence t, int s) {
    int k = s - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 0 || WordSet.lower(t.charAt(k)) != 'a' || k > 0 && Character.isLetter(t.charAt(k - 1))) {
      return false;
    }
    k--;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    int we = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k))) {
      k--;
    }
    return we == k + 1 || g.english.contains(t, k + 1, we) || ENGLISH_BEFORE_ARTICLE.contains(t, k + 1, we);
  }

  /**
   * The word right before {@code s} on the same line (spaces only between) as {@code start << 32 | end}, or -1 when
   * there is none (line start).
   */
  static long wordBefore(CharSequence t, int s) {
    int k = s - 1;
    if (k < 0 || t.charAt(k) != ' ') {
      return -1;
    }
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    int we = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k))) {
      k--;
    }
    return we > k + 1 ? (long) (k + 1) << 32 | we : -1;
  }

  /**
   * Cues of pt and it speech before the lower-case first name {@code t[s, e)} (eleventh round): an article at the
   * line start or after a chat word, with no English word after the name ("o joão chegou", "falei com a ana", not
   * "a mia casa": function words are excluded by the caller); or "e" with a lower-case first name on its other side
   * ("francesca e giorgio").
   */
  static boolean articleOrPairCue(Gazetteer g, CharSequence t, int s, int e) {
    long pw = wordBefore(t, s);
    if (pw < 0) {
      // the name starts the line: "francesca e giorgio vengono"
      int a = e + 1;
      if (e < t.length() && t.charAt(e) == ' ' && a + 2 < t.length() && t.charAt(a) == 'e' && t.charAt(a + 1) == ' ') {
        int b = a + 2;
        return lowerFirstName(g, t, b, letters(t, b));
      }
      return false;
    }
    int ps = (int) (pw >>> 32);
    int pe = (int) pw;
    if (NAME_AND.contains(t, ps, pe)) {
      long qw = wordBefore(t, ps);
      return qw >= 0 && lowerFirstName(g, t, (int) (qw >>> 32), (int) qw);
    }
    if (!NAME_ARTICLES.contains(t, ps, pe)) {
      return false;
    }
    long qw = wordBefore(t, ps);
    if (qw >= 0 ? !LOWER_CHAT_CUES.contains(t, (int) (qw >>> 32), (int) qw) : !sentenceBoundaryBefore(t, ps)) {
      return false;
    }
    int ns = e;
    while (ns < t.length() && t.charAt(ns) == ' ') {
      ns++;
    }
    int ne = ns < t.length() && Character.isLetter(t.charAt(ns)) ? letters(t, ns) : ns;
    return ne == ns ? e == t.length() || t.charAt(e) != '\'' : !g.english.contains(t, ns, ne);
  }

  /**
   * Whether {@code ps} starts the text or a line, or follows the end of a sentence ("bom dia! a mariana ...":
   * {@code . ! ?} and spaces before it; twelfth round).
   */
  private static boolean sentenceBoundaryBefore(CharSequence t, int ps) {
    if (ps == 0 || t.charAt(ps - 1) == '\n') {
      return true;
    }
    int k = ps - 1;
    while (k >= 0 && ps - k <= 4 && t.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && k < ps - 1 && (t.charAt(k) == '!' || t.charAt(k) == '?' || t.charAt(k) == '.');
  }

  /** Whether the word right before {@code s} (same line, spaces only between) is in {@code set}. */
  static boolean prevWordIn(CharSequence t, int s, WordSet set) {
    int k = s - 1;
    if (k < 0 || t.charAt(k) != ' ') {
      return false;
    }
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    int we = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k))) {
      k--;
    }
    return we > k + 1 && (k < 0 || t.charAt(k) != '\'' || set == LOWER_CHAT_CUES) && set.contains(t, k + 1, we);
  }

  /**
   * Whether a one-word hit is a month that is also a name after a word that places a time in a month ("bis Ende
   * Mai"), or such a word right before a month ("Ende" in "Ende Mai").
   */
  static boolean monthLookAlike(CharSequence t, int s, int e, boolean person) {
    for (int q = s; q < e; q++) {
      if (!letter(t.charAt(q))) {
        return false;
      }
    }
    if (person && NAME_MONTHS.contains(t, s, e)) {
      return prevWordIn(t, s, MONTH_PARTS);
    }
    if (MONTH_PARTS.contains(t, s, e) && e + 1 < t.length() && t.charAt(e) == ' ') {
      int me = letters(t, e + 1);
      return me > e + 1 && (NAME_MONTHS.contains(t, e + 1, me) || MONTH_SET.contains(t, e + 1, me));
    }
    return false;
  }

  /** Whether the word right before {@code s} (same line) is a place preposition. */
  static boolean placePrepositionBefore(CharSequence t, int s) {
    int k = s - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    int we = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k))) {
      k--;
    }
    return we > k + 1 && PLACE_PREPOSITIONS.contains(t, k + 1, we);
  }

  /**
   * Where the word that ends one space before {@code s} starts ({@code s - 1} when there is no such word of at most
   * 8 letters on the same line).
   */
  static int wordStartBefore(CharSequence t, int s) {
    int k = s - 1;
    if (k < 1 || t.charAt(k) != ' ' || !Character.isLetter(t.charAt(k - 1))) {
      return s - 1;
    }
    int j = k - 1;
    while (j >= 0 && Character.isLetter(t.charAt(j)) && k - j <= 8) {
      j--;
    }
    return j >= 0 && Character.isLetter(t.charAt(j)) ? s - 1 : j + 1;
  }

  /** Whether the word right before {@code i} (same line, only spaces between) is an article. */
  static boolean articleBefore(CharSequence t, int i) {
    int k = i - 1;
    if (k < 0 || t.charAt(k) != ' ') {
      return false;
    }
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    int we = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k)) && we - k <= 6) {
      k--;
    }
    if (!(we - (k + 1) >= 1 && (k < 0 || !Character.isLetter(t.charAt(k))) && ARTICLES.contains(t, k + 1, we))) {
      return false;
    }
    // "van den Broeck", "von der Leyen", "de la Cruz": the article is part of a surname after a particle
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    int pe = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k)) && pe - k <= 4) {
      k--;
    }
    return !(pe > k + 1 && PARTICLES.contains(t, k + 1, pe));
  }

  /** Whether a PERSON hit of at least 0.5 ends within the word before {@code s} and its spaces ("Ana and ..."). */
  static boolean personEndsNear(Hits h, CharSequence t, int s) {
    // hits are added in scan order: only the last few can end right before s (bounded, so linear overall)
    for (int k = h.n - 1; k >= 0 && k >= h.n - 8; k--) {
      if (PiiEntity.PERSON.equals(h.types[k]) && h.scores[k] >= 0.5 && h.ends[k] < s && s - h.ends[k] <= 6) {
        return true;
      }
    }
    return false;
  }

  static boolean personAt(Hits h, int from, int i) {
    for (int k = from; k < h.n; k++) {
      if (h.starts[k] == i && PiiEntity.PERSON.equals(h.types[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token before or after {@code t[s, e)} (the next run of non-space characters on either side) holds a
   * digit: "span d21237f9...", "host web01", "user 4711" are log and record fields, not chat about a person.
   */
  static boolean digitsNear(CharSequence t, int s, int e) {
    int k = e;
    int n = t.length();
    while (k < n && t.charAt(k) == ' ') {
      k++;
    }
    for (int q = k; q < n && q - k < 40 && !Character.isWhitespace(t.charAt(q)); q++) {
      if (Engine.isDigit(t.charAt(q))) {
        return true;
      }
    }
    k = s - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    for (int q = k; q >= 0 && k - q < 40 && !Character.isWhitespace(t.charAt(q)); q--) {
      if (Engine.isDigit(t.charAt(q))) {
        return true;
      }
    }
    return false;
  }

  /** "the Lakers", "the Avengers": a capitalised plural after "the" names a team, band or family, not a person. */
  static boolean pluralAfterThe(CharSequence t, int s, int e) {
    if (e - s < 4 || WordSet.lower(t.charAt(e - 1)) != 's' || WordSet.lower(t.charAt(e - 2)) == 's' || s < 4) {
      return false;
    }
    int k = s - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    return k >= 2 && k < s - 1 && WordSet.lower(t.charAt(k)) == 'e' && WordSet.lower(t.charAt(k - 1)) == 'h'
        && WordSet.lower(t.charAt(k - 2)) == 't' && (k < 3 || !Character.isLetter(t.charAt(k - 3)));
  }

  /** Part of a handle, hashtag or identifier: "@JoeCienkowski", "#Rams", "CHRIS_Daughtry", "user@". */
  static boolean handle(CharSequence t, int s, int e) {
    if (s > 0) {
      char p = t.charAt(s - 1);
      if (p == '@' || p == '#' || p == '_' || p == '/' || p == '.' && s > 1 && Character.isLetter(t.charAt(s - 2))) {
        return true;
      }
    }
    if (e < t.length()) {
      char c = t.charAt(e);
      return c == '_' || c == '@' || c == '/' || c == '.' && e + 1 < t.length() && Character.isLetter(t.charAt(e + 1));
    }
    return false;
  }
}
