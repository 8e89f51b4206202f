package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import static dev.aisec.data.pii.internal.NameLexicon.*;
import static dev.aisec.data.pii.internal.NameContext.articleAtSentenceStart;
import static dev.aisec.data.pii.internal.NameContext.articleBefore;
import static dev.aisec.data.pii.internal.NameContext.articleOrPairCue;
import static dev.aisec.data.pii.internal.NameContext.digitsNear;
import static dev.aisec.data.pii.internal.NameContext.englishArticleBefore;
import static dev.aisec.data.pii.internal.NameContext.handle;
import static dev.aisec.data.pii.internal.NameContext.personAt;
import static dev.aisec.data.pii.internal.NameContext.pluralAfterThe;
import static dev.aisec.data.pii.internal.NameContext.prevWordIn;
import static dev.aisec.data.pii.internal.NameCues.afterSignOffLine;
import static dev.aisec.data.pii.internal.NameCues.chatVerbCue;
import static dev.aisec.data.pii.internal.NameCues.copulaNameAfter;
import static dev.aisec.data.pii.internal.NameCues.cue;
import static dev.aisec.data.pii.internal.NameCues.labelStart;
import static dev.aisec.data.pii.internal.NameCues.lineRestEmpty;
import static dev.aisec.data.pii.internal.NameCues.lowerCue;
import static dev.aisec.data.pii.internal.NameCues.lowerTitleWordBefore;
import static dev.aisec.data.pii.internal.NameCues.particleCue;
import static dev.aisec.data.pii.internal.NameCues.placeCue;
import static dev.aisec.data.pii.internal.NameCues.roleLabelName;
import static dev.aisec.data.pii.internal.NameCues.selfIntroBefore;
import static dev.aisec.data.pii.internal.NameCues.selfIntroEnd;
import static dev.aisec.data.pii.internal.NameCues.selfIntroSurname;
import static dev.aisec.data.pii.internal.NameCues.shoutedName;
import static dev.aisec.data.pii.internal.NameCues.signOffWordBefore;
import static dev.aisec.data.pii.internal.NameCues.titleAbbreviationAfter;
import static dev.aisec.data.pii.internal.NameCues.titleBefore;
import static dev.aisec.data.pii.internal.NameCues.verbAfter;
import static dev.aisec.data.pii.internal.NameDates.wordDate;
import static dev.aisec.data.pii.internal.NameLabels.afterTitleBar;
import static dev.aisec.data.pii.internal.NameLabels.csvField;
import static dev.aisec.data.pii.internal.NameLabels.displayNameBefore;
import static dev.aisec.data.pii.internal.NameLabels.fieldLabel;
import static dev.aisec.data.pii.internal.NameLabels.headerValueAfter;
import static dev.aisec.data.pii.internal.NameLabels.ircNick;
import static dev.aisec.data.pii.internal.NameLabels.jsonValueStart;
import static dev.aisec.data.pii.internal.NameLabels.logLine;
import static dev.aisec.data.pii.internal.NameLabels.nameLabelBefore;
import static dev.aisec.data.pii.internal.NameLabels.personField;
import static dev.aisec.data.pii.internal.NameLabels.placeField;
import static dev.aisec.data.pii.internal.NameLabels.productObject;
import static dev.aisec.data.pii.internal.NameLabels.speakerStart;
import static dev.aisec.data.pii.internal.NameLabels.valueLabel;
import static dev.aisec.data.pii.internal.NameLookAlikes.lookAlikes;
import static dev.aisec.data.pii.internal.NameLookAlikes.originNamesScore;
import static dev.aisec.data.pii.internal.NameLower.lowerFirstName;
import static dev.aisec.data.pii.internal.NameLower.lowerSpeaker;
import static dev.aisec.data.pii.internal.NameLower.lowerSurnameEnding;
import static dev.aisec.data.pii.internal.NameLower.lowerTagger;
import static dev.aisec.data.pii.internal.NameLower.lowerVerbAfter;
import static dev.aisec.data.pii.internal.NameSpans.capRun;
import static dev.aisec.data.pii.internal.NameSpans.displayNameRun;
import static dev.aisec.data.pii.internal.NameSpans.nameList;
import static dev.aisec.data.pii.internal.NameSpans.orgAfter;
import static dev.aisec.data.pii.internal.NameSpans.placePhrase;
import static dev.aisec.data.pii.internal.NameSpans.seaName;
import static dev.aisec.data.pii.internal.NameStreets.addressBlock;
import static dev.aisec.data.pii.internal.NameStreets.decimalAfter;
import static dev.aisec.data.pii.internal.NameStreets.dutchPostcode;
import static dev.aisec.data.pii.internal.NameStreets.lowerWordAfterNumber;
import static dev.aisec.data.pii.internal.NameStreets.phoneAfter;
import static dev.aisec.data.pii.internal.NameStreets.placeBuildingEnd;
import static dev.aisec.data.pii.internal.NameStreets.postcode;
import static dev.aisec.data.pii.internal.NameStreets.shortNumberAfter;
import static dev.aisec.data.pii.internal.NameStreets.street;
import static dev.aisec.data.pii.internal.NameStreets.streetAround;
import static dev.aisec.data.pii.internal.NameStreets.yearOrDayAfter;
import static dev.aisec.data.pii.internal.NameWords.ALLCAPS;
import static dev.aisec.data.pii.internal.NameWords.CAP;
import static dev.aisec.data.pii.internal.NameWords.LOWER;
import static dev.aisec.data.pii.internal.NameWords.OTHER;
import static dev.aisec.data.pii.internal.NameWords.elision;
import static dev.aisec.data.pii.internal.NameWords.endsWithIgnoreCase;
import static dev.aisec.data.pii.internal.NameWords.foldedFlags;
import static dev.aisec.data.pii.internal.NameWords.headline;
import static dev.aisec.data.pii.internal.NameWords.letter;
import static dev.aisec.data.pii.internal.NameWords.letters;
import static dev.aisec.data.pii.internal.NameWords.lineStart;
import static dev.aisec.data.pii.internal.NameWords.lowerAscii;
import static dev.aisec.data.pii.internal.NameWords.possessive;
import static dev.aisec.data.pii.internal.NameWords.sentenceStart;
import static dev.aisec.data.pii.internal.NameWords.shape;
import static dev.aisec.data.pii.internal.NameWords.shouting;
import static dev.aisec.data.pii.internal.NameWords.upper;

/**
 * PERSON, LOCATION and worded DATE_TIME recognition without a model server: gazetteers (first names, last names,
 * places), a common-word filter, capitalisation classes, cue words on the left (titles, "my name is", "Dear",
 * greetings, sign-offs, "ich heiße", "je m'appelle", "me llamo"; "in", "from", "flew to", "live in" for places) and
 * verb cues on the right ("said", "wrote"). Runs from the main scan at every word start; the common case (a common
 * lower-case word) costs one hash probe. Stateless.
 *
 * <p>This class holds the entry points ({@link #scan}, {@link #plainCapWord}) and the capitalised-word rules
 * ({@code rules}, the self-introduction rules and the trained tagger on a word the rules left open). Its helpers
 * live beside it in this package: {@link NameLexicon} (word lists), {@link NameWords} (word shapes),
 * {@link NameCues} (titles and cues), {@link NameLabels} (form labels and fields), {@link NameLower} (lower-case
 * rules), {@link NameContext} (words around a candidate), {@link NameSpans} (span joining),
 * {@link NameLookAlikes} (brands, shops, companies), {@link NameDates} (worded dates) and {@link NameStreets}
 * (streets and addresses). The few thin delegating methods at the end keep the calls of {@link Engine} unchanged.
 */
final class Names {

  private Names() {}

  /**
   * The name model's score of {@code t[i, e)}, computed once per word and kept in the scan's {@link Hits} (round 22:
   * was a {@code double[1]} allocated per word; the score depends only on the characters, so the memo is exact).
   */
  private static double nameScore(Gazetteer g, CharSequence t, int i, int e, Hits h) {
    if (h.nameText == t && h.nameStart == i && h.nameEnd == e) {
      return h.nameScore;
    }
    double v = g.nameModel.score(t, i, e);
    h.nameText = t;
    h.nameStart = i;
    h.nameEnd = e;
    h.nameScore = v;
    return v;
  }

  /**
   * Recognises a name, place or worded date starting at {@code i}: first the rules; then, for a capitalised word the
   * rules left without a confident finding, the trained {@link NameTagger}. Returns where the scan continues.
   */
  static int scan(Engine eng, CharSequence t, int i, Hits h) {
    if (eng.shortcuts) {
      int q = plainCapWord(t, i, h);
      if (q > 0) {
        return q;
      }
    }
    int before = h.n;
    int r = scan0(eng, t, i, h);
    if (h.n > before) {
      lookAlikes(t, before, h);
    }
    return r;
  }

  /**
   * The end of the capitalised word at {@code i} when {@link #scan} is proven to add nothing there and to return that
   * end, else -1; a shortcut that skips the rules and the tagger for common capitalised words inside a sentence
   * ("sales in Europe grew", "the Report shows"). A word qualifies only in this context: one space before it after a
   * lower-case ASCII word of two letters or more ({@code t[i-3], t[i-2]} a-z), one space after it before a lower-case
   * ASCII letter; the word itself is an ASCII capital followed by 2-19 letters a-z. There {@link #scan} cannot take a JSON
   * place or person field, a CSV field or a chat nick (a space, not a quote, separator or {@code <}, before), a sea
   * name, an e-mail display name, a street with a number, a unit or a house number before it (nothing capitalised or
   * numeric after, no digit before), a self-introduction or role label (no first name; no line or sentence start
   * before), a worded date, a place phrase or a street prefix (the word's facts below). What is left:
   * <ul>
   *   <li>a stop or excluded word (no first name, no place) leaves {@link #rules} at its stop or excluded exit, and
   *       the tagger takes no stop or excluded word;
   *   <li>a common word that is no listed first name, surname or place and has no surname ending (5+ letters) leaves
   *       at the English-spelling exit when English-spelled, else at the exit of an unknown capitalised word with no
   *       cue before ({@link NameCues#prevIsCue}), no verb after with a name-model score above 0.5 and a score of at most
   *       1.0; the tagger takes no common word that is no listed name;
   *   <li>in both, no lower-case title before it ({@link NameCues#titleBefore}), unless it is an excluded word ("gentile
   *       dottoressa Bianchi" is a rule of its own).
   * </ul>
   * Every test here is a pure function of the text and the scan's word memos, so the shortcut changes no output
   * ({@code CapShortcutTest} compares every candidate with and without it). Keep in step with {@link #rules}.
   */
  static int plainCapWord(CharSequence t, int i, Hits h) {
    int n = t.length();
    if (i < 3 || t.charAt(i - 1) != ' ' || !lowerAscii(t.charAt(i - 2)) || !lowerAscii(t.charAt(i - 3))) {
      return -1;
    }
    char c = t.charAt(i);
    if (c < 'A' || c > 'Z') {
      return -1;
    }
    int e0 = i + 1;
    while (e0 < n && lowerAscii(t.charAt(e0))) {
      e0++;
    }
    if (e0 - i < 3 || e0 - i > 20 || e0 + 1 >= n || t.charAt(e0) != ' ' || !lowerAscii(t.charAt(e0 + 1))) {
      return -1;
    }
    CapWords f = h.capWords().look(t, i, e0);
    int tags = f.tags;
    if (f.shape != CAP || (tags & (Gazetteer.T_FIRST | Gazetteer.T_PLACE)) != 0 || f.placeStart || f.dateWord
        || f.streetPrefix) {
      return -1;
    }
    if ((tags & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) == 0) {
      if ((tags & Gazetteer.T_COMMON) == 0 || (tags & Gazetteer.T_LAST) != 0 || e0 - i >= 5 && f.surname) {
        return -1;
      }
      if (!f.english) {
        if (prevIsCue(t, i, h)) {
          return -1;
        }
        boolean verbNext = nextIsVerb(t, e0);
        double nm = Gazetteer.get().nameModel.score(t, i, e0);
        if (verbNext && nm > 0.5 || !(nm <= 1.0)) {
          return -1;
        }
      }
    }
    if ((tags & Gazetteer.T_NEVER) == 0 && titleBefore(t, i)) {
      return -1;
    }
    return e0;
  }

  private static int scan0(Engine eng, CharSequence t, int i, Hits h) {
    if (i > 1 && t.charAt(i - 1) == '"' && eng.placesOn() && Character.isUpperCase(t.charAt(i))) {
      int v = placeField(t, i, h);
      if (v > 0) {
        return v;
      }
    }
    if (CsvColumns.fieldStart(t, i)) {
      int c = csvField(eng, t, i, h);
      if (c > 0) {
        return c;
      }
    }
    int before = h.n;
    int r = rules(eng, t, i, h);
    if (h.n > before && articleBefore(t, i)
        && !(Character.isLowerCase(t.charAt(i)) && chatVerbCue(t, i, h.ends[before]))) {
      // (not "kannst du steffi anrufen": "du" after a German verb is the pronoun, not the French article)
      // "der Kunde", "the Falcon service", "la Factura": a capitalised word after an article is a noun, not a name
      for (int k = before; k < h.n; k++) {
        if (h.starts[k] == i && PiiEntity.PERSON.equals(h.types[k]) && h.scores[k] < 0.9) {
          h.scores[k] = Math.min(h.scores[k], 0.3);
        }
      }
      return r;
    }
    if (h.n > before && Character.isUpperCase(t.charAt(i)) && afterTitleBar(t, i, h)) {
      // "Senior Account Manager | Jast, Becker and Spencer": the company of a signature, not a person
      for (int k = before; k < h.n; k++) {
        if (PiiEntity.PERSON.equals(h.types[k]) && h.scores[k] < 0.9) {
          h.scores[k] = Math.min(h.scores[k], 0.3);
        }
      }
      return r;
    }
    if (h.n > before && eng.placesOn()) {
      // "Victoria Station", "Kennedy Airport": a name followed by a building word names a place (decided after the
      // rules, so the words the tagger is asked about stay the same)
      for (int k = before; k < h.n; k++) {
        if (PiiEntity.PERSON.equals(h.types[k]) && h.scores[k] >= 0.5 && placeBuildingEnd(t, h.starts[k], h.ends[k])) {
          h.types[k] = PiiEntity.LOCATION;
          h.details[k] = "place named after a person";
        }
      }
    }
    char c = t.charAt(i);
    if (!eng.namesOn() || !Character.isLetter(c)) {
      return r;
    }
    if (h.n > before && Character.isUpperCase(c) && personAt(h, before, i) && logLine(t, i)) {
      // "INFO Scheduler: Job Nightly Export finished", "WARN Cache Miss for Session": Title Case in a log line is a
      // component or message, a name only when it starts with a listed first name
      Gazetteer g = Gazetteer.get();
      if (!g.first.contains(t, i, letters(t, i))) {
        for (int k = before; k < h.n; k++) {
          if (h.starts[k] == i && PiiEntity.PERSON.equals(h.types[k]) && h.scores[k] < 0.9) {
            h.scores[k] = Math.min(h.scores[k], 0.3);
          }
        }
      }
      return r;
    }
    boolean quoted = i > 0 && t.charAt(i - 1) == '"';
    if (Character.isLowerCase(c) && !quoted) {
      return r;
    }
    double best = 0;
    for (int k = before; k < h.n; k++) {
      if (h.scores[k] >= 0.5 || !PiiEntity.PERSON.equals(h.types[k])) {
        return r;
      }
      best = Math.max(best, h.scores[k]);
    }
    if (quoted) {
      int v = personField(t, i, h);
      if (v > 0) {
        return Math.max(r, v);
      }
      if (Character.isLowerCase(c)) {
        return r;
      }
    }
    if (afterTitleBar(t, i, h)) {
      return r;
    }
    return tagger(t, i, r, best, h);
  }

  static final ThreadLocal<StringBuilder> KEY_BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(32));

  /** The trained tagger on a capitalised word the rules did not settle; {@code best} = the rules' PERSON score. */
  static int tagger(CharSequence t, int i, int r, double best, Hits h) {
    int e0 = letters(t, i);
    if (e0 - i < 2 || e0 < t.length() && Engine.isDigit(t.charAt(e0))) {
      return r;
    }
    CapWords facts = h.capWords().look(t, i, e0);
    int shape0 = facts.shape;
    if (shape0 != CAP && shape0 != ALLCAPS) {
      return r;
    }
    Gazetteer g = Gazetteer.get();
    int tags = facts.tags;
    boolean dateWord0 = facts.dateWord;
    boolean streetPrefix0 = facts.streetPrefix;
    if ((tags & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) != 0
        || (tags & Gazetteer.T_COMMON) != 0 && (tags & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) == 0) {
      return r;
    }
    if (shape0 == ALLCAPS && ((tags & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) == 0 || ID_LABELS.contains(t, i, e0))) {
      return r; // shouted words ("POST A SELFIE", "HOUSTON") are names only when the gazetteer says so
    }
    if (handle(t, i, e0) || pluralAfterThe(t, i, e0) || dateWord0) {
      return r;
    }
    if ((tags & Gazetteer.T_FIRST) == 0 && logLine(t, i)) {
      return r;
    }
    if ((streetPrefix0 || UNIT_SET.contains(t, i, e0)) && e0 + 1 < t.length()
        && t.charAt(e0) == ' ' && Character.isLetterOrDigit(t.charAt(e0 + 1))) {
      return r; // "Calle de Alcalá 42", "Suite 400": street and unit words of an address
    }
    NameTagger.Recorder rec = NameTagger.RECORDER.get();
    if (rec != null) {
      int[] f = NameTagger.scratch();
      rec.candidate(i, e0, f, NameTagger.features(g, t, i, e0, best, f));
      return r;
    }
    NameTagger m = NameTagger.get();
    if (!m.enabled()) {
      return r;
    }
    double p = m.probability(g, t, i, e0, best);
    if (p < m.threshold) {
      return r;
    }
    // extend over following capitalised name-like words ("Lindsay Lohan", "Kezia Warouw")
    int end = e0;
    for (int count = 1; count < 3; count++) {
      int ns = end + 1;
      if (!(end < t.length() && t.charAt(end) == ' ' && ns < t.length() && Character.isUpperCase(t.charAt(ns)))) {
        break;
      }
      int ne = letters(t, ns);
      if (ne - ns < 2 || shape(t, ns, ne) != shape0 || ne < t.length() && Engine.isDigit(t.charAt(ne))) {
        break;
      }
      int nt = g.tagged.flags(t, ns, ne, WordSet.hashOf(t, ns, ne));
      boolean name = (nt & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) != 0;
      if ((nt & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) != 0 || (nt & Gazetteer.T_COMMON) != 0 && !name
          || !name && (shape0 == ALLCAPS || g.nameModel.score(t, ns, ne) <= 0.3) || g.org.contains(t, ns, ne)
          || handle(t, ns, ne)) {
        break;
      }
      end = ne;
    }
    double score = 0.5 + 0.45 * (p - m.threshold) / Math.max(1e-6, 1 - m.threshold);
    h.add(i, end, PiiEntity.PERSON, Math.min(0.95, score), "name tagger");
    return Math.max(r, nameList(g, t, end, shape0, h));
  }

  /**
   * The thirteenth round's rules for a capitalised word (self-introduction, title in lower case, role label) when
   * names are on, in their own method so that the compiled code of {@link #rules} stays as small as before that
   * round (fourteenth round, speed only): the end of the hit added to {@code h}, or -1.
   */
  private static int capWordIntroRules(Gazetteer g, CharSequence t, int i, int e0, int len0, int tags0, Hits h) {
    if ((tags0 & Gazetteer.T_FIRST) != 0
        && (tags0 & (Gazetteer.T_PLACE | Gazetteer.T_NEVER)) == 0 && !SELF_INTRO_NOT.contains(t, i, e0)
        && selfIntroBefore(t, i, true)) {
      // (a first name that is no common word with a surname is left to the rules below, which score it higher)
      int se = selfIntroEnd(t, e0) ? e0 : (tags0 & Gazetteer.T_COMMON) != 0 ? selfIntroSurname(g, t, e0) : -1;
      if (se > 0) {
        // "Hello, I'm Grace.", "this is Rose from accounts", "I'm Grace Hopper": a listed first name (and a listed
        // surname) right after a self-introduction and before the end of the clause wins over the common-word list
        // (thirteenth round)
        h.add(i, se, PiiEntity.PERSON, 0.9, "self-introduction");
        return se;
      }
    }
    if (len0 >= 3 && (tags0 & Gazetteer.T_NEVER) == 0
        && !(e0 + 1 < t.length() && t.charAt(e0) == ' ' && Character.isUpperCase(t.charAt(e0 + 1)))
        && lowerTitleWordBefore(t, i) && titleBefore(t, i)) {
      // "Gentile dottoressa Bianchi", "Estimada licenciada Torres": a capitalised word right after a title written
      // in lower case inside a sentence (it, es, fr), even when it is also a common word (thirteenth round)
      h.add(i, e0, PiiEntity.PERSON, 0.85, "title and surname");
      return e0;
    }
    // (the cheap backward look at the line or sentence start before the set probe: most capitalised words are
    // inside a sentence; both tests have no side effect)
    if (len0 >= 5 && labelStart(t, i) && ROLE_LABELS.contains(t, i, e0)) {
      int re = roleLabelName(g, t, e0);
      if (re > 0) {
        // "Paziente Rosa Ferrari, 54 anni", "Mitarbeiter Jonas Becker": a role label at the start of a line or
        // sentence before a first and a last name (thirteenth round)
        h.add(e0 + 1, re, PiiEntity.PERSON, 0.8, "role label and name");
        return re;
      }
    }
    return -1;
  }

  private static int rules(Engine eng, CharSequence t, int i, Hits h) {
    int e0 = letters(t, i);
    int len0 = e0 - i;
    if (len0 < 2 || e0 < t.length() && Engine.isDigit(t.charAt(e0))) {
      return Math.max(e0, i + 1);
    }
    if (len0 == 2 && i >= 5 && t.charAt(i - 1) == ' ' && Engine.isDigit(t.charAt(i - 2)) && eng.placesOn()) {
      int pc = dutchPostcode(t, i, e0);
      if (pc > 0) {
        // "1016 GV Amsterdam": a Dutch postcode (four digits, two capitals) and its city
        h.add(i - 5, pc, PiiEntity.LOCATION, 0.8, "postcode and city");
        return pc;
      }
    }
    // the word's context-free facts (shape, tags, English spelling, surname ending), remembered per thread
    CapWords facts = h.capWords().look(t, i, e0);
    int shape0 = facts.shape;
    Gazetteer g = Gazetteer.get();
    int tagsRaw = facts.tags;
    if (tagsRaw == 0 && shape0 == CAP) {
      // "Élodie", "Zoë", "Ségolène": the lists hold many names without their accents
      tagsRaw = foldedFlags(g, t, i, e0);
    }
    final int tags0 = tagsRaw;
    final boolean english0 = facts.english;
    final boolean surname0 = facts.surname;
    // (the gates of wordDate, placePhrase and prefixStreet for this word, from the same memo)
    final boolean dateWord0 = facts.dateWord;
    final boolean place0 = (facts.tags & Gazetteer.T_PLACE) != 0; // the word alone is a place (before folding)
    final boolean placeStart0 = facts.placeStart;
    final boolean streetPrefix0 = facts.streetPrefix;
    boolean common0 = (tags0 & Gazetteer.T_COMMON) != 0;
    if (eng.placesOn() && shape0 == CAP) {
      int se = seaName(t, i, e0);
      if (se > 0) {
        // "the Dead Sea", "the Indian Ocean": a capitalised word and a sea word after "the" (twelfth round)
        h.add(i, se, PiiEntity.LOCATION, 0.7, "sea or ocean name");
        return se;
      }
    }
    if (eng.namesOn() && shape0 == CAP) {
      int de = displayNameRun(g, t, i, e0);
      if (de > 0) {
        // "Tom Baker <tom.baker@example.org>", "From: Grace Cook <grace@...>": two or three capitalised words, one a
        // listed name, right before an e-mail address whose local part holds one of them (twelfth round)
        h.add(i, de, PiiEntity.PERSON, 0.9, "e-mail display name");
        return de;
      }
    }
    if (eng.namesOn() && ircNick(t, i, e0, tags0)) {
      // "<zoe> anyone around?": the speaker of an IRC-style chat line (twelfth round)
      h.add(i, e0, PiiEntity.PERSON, 0.6, "chat nick");
      return e0 + 1;
    }
    if (eng.namesOn() && shape0 == CAP) {
      int r13 = capWordIntroRules(g, t, i, e0, len0, tags0, h);
      if (r13 > 0) {
        return r13;
      }
    }
    if (shape0 == LOWER) {
      int lower = lowerWordRules(eng, g, t, i, e0, len0, tags0, common0, english0, h);
      if (lower != NO_DECISION) {
        return lower;
      }
    }
    if (eng.dateOn() && (shape0 != LOWER || common0)) {
      int d = dateWord0 ? wordDate(eng, t, i, e0, h) : -1;
      if (d > 0) {
        return d;
      }
    }
    int placeEnd = Integer.MIN_VALUE; // placePhrase(g, t, i, e0), computed once
    if (eng.placesOn() && shape0 != LOWER) {
      int pe = placeEnd = placePhrase(g, t, i, e0, place0, placeStart0);
      if (pe > e0) {
        Context.Window w = Context.around(t, i, pe, 3);
        h.add(i, postcode(t, pe), PiiEntity.LOCATION, placeCue(w.left()) >= 0 ? 0.9 : 0.7, "place gazetteer");
        return pe;
      }
    }
    if ((tags0 & Gazetteer.T_NEVER) != 0) {
      return e0;
    }
    if (eng.placesOn() && shape0 != LOWER) {
      int r = street(t, i, e0, h);
      if (r > 0) {
        return r;
      }
      if (shape0 == CAP) {
        r = streetPrefix0 ? prefixStreet(t, i, true) : -1;
        if (r > 0) {
          // "Avenida de la Constitución 12", "Via dei Mille 14"
          h.add(i, r, PiiEntity.LOCATION, 0.7, "street word, street name and house number");
          return r;
        }
      }
    }
    if (e0 < t.length() && t.charAt(e0) == '.' && (TITLE_SET.contains(t, i, e0)
        || DEGREE_SET.contains(t, i, e0) && titleBefore(t, i))) {
      return e0; // "Dr. med. Anna Berg", "Sig. Rossi": an abbreviated title or degree is never the name
    }
    boolean f0 = (tags0 & Gazetteer.T_FIRST) != 0;
    boolean l0 = (tags0 & Gazetteer.T_LAST) != 0 || shape0 != LOWER && len0 >= 5 && surname0;
    boolean p0 = (tags0 & Gazetteer.T_PLACE) != 0;
    boolean stop0 = (tags0 & Gazetteer.T_STOP) != 0;
    if (shape0 == OTHER) {
      return e0;
    }
    boolean sentenceStart = sentenceStart(t, i);
    if (stop0 || common0 && (shape0 == LOWER || sentenceStart && !f0 && !l0 && !p0)) {
      // "South Africa", "New York": a multi-word place may start with a common word
      if (eng.placesOn() && shape0 != LOWER) {
        int pe = placeEnd != Integer.MIN_VALUE ? placeEnd
          : (placeEnd = placePhrase(g, t, i, e0, place0, placeStart0));
        if (pe > e0) {
          Context.Window w = Context.around(t, i, pe, 3);
          h.add(i, pe, PiiEntity.LOCATION, placeCue(w.left()) >= 0 ? 0.9 : 0.7, "place gazetteer");
          return pe;
        }
      }
      // "Will Smith": a common word is a name only before a capitalised surname
      if (shape0 == CAP && eng.namesOn() && f0) {
        int ns = e0 + 1;
        if (e0 < t.length() && t.charAt(e0) == ' ' && ns < t.length() && Character.isUpperCase(t.charAt(ns))) {
          int ne = letters(t, ns);
          if (shape(t, ns, ne) == CAP && g.last.contains(t, ns, ne) && !g.stop.contains(t, ns, ne)
              && !g.never.contains(t, ns, ne)) {
            h.add(i, ne, PiiEntity.PERSON, 0.7, "first name and surname");
            return ne;
          }
        }
      }
      return e0;
    }
    // unknown capitalised word: only worth the context work after a cue word, at a line start, before ", XX",
    // or when it looks like a name
    if (!f0 && !l0 && !p0 && shape0 != LOWER && english0) {
      return e0;
    }
    // "Ubul: What a wife." / "mika: who are you?": a speaker at the start of a chat line
    if (eng.namesOn() && e0 < t.length() && t.charAt(e0) == ':' && !common0 && !p0 && speakerStart(t, i)
        && !(shape0 == ALLCAPS && ID_LABELS.contains(t, i, e0))
        && (f0 || !english0 && !g.english.contains(t, i, e0))
        && (f0 || l0 || nameScore(g, t, i, e0, h) > 0.3 && !fieldLabel(t, i, e0) && !headerValueAfter(t, e0))
        && !valueLabel(t, i, e0, tags0)) {
      h.add(i, e0, PiiEntity.PERSON, 0.6, "chat speaker");
      return e0;
    }
    boolean verbNext = shape0 == CAP && nextIsVerb(t, e0);
    if (!f0 && !l0 && !p0 && shape0 != LOWER && !prevIsCue(t, i, h) && !lineStart(t, i)
        && !(e0 + 1 < t.length() && t.charAt(e0) == ',') && !(e0 < t.length() && t.charAt(e0) == ' '
        && e0 + 1 < t.length() && Character.isUpperCase(t.charAt(e0 + 1)))
        && !(verbNext && nameScore(g, t, i, e0, h) > 0.5)
        && (sentenceStart || nameScore(g, t, i, e0, h) <= 1.0) && !titleBefore(t, i) && !nameLabelBefore(t, i)) {
      return e0;
    }
    // lower-case unknown word: only after a strong cue ("my name is ...")
    // (round 22) the scan's reusable window: its sides are read without a window object or a string
    Context.RuleWindow w = null;
    int cue = -1;
    if (shape0 == LOWER && !f0 && !l0 && !p0) {
      if (!eng.namesOn()) {
        return e0;
      }
      // the cheap rejections first: the context window is only built for a word that could still be a name
      if (len0 < 3 || endsWithIgnoreCase(t, i, e0, "ing") || endsWithIgnoreCase(t, i, e0, "ly")
          || endsWithIgnoreCase(t, i, e0, "ed") || nameScore(g, t, i, e0, h) < 0.3 || shouting(t, i)) {
        return e0;
      }
      w = h.ruleWindow().at(t, i, e0, 4);
      int lc = lowerCue(w.left()); // (the left side of Context.left(t, i, 4))
      if (lc < 0 || lc >= LOWER_STRONG_END) {
        return e0;
      }
      cue = 0;
    }
    if (w == null) {
      w = h.ruleWindow().at(t, i, e0, 4);
      cue = cue(w.left());
    }
    if (titleBefore(t, i)) {
      cue = 0;
    }
    if (cue >= 0 && !f0 && !l0 && headerAfterNameLabel(t, i)) {
      return e0; // (review22) "Name Role Team\nJohn Smith Engineer Platform": a header row, not a name after a label
    }
    if (shape0 == ALLCAPS && ID_LABELS.contains(t, i, e0)) {
      return e0; // "NINO AB123456C", "PAN:", "NIE": the name of a number, not a person
    }
    boolean shout = shape0 == ALLCAPS && shouting(t, i);
    int lowerCue = -1;
    if (shape0 == LOWER || shout) {
      lowerCue = lowerCue(w.left());
      if (shape0 == LOWER && len0 < 3 || shout && !shoutedName(t, e0, lowerCue, f0, common0)
          && !(f0 && !common0 && !p0 && (prevWordIn(t, i, CHAT_INTERJECTIONS) || copulaNameAfter(g, t, e0)))) {
        // "OMG BEATRIZ VOLTOU": a listed first name after an interjection in an all-caps line (twelfth round)
        return e0;
      }
      if (shape0 == LOWER && !f0 && (lowerCue < 0 || lowerCue >= LOWER_STRONG_END)) {
        return e0;
      }
      cue = lowerCue >= 0 && lowerCue < LOWER_STRONG_END ? 0 : lowerCue >= 0 ? WEAK_FROM : -1;
    }
    int placeCue = placeCue(w.left());
    boolean nameCue = cue >= 0 && cue < WEAK_FROM;
    // places
    if (eng.placesOn() && shape0 != LOWER && !(cue >= 0 && cue < STRONG_END)) {
      int run = capRun(g, t, i, e0, shape0);
      if (addressBlock(t, i, run) && !(f0 && afterSignOffLine(t, i))
          && !(!p0 && afterSignOffLine(t, i) && signOffWordBefore(t, i))) {
        h.add(i, run, PiiEntity.LOCATION, 0.65, "line of a postal address");
        return run;
      }
    }
    if (eng.placesOn()) {
      int pe = placeEnd != Integer.MIN_VALUE ? placeEnd
          : (placeEnd = placePhrase(g, t, i, e0, place0, placeStart0));
      boolean nextCap = e0 + 1 < t.length() && t.charAt(e0) == ' ' && Character.isUpperCase(t.charAt(e0 + 1))
          && shape0 == CAP;
      if (pe > 0 && pe - i <= 3 && shape0 == ALLCAPS && (placeCue < 0 || i > 1 && Engine.isDigit(t.charAt(i - 2)))) {
        pe = -1;
      }
      if (pe > 0 && !nameCue && !(f0 && !p0) && !(f0 && placeCue < 0 && pe == e0 && len0 <= 4)
          && !(f0 && nextCap && pe == e0 && placeCue < PLACE_STRONG_FROM)) {
        boolean isPlace = (shape0 != LOWER || placeCue >= 0) && !(common0 && placeCue < 0);
        if (isPlace && !orgAfter(g, w.right())) {
          double score = shape0 == LOWER ? 0.55 : 0.65;
          if (placeCue >= 0) {
            score += 0.25;
          }
          int pc = postcode(t, pe);
          h.add(i, pc, PiiEntity.LOCATION, score, "place gazetteer");
          return pc;
        }
      }
      if (shape0 != LOWER && placeCue >= 0 && placeCue <= 4 && !f0 && !l0 && !common0 && !nameCue
          && cue < 0 && len0 >= 3) {
        int pe2 = capRun(g, t, i, e0, shape0);
        h.add(i, pe2, PiiEntity.LOCATION, 0.55, "capitalised name after a place preposition");
        return pe2;
      }
      if (shape0 != LOWER && placeCue >= PLACE_STRONG_FROM && !common0 && !nameCue) {
        int pe2 = capRun(g, t, i, e0, shape0);
        h.add(i, pe2, PiiEntity.LOCATION, 0.7, "capitalised name after a place cue");
        return pe2;
      }
    }
    if (!eng.namesOn()) {
      return e0;
    }
    // names: extend over following name tokens
    int end = e0;
    int tokens = 1;
    int gaz = (f0 || l0) ? 1 : 0;
    boolean lastIsSurname = false;
    boolean initial = false;
    int lastStart = i;
    int k = e0;
    while (tokens < 4 && k + 1 < t.length() && t.charAt(k) == ' ') {
      int ns = k + 1;
      char c = t.charAt(ns);
      if (!Character.isLetter(c)) {
        break;
      }
      int ne = letters(t, ns);
      if (ne < t.length() && Engine.isDigit(t.charAt(ne))) {
        break;
      }
      // initial: "D." or "J"
      if (ne - ns == 1 && Character.isUpperCase(c) && shape0 != LOWER) {
        int after = ne < t.length() && t.charAt(ne) == '.' ? ne + 1 : ne;
        if (after < t.length() && t.charAt(after) == ' ' && after + 1 < t.length()
            && Character.isUpperCase(t.charAt(after + 1))) {
          k = after;
          tokens++;
          initial = true;
          continue;
        }
        break;
      }
      // the next word's shape, gazetteer tags and surname ending from the per-thread memo (this word's facts were
      // read into locals above)
      CapWords next = h.capWords().look(t, ns, ne);
      int sh = next.shape;
      int nt = next.tags;
      boolean nextSurname = next.surname;
      if (sh == LOWER && shape0 != LOWER && tokens == 1 && f0 && (tags0 & Gazetteer.T_PLACE) == 0
          && NAME_PARTICLES.contains(t, ns, ne)) {
        // "Sanne de Wit", "Femke van Dijk", "Noor el Amrani", "Carlos de la Fuente": one or two particles and a
        // capitalised surname go with the name (tenth round)
        int ps = ne;
        if (ps + 2 < t.length() && t.charAt(ps) == ' ' && Character.isLowerCase(t.charAt(ps + 1))) {
          int pe2 = letters(t, ps + 1);
          if (NAME_PARTICLES.contains(t, ps + 1, pe2)) {
            ps = pe2;
          }
        }
        int ss = ps + 1;
        if (ps + 2 < t.length() && t.charAt(ps) == ' ' && Character.isUpperCase(t.charAt(ss))) {
          int se = letters(t, ss);
          if (se - ss >= 2 && shape(t, ss, se) == CAP && !g.stop.contains(t, ss, se) && !g.never.contains(t, ss, se)
              && !(se < t.length() && Engine.isDigit(t.charAt(se)))
              && !g.place.contains(t, ss, se) && (g.last.contains(t, ss, se) || !g.common.contains(t, ss, se))) {
            gaz++;
            lastIsSurname = true;
            lastStart = ns;
            end = se;
            k = se;
            tokens++;
            continue;
          }
        }
        break;
      }
      boolean fi = (nt & Gazetteer.T_FIRST) != 0;
      boolean la = (nt & Gazetteer.T_LAST) != 0 || sh != LOWER && ne - ns >= 5 && nextSurname;
      boolean co = (sh == LOWER ? (nt & Gazetteer.T_COMMON) != 0 : (nt & Gazetteer.T_STOP) != 0)
          || (nt & Gazetteer.T_NEVER) != 0;
      boolean ok;
      if (shape0 == LOWER) {
        ok = sh == LOWER && (la || fi) && !co && ne - ns >= 3;
      } else if (sh == CAP || sh == ALLCAPS && shape0 == ALLCAPS) {
        ok = (nt & Gazetteer.T_STOP) == 0 && (!co || la && (nt & Gazetteer.T_NEVER) == 0);
        if (ok && !fi && !la && (nt & Gazetteer.T_PLACE) != 0) {
          ok = false;
        }
      } else {
        ok = false;
      }
      if (!ok) {
        break;
      }
      if (fi || la) {
        gaz++;
      }
      lastIsSurname = la;
      lastStart = ns;
      end = ne;
      k = ne;
      tokens++;
    }
    // trim a trailing initial
    boolean strong = cue >= 0 && cue < STRONG_END;
    boolean medium = cue >= STRONG_END && cue < WEAK_FROM;
    boolean weak = cue >= WEAK_FROM;
    double score;
    if (tokens == 1) {
      if (shape0 == LOWER) {
        score = f0 && !common0 ? 0.35 : 0.1;
      } else if (f0 || l0) {
        score = shape0 == ALLCAPS ? 0.5 : sentenceStart ? 0.45 : 0.6;
        if (sentenceStart && nameScore(g, t, i, e0, h) > 0.5) {
          score += 0.05;
        }
        if (p0) {
          score -= 0.1;
        }
        if (!f0 && nameScore(g, t, i, e0, h) < 0.3) {
          score -= 0.2;
        }
      } else {
        score = shape0 == ALLCAPS ? 0.05 : 0.2;
        double nm = shape0 == CAP && len0 >= 3 && !p0 ? nameScore(g, t, i, e0, h) : -1;
        if (!sentenceStart && nm > 1.0) {
          score = 0.42;
        } else if (nm > 0.8 && (verbNext || possessive(t, e0))) {
          score = 0.38;
        }
      }
    } else {
      if (shape0 == LOWER) {
        score = gaz >= 2 ? 0.6 : 0.35;
      } else if (gaz >= 1) {
        score = f0 && lastIsSurname ? 0.88 : 0.75;
      } else {
        score = 0.3;
        if (shape0 == CAP && nameScore(g, t, i, e0, h) > 0.8 && g.nameModel.score(t, lastStart, end) > 0.5) {
          score = 0.55;
        }
        if (shape0 == CAP) {
          score = Math.max(score, originNamesScore(t, i, e0, lastStart, end));
        }
      }
    }
    if (strong) {
      score += shape0 == LOWER ? 0.4 : 0.35;
    } else if (medium) {
      score += gaz == 0 && shape0 == CAP && nameScore(g, t, i, e0, h) > 0.3 ? 0.3 : 0.2;
    } else if (weak && gaz > 0) {
      score += shape0 == LOWER ? 0.15 : 0.08;
    }
    Context.RuleWindow wr = w.withRightAt(end); // (w is not read again)
    if ((verbAfter(wr.right()) || possessive(t, end)) && (gaz > 0 || shape0 == CAP)) {
      score += 0.15;
    }
    if (initial && tokens >= 3) {
      score += 0.3;
    }
    if (shape0 == CAP && tokens >= 2 && !strong && signOffWordBefore(t, i) && lineRestEmpty(t, end)) {
      // "Kind regards,\nRhodri Vaughan\n...": a line of two or three capitalised words under a sign-off is the
      // writer's name (twelfth round; organisations are still lowered below)
      score = Math.max(score, 0.7);
    }
    if (eng.shortcuts && !strong && !(shape0 == CAP && (tokens >= 2 || gaz > 0))
        && (common0 && tokens == 1 ? score - 0.15 : score) < 0.2) {
      // (round 20) without a strong cue and without the display-name floor below, the steps up to the threshold
      // test only subtract (organisation after, headline, common word), and a double subtraction of a positive
      // amount never rounds up: the word is already below 0.2 and the test below would return e0; the organisation
      // and headline look-ups are skipped ("with Product notes")
      return e0;
    }
    if ((orgAfter(g, wr.right()) || tokens > 1 && g.org.contains(t, lastStart, end)) && !strong) {
      score -= 0.45;
    }
    if (shape0 == CAP && !strong && headline(t, i, end)) {
      score -= 0.3;
    }
    if (shape0 == CAP && (tokens >= 2 || gaz > 0) && displayNameBefore(t, end)) {
      // "Kenji Watanabe <kenji.w@example.jp>": the display name of an e-mail address in a header or signature
      score = Math.max(score, 0.8);
    }
    if (common0 && !strong && tokens == 1) {
      score -= 0.15;
    }
    if (score < 0.2) {
      return e0;
    }
    if (shape0 == CAP && jsonValueStart(t, i) && end < t.length() && t.charAt(end) == '"') {
      if (productObject(t, i)) {
        // [{"sku":"A-7","name":"Maple Chair","price":120}]: the name of a product
        score = Math.min(score, 0.3);
      } else if (score < 0.9 && !f0) {
        // {"name":"Oak Desk"}: a whole JSON value is a name only when personField (asked next by scan) says so
        score = Math.min(score, 0.45);
      }
    }
    if (tokens == 1 && !f0 && !strong && e0 < t.length() && t.charAt(e0) == ':' && fieldLabel(t, i, e0)) {
      return e0; // "Domicilio: Calle ...", "Lieferanschrift:": a form label
    }
    if (eng.placesOn() && !strong && streetAround(t, i, end)
        && !(tokens == 1 && (english0 || common0) && shortNumberAfter(t, end))
        && !elision(t, i) && !yearOrDayAfter(g, t, end) && !decimalAfter(t, end) && !phoneAfter(t, end)
        && !titleAbbreviationAfter(t, end) && !(tokens == 1 && lowerWordAfterNumber(t, end))) {
      // (eighth round: an English or common word before a short number is no street named after a person: "Room 3",
      // "Level 2"; nor a word before a decimal, a year or a day and month: "Versie 4.0.2", "Springer 2021",
      // "Born 22 August"; round 18: nor a name before a phone number, "Marcus Jackson 404-555-0171")
      h.add(i, end, PiiEntity.LOCATION, 0.6, "street named after a person");
      return end;
    }
    h.add(i, end, PiiEntity.PERSON, Math.min(0.97, score), "name gazetteer, capitalisation and cue words");
    if (score >= 0.5 && shape0 != LOWER) {
      return nameList(g, t, end, shape0, h);
    }
    return end;
  }

  /**
   * (review22) Whether the word at {@code i} is on a line that starts with a generic name label without a colon
   * ({@link NameLexicon#GENERIC_NAME_LABELS}: "Name", "Nombre", "Naam") whose next word is a column name
   * ({@link NameLexicon#HEADER_WORDS}, or an identifier or contact cue word: "Passport", "Phone") and is at or
   * before {@code i}: the line is a table's header row ("Name Role Team", "Name  Passport  Country"). Reads back at
   * most 160 characters of the line.
   */
  static boolean headerAfterNameLabel(CharSequence t, int i) {
    int ls = i;
    while (ls > 0 && t.charAt(ls - 1) != '\n') {
      if (i - ls >= 160) {
        return false;
      }
      ls--;
    }
    int a = ls;
    while (a < i && (t.charAt(a) == ' ' || t.charAt(a) == '\t')) {
      a++;
    }
    int b = a;
    while (b < i && Character.isLetter(t.charAt(b))) {
      b++;
    }
    if (b == a || b >= i || t.charAt(b) != ' ' && t.charAt(b) != '\t'
        || !NameLexicon.GENERIC_NAME_LABELS.contains(t, a, b)) {
      return false;
    }
    int c = b;
    while (c < i && (t.charAt(c) == ' ' || t.charAt(c) == '\t')) {
      c++;
    }
    int d = c;
    while (d < t.length() && Character.isLetter(t.charAt(d))) {
      d++;
    }
    if (d == c || c > i || !Character.isUpperCase(t.charAt(c))
        || d < t.length() && t.charAt(d) != ' ' && t.charAt(d) != '\t' && t.charAt(d) != '\n'
        && t.charAt(d) != '\r') {
      return false;
    }
    return NameLexicon.HEADER_WORDS.contains(t, c, d) || (Context.maskOf(t, c, d) & HEADER_CUES) != 0;
  }

  /** Cue types whose words name a table column ("Passport", "Phone", "Email", "IBAN"). */
  private static final long HEADER_CUES = Context.bitOf(PiiEntity.US_PASSPORT) | Context.bitOf(PiiEntity.PHONE_NUMBER)
      | Context.bitOf(PiiEntity.EMAIL_ADDRESS) | Context.bitOf(PiiEntity.US_DRIVER_LICENSE)
      | Context.bitOf(PiiEntity.US_SSN) | Context.bitOf(PiiEntity.IBAN_CODE) | Context.bitOf(PiiEntity.CREDIT_CARD);

  /** {@link #lowerWordRules}: none of its rules decided the word, the later rules go on. */
  private static final int NO_DECISION = Integer.MIN_VALUE;

  /**
   * A step of {@link #rules}: the rules of a word in lower case (shape {@code LOWER}) that decide it before the
   * place, cue and name rules: a first name after a sentence-start article, common and English words, chat speakers,
   * places after a preposition, first names after a chat word, and the tagger for a word without a cue. Returns where
   * to go on, or {@link #NO_DECISION}.
   */
  private static int lowerWordRules(Engine eng, Gazetteer g, CharSequence t, int i, int e0, int len0, int tags0,
      boolean common0, boolean english0, Hits h) {
    if (eng.namesOn() && len0 >= 4 && (tags0 & Gazetteer.T_FIRST) != 0
        && (tags0 & Gazetteer.T_PLACE) != 0 && (tags0 & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) == 0
        && articleAtSentenceStart(t, i) && lowerVerbAfter(g, t, e0) && !digitsNear(t, i, e0) && !handle(t, i, e0)) {
      // "a victoria chegou", "o vitória chegou": a first name that is also a place, after a pt/es/it article that
      // starts the sentence and before a lower-case word that is no function, English or name word (twelfth round)
      h.add(i, e0, PiiEntity.PERSON, 0.6, "lower-case first name after an article");
      return e0;
    }
    if ((common0 || english0)) {
      return e0;
    }
    if (eng.namesOn() && lowerSpeaker(t, i, e0, tags0) && !valueLabel(t, i, e0, tags0)) {
      h.add(i, e0, PiiEntity.PERSON, 0.6, "chat speaker");
      return e0;
    }
    if (eng.placesOn() && len0 >= 4 && (tags0 & Gazetteer.T_PLACE) != 0
        && (tags0 & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) == 0 && prevWordIn(t, i, LOWER_PLACE_PREPOSITIONS)
        && !digitsNear(t, i, e0) && !handle(t, i, e0) && !englishArticleBefore(g, t, i)) {
      // "im in rotterdam", "ya llegaste a valencia", "tá em lisboa": a listed place in lower case after a place
      // preposition in chat (tenth round)
      h.add(i, e0, PiiEntity.LOCATION, 0.6, "lower-case place after a preposition");
      return e0;
    }
    if (eng.namesOn() && len0 >= 3 && (tags0 & Gazetteer.T_FIRST) != 0
        && (tags0 & (Gazetteer.T_STOP | Gazetteer.T_NEVER | Gazetteer.T_PLACE)) == 0
        && (prevWordIn(t, i, LOWER_CHAT_CUES) || articleOrPairCue(g, t, i, e0) || chatVerbCue(t, i, e0)
        || particleCue(t, i))
        && !digitsNear(t, i, e0)
        && !handle(t, i, e0) && !LOWER_AMBIGUOUS.contains(t, i, e0)) {
      // "lol kevin forgot", "lena und tim sind", "oye pablo", "j'ai appelé léa": a listed first name in lower case
      // right after a chat word, a conjunction or a calling verb of en, de, fr, es, it, nl, pt
      int end = e0;
      int ns = e0 + 1;
      if (e0 < t.length() && t.charAt(e0) == ' ' && ns < t.length() && Character.isLowerCase(t.charAt(ns))) {
        // "with emily rodriguez": a listed surname in lower case right after it is part of the name (eleventh round)
        int ne = letters(t, ns);
        int nt = g.tagged.flags(t, ns, ne, WordSet.hashOf(t, ns, ne));
        if (ne - ns >= 4 && ((nt & Gazetteer.T_LAST) != 0 && (nt & (Gazetteer.T_COMMON | Gazetteer.T_STOP
            | Gazetteer.T_NEVER | Gazetteer.T_PLACE)) == 0 || nt == 0 && ne - ns >= 5
            && (g.nameModel.score(t, ns, ne) > 0.8 || lowerSurnameEnding(t, ns, ne)))
            && !LOWER_AMBIGUOUS.contains(t, ns, ne) && !LOWER_FOREIGN_WORDS.contains(t, ns, ne)
            && !handle(t, ns, ne) && !digitsNear(t, ns, ne) && !g.english.contains(t, ns, ne)) {
          end = ne;
        }
      }
      h.add(i, end, PiiEntity.PERSON, 0.6, "lower-case first name after a chat word");
      return end;
    }
    if (!prevIsCue(t, i) && !((tags0 & Gazetteer.T_FIRST) != 0 && nextIsVerb(t, e0))) {
      // a lower-case word is a name only after a cue word or as the subject of a verb ("sam 's coming"), or when
      // the trained tagger says so
      return eng.namesOn() ? lowerTagger(g, t, i, e0, tags0, h) : e0;
    }
    return NO_DECISION;
  }

  /** Delegates to {@link NameStreets#countUnit} (kept here for the callers in {@link Engine}). */
  static boolean countUnit(CharSequence t, int s, int e) {
    return NameStreets.countUnit(t, s, e);
  }

  /** Delegates to {@link NameCues#cueWord} (kept here for the callers in {@link Engine}). */
  static boolean cueWord(CharSequence t, int s, int e) {
    return NameCues.cueWord(t, s, e);
  }

  /** Delegates to {@link NameDates#dayMonthDate} (kept here for the callers in {@link Engine}). */
  static int dayMonthDate(Engine eng, CharSequence t, int s, int de, Hits h) {
    return NameDates.dayMonthDate(eng, t, s, de, h);
  }

  /** Delegates to {@link NameWords#englishWord} (kept here for the callers in {@link Engine}). */
  static boolean englishWord(CharSequence t, int s, int e) {
    return NameWords.englishWord(t, s, e);
  }

  /** Delegates to {@link NameStreets#mayStartStreetPrefix} (kept here for the callers in {@link Engine}). */
  static boolean mayStartStreetPrefix(CharSequence t, int ws) {
    return NameStreets.mayStartStreetPrefix(t, ws);
  }

  /** Delegates to {@link NameCues#nextIsVerb} (kept here for the callers in {@link Engine}). */
  static boolean nextIsVerb(CharSequence t, int e) {
    return NameCues.nextIsVerb(t, e);
  }

  /** Delegates to {@link NameStreets#prefixStreet} (kept here for the callers in {@link Engine}). */
  static int prefixStreet(CharSequence t, int ws, boolean numberAfter) {
    return NameStreets.prefixStreet(t, ws, numberAfter);
  }

  /** Delegates to {@link NameCues#prevIsCue} (kept here for the callers in {@link Engine}). */
  static boolean prevIsCue(CharSequence t, int i) {
    return NameCues.prevIsCue(t, i);
  }

  /** Delegates to {@link NameCues#prevIsCue} (kept here for the callers in {@link Engine}). */
  static boolean prevIsCue(CharSequence t, int i, Hits h) {
    return NameCues.prevIsCue(t, i, h);
  }

  /** Delegates to {@link NameDates#replyHeader} (kept here for the callers in {@link Engine}). */
  static boolean replyHeader(CharSequence t, int s) {
    return NameDates.replyHeader(t, s);
  }

  /** Delegates to {@link NameCues#verbWord} (kept here for the callers in {@link Engine}). */
  static boolean verbWord(CharSequence t, int s, int e) {
    return NameCues.verbWord(t, s, e);
  }
}
