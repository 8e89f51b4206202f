package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import static dev.aisec.data.pii.internal.NameLexicon.*;
import static dev.aisec.data.pii.internal.NameContext.digitsNear;
import static dev.aisec.data.pii.internal.NameContext.handle;
import static dev.aisec.data.pii.internal.NameContext.prevWordIn;
import static dev.aisec.data.pii.internal.NameLabels.speakerStart;
import static dev.aisec.data.pii.internal.NameWords.endsWithIgnoreCase;
import static dev.aisec.data.pii.internal.NameWords.englishWord;
import static dev.aisec.data.pii.internal.NameWords.letters;

/**
 * The lower-case name rules: which lower-case words can never start a name ({@link #lowerDead}, also by
 * gazetteer tags), lower-case chat speakers, and the trained tagger on a lower-case listed name
 * ({@link #lowerTagger}, which adds a PERSON hit when the tagger accepts it).
 */
final class NameLower {

  private NameLower() {}

  /** Whether the unlisted lower-case word {@code t[s, e)} (6+ letters) ends like a surname. */
  static boolean lowerSurnameEnding(CharSequence t, int s, int e) {
    if (e - s < 6) {
      return false;
    }
    for (String end : LOWER_SURNAME_ENDINGS) {
      if (endsWithIgnoreCase(t, s, e, end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lower-case word of 3+ letters that is no stop, English, name or place word follows {@code e}. */
  static boolean lowerVerbAfter(Gazetteer g, CharSequence t, int e) {
    int ns = e + 1;
    if (ns >= t.length() || t.charAt(e) != ' ' || !Character.isLowerCase(t.charAt(ns))) {
      return false;
    }
    int ne = letters(t, ns);
    if (ne - ns < 3 || ne < t.length() && Character.isLetterOrDigit(t.charAt(ne))) {
      return false;
    }
    int nt = g.tagged.flags(t, ns, ne, WordSet.hashOf(t, ns, ne));
    return (nt & (Gazetteer.T_STOP | Gazetteer.T_NEVER | Gazetteer.T_FIRST | Gazetteer.T_LAST
        | Gazetteer.T_PLACE | Gazetteer.T_COMMON)) == 0 && !g.english.contains(t, ns, ne)
        && !LOWER_PLACE_PREPOSITIONS.contains(t, ns, ne);
  }

  /** Whether {@code t[s, e)} is a lower-case listed first name that is no common, stop, place or function word. */
  static boolean lowerFirstName(Gazetteer g, CharSequence t, int s, int e) {
    if (e - s < 3 || !Character.isLowerCase(t.charAt(s))) {
      return false;
    }
    int f = g.tagged.flags(t, s, e, WordSet.hashOf(t, s, e));
    return (f & Gazetteer.T_FIRST) != 0 && (f & (Gazetteer.T_COMMON | Gazetteer.T_STOP | Gazetteer.T_NEVER
        | Gazetteer.T_PLACE)) == 0 && !LOWER_AMBIGUOUS.contains(t, s, e) && !g.english.contains(t, s, e);
  }

  /**
   * The trained tagger on a lower-case word that is not a common word and has no cue before it ("went out with
   * keeva", "emily rodriguez did n't"). Returns where the scan continues.
   */
  static int lowerTagger(Gazetteer g, CharSequence t, int i, int e0, int tags0, Hits h) {
    if (e0 - i < 3 || (tags0 & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) == 0
        || (tags0 & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) != 0 || handle(t, i, e0)
        || digitsNear(t, i, e0) || g.english.contains(t, i, e0) || prevWordIn(t, i, NUMBER_WORDS)) {
      return e0;
    }
    NameTagger.Recorder rec = NameTagger.RECORDER.get();
    if (rec != null) {
      int[] f = NameTagger.scratch();
      rec.candidate(i, e0, f, NameTagger.features(g, t, i, e0, 0, f));
      return e0;
    }
    NameTagger m = NameTagger.get();
    if (!m.enabled()) {
      return e0;
    }
    double p = m.probability(g, t, i, e0, 0);
    if (p < m.lowerThreshold || LOWER_FOREIGN_WORDS.contains(t, i, e0)) {
      // (round 19: a chat word of another language that a surname list also holds, "gaan sanne werken", is never
      // tagged on its own; asked after the candidate is recorded, so the tagger's training candidates stay the same)
      return e0;
    }
    int end = e0;
    int ns = e0 + 1;
    if (e0 < t.length() && t.charAt(e0) == ' ' && ns < t.length() && Character.isLowerCase(t.charAt(ns))) {
      int ne = letters(t, ns);
      int nt = g.tagged.flags(t, ns, ne, WordSet.hashOf(t, ns, ne));
      if (ne - ns >= 3 && (nt & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) != 0 && (nt & (Gazetteer.T_COMMON
          | Gazetteer.T_STOP | Gazetteer.T_NEVER)) == 0 && !handle(t, ns, ne)
          && !LOWER_FOREIGN_WORDS.contains(t, ns, ne)) {
        end = ne; // not over a chat word of another language: "thijs komen" (fifteenth round)
      }
    }
    double score = 0.5 + 0.45 * (p - m.lowerThreshold) / Math.max(1e-6, 1 - m.lowerThreshold);
    h.add(i, end, PiiEntity.PERSON, Math.min(0.95, score), "name tagger");
    return end;
  }

  /**
   * Whether {@link Names#scan} can find nothing at the lower-case ASCII word {@code t[s, e)} (a-z only) and returns its end,
   * whatever the words around it, when it is not right after a quote or {@code <} and is followed by the text's end,
   * white space or one of {@code , ; ! ? )} (the engine's word loop checks those and then skips such a word without
   * the full path, even after a cue word or before a verb). A pure function of the word's letters: its gazetteer tags,
   * English spelling and name-model score. It holds because for such a word (3+ letters, so no Dutch postcode; no
   * {@code <} before, so no chat nick; lower case, so no CSV, capitalised-word or date rule) every rule of
   * {@link Names#rules} before the exit named here needs what the word lacks:
   * <ul>
   *   <li>a common or English-spelled word leaves at the {@code common0 || english0} exit; only the article rule
   *       before it takes a lower-case word, and it needs a first name that is also a place and no stop or excluded
   *       word (4+ letters);
   *   <li>a stop or excluded word: every lower-case rule (article, chat speaker, place after a preposition, first
   *       name after a chat word, {@link #lowerTagger}) needs neither tag, and the word leaves at the excluded or
   *       stop exit;
   *   <li>a word with no first-name, surname or place tag (and not one of the above) leaves {@link #lowerTagger} (no
   *       cue before) or the unknown lower-case word's first test (cue before): "-ing", "-ly", "-ed" or a name-model
   *       score below 0.3.
   * </ul>
   * A word followed by {@code :} (chat speaker), {@code .} (titles, keys at a sentence end) or {@code /} (keys) is
   * not covered and takes the usual path. Keep in step with {@link Names#rules}.
   */
  static boolean lowerDead(CharSequence t, int s, int e) {
    if (e - s < 3) {
      return false;
    }
    Gazetteer g = Gazetteer.get();
    int tags = g.tagged.flags(t, s, e, WordSet.hashOf(t, s, e));
    int byTags = lowerDeadByTags(tags, e - s);
    if (byTags != LowerWords.DEAD_UNKNOWN) {
      return byTags == LowerWords.DEAD;
    }
    // neither a common, a stop nor an excluded word
    if (englishWord(t, s, e)) {
      return !(e - s >= 4 && (tags & Gazetteer.T_FIRST) != 0 && (tags & Gazetteer.T_PLACE) != 0);
    }
    return (tags & (Gazetteer.T_FIRST | Gazetteer.T_LAST | Gazetteer.T_PLACE)) == 0
        && (endsWithIgnoreCase(t, s, e, "ing") || endsWithIgnoreCase(t, s, e, "ly")
        || endsWithIgnoreCase(t, s, e, "ed") || g.nameModel.score(t, s, e) < 0.3);
  }

  /**
   * {@link #lowerDead} as far as the word's tags ({@code Gazetteer.tagged}) and length decide it: {@code
   * LowerWords.DEAD}, 0 (not dead), or {@code LowerWords.DEAD_UNKNOWN} when its spelling and name-model score are
   * needed too (a word that is no common, stop or excluded word).
   */
  static int lowerDeadByTags(int tags, int len) {
    if (len < 3) {
      return 0;
    }
    if ((tags & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) != 0) {
      return LowerWords.DEAD;
    }
    if ((tags & Gazetteer.T_COMMON) != 0) {
      return len >= 4 && (tags & Gazetteer.T_FIRST) != 0 && (tags & Gazetteer.T_PLACE) != 0 ? 0 : LowerWords.DEAD;
    }
    return LowerWords.DEAD_UNKNOWN;
  }

  /**
   * A lower-case chat speaker ("[15:48] birthe: can someone ...", "mika: hi"): a listed first or last name that is
   * not a common, stop or excluded word (the caller has already left English words and common words), followed by
   * a colon, at a line start or after a time stamp.
   */
  static boolean lowerSpeaker(CharSequence t, int i, int e0, int tags0) {
    return e0 < t.length() && t.charAt(e0) == ':' && e0 - i >= 2
        && (tags0 & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) != 0
        && (tags0 & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) == 0 && speakerStart(t, i);
  }
}
