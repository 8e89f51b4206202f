package dev.aisec.data.pii.internal;

import static dev.aisec.data.pii.internal.NameLexicon.*;
import static dev.aisec.data.pii.internal.NameContext.prevWordIn;
import static dev.aisec.data.pii.internal.NameContext.wordBefore;
import static dev.aisec.data.pii.internal.NameWords.ALLCAPS;
import static dev.aisec.data.pii.internal.NameWords.letter;
import static dev.aisec.data.pii.internal.NameWords.letters;
import static dev.aisec.data.pii.internal.NameWords.lineStart;
import static dev.aisec.data.pii.internal.NameWords.shape;
import static dev.aisec.data.pii.internal.NameWords.upper;

/**
 * The title and cue readers of the name rules: titles before a name ("Mr.", "Frau", "Dear"), cue phrases on
 * the left ("my name is", greetings, sign-offs, self-introductions, Polish vocatives, chat verbs) and verbs on
 * the right ("said", "wrote"). Each method only reads the text around a word and answers whether (or how
 * strongly) it is cued; none writes a hit.
 */
final class NameCues {

  private NameCues() {}

  // The engine skips a plain lower-case word without a full gazetteer probe unless prevIsCue or nextIsVerb holds (the
  // LOWER gate at the top of rules), the word may be a listed name for lowerTagger or a listed place for the lower-case
  // place rule (Engine.lowerName, the same tag conditions) or it follows a quote (personField).
  // Keep Engine.lowerRun in step with these gates.

  /** Whether {@code t[s, e)} is a word {@link #prevIsCue} accepts as a cue (fast for ASCII words). */
  static boolean cueWord(CharSequence t, int s, int e) {
    return CUE_LAST_WORDS.containsAscii(t, s, e) || TITLE_SET.containsAscii(t, s, e);
  }

  /** Whether {@code t[s, e)} is a word {@link #nextIsVerb} accepts after a name (fast for ASCII words). */
  static boolean verbWord(CharSequence t, int s, int e) {
    return VERB_AFTER_SET.containsAscii(t, s, e);
  }

  /**
   * Where the name starts in a PERSON hit {@code t[s, e)} that opens with greeting words ("Hoi Daan" -> "Daan"),
   * or {@code s} when it does not or when no capitalised word follows them.
   */
  static int afterGreeting(CharSequence t, int s, int e) {
    int w = s;
    while (w < e) {
      int we = letters(t, w);
      if (we == w || !GREETING_WORDS.contains(t, w, we)) {
        break;
      }
      w = we;
      while (w < e && (t.charAt(w) == ' ' || t.charAt(w) == ',')) {
        w++;
      }
    }
    return w > s && w < e && upper(t.charAt(w)) ? w : s;
  }

  /**
   * Where the name starts when the PERSON hit {@code t[s, e)} is a Polish form of address and one word in the
   * vocative (or another case) of a listed first name ("Pani Agnieszko" of Agnieszka, "Panie Tomaszu" of Tomasz,
   * "Panie Marku" of Marek, "Panie Piotrze" of Piotr), or -1. Endings tried: -o to -a, -u and -e dropped, -ku to -ek,
   * -rze to -r, -le to -ł.
   */
  static int polishVocative(CharSequence t, int s, int e) {
    int we = letters(t, s);
    while (we + 1 < e && t.charAt(we) == ' ' && !POLISH_ADDRESS.contains(t, s, we)
        && GREETING_WORDS.contains(t, s, we)) {
      s = we + 1; // "Szanowny Panie Tomaszu", "Dzień dobry Pani Agnieszko"
      we = letters(t, s);
    }
    if (we + 2 >= e || t.charAt(we) != ' ' || !POLISH_ADDRESS.contains(t, s, we)) {
      return -1;
    }
    int ns = we + 1;
    if (letters(t, ns) != e || !upper(t.charAt(ns)) || e - ns < 4) {
      return -1;
    }
    String w = t.subSequence(ns, e).toString();
    Gazetteer g = Gazetteer.get();
    String[] forms = {
        w.endsWith("o") ? w.substring(0, w.length() - 1) + "a" : null,
        w.endsWith("u") || w.endsWith("e") ? w.substring(0, w.length() - 1) : null,
        w.endsWith("ku") ? w.substring(0, w.length() - 2) + "ek" : null,
        w.endsWith("rze") ? w.substring(0, w.length() - 2) : null,
        w.endsWith("le") ? w.substring(0, w.length() - 2) + "ł" : null};
    for (String f : forms) {
      if (f != null && g.first.contains(f, 0, f.length())) {
        return ns;
      }
    }
    return -1;
  }

  /**
   * Whether a copula of {@link NameLexicon#CAPS_COPULAS} and then a listed first name that is no common word or place follow
   * {@code e} in all capitals ("FRANCESCA SONO LUCA": the first name before it is a name too; thirteenth round).
   */
  static boolean copulaNameAfter(Gazetteer g, CharSequence t, int e) {
    int n = t.length();
    if (e + 1 >= n || t.charAt(e) != ' ' || !Character.isUpperCase(t.charAt(e + 1))) {
      return false;
    }
    int cs = e + 1;
    int ce = letters(t, cs);
    if (ce - cs < 2 || ce - cs > 4 || !isUpperRun(t, cs, ce) || !CAPS_COPULAS.contains(t, cs, ce)) {
      return false;
    }
    if (ce + 1 >= n || t.charAt(ce) != ' ') {
      return false;
    }
    int ns = ce + 1;
    int ne = letters(t, ns);
    if (ne - ns < 3 || !isUpperRun(t, ns, ne)) {
      return false;
    }
    int tags = g.tagged.flags(t, ns, ne, WordSet.hashOf(t, ns, ne));
    return (tags & Gazetteer.T_FIRST) != 0
        && (tags & (Gazetteer.T_COMMON | Gazetteer.T_STOP | Gazetteer.T_NEVER | Gazetteer.T_PLACE)) == 0;
  }

  private static boolean isUpperRun(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (!Character.isUpperCase(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Chat verbs right before a lower-case first name: German "kannst du steffi anrufen", "hast du jana gesehen" (a
   * verb of the second person ending in -st, then "du") and French "c'est léa !" (at the end of the clause).
   */
  static boolean chatVerbCue(CharSequence t, int s, int e) {
    long pw = wordBefore(t, s);
    if (pw < 0) {
      return false;
    }
    int ps = (int) (pw >>> 32);
    int pe = (int) pw;
    if (pe - ps == 2 && t.charAt(ps) == 'd' && t.charAt(ps + 1) == 'u') {
      long qw = wordBefore(t, ps);
      if (qw < 0) {
        return false;
      }
      int qs = (int) (qw >>> 32);
      int qe = (int) qw;
      return qe - qs >= 3 && qe - qs <= 8 && t.charAt(qe - 2) == 's' && t.charAt(qe - 1) == 't'
          && Character.isLowerCase(t.charAt(qs)) && (qs == 0 || !letter(t.charAt(qs - 1)));
    }
    if (pe - ps == 3 && t.charAt(ps) == 'e' && t.charAt(ps + 1) == 's' && t.charAt(ps + 2) == 't' && ps >= 2
        && (t.charAt(ps - 1) == '\'' || t.charAt(ps - 1) == '\u2019') && (t.charAt(ps - 2) == 'c'
        || t.charAt(ps - 2) == 'C') && (ps == 2 || !letter(t.charAt(ps - 3)))) {
      int q = e;
      while (q < t.length() && t.charAt(q) == ' ') {
        q++;
      }
      return q == t.length() || "!?.,:;)".indexOf(t.charAt(q)) >= 0 || t.charAt(q) > 0x2000
          && !Character.isLetterOrDigit(t.charAt(q));
    }
    return false;
  }

  /**
   * Whether a chat cue word stands before {@code i} with one particle between ("ruf mal tobi an", "bel even
   * sophie", "frag doch lena", "chiama pure marco"; fifteenth round). Asked only for listed lower-case first names.
   */
  static boolean particleCue(CharSequence t, int i) {
    long pw = wordBefore(t, i);
    if (pw < 0) {
      return false;
    }
    int ps = (int) (pw >>> 32);
    return CUE_PARTICLES.contains(t, ps, (int) pw) && prevWordIn(t, ps, LOWER_CHAT_CUES);
  }

  /** Whether {@code i} starts a line or follows the end of a sentence (". ", "! ", "? ", ": "). */
  static boolean labelStart(CharSequence t, int i) {
    if (lineStart(t, i)) {
      return true;
    }
    int k = i - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && k < i - 1 && ".!?:;".indexOf(t.charAt(k)) >= 0;
  }

  /** The end of "First Last" after {@code e} (one space, two capitalised words, one of them a listed name), or -1. */
  static int roleLabelName(Gazetteer g, CharSequence t, int e) {
    int n = t.length();
    if (e + 1 >= n || t.charAt(e) != ' ' || !Character.isUpperCase(t.charAt(e + 1))) {
      return -1;
    }
    int as = e + 1;
    int ae = letters(t, as);
    if (ae - as < 2 || ae + 1 >= n || t.charAt(ae) != ' ' || !Character.isUpperCase(t.charAt(ae + 1))) {
      return -1;
    }
    int bs = ae + 1;
    int be = letters(t, bs);
    if (be - bs < 2 || be < n && Engine.isDigit(t.charAt(be))) {
      return -1;
    }
    boolean first = g.first.contains(t, as, ae);
    boolean last = g.last.contains(t, bs, be) && !g.common.contains(t, bs, be);
    return first && (last || g.last.contains(t, bs, be)) || last && !g.common.contains(t, as, ae) ? be : -1;
  }

  /**
   * Whether the words before {@code i} are a self-introduction: "I'm", "I am", "this is"
   * (thirteenth round); with {@code clause}, only when the introduction starts a clause.
   */
  static boolean selfIntroBefore(CharSequence t, int i, boolean clause) {
    int k = i - 1;
    if (k < 1 || t.charAt(k) != ' ') {
      return false;
    }
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    int we = k + 1;
    while (k >= 0 && (Character.isLetter(t.charAt(k)) || t.charAt(k) == '\'' || t.charAt(k) == '\u2019')) {
      k--;
    }
    int ws = k + 1;
    int len = we - ws;
    if (len == 3 && (t.charAt(ws) == 'I' || t.charAt(ws) == 'i') && (t.charAt(ws + 1) == '\''
        || t.charAt(ws + 1) == '\u2019') && (t.charAt(ws + 2) == 'm' || t.charAt(ws + 2) == 'M')) {
      return !clause || clauseStartBefore(t, ws);
    }
    boolean am = len == 2 && (t.charAt(ws) == 'a' || t.charAt(ws) == 'A') && (t.charAt(ws + 1) == 'm');
    boolean is = len == 2 && (t.charAt(ws) == 'i' || t.charAt(ws) == 'I') && t.charAt(ws + 1) == 's';
    if (!am && !is || ws < 2 || t.charAt(ws - 1) != ' ') {
      return false;
    }
    int j = ws - 1;
    while (j >= 0 && t.charAt(j) == ' ') {
      j--;
    }
    int pe = j + 1;
    while (j >= 0 && Character.isLetter(t.charAt(j))) {
      j--;
    }
    int ps = j + 1;
    if (am) {
      return pe - ps == 1 && t.charAt(ps) == 'I' && (!clause || clauseStartBefore(t, ps));
    }
    return pe - ps == 4 && (t.charAt(ps) == 't' || t.charAt(ps) == 'T') && t.charAt(ps + 1) == 'h'
        && t.charAt(ps + 2) == 'i' && t.charAt(ps + 3) == 's' && (!clause || clauseStartBefore(t, ps));
  }

  /** The end of a capitalised listed surname after {@code e} that ends the clause ("I'm Grace Hopper."), or -1. */
  static int selfIntroSurname(Gazetteer g, CharSequence t, int e) {
    int n = t.length();
    if (e + 1 >= n || t.charAt(e) != ' ' || !Character.isUpperCase(t.charAt(e + 1))) {
      return -1;
    }
    int ss = e + 1;
    int se = letters(t, ss);
    if (se - ss < 2 || !Character.isLowerCase(t.charAt(se - 1))) {
      return -1;
    }
    int tags = g.tagged.flags(t, ss, se, WordSet.hashOf(t, ss, se));
    return (tags & Gazetteer.T_LAST) != 0 && (tags & (Gazetteer.T_NEVER | Gazetteer.T_STOP)) == 0
        && selfIntroEnd(t, se) ? se : -1;
  }

  /**
   * Whether nothing but spaces, then the text start, a line break or clause punctuation, comes before {@code i}, or
   * a greeting word ("Hi I'm Grace", "Hello there I'm Joy").
   */
  private static boolean clauseStartBefore(CharSequence t, int i) {
    long gw = wordBefore(t, i);
    if (gw >= 0 && GREETINGS.contains(t, (int) (gw >>> 32), (int) gw)) {
      return true;
    }
    int k = i - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = t.charAt(k);
    // (an emoji or other symbol before the clause counts as its start: "👋 I'm Grace")
    return ",.!?;:\n-(".indexOf(c) >= 0 || c > 0x2000 && !Character.isLetterOrDigit(c);
  }

  /** Whether the word before {@code i} (skipping spaces and a dot) starts with a lower-case letter. */
  static boolean lowerTitleWordBefore(CharSequence t, int i) {
    int k = i - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k >= 0 && t.charAt(k) == '.') {
      k--;
    }
    while (k >= 0 && Character.isLetter(t.charAt(k))) {
      k--;
    }
    return k + 1 < i && Character.isLowerCase(t.charAt(k + 1));
  }

  /**
   * Whether the clause ends at {@code e} (punctuation, the text end) or a word of {@link NameLexicon#SELF_INTRO_AFTER} follows.
   */
  static boolean selfIntroEnd(CharSequence t, int e) {
    int n = t.length();
    if (e >= n) {
      return true;
    }
    char c = t.charAt(e);
    if (",.!?;:)\n".indexOf(c) >= 0) {
      return !(c == '.' && e + 1 < n && Character.isLetterOrDigit(t.charAt(e + 1)));
    }
    if (c != ' ' || e + 1 >= n) {
      return c != ' ' && !Character.isLetterOrDigit(c) && c != '-' && c != '\'';
    }
    int ws = e + 1;
    int we = letters(t, ws);
    return we > ws && Character.isLowerCase(t.charAt(ws)) && SELF_INTRO_AFTER.contains(t, ws, we);
  }

  /**
   * In shouted text ("HAD COFFEE WITH ILKNUR AND NICK") capitals say nothing, so a word is taken like a lower-case
   * one: after a strong cue, or a listed first name that is not a common word after any lower-case cue ("with",
   * "and", "to"), before a possessive ("AT NETA'S PLACE") or before a listed surname ("LLAMAR A JAIME BUSTAMANTE").
   */
  static boolean shoutedName(CharSequence t, int e, int lowerCue, boolean first, boolean common) {
    if (lowerCue >= 0 && lowerCue < LOWER_STRONG_END) {
      return true;
    }
    return first && !common && (lowerCue >= 0 || e + 1 < t.length() && (t.charAt(e) == '\'' || t.charAt(e) == '\u2019')
        && t.charAt(e + 1) == 'S' && (e + 2 >= t.length() || !Character.isLetter(t.charAt(e + 2)))
        || shoutedSurnameNext(t, e));
  }

  /** "LLAMAR A JAIME BUSTAMANTE AL ...": the next all-caps word is a listed surname and no common or stop word. */
  private static boolean shoutedSurnameNext(CharSequence t, int e) {
    int ns = e + 1;
    if (ns >= t.length() || t.charAt(e) != ' ' || !Character.isUpperCase(t.charAt(ns))) {
      return false;
    }
    int ne = letters(t, ns);
    if (ne - ns < 2 || shape(t, ns, ne) != ALLCAPS) {
      return false;
    }
    Gazetteer g = Gazetteer.get();
    int tags = g.tagged.flags(t, ns, ne, WordSet.hashOf(t, ns, ne));
    return (tags & Gazetteer.T_LAST) != 0
        && (tags & (Gazetteer.T_COMMON | Gazetteer.T_STOP | Gazetteer.T_NEVER | Gazetteer.T_PLACE)) == 0;
  }

  static int lowerCue(String left) {
    return LOWER_CUES_INDEX.find(left);
  }

  /** {@link #lowerCue(String)} of a side that need not be a string (round 22: {@code Context.RuleWindow}). */
  static int lowerCue(CharSequence left) {
    return LOWER_CUES_INDEX.find(left);
  }

  /** A capitalised title right before: "Mr. ", "Dr ", "Frau ", "Dear ". */
  static boolean titleBefore(CharSequence t, int i) {
    int k = i - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k >= 0 && t.charAt(k) == '.') {
      k--;
    }
    int we = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k))) {
      k--;
    }
    int ws = k + 1;
    if (we - ws >= 2 && we - ws <= 3 && ws >= 2 && t.charAt(ws - 1) == '.' && FEMININE_ENDINGS.contains(t, ws, we)) {
      // "dott.ssa", "sig.ra", "prof.ssa": the abbreviation before the dot is the title
      k = ws - 2;
      we = k + 1;
      while (k >= 0 && Character.isLetter(t.charAt(k))) {
        k--;
      }
      ws = k + 1;
    }
    if (we - ws < 1 || we - ws > 10 || we == i || ws > 0 && Character.isLetterOrDigit(t.charAt(ws - 1))) {
      // ("X3456123M. Domicilio": the last letter of an ID is no "M." title)
      return false;
    }
    if (we < t.length() && t.charAt(we) == '.' && DEGREE_SET.contains(t, ws, we)) {
      // "Dr. rer. nat. Jonas Imhof": a degree counts when a title comes before it
      return titleBefore(t, ws);
    }
    if (!Character.isUpperCase(t.charAt(ws))) {
      // Italian titles are written in lower case inside a sentence ("gentile dott.ssa Rossi", "il sig. Bianchi")
      return LOWER_TITLE_SET.contains(t, ws, we);
    }
    return TITLE_SET.contains(t, ws, we);
  }

  static boolean nextIsVerb(CharSequence t, int e) {
    int k = e;
    while (k < t.length() && t.charAt(k) == ' ') {
      k++;
    }
    if (k + 1 < t.length() && (t.charAt(k) == '\'' || t.charAt(k) == '\u2019') && t.charAt(k + 1) == 's') {
      return true;
    }
    int we = k;
    while (we < t.length() && Character.isLetter(t.charAt(we))) {
      we++;
    }
    return we > k && VERB_AFTER_SET.contains(t, k, we);
  }

  /**
   * Whether the line before the one starting at {@code i} ends with a comma ("Yours sincerely,", "Un abrazo,"): the
   * next line is the sender's name, not a line of a postal address.
   */
  /** Whether nothing but spaces, a "|" or "," part follows {@code e} on its line. */
  static boolean lineRestEmpty(CharSequence t, int e) {
    int k = e;
    while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\r')) {
      k++;
    }
    return k >= t.length() || t.charAt(k) == '\n' || t.charAt(k) == '|' || t.charAt(k) == ',';
  }

  /**
   * Whether the line before {@code i} ends with a sign-off word and a comma ("Kind regards,\nGareth Pryce"): the
   * line at {@code i} then starts with the writer's name, not an address line (twelfth round).
   */
  static boolean signOffWordBefore(CharSequence t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '\t' || t.charAt(k) == '\n' || t.charAt(k) == '\r')) {
      k--;
    }
    if (k < 1 || t.charAt(k) != ',') {
      return false;
    }
    int we = k;
    int ws = we;
    while (ws > 0 && we - ws < 16 && Character.isLetter(t.charAt(ws - 1))) {
      ws--;
    }
    return we > ws && SIGN_OFF_WORDS.contains(t, ws, we);
  }

  static boolean afterSignOffLine(CharSequence t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
      k--;
    }
    if (k < 0 || t.charAt(k) != '\n') {
      return false;
    }
    k--;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '\r')) {
      k--;
    }
    return k >= 0 && t.charAt(k) == ',';
  }

  /**
   * "Ärztin Dr. Keller", "Frau Dr. Weber": "Dr."/"St." followed by a capitalised word is a title or a saint's name
   * before a name, not the street word after one (tenth round).
   */
  static boolean titleAbbreviationAfter(CharSequence t, int e) {
    int n = t.length();
    if (e + 5 >= n || t.charAt(e) != ' ') {
      return false;
    }
    char a = WordSet.lower(t.charAt(e + 1));
    char b = WordSet.lower(t.charAt(e + 2));
    return (a == 'd' && b == 'r' || a == 's' && b == 't') && t.charAt(e + 3) == '.' && t.charAt(e + 4) == ' '
        && Character.isUpperCase(t.charAt(e + 5));
  }

  static boolean prevIsCue(CharSequence t, int i) {
    return prevIsCue(t, i, null);
  }

  /**
   * {@link #prevIsCue(CharSequence, int)}, answered from the scan's state when the word before is the plain
   * lower-case word the engine's word loop recorded last ({@code h.plainEnd}, {@code h.plainCue}: that word, read
   * backwards from its end, is the same word, and {@code plainCue} is {@link #cueWord} of it).
   */
  static boolean prevIsCue(CharSequence t, int i, Hits h) {
    int k = i - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == ',' || t.charAt(k) == '.' || t.charAt(k) == ':')) {
      k--;
    }
    int we = k + 1;
    if (h != null && we == h.plainEnd && we > 0) {
      return h.plainCue;
    }
    while (k >= 0 && (Character.isLetter(t.charAt(k)) || t.charAt(k) == '\'')) {
      k--;
    }
    return we > k + 1 && (CUE_LAST_WORDS.contains(t, k + 1, we) || TITLE_SET.contains(t, k + 1, we));
  }

  static int cue(String left) {
    return STRONG_INDEX.find(left);
  }

  /** {@link #cue(String)} of a side that need not be a string (round 22: {@code Context.RuleWindow}). */
  static int cue(CharSequence left) {
    return STRONG_INDEX.find(left);
  }

  static int placeCue(String left) {
    return PLACE_CUES_INDEX.find(left);
  }

  /** {@link #placeCue(String)} of a side that need not be a string (round 22: {@code Context.RuleWindow}). */
  static int placeCue(CharSequence left) {
    return PLACE_CUES_INDEX.find(left);
  }

  static boolean verbAfter(String right) {
    // only the entries whose first letter is the window's first character can match (a window starts with a space)
    char c = right.length() > 1 ? right.charAt(1) : ' ';
    for (String v : c < 128 ? VERBS_BY_FIRST[c] : VERBS_AFTER) {
      if (right.startsWith(v)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #verbAfter(String)} of a side that need not be a string (round 22: {@code Context.RuleWindow}). */
  static boolean verbAfter(CharSequence right) {
    if (right instanceof String) {
      return verbAfter((String) right);
    }
    char c = right.length() > 1 ? right.charAt(1) : ' ';
    for (String v : c < 128 ? VERBS_BY_FIRST[c] : VERBS_AFTER) {
      if (startsWith(right, v, 0)) {
        return true;
      }
    }
    return false;
  }

  /** {@code s.toString().startsWith(prefix, from)} without the string. */
  static boolean startsWith(CharSequence s, String prefix, int from) {
    if (from < 0 || from > s.length() - prefix.length()) {
      return false;
    }
    for (int j = 0; j < prefix.length(); j++) {
      if (s.charAt(from + j) != prefix.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
