package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import static dev.aisec.data.pii.internal.NameLexicon.*;

/**
 * PERSON, LOCATION and worded DATE_TIME recognition without a model server: gazetteers (first names, last names,
 * places), a common-word filter, capitalisation classes, cue words on the left (titles, "my name is", "Dear",
 * greetings, sign-offs, "ich heiße", "je m'appelle", "me llamo"; "in", "from", "flew to", "live in" for places) and
 * verb cues on the right ("said", "wrote"). Runs from the main scan at every word start; the common case (a common
 * lower-case word) costs one hash probe. Stateless.
 */
final class Names {

  private Names() {}

  private static final int LOWER = 0;
  private static final int CAP = 1;
  private static final int ALLCAPS = 2;
  private static final int OTHER = 3;

  /**
   * False only when {@link #prefixStreet} is sure to return -1 at {@code ws}: the word there starts with two ASCII
   * letters that, lower-cased, start no street prefix (the prefix set is case-insensitive, and an ASCII letter
   * lower-cases to an ASCII letter). A cheap test for the digit path, before the word is read.
   */
  static boolean mayStartStreetPrefix(CharSequence t, int ws) {
    boolean[] b = STREET_PREFIX_STARTS;
    if (b == null || ws + 1 >= t.length()) {
      return true;
    }
    int c0 = t.charAt(ws) | 0x20;
    int c1 = t.charAt(ws + 1) | 0x20;
    if (c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z' || !Engine.isAsciiLetter(t.charAt(ws))
        || !Engine.isAsciiLetter(t.charAt(ws + 1))) {
      return true;
    }
    return b[(c0 - 'a') * 26 + c1 - 'a'];
  }

  /** The name model's score of {@code t[i, e)}, computed once per word and kept in {@code cache[0]}. */
  private static double nameScore(Gazetteer g, CharSequence t, int i, int e, double[] cache) {
    double v = cache[0];
    if (Double.isNaN(v)) {
      v = g.nameModel.score(t, i, e);
      cache[0] = v;
    }
    return v;
  }

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

  private static boolean lowerAscii(char c) {
    return c >= 'a' && c <= 'z';
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
   *       cue before ({@link #prevIsCue}), no verb after with a name-model score above 0.5 and a score of at most
   *       1.0; the tagger takes no common word that is no listed name;
   *   <li>in both, no lower-case title before it ({@link #titleBefore}), unless it is an excluded word ("gentile
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

  /** Whether a LOCATION hit of at least 0.5 ends with ", " right before {@code s} ("Amman, Jordan"). */
  private static boolean placeCommaBefore(Hits h, CharSequence t, int s) {
    if (s < 3 || t.charAt(s - 1) != ' ' || t.charAt(s - 2) != ',') {
      return false;
    }
    for (int k = h.n - 1; k >= 0 && k >= h.n - 8; k--) {
      if (PiiEntity.LOCATION.equals(h.types[k]) && h.scores[k] >= 0.5 && h.ends[k] == s - 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the one-word hit {@code t[s, e)} follows a place preposition ("to", "in", "nach"...) and is followed by
   * ", " and a capitalised listed place ("to Florence, Italy", "in Georgetown, Guyana"), with no title before it.
   */
  private static boolean placeBeforeRegion(CharSequence t, int s, int e) {
    int n = t.length();
    if (e + 3 >= n || t.charAt(e) != ',' || t.charAt(e + 1) != ' ' || !Character.isUpperCase(t.charAt(e + 2))) {
      return false;
    }
    for (int q = s; q < e; q++) {
      if (!letter(t.charAt(q))) {
        return false;
      }
    }
    if (!placePrepositionBefore(t, s) || titleBefore(t, s)) {
      return false;
    }
    int ne = letters(t, e + 2);
    return ne - e - 2 >= 2 && Gazetteer.get().place.contains(t, e + 2, ne) && !nextIsVerb(t, ne)
        && !(ne + 3 < n && t.charAt(ne) == ' ' && Character.isLowerCase(t.charAt(ne + 1))
        && englishVerbLike(t, ne + 1));
  }

  private static boolean englishVerbLike(CharSequence t, int s) {
    int e = letters(t, s);
    return AFTER_PLACE_SUBJECT.contains(t, s, e);
  }

  /**
   * Whether the hit {@code t[s, e)} is one word of {@link NameLexicon#ROOM_WORDS} followed by a space and a short code that
   * starts with a digit ("Ward 4B", "Room 12", "Bed 7a"), with no title before it ("Nurse Ward 4B" stays a name).
   */
  private static boolean roomNumber(CharSequence t, int s, int e) {
    if (e - s < 3 || e - s > 8 || !ROOM_WORDS.contains(t, s, e) || titleBefore(t, s)) {
      return false;
    }
    int q = e + 1;
    if (q >= t.length() || t.charAt(e) != ' ' || !Engine.isDigit(t.charAt(q))) {
      return false;
    }
    int x = q;
    while (x < t.length() && x - q < 6 && Character.isLetterOrDigit(t.charAt(x))) {
      x++;
    }
    return x - q < 6 && (x == t.length() || !Character.isLetterOrDigit(t.charAt(x)));
  }

  /** Lowers look-alike PERSON and LOCATION hits among {@code h[before, h.n)} (see {@link NameLexicon#BRANDS}). */
  private static void lookAlikes(CharSequence t, int before, Hits h) {
    for (int k = before; k < h.n; k++) {
      String type = h.types[k];
      boolean person = PiiEntity.PERSON.equals(type);
      if (person && h.scores[k] < 0.5) {
        int v = polishVocative(t, h.starts[k], h.ends[k]);
        if (v > 0) {
          h.starts[k] = v; // "Pani Agnieszko", "Panie Tomaszu": a first name in the vocative (round 17)
          h.scores[k] = 0.8;
        }
        continue;
      }
      if (!person && !PiiEntity.LOCATION.equals(type) || h.scores[k] < 0.5) {
        continue;
      }
      int s = h.starts[k];
      int e = h.ends[k];
      if (s < CsvColumns.MAX_LINE && csvHeaderField(t, s, e)) {
        h.scores[k] = 0.3; // "nom,prénom,ville,téléphone": a column name of a header line
        continue;
      }
      if (monthLookAlike(t, s, e, person)) {
        h.scores[k] = 0.3; // "bis Ende Mai", "fin mai", "eind mei": a month, and the word before it
        continue;
      }
      if (person && h.scores[k] < 0.95 && acronymInLog(t, s, e)) {
        h.scores[k] = 0.3;
        continue;
      }
      if (roomNumber(t, s, e)) {
        h.scores[k] = 0.3; // "moved to Ward 4B", "go to Room 12": a ward, room or bed and its number
        continue;
      }
      if (CsvColumns.fieldStart(t, s) && CsvColumns.in(t, s, CsvColumns.NAME_PART)) {
        continue; // "cognome;nome\nFerrari;Luca": a value of a first- or last-name column
      }
      if (person && s >= 4 && t.charAt(s - 1) == ' ' && t.charAt(s - 2) == '.' && t.charAt(s - 3) == 'o'
          && t.charAt(s - 4) == 'C' && (s == 4 || !letter(t.charAt(s - 5)))) {
        h.types[k] = PiiEntity.LOCATION; // "Ennis, Co. Clare": an Irish county (twelfth round)
        continue;
      }
      if (person && h.scores[k] < 0.9 && placeBeforeRegion(t, s, e)) {
        h.types[k] = PiiEntity.LOCATION; // "went to Florence, Italy": a city before its country (twelfth round)
        continue;
      }
      if (person && h.scores[k] < 0.9 && (appWordBefore(t, s) || productNounAfter(t, e))) {
        h.scores[k] = 0.3; // "l'application Marcel", "version Oscar", "your Hugo order" (thirteenth round)
        continue;
      }
      if (person && h.scores[k] < 0.9 && SELF_INTRO_NOT.contains(t, s, e)
          && selfIntroBefore(t, s, false)) {
        h.scores[k] = 0.3; // "I'm Fine, thanks", "I'm Lucky": a state, not a name (thirteenth round)
        continue;
      }
      if (!person && h.scores[k] < 0.9 && ticketLabelBefore(t, s) && Gazetteer.get().first.contains(t, s, e)) {
        h.types[k] = PiiEntity.PERSON; // "Ticket 4411: Martin cannot log in": the reporter (fifteenth round)
        h.scores[k] = Math.max(h.scores[k], 0.7);
        continue;
      }
      if (!person && ticketOrAbbreviation(t, s, e)) {
        h.scores[k] = 0.3; // "Incidencia 55210:", "Pt reports pain" (thirteenth round)
        continue;
      }
      if (thingValue(t, s)) {
        h.scores[k] = 0.3; // {"color": "Sierra Grey"}, "title" column: a product, title or colour (twelfth round)
        continue;
      }
      if (!person && numberWordLocation(t, s, e)) {
        h.scores[k] = 0.3; // "Rechnung Nr. 2025-00871", "432 Seiten", "1000 Mbps" (twelfth round)
        continue;
      }
      if (person && h.scores[k] < 0.9 && Character.isLowerCase(t.charAt(s)) && ordinaryWordHit(t, s, e)) {
        int we = letters(t, s);
        if (we + 1 < e && t.charAt(we) == ' ' && Character.isLowerCase(t.charAt(we + 1))) {
          h.starts[k] = we + 1; // "grazie mille giulia": the chat word is no part of the name after it (round 16)
          continue;
        }
      }
      if (person && h.scores[k] < 0.9 && ordinaryWordHit(t, s, e)) {
        h.scores[k] = 0.3; // "kun je even bellen", "Olá, ...", "Finanzamt Service": a word, a greeting, an office
        continue;
      }
      if (person && h.scores[k] < 0.9 && venueWordAtEnd(t, s, e)) {
        h.scores[k] = 0.3; // "Florence Nightingale Museum", "Teatro Carlo Felice": a venue named after a person
        continue;
      }
      if (person && h.scores[k] < 0.9 && saintBefore(t, s)) {
        h.scores[k] = 0.3; // "St. Patrick's Day", "St. Mary's Hospital": a saint in a name of a day or a place
        continue;
      }
      if (person && h.scores[k] < 0.9) {
        int g = afterGreeting(t, s, e);
        if (g > s) {
          h.starts[k] = g; // "Hoi Daan,", "Olá Beatriz,", "Cześć Magda,": the greeting is no part of the name (round 17)
          continue;
        }
      }
      if (person && h.scores[k] < 0.9 && letters(t, s) == e && Character.isUpperCase(t.charAt(s))
          && (articleBefore(t, s) || POSSESSIVES.contains(t, wordStartBefore(t, s), s - 1))
          && !Gazetteer.get().first.contains(t, s, e)) {
        h.scores[k] = 0.3; // "anbei die Unterlagen", "Ihre Anfrage": a noun after an article or possessive (round 19)
        continue;
      }
      if (person && h.scores[k] < 0.9 && letters(t, s) == e && movedToPlace(t, s, e)) {
        h.types[k] = PiiEntity.LOCATION; // "landed in Florence", "moved from Charlotte to Austin" (round 17)
        continue;
      }
      if (person && h.scores[k] < 0.9 && (companyPluralAtEnd(t, s, e) || ampersandCompany(t, s, e, true)
          || shopPossessive(t, s, e))) {
        h.scores[k] = 0.3; // "Johnson Controls", "Tim Hortons", "Ernst & Young", "the Macy's entrance" (round 17)
        continue;
      }
      if (person && h.scores[k] < 0.9 && letters(t, s) == e && postcodeBefore(t, s)) {
        h.types[k] = PiiEntity.LOCATION; // "Via Roma 12, 00184 Roma", "…, 00-238 Warszawa": the city (round 17)
        continue;
      }
      if (person && h.scores[k] < 0.9 && companySuffixAtEnd(t, s, e)) {
        h.scores[k] = 0.3; // "Kowalski Sp. z o.o.", "Berg AB", "Janssen BV": a company's legal form (round 17)
        continue;
      }
      if (person && h.scores[k] < 0.9 && letters(t, s) == e && e < t.length() && t.charAt(e) == ':'
          && FORM_LABELS.contains(t, s, e)) {
        h.scores[k] = 0.3; // "Endereço:", "Sökande:", "Oferta:": a form label, not a chat speaker (round 17)
        continue;
      }
      if (!person && h.scores[k] < 0.95 && ampersandCompany(t, s, e, false)) {
        h.scores[k] = 0.3; // "Ben & Jerry's": a place word in a company's name (round 17)
        continue;
      }
      if (person && brandName(t, s, e) && !titleBefore(t, s) && (shopContext(t, s, e) || modelAfter(t, e))) {
        h.scores[k] = 0.3; // "Hugo Boss", "Tommy Hilfiger", "Calvin Klein": a brand named after a person (round 15)
        continue;
      }
      if (person && h.scores[k] < 0.95 && afterBrand(t, s) && !titleBefore(t, s)) {
        h.scores[k] = 0.3; // "Fiat Panda", "Alfa Romeo Giulia": a model after its make (twelfth round)
        continue;
      }
      int brand = -1;
      int words = 0;
      boolean otherNames = true;
      Gazetteer g = null;
      int w = s;
      while (w < e) {
        while (w < e && !letter(t.charAt(w))) {
          w++;
        }
        int we = w;
        while (we < e && letter(t.charAt(we))) {
          we++;
        }
        if (we > w) {
          words++;
          if (brand < 0 && (BRANDS.contains(t, w, we) || we - w > 4 && t.charAt(we - 1) == 's'
              && BRANDS.contains(t, w, we - 1))) {
            // "Jordans": the plural of a brand word is the product (twelfth round)
            brand = w;
          } else {
            if (g == null) {
              g = Gazetteer.get();
            }
            if (!(g.first.contains(t, w, we) || g.last.contains(t, w, we)) || g.common.contains(t, w, we)) {
              otherNames = false;
            }
          }
        }
        w = we;
      }
      if (brand < 0 || words > 1 && otherNames) {
        continue;
      }
      int q = e;
      while (q < t.length() && t.charAt(q) == ' ') {
        q++;
      }
      boolean numberAfter = q < t.length() && q > e && Engine.isDigit(t.charAt(q));
      boolean keep;
      if (numberAfter) {
        keep = false;
      } else if (person) {
        keep = prevIsCue(t, s) && !placePrepositionBefore(t, s)
            && !(prevWordIn(t, s, LIST_CONJUNCTIONS) && !personEndsNear(h, t, s))
            || titleBefore(t, s) || afterSignOffLine(t, s)
            || e < t.length() && t.charAt(e) == ':' && speakerStart(t, s);
      } else {
        keep = words == 1 && (placePrepositionBefore(t, s) || prevWordIn(t, s, VISIT_WORDS)
            || placeCommaBefore(h, t, s));
      }
      if (!keep) {
        h.scores[k] = 0.3;
      }
    }
  }

  /**
   * Whether a PERSON hit below 0.9 reads as an ordinary word (fifteenth round): its first word is a lower-case
   * {@link NameLexicon#LOWER_FOREIGN_WORDS} entry ("bellen", "werk": nl/de/fr/es/it/pt chat words that the surname lists also
   * hold), or the hit is one capitalised word that is a chat greeting not listed as a first name as written ("Olá,"
   * folds to the name "Ola"), or starts with a German office or authority compound ("Finanzamt", "Krankenkasse
   * Nord").
   */
  static boolean ordinaryWordHit(CharSequence t, int s, int e) {
    char c = t.charAt(s);
    int we = s;
    while (we < e && letter(t.charAt(we))) {
      we++;
    }
    if (Character.isLowerCase(c)) {
      return LOWER_FOREIGN_WORDS.contains(t, s, we);
    }
    if (we == e && CHAT_INTERJECTIONS.contains(t, s, e)) {
      return !Gazetteer.get().first.contains(t, s, e);
    }
    for (int k = 3; k <= 12 && we - k >= s + 3; k++) {
      if (OFFICE_ENDINGS.contains(t, we - k, we)) {
        return true;
      }
    }
    return false;
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
   * Whether a capitalised one-word hit (not followed by "'s") follows a moving verb and a place preposition ("landed
   * in Florence", "we moved from Charlotte to Austin", "verhuisd naar Haarlem"): a place, also when the place list
   * lacks it because it is a first name.
   */
  private static boolean movedToPlace(CharSequence t, int s, int e) {
    if (s < 4 || t.charAt(s - 1) != ' ' || !upper(t.charAt(s))
        || e < t.length() && (t.charAt(e) == '\'' || t.charAt(e) == '\u2019')) {
      return false;
    }
    int pe = s - 1;
    int ps = pe;
    while (ps > 0 && letter(t.charAt(ps - 1))) {
      ps--;
    }
    if (ps == pe || ps < 2 || t.charAt(ps - 1) != ' ' || !PLACE_PREPOSITIONS.contains(t, ps, pe)) {
      return false;
    }
    int ve = ps - 1;
    int vs = ve;
    while (vs > 0 && letter(t.charAt(vs - 1))) {
      vs--;
    }
    return vs < ve && MOVE_VERBS.contains(t, vs, ve);
  }

  /**
   * Whether the PERSON hit {@code t[s, e)} of two or more words ends with a plural that names a company: an English
   * word ("Johnson Controls", "Smith Industries") or a listed surname with an "s" ("Tim Hortons"), that is itself no
   * listed name; the first word must be a listed surname, and when it is also a first name the plural must be on the
   * common-word list ("Johnson Controls"; "Alan Watts", "Rebecca Hides", "Kid Cudi Opens" stay names) (round 17).
   */
  static boolean companyPluralAtEnd(CharSequence t, int s, int e) {
    int ls = e;
    while (ls > s && letter(t.charAt(ls - 1))) {
      ls--;
    }
    if (ls == s || e - ls < 5 || t.charAt(e - 1) != 's' || !upper(t.charAt(ls)) || t.charAt(ls - 1) != ' ') {
      return false;
    }
    Gazetteer g = Gazetteer.get();
    if (g.first.contains(t, ls, e) || g.last.contains(t, ls, e)) {
      return false;
    }
    int fe = letters(t, s);
    boolean first = g.first.contains(t, s, fe);
    boolean last = g.last.contains(t, s, fe);
    if (!first && !last || first && !last) {
      // "Kid Cudi Opens Up" (an unlisted name before a headline verb), "Rebecca Hides": only after a surname
      return false;
    }
    if (first) {
      // "Alan Watts", "Tristan Bates": after a word that is also a first name only a common plural ("Johnson
      // Controls")
      return g.common.contains(t, ls, e);
    }
    return g.english.contains(t, ls, e) || g.last.contains(t, ls, e - 1);
  }

  /**
   * Whether the hit {@code t[s, e)} stands in a company name joined by "&" ("Ernst & Young", "Johnson & Johnson",
   * "Ben & Jerry's"): for a person, the capitalised word on the other side of " & " is not a listed first name too,
   * or "'s" follows the pair; for a place, "'s" must follow the pair; the other word has three letters or more (round
   * 17).
   */
  static boolean ampersandCompany(CharSequence t, int s, int e, boolean person) {
    int n = t.length();
    int os;
    int oe;
    int pairEnd;
    if (e + 3 < n && t.charAt(e) == ' ' && t.charAt(e + 1) == '&' && t.charAt(e + 2) == ' '
        && upper(t.charAt(e + 3))) {
      os = e + 3;
      oe = letters(t, os);
      pairEnd = oe;
    } else if (s >= 4 && t.charAt(s - 1) == ' ' && t.charAt(s - 2) == '&' && t.charAt(s - 3) == ' ') {
      oe = s - 3;
      os = oe;
      while (os > 0 && letter(t.charAt(os - 1))) {
        os--;
      }
      if (os == oe || !upper(t.charAt(os))) {
        return false;
      }
      pairEnd = e;
    } else {
      return false;
    }
    if (oe - os < 3) {
      return false; // "Joan & K Choi": an initial, not a company's word
    }
    boolean possessive = pairEnd + 1 < n && (t.charAt(pairEnd) == '\'' || t.charAt(pairEnd) == '\u2019')
        && t.charAt(pairEnd + 1) == 's';
    if (!person) {
      return possessive;
    }
    Gazetteer g = Gazetteer.get();
    return possessive || !(g.first.contains(t, os, oe) && g.first.contains(t, s, letters(t, s)));
  }

  /**
   * Whether a one-word PERSON hit is a shop or restaurant written with "'s": after "the" ("the Macy's entrance"), or
   * after "at"/"from" when the word is no listed first name ("coffee at Peet's"; "at Maria's" stays a person).
   */
  static boolean shopPossessive(CharSequence t, int s, int e) {
    if (letters(t, s) != e || e + 1 >= t.length() || t.charAt(e) != '\'' && t.charAt(e) != '\u2019'
        || t.charAt(e + 1) != 's' || e + 2 < t.length() && letter(t.charAt(e + 2))) {
      return false;
    }
    if (prevWordIn(t, s, THE_WORDS)) {
      return true;
    }
    return prevWordIn(t, s, SHOP_PREPOSITIONS) && !Gazetteer.get().first.contains(t, s, e);
  }

  /**
   * Whether a postcode of an address line stands right before {@code s}: four or five digits, or the pl ("00-238"),
   * pt ("1100-053"), se ("111 21") layouts, after ", ", ": " or a line start (round 17).
   */
  static boolean postcodeBefore(CharSequence t, int s) {
    int k = s - 1;
    if (k < 1 || t.charAt(k) != ' ' || !Engine.isDigit(t.charAt(k - 1))) {
      return false;
    }
    int d = k;
    int digits = 0;
    int seps = 0;
    while (d > 0 && s - d < 12) {
      char c = t.charAt(d - 1);
      if (Engine.isDigit(c)) {
        digits++;
      } else if ((c == '-' || c == ' ') && seps == 0 && d >= 2 && Engine.isDigit(t.charAt(d - 2))) {
        seps++;
      } else {
        break;
      }
      d--;
    }
    if (digits < 4 || digits > 7 || seps == 0 && digits > 5) {
      return false;
    }
    if (d == 0 || t.charAt(d - 1) == '\n') {
      return true;
    }
    return d >= 2 && t.charAt(d - 1) == ' ' && (t.charAt(d - 2) == ',' || t.charAt(d - 2) == ':');
  }

  /**
   * Whether the last word of the PERSON hit {@code t[s, e)} of two or more words, or the word right after it, is a
   * company's legal form written with a capital ("Sp.", "GmbH", "AB", "BV"); a form of at most three letters must be
   * all capitals or followed by a dot.
   */
  static boolean companySuffixAtEnd(CharSequence t, int s, int e) {
    int ls = e;
    while (ls > s && letter(t.charAt(ls - 1))) {
      ls--;
    }
    if (ls > s && legalForm(t, ls, e)) {
      return true;
    }
    if (e + 2 < t.length() && t.charAt(e) == ' ' && upper(t.charAt(e + 1))) {
      int ne = e + 1;
      while (ne < t.length() && letter(t.charAt(ne))) {
        ne++;
      }
      return legalForm(t, e + 1, ne);
    }
    return false;
  }

  private static boolean legalForm(CharSequence t, int a, int b) {
    if (b - a < 2 || !upper(t.charAt(a)) || !COMPANY_SUFFIXES.contains(t, a, b)) {
      return false;
    }
    if (b - a > 3) {
      return true;
    }
    boolean caps = true;
    for (int j = a; j < b; j++) {
      caps &= upper(t.charAt(j));
    }
    return caps || b < t.length() && t.charAt(b) == '.';
  }

  /**
   * Whether the PERSON hit {@code t[s, e)} is part of a {@link NameLexicon#BRAND_NAMES} entry: the entry starts at {@code s},
   * or at the word right before it ("Calvin" + hit "Klein"). Reads at most five words.
   */
  static boolean brandName(CharSequence t, int s, int e) {
    int ws = s;
    int ps = s - 1;
    if (ps > 0 && t.charAt(ps) == ' ') {
      int q = ps;
      while (q > 0 && brandChar(t.charAt(q - 1))) {
        q--;
      }
      if (q < ps) {
        ws = q;
      }
    }
    return brandRun(t, s, e) || ws < s && brandRun(t, ws, e);
  }

  /**
   * Whether the line around a brand-name hit (60 characters each way) speaks of shopping: a price or discount sign
   * ({@code % € $ £}), a number with two decimals (a price in a product record, round 18) or a {@link NameLexicon#SHOP_WORDS}
   * word ("jacket", "sale", "size", "Rabatt", "soldes"). Without it a
   * designer's name stays a person ("Fashion week ends with Ralph Lauren").
   */
  private static boolean shopContext(CharSequence t, int s, int e) {
    int from = s;
    while (from > 0 && s - from < 60 && t.charAt(from - 1) != '\n') {
      from--;
    }
    int to = e;
    while (to < t.length() && to - e < 60 && t.charAt(to) != '\n') {
      to++;
    }
    int k = from;
    while (k < to) {
      char c = t.charAt(k);
      if (c == '%' || c == '€' || c == '$' || c == '£') {
        return true;
      }
      if ((c == ',' || c == '.') && k > from && Engine.isDigit(t.charAt(k - 1)) && k + 2 < to
          && Engine.isDigit(t.charAt(k + 1)) && Engine.isDigit(t.charAt(k + 2))
          && (k + 3 >= to || !Engine.isDigit(t.charAt(k + 3)))
          && (k + 3 >= to || t.charAt(k + 3) != '.' && t.charAt(k + 3) != ',' && t.charAt(k + 3) != ':')) {
        return true; // a price with two decimals on the record ("…;Hugo Boss;69,95;…"; round 18)
      }
      if (letter(c)) {
        int we = k;
        while (we < to && letter(t.charAt(we))) {
          we++;
        }
        if (SHOP_WORDS.contains(t, k, we)) {
          return true;
        }
        k = we;
      } else {
        k++;
      }
    }
    return false;
  }

  /**
   * Whether the last word of the hit {@code t[s, e)}, or the capitalised word right after it, is a venue word of
   * {@link NameLexicon#VENUE_WORDS}, or the hit starts with one (fifteenth round; kept out of the organisation words so the name
   * tagger's candidates do not change).
   */
  private static boolean venueWordAtEnd(CharSequence t, int s, int e) {
    int ls = e;
    while (ls > s && letter(t.charAt(ls - 1))) {
      ls--;
    }
    if (ls < e && VENUE_WORDS.contains(t, ls, e)) {
      return true;
    }
    int fe = letters(t, s);
    if (fe < e && VENUE_WORDS.contains(t, s, fe)) {
      return true;
    }
    if (e + 2 < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1))) {
      int ne = letters(t, e + 1);
      return VENUE_WORDS.contains(t, e + 1, ne);
    }
    // round 17: "Gordon's Wine Bar", "Luigi's Pizzeria": a venue word among the two capitalised words after "'s "
    if (e + 4 < t.length() && (t.charAt(e) == '\'' || t.charAt(e) == '\u2019') && t.charAt(e + 1) == 's'
        && t.charAt(e + 2) == ' ') {
      int w = e + 3;
      for (int k = 0; k < 2 && w < t.length() && Character.isUpperCase(t.charAt(w)); k++) {
        int we = letters(t, w);
        if (VENUE_WORDS.contains(t, w, we)) {
          return true;
        }
        if (we + 1 >= t.length() || t.charAt(we) != ' ') {
          break;
        }
        w = we + 1;
      }
    }
    return false;
  }

  /** Whether "St. ", "St ", "Saint " or "Sankt " stands right before {@code s} (fifteenth round). */
  private static boolean saintBefore(CharSequence t, int s) {
    if (s < 3 || t.charAt(s - 1) != ' ') {
      return false;
    }
    int k = s - 1;
    if (t.charAt(k - 1) == '.') {
      k--;
    }
    int ws = k;
    while (ws > 0 && letter(t.charAt(ws - 1))) {
      ws--;
    }
    if (ws > 0 && letter(t.charAt(ws - 1)) || k - ws < 2 || t.charAt(ws) != 'S') {
      return false;
    }
    int len = k - ws;
    return len == 2 && t.charAt(ws + 1) == 't' || len == 5 && Engine.startsWithIgnoreCase(t, ws, "saint")
        || len == 5 && Engine.startsWithIgnoreCase(t, ws, "sankt");
  }

  /** Whether a model code with a digit follows a brand name right after a space ("Aston Martin DB12", "X5"). */
  private static boolean modelAfter(CharSequence t, int e) {
    int n = t.length();
    if (e + 1 >= n || t.charAt(e) != ' ') {
      return false;
    }
    int k = e + 1;
    boolean digit = false;
    while (k < n && k - e <= 8 && Character.isLetterOrDigit(t.charAt(k))) {
      digit |= Engine.isDigit(t.charAt(k));
      k++;
    }
    return digit && (k == n || !Character.isLetterOrDigit(t.charAt(k)));
  }

  /** Whether two to four words starting at {@code s} and reaching at least {@code e} form a brand name. */
  private static boolean brandRun(CharSequence t, int s, int e) {
    int n = t.length();
    int k = s;
    for (int words = 1; words <= 4; words++) {
      while (k < n && brandChar(t.charAt(k))) {
        k++;
      }
      if (words >= 2 && k >= e && BRAND_NAMES.contains(t, s, k)) {
        return true;
      }
      if (k + 1 >= n || t.charAt(k) != ' ' || !brandChar(t.charAt(k + 1))) {
        return false;
      }
      k++;
    }
    return false;
  }

  private static boolean brandChar(char c) {
    return letter(c) || c == '\'' || c == '’' || c == '&';
  }

  private static boolean appWordBefore(CharSequence t, int s) {
    long w = wordBefore(t, s);
    return w >= 0 && APP_WORDS.contains(t, (int) (w >>> 32), (int) w);
  }

  private static boolean productNounAfter(CharSequence t, int e) {
    int n = t.length();
    if (e + 1 >= n || t.charAt(e) != ' ') {
      return false;
    }
    int we = letters(t, e + 1);
    return we > e + 1 && PRODUCT_NOUNS.contains(t, e + 1, we);
  }

  /**
   * A one-word place hit that is the label of a ticket number ("Incidencia 55210:", "Ticket 4411 -") or the
   * abbreviation "Pt" (patient) before a lower-case word.
   */
  private static boolean ticketOrAbbreviation(CharSequence t, int s, int e) {
    int n = t.length();
    if (e - s == 2 && t.charAt(s) == 'P' && t.charAt(s + 1) == 't') {
      int q = e;
      if (q < n && t.charAt(q) == '.') {
        q++;
      }
      return q + 1 < n && t.charAt(q) == ' ' && Character.isLowerCase(t.charAt(q + 1));
    }
    if (e + 2 >= n || t.charAt(e) != ' ' || !Engine.isDigit(t.charAt(e + 1))) {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (!letter(t.charAt(k))) {
        return false;
      }
    }
    int q = e + 1;
    while (q < n && q - e <= 12 && Engine.isDigit(t.charAt(q))) {
      q++;
    }
    return q < n && q - e > 3 && (t.charAt(q) == ':' || t.charAt(q) == ' ' && q + 1 < n && t.charAt(q + 1) == '-');
  }

  /**
   * Whether a ticket label ends right before {@code s}: a word, a space, an optional {@code #}, three to twelve
   * digits and {@code ": "} or {@code " - "} ("Ticket 4411: ", "Case #5512 - ", "Incident 7781: "); the capitalised
   * word after it starts the ticket's sentence, so a listed first name there is its reporter, not a place.
   */
  static boolean ticketLabelBefore(CharSequence t, int s) {
    int q = s - 1;
    if (q < 5 || t.charAt(q) != ' ') {
      return false;
    }
    q--;
    if (t.charAt(q) == '-' && t.charAt(q - 1) == ' ') {
      q -= 2;
    } else if (t.charAt(q) == ':') {
      q--;
    } else {
      return false;
    }
    int de = q + 1;
    while (q >= 0 && de - q <= 13 && Engine.isDigit(t.charAt(q))) {
      q--;
    }
    if (de - q - 1 < 3 || q < 1) {
      return false;
    }
    if (t.charAt(q) == '#') {
      q--;
    }
    return q >= 1 && t.charAt(q) == ' ' && letter(t.charAt(q - 1));
  }

  /**
   * The score of a run of two or more capitalised words none of which the gazetteer lists, from
   * {@link NameLexicon#ORIGIN_NAMES}: 0.88 when its first and last words are such names ("Chinedu Okafor", "Kenji Watanabe"),
   * 0.75 when one is, else 0 (fifteenth round; on main such a run without a cue scored 0.3).
   */
  private static double originNamesScore(CharSequence t, int i, int e0, int lastStart, int end) {
    boolean first = ORIGIN_NAMES.contains(t, i, e0);
    int le = letters(t, lastStart);
    boolean last = le <= end && ORIGIN_NAMES.contains(t, lastStart, le);
    return first && last ? 0.88 : first || last ? 0.75 : 0;
  }

  /**
   * Whether a copula of {@link NameLexicon#CAPS_COPULAS} and then a listed first name that is no common word or place follow
   * {@code e} in all capitals ("FRANCESCA SONO LUCA": the first name before it is a name too; thirteenth round).
   */
  private static boolean copulaNameAfter(Gazetteer g, CharSequence t, int e) {
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
  private static boolean chatVerbCue(CharSequence t, int s, int e) {
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
  private static boolean particleCue(CharSequence t, int i) {
    long pw = wordBefore(t, i);
    if (pw < 0) {
      return false;
    }
    int ps = (int) (pw >>> 32);
    return CUE_PARTICLES.contains(t, ps, (int) pw) && prevWordIn(t, ps, LOWER_CHAT_CUES);
  }

  /** Whether {@code i} starts a line or follows the end of a sentence (". ", "! ", "? ", ": "). */
  private static boolean labelStart(CharSequence t, int i) {
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
  private static int roleLabelName(Gazetteer g, CharSequence t, int e) {
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
  private static boolean selfIntroBefore(CharSequence t, int i, boolean clause) {
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
  private static int selfIntroSurname(Gazetteer g, CharSequence t, int e) {
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
  private static boolean lowerTitleWordBefore(CharSequence t, int i) {
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
  private static boolean selfIntroEnd(CharSequence t, int e) {
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

  /** Whether {@code t[s, e)} is a count or unit word of {@link NameLexicon#COUNT_UNITS} ("Seiten", "Mbps"). */
  static boolean countUnit(CharSequence t, int s, int e) {
    return e - s >= 3 && e - s <= 12 && COUNT_UNITS.contains(t, s, e);
  }

  /**
   * The end of an e-mail display name starting at {@code i}: two or three capitalised words (a listed first name
   * first, then listed names or words that are no English words; no organisation word) followed by {@code " <local@domain>"}, where the local part contains
   * one of the words (3+ letters, any case); or -1.
   */
  private static int displayNameRun(Gazetteer g, CharSequence t, int i, int e0) {
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
  private static int seaName(CharSequence t, int i, int e0) {
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

  /**
   * Whether the word {@code t[i, e)} is an IRC-style speaker: {@code <word>} at a line start followed by a space,
   * no markup tag, and either a listed first name or with another such line right before or after.
   */
  private static boolean ircNick(CharSequence t, int i, int e, int tags) {
    int n = t.length();
    if (i == 0 || t.charAt(i - 1) != '<' || i >= 2 && t.charAt(i - 2) != '\n' || e + 1 >= n || t.charAt(e) != '>'
        || t.charAt(e + 1) != ' ' || e - i < 2 || e - i > 20 || MARKUP_TAGS.contains(t, i, e)) {
      return false;
    }
    if ((tags & Gazetteer.T_FIRST) != 0 && (tags & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) == 0) {
      return true;
    }
    // another "<word> " line: the next line, or the line before
    int nl = e;
    while (nl < n && nl - e < CsvColumns.MAX_LINE && t.charAt(nl) != '\n') {
      nl++;
    }
    if (nl + 1 < n && t.charAt(nl) == '\n' && nickLine(t, nl + 1)) {
      return true;
    }
    int ps = i - 2;
    if (ps <= 0) {
      return false;
    }
    int k = ps - 1;
    while (k >= 0 && ps - k < CsvColumns.MAX_LINE && t.charAt(k) != '\n') {
      k--;
    }
    return (k < 0 || t.charAt(k) == '\n') && nickLine(t, k + 1);
  }

  private static boolean nickLine(CharSequence t, int ls) {
    if (ls >= t.length() || t.charAt(ls) != '<') {
      return false;
    }
    int e = ls + 1;
    while (e < t.length() && e - ls <= 21 && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return e - ls >= 3 && e + 1 < t.length() && t.charAt(e) == '>' && t.charAt(e + 1) == ' '
        && !MARKUP_TAGS.contains(t, ls + 1, e);
  }

  /** Whether the unlisted lower-case word {@code t[s, e)} (6+ letters) ends like a surname. */
  private static boolean lowerSurnameEnding(CharSequence t, int s, int e) {
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

  /** Whether the word before {@code s} is o/a/la/il and starts the text, a line or a sentence. */
  private static boolean articleAtSentenceStart(CharSequence t, int s) {
    long pw = wordBefore(t, s);
    if (pw < 0) {
      return false;
    }
    int ps = (int) (pw >>> 32);
    return NAME_ARTICLES.contains(t, ps, (int) pw) && sentenceBoundaryBefore(t, ps);
  }

  /** Whether a lower-case word of 3+ letters that is no stop, English, name or place word follows {@code e}. */
  private static boolean lowerVerbAfter(Gazetteer g, CharSequence t, int e) {
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

  /** Whether {@code s} is in a JSON string value or CSV column named in {@link NameLexicon#THING_KEYS}. */
  private static boolean thingValue(CharSequence t, int s) {
    if (s > 0 && t.charAt(s - 1) == '"' && jsonValueStart(t, s)) {
      return CsvColumns.jsonKeyBefore(t, s - 1, THING_KEYS);
    }
    return s < CsvColumns.MAX_LINE * 4 && CsvColumns.in(t, s, THING_KEYS);
  }

  /**
   * Whether the LOCATION hit {@code t[s, e)} starts with an abbreviation of "number" or is a number and a count or
   * unit word ("Nr. 2025-00871", "432 Seiten", "1000 Mbps").
   */
  private static boolean numberWordLocation(CharSequence t, int s, int e) {
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
  private static boolean afterBrand(CharSequence t, int s) {
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
  private static boolean englishArticleBefore(Gazetteer g, CharSequence t, int s) {
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
  private static long wordBefore(CharSequence t, int s) {
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

  /** Whether {@code t[s, e)} is a lower-case listed first name that is no common, stop, place or function word. */
  private static boolean lowerFirstName(Gazetteer g, CharSequence t, int s, int e) {
    if (e - s < 3 || !Character.isLowerCase(t.charAt(s))) {
      return false;
    }
    int f = g.tagged.flags(t, s, e, WordSet.hashOf(t, s, e));
    return (f & Gazetteer.T_FIRST) != 0 && (f & (Gazetteer.T_COMMON | Gazetteer.T_STOP | Gazetteer.T_NEVER
        | Gazetteer.T_PLACE)) == 0 && !LOWER_AMBIGUOUS.contains(t, s, e) && !g.english.contains(t, s, e);
  }

  /**
   * Cues of pt and it speech before the lower-case first name {@code t[s, e)} (eleventh round): an article at the
   * line start or after a chat word, with no English word after the name ("o joão chegou", "falei com a ana", not
   * "a mia casa": function words are excluded by the caller); or "e" with a lower-case first name on its other side
   * ("francesca e giorgio").
   */
  private static boolean articleOrPairCue(Gazetteer g, CharSequence t, int s, int e) {
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
  private static boolean prevWordIn(CharSequence t, int s, WordSet set) {
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
   * Whether {@code t[s, e)} is a whole field of the first line of delimited text whose second line has as many
   * fields (a header line: "nom,prénom,ville,téléphone"); reads at most two lines of {@link CsvColumns#MAX_LINE}.
   */
  private static boolean csvHeaderField(CharSequence t, int s, int e) {
    int n = t.length();
    int le = 0;
    while (le < n && le < CsvColumns.MAX_LINE && t.charAt(le) != '\n') {
      le++;
    }
    if (le >= n || t.charAt(le) != '\n' || e > le) {
      return false;
    }
    char d = s > 0 ? t.charAt(s - 1) : e < le ? t.charAt(e) : 0;
    if (d == '"') {
      d = s > 1 ? t.charAt(s - 2) : e + 1 < le ? t.charAt(e + 1) : 0;
    }
    if (d != ',' && d != ';' && d != '\t') {
      return false;
    }
    int first = 0;
    for (int k = 0; k < le; k++) {
      if (t.charAt(k) == d) {
        first++;
      }
    }
    int second = 0;
    for (int k = le + 1; k < n && k - le < CsvColumns.MAX_LINE && t.charAt(k) != '\n'; k++) {
      if (t.charAt(k) == d) {
        second++;
      }
    }
    return first >= 2 && second == first;
  }

  /**
   * Whether a one-word hit is a month that is also a name after a word that places a time in a month ("bis Ende
   * Mai"), or such a word right before a month ("Ende" in "Ende Mai").
   */
  private static boolean monthLookAlike(CharSequence t, int s, int e, boolean person) {
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
  private static boolean placePrepositionBefore(CharSequence t, int s) {
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
   * "[IKE]", "WAL file", "NIC Link is Up", "X-Mailer:": a short all-caps word (2-4 letters) that starts a hit in a
   * line that is not shouted, or a mail header name "X-...:", is an acronym or a field, not a name.
   */
  private static boolean acronymInLog(CharSequence t, int s, int e) {
    if (e - s > 2 && t.charAt(s) == 'X' && t.charAt(s + 1) == '-') {
      return true;
    }
    int we = s;
    while (we < e && upper(t.charAt(we))) {
      we++;
    }
    if (we - s < 2 || we - s > 4 || we < e && letter(t.charAt(we))) {
      return false;
    }
    if (we - s >= 3 && prevWordIn(t, s, CHAT_INTERJECTIONS) && Gazetteer.get().first.contains(t, s, we)
        && !ID_LABELS.contains(t, s, we)) {
      // "lol ANNA forgot her keys", "omg EVA": a listed first name in capitals right after a chat word (eleventh
      // round)
      return false;
    }
    // the rest of the hit: no listed first name ("FDA Commissioner Margaret Hamburg", "the VP Richard Hawk") and
    // not in capitals too ("EVA MENDES")
    Gazetteer g = null;
    int w = we;
    while (w < e) {
      while (w < e && !letter(t.charAt(w))) {
        w++;
      }
      int x = w;
      while (x < e && letter(t.charAt(x))) {
        x++;
      }
      if (x > w) {
        if (x - w > 1 && upper(t.charAt(w + 1))) {
          return false;
        }
        if (g == null) {
          g = Gazetteer.get();
        }
        if (g.first.contains(t, w, x)) {
          return false;
        }
      }
      w = x;
    }
    return !shouting(t, s) && !prevIsCue(t, s) && !titleBefore(t, s);
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
  private static boolean personEndsNear(Hits h, CharSequence t, int s) {
    // hits are added in scan order: only the last few can end right before s (bounded, so linear overall)
    for (int k = h.n - 1; k >= 0 && k >= h.n - 8; k--) {
      if (PiiEntity.PERSON.equals(h.types[k]) && h.scores[k] >= 0.5 && h.ends[k] < s && s - h.ends[k] <= 6) {
        return true;
      }
    }
    return false;
  }

  private static boolean personAt(Hits h, int from, int i) {
    for (int k = from; k < h.n; k++) {
      if (h.starts[k] == i && PiiEntity.PERSON.equals(h.types[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line holding {@code i} has a log level word (INFO, WARN, ERROR ...) in capitals before {@code i}.
   * Looks back at most 120 characters.
   */
  static boolean logLine(CharSequence t, int i) {
    int k = i - 1;
    int stop = Math.max(0, i - 120);
    while (k >= stop && t.charAt(k) != '\n') {
      if (upper(t.charAt(k)) && (k == 0 || !letter(t.charAt(k - 1)))) {
        int e = k;
        while (e < i && upper(t.charAt(e))) {
          e++;
        }
        if (e - k >= 4 && (e >= t.length() || !Character.isLetter(t.charAt(e))) && LOG_LEVELS.contains(t, k, e)) {
          return true;
        }
      }
      k--;
    }
    return false;
  }

  private static final ThreadLocal<StringBuilder> KEY_BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(32));

  /**
   * A JSON string value of a street or city key: {@code "street": "Karl Johans gate 22"} (a space and a digit
   * needed), {@code "city": "Oslo"} (letters, spaces, dots and dashes only); the whole value is one LOCATION.
   * {@code i} is the first character after the value's opening quote. Returns the end of the value, else -1.
   */
  private static int placeField(CharSequence t, int i, Hits h) {
    int k = i - 2;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 1 || t.charAt(k) != ':' || t.charAt(k - 1) != '"') {
      return -1;
    }
    int ke = k - 1;
    int ks = ke - 1;
    while (ks >= 0 && ke - ks <= 24 && t.charAt(ks) != '"') {
      ks--;
    }
    if (ks < 0 || t.charAt(ks) != '"' || ke - ks < 3) {
      return -1;
    }
    StringBuilder key = KEY_BUFFER.get();
    key.setLength(0);
    for (int q = ks + 1; q < ke; q++) {
      char c = t.charAt(q);
      if (Character.isLetter(c)) {
        key.append(c);
      } else if (c != '_' && c != '-') {
        return -1;
      }
    }
    boolean street = CsvColumns.STREET.contains(key, 0, key.length());
    boolean country = !street && CsvColumns.COUNTRY.contains(key, 0, key.length());
    if (!street && !country && !CsvColumns.PLACE.contains(key, 0, key.length())) {
      return -1;
    }
    int q = i;
    boolean digit = false;
    boolean space = false;
    while (q < t.length() && q - i < 120) {
      char c = t.charAt(q);
      if (c == '"' || c == '\n' || c == '@' || c == '/') {
        break;
      }
      digit |= Engine.isDigit(c);
      space |= c == ' ';
      if (!street && !(Character.isLetter(c) || c == ' ' || c == '.' || c == '-' || c == '\'')) {
        return -1;
      }
      q++;
    }
    if (q >= t.length() || t.charAt(q) != '"' || street && !(digit && space) || country && q - i < 4) {
      return -1;
    }
    h.add(i, q, PiiEntity.LOCATION, 0.8, street ? "value of a street key" : "value of a place key");
    return q;
  }

  /**
   * A JSON string value of a person field: {@code "assignee": "Ngozi Chukwu"}. {@code i} is the first character
   * after the value's opening quote. Returns the end of the value when reported, else -1.
   */
  private static int personField(CharSequence t, int i, Hits h) {
    int k = i - 2;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 0 || t.charAt(k) != ':') {
      return -1;
    }
    k--;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 0 || t.charAt(k) != '"') {
      return -1;
    }
    int ke = k;
    int ks = k - 1;
    while (ks >= 0 && ke - ks <= 32 && t.charAt(ks) != '"') {
      ks--;
    }
    if (ks < 0 || t.charAt(ks) != '"') {
      return -1;
    }
    // the key without "_", "-", "." and spaces (in a per-thread buffer: no allocation)
    StringBuilder key = KEY_BUFFER.get();
    key.setLength(0);
    for (int q = ks + 1; q < ke; q++) {
      char c = t.charAt(q);
      if (Character.isLetter(c)) {
        key.append(c);
      } else if (c != '_' && c != '-' && c != ' ' && c != '.') {
        return -1;
      }
    }
    // a key that names a part of a name ("lastName", "vorname") takes any value of letters: "Hill", "Green"
    boolean part = key.length() > 0 && CsvColumns.NAME_PART.contains(key, 0, key.length());
    if (key.length() == 0 || !part && !PERSON_KEYS.contains(key, 0, key.length())) {
      return -1;
    }
    if (!part && productObject(t, i)) {
      return -1;
    }
    // the value: 1-4 words of letters (with . - '), no digits, no stop or excluded word, and at least one listed
    // name or name-like spelling that is not an ordinary word
    Gazetteer g = Gazetteer.get();
    int q = i;
    int words = 0;
    boolean nameLike = false;
    while (q < t.length() && q - i <= 80) {
      char c = t.charAt(q);
      if (c == '"') {
        break;
      }
      if (Character.isLetter(c)) {
        int we = letters(t, q);
        words++;
        int tags = g.tagged.flags(t, q, we, WordSet.hashOf(t, q, we));
        boolean listed = (tags & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) != 0;
        if ((tags & (Gazetteer.T_NEVER | Gazetteer.T_STOP)) != 0 && !(part && (listed
            || (tags & Gazetteer.T_NEVER) == 0))) {
          return -1;
        }
        boolean word = (tags & Gazetteer.T_COMMON) != 0 || g.english.contains(t, q, we);
        if (part || listed && !word || !word && we - q >= 3 && g.nameModel.score(t, q, we) > 0.3) {
          nameLike = true;
        }
        q = we;
      } else if (c == ' ' || c == '.' || c == '-' || c == '\'' || c == ',') {
        q++;
      } else {
        return -1;
      }
    }
    if (q >= t.length() || t.charAt(q) != '"' || words == 0 || words > 4 || !nameLike) {
      return -1;
    }
    int e = q;
    while (e > i && !Character.isLetter(t.charAt(e - 1))) {
      e--;
    }
    h.add(i, e, PiiEntity.PERSON, 0.85, "value of a person field");
    return e;
  }

  /**
   * A capitalised value starting a field under a CSV header whose column is a person ({@code first_name},
   * {@code Name}, {@code Kunde}: the value must be name-like as in {@link #personField}) or a place ({@code city},
   * {@code Ort}). Returns the end of the value when reported, else -1.
   */
  private static int csvField(Engine eng, CharSequence t, int i, Hits h) {
    if (!Character.isUpperCase(t.charAt(i))) {
      return -1;
    }
    int e = CsvColumns.wordsValueEnd(t, i);
    long f = CsvColumns.headerField(t, i);
    if (f < 0) {
      return -1;
    }
    int hs = (int) (f >>> 32);
    int he = (int) f;
    if (e < 0 || e < t.length() && t.charAt(e) == ' ') {
      // a value with digits ("Lange Voorhout 9"): only a street column takes it
      if (eng.placesOn() && CsvColumns.keyIn(t, hs, he, CsvColumns.STREET)) {
        int fe = fieldEnd(t, i);
        h.add(i, fe, PiiEntity.LOCATION, 0.8, "value of a street column");
        return fe;
      }
      if (e < 0) {
        return -1;
      }
    }
    if (eng.namesOn() && (CsvColumns.keyIn(t, hs, he, CsvColumns.NAME_PART) && !excludedWord(t, i, e)
        || CsvColumns.keyIn(t, hs, he, CsvColumns.PERSON) && nameLikeValue(t, i, e))) {
      h.add(i, e, PiiEntity.PERSON, 0.85, "value of a person column");
      return e;
    }
    if (eng.placesOn() && (CsvColumns.keyIn(t, hs, he, CsvColumns.PLACE)
        || e - i >= 4 && CsvColumns.keyIn(t, hs, he, CsvColumns.COUNTRY))) {
      // "city" column; "country" column with a name, not a code ("Ireland", not "IE"; twelfth round)
      h.add(i, e, PiiEntity.LOCATION, 0.8, "value of a place column");
      return e;
    }
    if (eng.placesOn() && CsvColumns.keyIn(t, hs, he, CsvColumns.STREET)) {
      // "naam,straat,...\nSanne de Wit,Lange Voorhout 9,...": the whole field of a street column, house number too
      int fe = fieldEnd(t, i);
      h.add(i, fe, PiiEntity.LOCATION, 0.8, "value of a street column");
      return fe;
    }
    return -1;
  }

  /** The end of the delimited field starting at {@code i}: the next delimiter, quote or line end (at most 120). */
  private static int fieldEnd(CharSequence t, int i) {
    int k = i;
    while (k < t.length() && k - i < 120) {
      char c = t.charAt(k);
      if (c == ',' || c == ';' || c == '\t' || c == '\n' || c == '\r' || c == '"') {
        break;
      }
      k++;
    }
    while (k > i && t.charAt(k - 1) == ' ') {
      k--;
    }
    return k;
  }

  /** Whether one of the words of {@code t[i, e)} is an excluded word (months, weekdays, products) that is not also a listed name. */
  private static boolean excludedWord(CharSequence t, int i, int e) {
    Gazetteer g = Gazetteer.get();
    int q = i;
    while (q < e) {
      if (!Character.isLetter(t.charAt(q))) {
        q++;
        continue;
      }
      int we = letters(t, q);
      if (g.never.contains(t, q, we) && !g.first.contains(t, q, we) && !g.last.contains(t, q, we)) {
        return true;
      }
      q = we;
    }
    return false;
  }

  /**
   * Whether the words of {@code t[i, e)} hold no stop or excluded word and at least one listed name or name-like
   * spelling that is not an ordinary word (the value test of {@link #personField}).
   */
  private static boolean nameLikeValue(CharSequence t, int i, int e) {
    Gazetteer g = Gazetteer.get();
    boolean nameLike = false;
    int q = i;
    while (q < e) {
      if (!Character.isLetter(t.charAt(q))) {
        q++;
        continue;
      }
      int we = letters(t, q);
      int tags = g.tagged.flags(t, q, we, WordSet.hashOf(t, q, we));
      if ((tags & (Gazetteer.T_NEVER | Gazetteer.T_STOP)) != 0) {
        return false;
      }
      boolean listed = (tags & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) != 0;
      boolean word = (tags & Gazetteer.T_COMMON) != 0 || g.english.contains(t, q, we);
      if (listed && !word || !word && we - q >= 3 && g.nameModel.score(t, q, we) > 0.3) {
        nameLike = true;
      }
      q = we;
    }
    return nameLike;
  }

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
   * The trained tagger on a lower-case word that is not a common word and has no cue before it ("went out with
   * keeva", "emily rodriguez did n't"). Returns where the scan continues.
   */
  private static int lowerTagger(Gazetteer g, CharSequence t, int i, int e0, int tags0, Hits h) {
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
  private static boolean handle(CharSequence t, int s, int e) {
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

  /**
   * Whether {@link #scan} can find nothing at the lower-case ASCII word {@code t[s, e)} (a-z only) and returns its end,
   * whatever the words around it, when it is not right after a quote or {@code <} and is followed by the text's end,
   * white space or one of {@code , ; ! ? )} (the engine's word loop checks those and then skips such a word without
   * the full path, even after a cue word or before a verb). A pure function of the word's letters: its gazetteer tags,
   * English spelling and name-model score. It holds because for such a word (3+ letters, so no Dutch postcode; no
   * {@code <} before, so no chat nick; lower case, so no CSV, capitalised-word or date rule) every rule of
   * {@link #rules} before the exit named here needs what the word lacks:
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
   * not covered and takes the usual path. Keep in step with {@link #rules}.
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
    if (shape0 == LOWER && eng.namesOn() && len0 >= 4 && (tags0 & Gazetteer.T_FIRST) != 0
        && (tags0 & Gazetteer.T_PLACE) != 0 && (tags0 & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) == 0
        && articleAtSentenceStart(t, i) && lowerVerbAfter(g, t, e0) && !digitsNear(t, i, e0) && !handle(t, i, e0)) {
      // "a victoria chegou", "o vitória chegou": a first name that is also a place, after a pt/es/it article that
      // starts the sentence and before a lower-case word that is no function, English or name word (twelfth round)
      h.add(i, e0, PiiEntity.PERSON, 0.6, "lower-case first name after an article");
      return e0;
    }
    if (shape0 == LOWER && (common0 || english0)) {
      return e0;
    }
    if (shape0 == LOWER && eng.namesOn() && lowerSpeaker(t, i, e0, tags0) && !valueLabel(t, i, e0, tags0)) {
      h.add(i, e0, PiiEntity.PERSON, 0.6, "chat speaker");
      return e0;
    }
    if (shape0 == LOWER && eng.placesOn() && len0 >= 4 && (tags0 & Gazetteer.T_PLACE) != 0
        && (tags0 & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) == 0 && prevWordIn(t, i, LOWER_PLACE_PREPOSITIONS)
        && !digitsNear(t, i, e0) && !handle(t, i, e0) && !englishArticleBefore(g, t, i)) {
      // "im in rotterdam", "ya llegaste a valencia", "tá em lisboa": a listed place in lower case after a place
      // preposition in chat (tenth round)
      h.add(i, e0, PiiEntity.LOCATION, 0.6, "lower-case place after a preposition");
      return e0;
    }
    if (shape0 == LOWER && eng.namesOn() && len0 >= 3 && (tags0 & Gazetteer.T_FIRST) != 0
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
    if (shape0 == LOWER && !prevIsCue(t, i) && !((tags0 & Gazetteer.T_FIRST) != 0 && nextIsVerb(t, e0))) {
      // a lower-case word is a name only after a cue word or as the subject of a verb ("sam 's coming"), or when
      // the trained tagger says so
      return eng.namesOn() ? lowerTagger(g, t, i, e0, tags0, h) : e0;
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
    final double[] nmc = {Double.NaN}; // allocated only for words that get this far
    // "Ubul: What a wife." / "mika: who are you?": a speaker at the start of a chat line
    if (eng.namesOn() && e0 < t.length() && t.charAt(e0) == ':' && !common0 && !p0 && speakerStart(t, i)
        && !(shape0 == ALLCAPS && ID_LABELS.contains(t, i, e0))
        && (f0 || !english0 && !g.english.contains(t, i, e0))
        && (f0 || l0 || nameScore(g, t, i, e0, nmc) > 0.3 && !fieldLabel(t, i, e0) && !headerValueAfter(t, e0))
        && !valueLabel(t, i, e0, tags0)) {
      h.add(i, e0, PiiEntity.PERSON, 0.6, "chat speaker");
      return e0;
    }
    boolean verbNext = shape0 == CAP && nextIsVerb(t, e0);
    if (!f0 && !l0 && !p0 && shape0 != LOWER && !prevIsCue(t, i, h) && !lineStart(t, i)
        && !(e0 + 1 < t.length() && t.charAt(e0) == ',') && !(e0 < t.length() && t.charAt(e0) == ' '
        && e0 + 1 < t.length() && Character.isUpperCase(t.charAt(e0 + 1)))
        && !(verbNext && nameScore(g, t, i, e0, nmc) > 0.5)
        && (sentenceStart || nameScore(g, t, i, e0, nmc) <= 1.0) && !titleBefore(t, i) && !nameLabelBefore(t, i)) {
      return e0;
    }
    // lower-case unknown word: only after a strong cue ("my name is ...")
    Context.Window w = null;
    int cue = -1;
    if (shape0 == LOWER && !f0 && !l0 && !p0) {
      if (!eng.namesOn()) {
        return e0;
      }
      // the cheap rejections first: the context window is only built for a word that could still be a name
      if (len0 < 3 || endsWithIgnoreCase(t, i, e0, "ing") || endsWithIgnoreCase(t, i, e0, "ly")
          || endsWithIgnoreCase(t, i, e0, "ed") || nameScore(g, t, i, e0, nmc) < 0.3 || shouting(t, i)) {
        return e0;
      }
      int lc = lowerCue(Context.left(t, i, 4));
      if (lc < 0 || lc >= LOWER_STRONG_END) {
        return e0;
      }
      w = Context.around(t, i, e0, 4);
      cue = 0;
    }
    if (w == null) {
      w = Context.around(t, i, e0, 4);
      cue = cue(w.left());
    }
    if (titleBefore(t, i)) {
      cue = 0;
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
        if (sentenceStart && nameScore(g, t, i, e0, nmc) > 0.5) {
          score += 0.05;
        }
        if (p0) {
          score -= 0.1;
        }
        if (!f0 && nameScore(g, t, i, e0, nmc) < 0.3) {
          score -= 0.2;
        }
      } else {
        score = shape0 == ALLCAPS ? 0.05 : 0.2;
        double nm = shape0 == CAP && len0 >= 3 && !p0 ? nameScore(g, t, i, e0, nmc) : -1;
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
        if (shape0 == CAP && nameScore(g, t, i, e0, nmc) > 0.8 && g.nameModel.score(t, lastStart, end) > 0.5) {
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
      score += gaz == 0 && shape0 == CAP && nameScore(g, t, i, e0, nmc) > 0.3 ? 0.3 : 0.2;
    } else if (weak && gaz > 0) {
      score += shape0 == LOWER ? 0.15 : 0.08;
    }
    Context.Window wr = end == e0 ? w : Context.around(t, i, end, 4, w);
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
   * A lower-case chat speaker ("[15:48] birthe: can someone ...", "mika: hi"): a listed first or last name that is
   * not a common, stop or excluded word (the caller has already left English words and common words), followed by
   * a colon, at a line start or after a time stamp.
   */
  private static boolean lowerSpeaker(CharSequence t, int i, int e0, int tags0) {
    return e0 < t.length() && t.charAt(e0) == ':' && e0 - i >= 2
        && (tags0 & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) != 0
        && (tags0 & (Gazetteer.T_STOP | Gazetteer.T_NEVER)) == 0 && speakerStart(t, i);
  }

  /**
   * Where a chat speaker's name stands: a line start, or after a time stamp that starts the line ("[15:48] ",
   * "[2024-03-12 15:48:03] ", "15:48 "); looks back at most 26 characters.
   */
  static boolean speakerStart(CharSequence t, int i) {
    if (lineStart(t, i)) {
      return true;
    }
    int k = i - 1;
    if (k < 1 || t.charAt(k) != ' ') {
      return false;
    }
    k--;
    boolean bracket = t.charAt(k) == ']';
    if (bracket) {
      k--;
    }
    int digits = 0;
    int colons = 0;
    while (k >= 0 && i - k <= 26) {
      char c = t.charAt(k);
      if (Engine.isDigit(c)) {
        digits++;
      } else if (c == ':') {
        colons++;
      } else if (c != '-' && c != '.' && c != '/' && c != ' ' && c != 'T') {
        break;
      }
      k--;
    }
    if (digits < 3 || colons < 1) {
      return false;
    }
    if (bracket) {
      if (k < 0 || t.charAt(k) != '[') {
        return false;
      }
      k--;
    }
    return k < 0 || t.charAt(k) == '\n';
  }

  /**
   * Whether {@code i} follows " | " on a line whose part before the bar ends with a job title ("Head of Finance |
   * Hartmann, Marvin and Grady", "Sales | Lemaire SAS"); looks back at most 120 characters.
   */
  static boolean afterTitleBar(CharSequence t, int i, Hits h) {
    // the bar is searched at most 120 characters back: no '|' there, no title bar (asked per scan, see Hits)
    return h.mayHavePipe(t, Math.max(0, i - 120), i) && afterTitleBar(t, i);
  }

  static boolean afterTitleBar(CharSequence t, int i) {
    int bar = -1;
    int k = i - 1;
    while (k >= 0 && i - k <= 120 && t.charAt(k) != '\n') {
      if (t.charAt(k) == '|') {
        bar = k;
        break;
      }
      k--;
    }
    if (bar < 1 || t.charAt(bar - 1) != ' ') {
      return false;
    }
    // the words between the previous bar (or the line start) and this bar: one must be a job word
    int q = bar - 1;
    while (q >= 0 && i - q <= 160 && t.charAt(q) != '\n' && t.charAt(q) != '|') {
      if (Character.isLetter(t.charAt(q)) && (q == 0 || !Character.isLetter(t.charAt(q - 1)))) {
        int we = letters(t, q);
        if (JOB_WORDS.contains(t, q, we)) {
          return true;
        }
      }
      q--;
    }
    return false;
  }

  /**
   * In shouted text ("HAD COFFEE WITH ILKNUR AND NICK") capitals say nothing, so a word is taken like a lower-case
   * one: after a strong cue, or a listed first name that is not a common word after any lower-case cue ("with",
   * "and", "to"), before a possessive ("AT NETA'S PLACE") or before a listed surname ("LLAMAR A JAIME BUSTAMANTE").
   */
  private static boolean shoutedName(CharSequence t, int e, int lowerCue, boolean first, boolean common) {
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

  /**
   * A capitalised run that is a line of a postal address: at a line start after a line with a unit word or a house
   * number, or followed by ", ST 12345", a postcode or a line break and a country.
   */
  private static boolean addressBlock(CharSequence t, int s, int e) {
    int n = t.length();
    // followed by ", XX" (state or region code) or ", nan" and a postcode
    int k = e;
    if (k + 3 < n && t.charAt(k) == ',' && t.charAt(k + 1) == ' ' && Character.isUpperCase(t.charAt(k + 2))
        && Character.isUpperCase(t.charAt(k + 3)) && (k + 4 >= n || !Character.isLetter(t.charAt(k + 4)))) {
      int q = k + 4;
      while (q < n && t.charAt(q) == ' ') {
        q++;
      }
      if (q < n && Engine.isDigit(t.charAt(q))) {
        return true;
      }
    }
    // at a line start, after an address-looking line
    int ls = s - 1;
    while (ls >= 0 && (t.charAt(ls) == ' ' || t.charAt(ls) == '>' || t.charAt(ls) == '\t')) {
      ls--;
    }
    if (ls < 0 || t.charAt(ls) != '\n') {
      return false;
    }
    // the token must fill its line (a city line), possibly followed by ", XX" or a postcode
    int le = e;
    while (le < n && t.charAt(le) == ' ') {
      le++;
    }
    if (le < n && Engine.isDigit(t.charAt(le))) {
      int q = le;
      while (q < n && (Engine.isDigit(t.charAt(q)) || t.charAt(q) == '-') && q - le < 9) {
        q++;
      }
      while (q < n && t.charAt(q) == ' ') {
        q++;
      }
      if (q < n && t.charAt(q) != '\n' || q - le < 3) {
        return false;
      }
      le = q;
    }
    if (!(le >= n || t.charAt(le) == '\n' || t.charAt(le) == ',')) {
      return false;
    }
    if (le < n && t.charAt(le) == '\n') {
      int ns = le + 1;
      while (ns < n && (t.charAt(ns) == ' ' || t.charAt(ns) == '>')) {
        ns++;
      }
      if (ns < n && Character.isUpperCase(t.charAt(ns))) {
        int ne = letters(t, ns);
        Gazetteer g = Gazetteer.get();
        if (g.place.contains(t, ns, ne) || placePhrase(g, t, ns, ne) > ne) {
          return true;
        }
      }
    }
    int pe = ls;
    int ps = pe - 1;
    while (ps >= 0 && t.charAt(ps) != '\n' && pe - ps < 100) {
      ps--;
    }
    ps++;
    boolean digit = false;
    boolean unit = false;
    for (int q = ps; q < pe; q++) {
      char c = t.charAt(q);
      if (Engine.isDigit(c)) {
        digit = true;
      }
      if ((c == 'A' || c == 'S' || c == 'U' || c == 'B' || c == 'a' || c == 's' || c == 'u' || c == 'b')
          && (q == ps || !Character.isLetter(t.charAt(q - 1)))) {
        if (Engine.startsWithIgnoreCase(t, q, "apt") || Engine.startsWithIgnoreCase(t, q, "suite")
            || Engine.startsWithIgnoreCase(t, q, "unit") || Engine.startsWithIgnoreCase(t, q, "box")) {
          unit = true;
        }
      }
    }
    boolean numberFirst = ps < pe && Engine.isDigit(t.charAt(firstNonSpace(t, ps, pe)));
    return digit && (unit || numberFirst && pe - ps < 60);
  }

  /** Extends a place over a following postcode ("Estonia 62488", "Wien 1010"). */
  private static int postcode(CharSequence t, int e) {
    int n = t.length();
    if (e + 1 < n && t.charAt(e) == ' ' && Engine.isDigit(t.charAt(e + 1))) {
      int q = e + 1;
      while (q < n && Engine.isDigit(t.charAt(q)) && q - e <= 6) {
        q++;
      }
      int len = q - e - 1;
      if (len >= 4 && len <= 5 && (q >= n || !Engine.isWordChar(t.charAt(q)))) {
        return q;
      }
    }
    return e;
  }

  private static int lowerCue(String left) {
    return LOWER_CUES_INDEX.find(left);
  }


  /** Whether the text around is mostly upper case (shouting), so capitals say nothing. */
  static boolean shouting(CharSequence t, int i) {
    int up = 0;
    int low = 0;
    int from = Math.max(0, i - 40);
    int to = Math.min(t.length(), i + 40);
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (Character.isUpperCase(c)) {
        up++;
      } else if (Character.isLowerCase(c)) {
        low++;
      }
    }
    return up >= 12 && up > 4 * low;
  }

  /** Title Case headline: the words right before and after the run are capitalised too. */
  static boolean headline(CharSequence t, int s, int e) {
    int caps = 0;
    int words = 0;
    int k = s - 1;
    for (int n = 0; n < 2 && k > 0; n++) {
      while (k >= 0 && t.charAt(k) == ' ') {
        k--;
      }
      int we = k + 1;
      while (k >= 0 && Character.isLetter(t.charAt(k))) {
        k--;
      }
      if (we - (k + 1) < 2) {
        break;
      }
      words++;
      if (Character.isUpperCase(t.charAt(k + 1))) {
        caps++;
      }
    }
    k = e;
    for (int n = 0; n < 2 && k < t.length(); n++) {
      while (k < t.length() && t.charAt(k) == ' ') {
        k++;
      }
      int ws = k;
      while (k < t.length() && Character.isLetter(t.charAt(k))) {
        k++;
      }
      if (k - ws < 2) {
        break;
      }
      words++;
      if (Character.isUpperCase(t.charAt(ws))) {
        caps++;
      }
    }
    return words >= 3 && caps >= 3;
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

  private static final ThreadLocal<StringBuilder> FOLD_BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(32));

  /**
   * The gazetteer flags of a capitalised word with accents, looked up without them ("Élodie" as "Elodie"); 0 for a
   * word without a foldable accented letter. Folds into a per-thread buffer: no allocation.
   */
  static int foldedFlags(Gazetteer g, CharSequence t, int i, int e) {
    if (e - i > 32) {
      return 0;
    }
    StringBuilder b = FOLD_BUFFER.get();
    b.setLength(0);
    boolean folded = false;
    for (int k = i; k < e; k++) {
      char c = t.charAt(k);
      char f = c >= 0xC0 && c < 0x180 ? FOLD[c - 0xC0] : 0;
      if (f != 0) {
        folded = true;
        b.append(f);
      } else {
        b.append(c);
      }
    }
    if (!folded) {
      return 0;
    }
    return g.tagged.flags(b, 0, b.length(), WordSet.hashOf(b, 0, b.length()));
  }

  /**
   * Whether the colon at {@code c} is followed by what a form or mail header gives as a value rather than a chat
   * message: two capitalised (not all-caps) words ("Käufer: Thomas Becker", "Fahrzeug: Hyundai Tucson") or a word
   * with an {@code @} or in {@code <...>} ("Från: <sofia@…>"). Asked only for unlisted speaker candidates.
   */
  static boolean headerValueAfter(CharSequence t, int c) {
    int n = t.length();
    int k = c + 1;
    while (k < n && k - c < 4 && t.charAt(k) == ' ') {
      k++;
    }
    if (k < n && t.charAt(k) == '<') {
      return true;
    }
    int w1 = titleWordEnd(t, k);
    if (w1 < 0 || w1 >= n) {
      return false;
    }
    if (t.charAt(w1) == '@') {
      return true;
    }
    return t.charAt(w1) == ' ' && titleWordEnd(t, w1 + 1) > 0;
  }

  /** The end of a word of a capital and at least one lower-case letter starting at {@code k}, or -1. */
  private static int titleWordEnd(CharSequence t, int k) {
    int n = t.length();
    if (k >= n || !Character.isUpperCase(t.charAt(k))) {
      return -1;
    }
    int e = k + 1;
    boolean lower = false;
    while (e < n && Character.isLetter(t.charAt(e))) {
      lower |= Character.isLowerCase(t.charAt(e));
      e++;
    }
    return lower ? e : -1;
  }

  /**
   * Whether an unlisted word before a colon reads as a form label rather than a chat speaker's name: long compounds
   * ("Lieferadresse:", "Geburtsdatum:") and words with the noun endings of labels (-nummer, -ung, -ción, -mento).
   */
  static boolean fieldLabel(CharSequence t, int i, int e) {
    if (e - i >= 11 || LIST_LABELS.contains(t, i, e)) {
      return true;
    }
    for (String end : LABEL_ENDINGS) {
      if (e - i > end.length() + 1 && endsWithIgnoreCase(t, i, e, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word before the colon at {@code e} is the label of a contact or network value rather than a chat
   * speaker ("ip: 10.0.12.7", "Mobiel: 06 12 34 56 78", "Tel: ..."): a word of {@link NameLexicon#VALUE_LABELS} that is no
   * listed first name, or one that is ("Mac", "Pin") when a digit, {@code +} or {@code (} follows the colon. Asked
   * only for speaker candidates (a word right before a colon at a line start).
   */
  static boolean valueLabel(CharSequence t, int i, int e, int tags) {
    if (!VALUE_LABELS.contains(t, i, e)) {
      return false;
    }
    if ((tags & Gazetteer.T_FIRST) == 0) {
      return true;
    }
    int k = e + 1;
    while (k < t.length() && k - e < 4 && t.charAt(k) == ' ') {
      k++;
    }
    return k < t.length() && (Engine.isDigit(t.charAt(k)) || t.charAt(k) == '+' || t.charAt(k) == '(');
  }

  /**
   * Whether the JSON object around {@code i} (up to 300 characters each way, not across another object's braces)
   * has a product key: {@code sku}, {@code price}, {@code qty}, {@code stock}, {@code brand}...
   */
  static boolean productObject(CharSequence t, int i) {
    int s = i;
    while (s > 0 && i - s < 300 && t.charAt(s - 1) != '{' && t.charAt(s - 1) != '}') {
      s--;
    }
    int e = i;
    while (e < t.length() && e - i < 300 && t.charAt(e) != '}' && t.charAt(e) != '{') {
      e++;
    }
    for (String k : PRODUCT_KEYS) {
      for (int q = s; q + k.length() <= e; q++) {
        if (t.charAt(q) == '"' && Engine.startsWithIgnoreCase(t, q, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code i} starts a JSON string value ({@code "key": "value"}). */
  static boolean jsonValueStart(CharSequence t, int i) {
    int k = i - 1;
    if (k < 0 || t.charAt(k) != '"') {
      return false;
    }
    k--;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    return k >= 1 && t.charAt(k) == ':' && t.charAt(k - 1) == '"';
  }

  /** Whether the span's last word is a station, airport or stadium word ("Victoria Station"). */
  static boolean placeBuildingEnd(CharSequence t, int s, int e) {
    int k = e;
    while (k > s && Character.isLetter(t.charAt(k - 1))) {
      k--;
    }
    return k > s && e - k >= 4 && BUILDINGS.contains(t, k, e);
  }

  /** Whether {@code e} is followed by {@code <local@domain>} (after an optional closing quote): an e-mail display name. */
  static boolean displayNameBefore(CharSequence t, int e) {
    int n = t.length();
    int k = e;
    if (k < n && t.charAt(k) == '"') {
      k++;
    }
    if (k + 1 >= n || t.charAt(k) != ' ' || t.charAt(k + 1) != '<') {
      return false;
    }
    boolean at = false;
    for (int q = k + 2; q < n && q - k < 80; q++) {
      char c = t.charAt(q);
      if (c == '@') {
        at = true;
      } else if (c == '>') {
        return at && q > k + 4;
      } else if (c == ' ' || c == '<' || c == '\n') {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code t[s, e)} ends with an entry of {@code set} (entries of 2..6 chars), leaving 3 chars before it. */
  private static boolean endsWithAny(WordSet set, CharSequence t, int s, int e) {
    for (int k = 2; k <= 6 && e - k >= s + 3; k++) {
      if (set.contains(t, e - k, e)) {
        return true;
      }
    }
    return false;
  }

  /** Spelling that marks an ordinary English word (suffixes like -ing, -ment, -tion), for unknown tokens. */
  static boolean englishWord(CharSequence t, int s, int e) {
    return e - s >= 6 && endsWithAny(ENGLISH_SUFFIX_SET, t, s, e);
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

  /** "Hleb, Sheila, Donna and Sherry": list items after a found name are names when they look like one. */
  private static int nameList(Gazetteer g, CharSequence t, int end, int shape0, Hits h) {
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

  /**
   * A street written with its street word first: "rue des Lilas", "Calle de Alcalá", "Avenida de la Constitución",
   * "Via dei Mille", "Rua das Flores". {@code ws} is the street word (rue, via, calle, avenida, rua, piazza,
   * boulevard...; any case); after it come up to five capitalised words and connectors (de, la, des, dei, das...),
   * at least one capitalised. With {@code numberAfter} a house number (1-4 digits, an optional letter) must follow
   * and is included. Returns the end, or -1.
   */
  static int prefixStreet(CharSequence t, int ws, boolean numberAfter) {
    int n = t.length();
    int we = letters(t, ws);
    if (we - ws < 2 || !STREET_PREFIX_SET.contains(t, ws, we)) {
      return -1;
    }
    int k = we;
    if (k < n && t.charAt(k) == '.') {
      k++;
    }
    int caps = 0;
    int end = -1;
    for (int words = 0; words < 6; words++) {
      if (k + 1 >= n || t.charAt(k) != ' ') {
        break;
      }
      int s2 = k + 1;
      char c = t.charAt(s2);
      if (Engine.isDigit(c)) {
        if (caps == 0 || !numberAfter) {
          break;
        }
        int q = s2;
        while (q < n && Engine.isDigit(t.charAt(q)) && q - s2 < 5) {
          q++;
        }
        if (q - s2 > 4) {
          return -1;
        }
        if (q < n && Character.isLetter(t.charAt(q)) && (q + 1 >= n || !Character.isLetter(t.charAt(q + 1)))) {
          q++;
        }
        if (q < n && (Engine.isWordChar(t.charAt(q)) || t.charAt(q) == '.' && q + 1 < n
            && Engine.isDigit(t.charAt(q + 1)))) {
          return -1;
        }
        return q;
      }
      if (!Character.isLetter(c)) {
        break;
      }
      int e2 = letters(t, s2);
      if (Character.isUpperCase(c)) {
        if (e2 - s2 < 2 || Gazetteer.get().stop.contains(t, s2, e2) && !STREET_CONNECTORS.contains(t, s2, e2)) {
          break;
        }
        caps++;
        end = e2;
      } else if (e2 - s2 > 2 && (c == 'l' || c == 'd') && t.charAt(s2 + 1) == '\'' && Character.isUpperCase(t.charAt(s2 + 2))) {
        caps++; // "l'Église", "d'Italia"
        end = e2;
      } else if (!STREET_CONNECTORS.contains(t, s2, e2)) {
        break;
      }
      k = e2;
      if (k < n && t.charAt(k) == '\'') {
        k++; // "rue de l'Église"
        int e3 = letters(t, k);
        if (e3 > k && Character.isUpperCase(t.charAt(k))) {
          caps++;
          end = e3;
          k = e3;
        }
      }
    }
    return numberAfter || caps == 0 ? -1 : end;
  }

  /**
   * Whether the digits ending at {@code q} go on as a longer number ("Bestellung 2024-118830", "Runner 3,89.95",
   * "Nr. 2024/0815") rather than ending a house number (a dot or colon after it is left alone); a range of house numbers ("Allee 118-120") does not.
   */
  static boolean numberGoesOn(CharSequence t, int q) {
    int n = t.length();
    if (q + 1 >= n || !Engine.isDigit(t.charAt(q + 1))) {
      return false;
    }
    char c = t.charAt(q);
    if (c == '-') {
      int r = q + 1;
      while (r < n && Engine.isDigit(t.charAt(r))) {
        r++;
      }
      return r - q - 1 > 3;
    }
    return c == ',' || c == '/';
  }

  /**
   * The end of the city after a Dutch postcode whose two letters are {@code [i, e)} ("1016 GV Amsterdam",
   * "3511 AL Utrecht", "7411 KT Deventer"), or -1: four digits not starting with 0 and not part of a longer number,
   * a space, two capitals (not SA, SD, SS, which are not issued), a space and a capitalised word.
   */
  static int dutchPostcode(CharSequence t, int i, int e) {
    int n = t.length();
    int d = i - 5;
    for (int k = d; k < i - 1; k++) {
      if (!Engine.isDigit(t.charAt(k))) {
        return -1;
      }
    }
    if (t.charAt(d) == '0' || d > 0 && (Character.isLetterOrDigit(t.charAt(d - 1)) || t.charAt(d - 1) == '.'
        || t.charAt(d - 1) == '-')) {
      return -1;
    }
    char a = t.charAt(i);
    char b = t.charAt(i + 1);
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || a == 'S' && (b == 'A' || b == 'D' || b == 'S')) {
      return -1;
    }
    if (!(e + 1 < n && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1)))) {
      return -1;
    }
    int ce = letters(t, e + 1);
    if (ce - (e + 1) < 2 || ce < n && Character.isLetterOrDigit(t.charAt(ce))) {
      return -1;
    }
    // "Den Haag", "Alphen aan den Rijn" are not followed here; "'s-Hertogenbosch" starts with a quote and is missed
    while (ce + 1 < n && t.charAt(ce) == '-' && Character.isUpperCase(t.charAt(ce + 1))) {
      ce = letters(t, ce + 1);
    }
    return ce;
  }

  /**
   * Whether the line before the one starting at {@code i} ends with a comma ("Yours sincerely,", "Un abrazo,"): the
   * next line is the sender's name, not a line of a postal address.
   */
  /** Whether nothing but spaces, a "|" or "," part follows {@code e} on its line. */
  private static boolean lineRestEmpty(CharSequence t, int e) {
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
  private static boolean titleAbbreviationAfter(CharSequence t, int e) {
    int n = t.length();
    if (e + 5 >= n || t.charAt(e) != ' ') {
      return false;
    }
    char a = WordSet.lower(t.charAt(e + 1));
    char b = WordSet.lower(t.charAt(e + 2));
    return (a == 'd' && b == 'r' || a == 's' && b == 't') && t.charAt(e + 3) == '.' && t.charAt(e + 4) == ' '
        && Character.isUpperCase(t.charAt(e + 5));
  }

  /**
   * "Sprint 42 runs from ...", "Encomenda 4471 enviada a ...": one word, a number and then a lower-case word is a
   * thing and its number in a sentence, not a street and its house number (which a comma, a line end, a postcode
   * or a city follows) (tenth round).
   */
  private static boolean lowerWordAfterNumber(CharSequence t, int e) {
    int n = t.length();
    int q = e;
    if (q >= n || t.charAt(q) != ' ') {
      return false;
    }
    q++;
    int ds = q;
    while (q < n && Engine.isDigit(t.charAt(q))) {
      q++;
    }
    if (q == ds || q + 1 >= n || t.charAt(q) != ' ' || !Character.isLowerCase(t.charAt(q + 1))) {
      return false;
    }
    int we = letters(t, q + 1);
    // "Eyrarodda 66 in case of...", "Alšova 408 and ...": a street and house number before "in", "and", "at"
    return !STREET_JOINERS.contains(t, q + 1, we);
  }

  /** "Room 3.14", "Versie 4.0.2": a number with a decimal point after {@code e} is no house number. */
  private static boolean decimalAfter(CharSequence t, int e) {
    int n = t.length();
    int q = e + 1;
    if (!(q < n && t.charAt(e) == ' ' && Engine.isDigit(t.charAt(q)))) {
      return false;
    }
    while (q < n && Engine.isDigit(t.charAt(q))) {
      q++;
    }
    return q + 1 < n && (t.charAt(q) == '.' || t.charAt(q) == ',') && Engine.isDigit(t.charAt(q + 1));
  }

  /**
   * Whether a phone number follows {@code e} after one space: digit groups joined by single dashes, dots or spaces,
   * nine digits or more in two groups or more ("Marcus Jackson 404-555-0171"), which no house number is (round 18).
   */
  static boolean phoneAfter(CharSequence t, int e) {
    int n = t.length();
    int q = e + 1;
    if (!(q < n && t.charAt(e) == ' ' && Engine.isDigit(t.charAt(q)))) {
      return false;
    }
    int digits = 0;
    int groups = 1;
    while (q < n && q - e < 24) {
      char c = t.charAt(q);
      if (Engine.isDigit(c)) {
        digits++;
        q++;
      } else if ((c == '-' || c == '.' || c == ' ') && q + 1 < n && Engine.isDigit(t.charAt(q + 1))) {
        groups++;
        q++;
      } else {
        break;
      }
    }
    return digits >= 9 && groups >= 2;
  }

  /**
   * Whether a form label naming a person's name and a colon come right before {@code i} ("First name: Oluwaseun",
   * "Nom : Lefebvre", "Reporter: Hiroshi Yamada"): an unlisted single word there is still worth the name rules.
   */
  static boolean nameLabelBefore(CharSequence t, int i) {
    int k = i - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 0 || t.charAt(k) != ':') {
      return false;
    }
    k--;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    int we = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k)) && we - k < 16) {
      k--;
    }
    if (we == k + 1) {
      return false;
    }
    if (NAME_LABELS.contains(t, k + 1, we)) {
      return true;
    }
    if (!GENERIC_NAME_LABELS.contains(t, k + 1, we)) {
      return false;
    }
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '-' || t.charAt(k) == '_')) {
      k--;
    }
    int qe = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k)) && qe - k < 12) {
      k--;
    }
    return qe > k + 1 && NAME_LABEL_QUALIFIERS.contains(t, k + 1, qe);
  }

  /** Whether a space and a number of one to four digits follow {@code e} ("Room 3", "Level 2"; not a postcode). */
  private static boolean shortNumberAfter(CharSequence t, int e) {
    int n = t.length();
    int q = e + 1;
    if (!(q < n && t.charAt(e) == ' ' && Engine.isDigit(t.charAt(q)))) {
      return false;
    }
    while (q < n && Engine.isDigit(t.charAt(q))) {
      q++;
    }
    return q - e - 1 <= 4;
  }

  /** "J'habite", "l'Eglise": a French or Italian elision, one letter and an apostrophe, starts the word. */
  private static boolean elision(CharSequence t, int i) {
    return i + 1 < t.length() && (t.charAt(i + 1) == '\'' || t.charAt(i + 1) == '\u2019');
  }

  /** A year (1900-2039) or a day followed by a month name after {@code e}: a date, not a house number. */
  private static boolean yearOrDayAfter(Gazetteer g, CharSequence t, int e) {
    int n = t.length();
    if (!(e + 1 < n && t.charAt(e) == ' ' && Engine.isDigit(t.charAt(e + 1)))) {
      return false;
    }
    int q = e + 1;
    while (q < n && Engine.isDigit(t.charAt(q)) && q - e < 6) {
      q++;
    }
    int len = q - e - 1;
    if (len == 4) {
      int y = (t.charAt(e + 1) - '0') * 1000 + (t.charAt(e + 2) - '0') * 100;
      return (y == 1900 || y == 2000) && (q >= n || !Character.isLetterOrDigit(t.charAt(q)));
    }
    if (len <= 2 && q + 1 < n && (t.charAt(q) == ' ' || t.charAt(q) == '.' && q + 2 < n && t.charAt(q + 1) == ' ')) {
      int ms = t.charAt(q) == ' ' ? q + 1 : q + 2;
      int me = letters(t, ms);
      return me > ms && MONTH_SET.contains(t, ms, me);
    }
    return false;
  }

  private static boolean streetAround(CharSequence t, int s, int e) {
    int n = t.length();
    int k = e;
    if (k + 1 < n && t.charAt(k) == ' ') {
      int ws = k + 1;
      if (Engine.isDigit(t.charAt(ws))) {
        int q = ws;
        while (q < n && Engine.isDigit(t.charAt(q)) && q - ws < 6) {
          q++;
        }
        // a house number, not the first group of a grouped number ("JAIME BUSTAMANTE AL 612 345 678")
        if (q - ws <= 5 && (q >= n || !Character.isLetterOrDigit(t.charAt(q)) || t.charAt(q) == ' ')
            && !(q + 1 < n && t.charAt(q) == ' ' && Engine.isDigit(t.charAt(q + 1)))
            && !numberGoesOn(t, q) && !(t.charAt(ws) == '0' && q - ws <= 4)) {
          // (a house number never starts with 0: "Telefon 0711 / 25 36 47", "Bestellung 0815"; five digits after a
          // place may be its postcode: "Greenlander 07609")
          return true;
        }
      } else if (Character.isLetter(t.charAt(ws))) {
        int we = letters(t, ws);
        if (STREET_SET.contains(t, ws, we)) {
          return true;
        }
      }
    }
    int q = s - 1;
    while (q >= 0 && (t.charAt(q) == ' ' || t.charAt(q) == '.')) {
      q--;
    }
    int pe = q + 1;
    while (q >= 0 && Character.isLetter(t.charAt(q))) {
      q--;
    }
    return pe > q + 1 && STREET_PREFIX_SET.contains(t, q + 1, pe);
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

  static boolean lineStart(CharSequence t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '>' || t.charAt(k) == '\t')) {
      k--;
    }
    return k < 0 || t.charAt(k) == '\n';
  }

  private static int firstNonSpace(CharSequence t, int s, int e) {
    int k = s;
    while (k < e - 1 && (t.charAt(k) == ' ' || t.charAt(k) == '>' || t.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }

  static boolean possessive(CharSequence t, int e) {
    int k = e < t.length() && t.charAt(e) == ' ' ? e + 1 : e;
    return k + 1 < t.length() && (t.charAt(k) == '\'' || t.charAt(k) == '\u2019') && t.charAt(k + 1) == 's'
        && (k + 2 >= t.length() || !Character.isLetter(t.charAt(k + 2)));
  }

  static boolean surnameSuffix(CharSequence t, int s, int e) {
    return endsWithAny(SURNAME_SUFFIX_SET, t, s, e);
  }

  /** An organisation word among the next few capitalised words ("Davis, Reynolds and Williamson Orchestra"). */
  private static boolean orgAfter(Gazetteer g, String right) {
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

  private static int capRun(Gazetteer g, CharSequence t, int i, int e0, int shape0) {
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

  private static int placePhrase(Gazetteer g, CharSequence t, int i, int e0) {
    return placePhrase(g, t, i, e0, g.place.contains(t, i, e0), g.place.mayStartPhrase(t, i, e0));
  }

  /**
   * {@link #placePhrase(Gazetteer, CharSequence, int, int)} with the word's two gazetteer answers already known:
   * {@code place} = {@code g.place.contains(t, i, e0)}, {@code mayStart} = {@code g.place.mayStartPhrase(t, i, e0)}.
   */
  private static int placePhrase(Gazetteer g, CharSequence t, int i, int e0, boolean place, boolean mayStart) {
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

  /** Whether {@code t[s, e)} is a weekday or month name (the word test of {@link #wordDate} and the tagger). */
  static boolean dateWord(CharSequence t, int s, int e) {
    return WEEKDAY_SET.contains(t, s, e) || MONTH_SET.contains(t, s, e);
  }

  /** Whether {@code t[s, e)} is a street word that comes before the street's name ({@link #prefixStreet}). */
  static boolean streetPrefixWord(CharSequence t, int s, int e) {
    return STREET_PREFIX_SET.contains(t, s, e);
  }

  private static int wordDate(Engine eng, CharSequence t, int i, int e0, Hits h) {
    if (e0 - i < 3 || e0 - i > 10) {
      return -1;
    }
    boolean weekday = WEEKDAY_SET.contains(t, i, e0);
    if (!weekday && !MONTH_SET.contains(t, i, e0)) {
      return -1;
    }
    if (weekday) {
      Context.Window w = Context.around(t, i, e0, 2);
      String prev = Context.lastWords(w.left(), 1);
      if (WEEKDAY_CUES.contains(prev) && !prev.isBlank()
          && !Context.around(t, i, e0, eng.contextWindow()).impersonalDate()) {
        h.add(i, e0, PiiEntity.DATE_TIME, 0.6, "weekday in temporal context");
        return e0;
      }
      return -1;
    }
    if (Character.isUpperCase(t.charAt(i)) || e0 - i > 3) {
      int s = i;
      // "3 March 1990", "3. März 1990", "le 3 mars"
      int k = i - 1;
      if (k >= 0 && t.charAt(k) == ' ') {
        int q = k - 1;
        if (q >= 0 && t.charAt(q) == '.') {
          q--;
        }
        int de = q + 1;
        while (q >= 0 && Engine.isDigit(t.charAt(q)) && de - q <= 2) {
          q--;
        }
        if (de - (q + 1) >= 1 && de - (q + 1) <= 2 && (q < 0 || !Engine.isWordChar(t.charAt(q)))) {
          s = q + 1;
        }
      }
      int e = e0;
      if (e < t.length() && t.charAt(e) == '.') {
        e++;
      }
      boolean day = false;
      boolean year = false;
      if (e + 1 < t.length() && t.charAt(e) == ' ' && Engine.isDigit(t.charAt(e + 1))) {
        int q = e + 1;
        while (q < t.length() && Engine.isDigit(t.charAt(q)) && q - e <= 4) {
          q++;
        }
        int dl = q - (e + 1);
        if (dl <= 2) {
          day = true;
          e = q;
          if (e < t.length() && (t.charAt(e) == ',' || t.charAt(e) == '.')) {
            if (e + 2 < t.length() && t.charAt(e + 1) == ' ' && Engine.isDigit(t.charAt(e + 2))) {
              e++;
            }
          }
          if (startsWithOrd(t, e)) {
            e += 2;
          }
          if (e + 5 <= t.length() && t.charAt(e) == ' ' && allDigits(t, e + 1, e + 5)
              && !Engine.isWordChar(Engine.charAt(t, e + 5))) {
            year = true;
            e += 5;
          }
        } else if (dl == 4 && (q >= t.length() || !Engine.isWordChar(t.charAt(q)))) {
          year = true;
          e = q;
        }
      }
      if (s == i && !day && !year) {
        return -1;
      }
      if (s == i && !year && !day) {
        return -1;
      }
      if (e > t.length() || e < e0) {
        e = e0;
      }
      Context.Window w = Context.around(t, s, e, eng.contextWindow());
      double score = (s < i || day) && year ? 0.6 : day || s < i ? 0.45 : 0.4;
      if (w.has(PiiEntity.DATE_TIME) && (year || w.has("BIRTH")) || !year && day && personalDayMonth(w)) {
        // "runs from April 7 to April 18": a month and day without a year is a plan, not a birth date, unless a
        // birth, patient or appointment word is near (as for day-first dates in dayMonthDate)
        score += 0.25;
      }
      if (w.negativeNear() || w.impersonalDate() || year && before1900(t, e) || replyHeader(t, s)) {
        score = Math.min(score, 0.3);
      }
      h.add(s, e, PiiEntity.DATE_TIME, score, "date with month name");
      return e;
    }
    return -1;
  }

  /**
   * False only when no {@link NameLexicon#DAY_MONTHS} name starts at {@code ms}: the text there starts with two ASCII letters
   * that, lower-cased, start no month name of two ASCII letters. A month name whose first or second letter is not
   * ASCII cannot match two ASCII letters (the set compares lower-cased characters, and an ASCII letter lower-cases to
   * an ASCII letter); any other start (a non-ASCII letter, the text's end) answers true. A cheap test for the digit
   * path's lone numbers ("12 percent", "250 ms"), before the word is read and probed.
   */
  static boolean mayStartDayMonth(CharSequence t, int ms) {
    if (ms + 1 >= t.length()) {
      return true;
    }
    char a = t.charAt(ms);
    char b = t.charAt(ms + 1);
    if (!Engine.isAsciiLetter(a) || !Engine.isAsciiLetter(b)) {
      return true;
    }
    return DAY_MONTH_STARTS[((a | 0x20) - 'a') * 26 + (b | 0x20) - 'a'];
  }

  /**
   * A date written day first with a month name in any case: {@code s..de} holds the 1-2 day digits. Reads
   * "5 juin 1990", "5. Mai 1990", "12 de mayo de 1988", "3 maggio, 1992"; a day with a year 0.6 (+0.25 with a
   * date or birth cue), a day and month alone 0.45 whatever the cue, 0.3 after a negative cue. Returns the end, or -1 when no month name follows.
   */
  /**
   * "05-Jan-1982": {@code ms} starts a month name of three to nine ASCII letters that a dash and a four-digit year
   * follow. Scored like a day-first date with its year (0.6, 0.85 with a date or birth cue, at most 0.3 near a
   * negative or impersonal word or before 1900). Returns the end, or -1.
   */
  private static int dashedDayMonthDate(Engine eng, CharSequence t, int s, int ms, Hits h) {
    int me = ms;
    while (me < t.length() && Engine.isAsciiLetter(t.charAt(me)) && me - ms <= 9) {
      me++;
    }
    int y = me + 1;
    if (me - ms < 3 || me - ms > 9 || me >= t.length() || t.charAt(me) != '-' || !DAY_MONTHS.contains(t, ms, me)
        || !allDigits(t, y, y + 4) || Engine.isWordChar(Engine.charAt(t, y + 4))) {
      return -1;
    }
    int e = y + 4;
    Context.Window w = Context.around(t, s, e, eng.contextWindow());
    double score = w.has(PiiEntity.DATE_TIME) ? 0.85 : 0.6;
    if (w.negativeNear() || w.impersonalDate() || before1900(t, e)) {
      score = Math.min(score, 0.3);
    }
    h.add(s, e, PiiEntity.DATE_TIME, score, "day-month-year date with dashes");
    return e;
  }

  static int dayMonthDate(Engine eng, CharSequence t, int s, int de, Hits h) {
    int n = t.length();
    if (de - s < 1 || de - s > 2 || s > 0 && (Engine.isWordChar(t.charAt(s - 1)) || t.charAt(s - 1) == '.'
        || t.charAt(s - 1) == ',' || t.charAt(s - 1) == '/')) {
      return -1;
    }
    int day = Engine.num(t, s, de);
    if (day < 1 || day > 31) {
      return -1;
    }
    int k = de;
    boolean ordinal = false;
    if (k + 1 < n && t.charAt(k) == '-' && Engine.isAsciiLetter(t.charAt(k + 1))) {
      // "05-Jan-1982", "17-MAR-1990": the dashed layout of forms and records, only with its year (round 19)
      return dashedDayMonthDate(eng, t, s, k + 1, h);
    }
    if (k < n && t.charAt(k) == '.') {
      k++;
    } else if (k < n && (t.charAt(k) == '\u00b0' || t.charAt(k) == '\u00ba')) {
      // Italian, Spanish and Portuguese ordinal days: "1° marzo", "1º de mayo"
      k++;
      ordinal = true;
    } else if ((startsWithOrd(t, k) || day == 1 && Engine.startsWithIgnoreCase(t, k, "er"))
        && !Engine.isWordChar(Engine.charAt(t, k + 2))) {
      // "3rd of May", French "1er septembre"
      k += 2;
      ordinal = true;
    }
    if (k + 1 >= n || t.charAt(k) != ' ' || !Character.isLetter(t.charAt(k + 1))) {
      return -1;
    }
    k++;
    if (ofWord(t, k)) {
      k += 3;
    } else if (ordinal && k + 3 < n && Engine.startsWithIgnoreCase(t, k, "of ")
        && Character.isLetter(t.charAt(k + 3))) {
      // English "the 3rd of May": "of" only after an ordinal day (ofWord knows "de" and "di" only)
      k += 3;
    }
    int ms = k;
    if (!mayStartDayMonth(t, ms)) {
      return -1; // (the test below would find no month name: decided without reading the word)
    }
    int me = letters(t, ms);
    if (me - ms < 3 || me - ms > 10 || me < n && Character.isLetterOrDigit(t.charAt(me))
        || !DAY_MONTHS.contains(t, ms, me)) {
      return -1;
    }
    int e = me;
    if (e < n && t.charAt(e) == '.') {
      e++;
    }
    boolean year = false;
    int q = e;
    if (q < n && t.charAt(q) == ',') {
      q++;
    }
    if (q + 1 < n && t.charAt(q) == ' ') {
      int y = q + 1;
      if (ofWord(t, y)) {
        y += 3;
      } else if (y + 4 < n && Engine.startsWithIgnoreCase(t, y, "del ")) {
        y += 4;
      }
      if (allDigits(t, y, y + 4) && !Engine.isWordChar(Engine.charAt(t, y + 4))) {
        year = true;
        e = y + 4;
      }
    }
    boolean shortMonth = !year && me - ms <= 3;
    if (shortMonth && !(Engine.startsWithIgnoreCase(t, ms, "may") || Engine.startsWithIgnoreCase(t, ms, "mai")
        || Engine.startsWithIgnoreCase(t, ms, "mei"))) {
      // "5 mar", "12 jan" alone: too short to tell from a count and a word
      return -1;
    }
    // "du 10 au 21 juillet", "vom 3. bis 14. August", "from 3 to 14 June": the range is one date from its first day
    s = rangeStart(t, s);
    Context.Window w = Context.around(t, s, e, eng.contextWindow());
    boolean personal = !year && personalDayMonth(t, s, e, w);
    if (shortMonth && !personal) {
      // "21 May", "3 mai", "21 mei" (whole month names of three letters) alone only next to a birthday or
      // appointment word
      return -1;
    }
    double score = year ? 0.6 : 0.45;
    if (year && w.has(PiiEntity.DATE_TIME) || personal) {
      // a day and month alone ("expédiée le 18 mars", "avant le 3 juin") is a due or delivery date, not a birth
      // date: it stays below the threshold even next to "le", "am", "on", unless a birthday or appointment word is
      // near ("mon anniv c'est le 14 juillet", "je afspraak is verzet naar 21 mei")
      score += 0.25;
    }
    if (w.negativeNear() || w.impersonalDate() || year && before1900(t, e) || replyHeader(t, s)) {
      score = Math.min(score, 0.3);
    }
    h.add(s, e, PiiEntity.DATE_TIME, score, "date with month name");
    return e;
  }

  /**
   * The start of a day range ending in the day at {@code s}: "10 au ", "3. bis ", "3 to ", "10 al ", "3 – " before it
   * (the first day 1-2 digits, not part of a longer number); {@code s} itself otherwise. Reads at most 12 characters
   * back.
   */
  static int rangeStart(CharSequence t, int s) {
    int k = s - 1;
    if (k < 1 || t.charAt(k) != ' ') {
      return s;
    }
    for (String r : RANGE_WORDS) {
      int ws = k - r.length();
      if (ws < 2 || !Engine.startsWithIgnoreCase(t, ws, r) || t.charAt(ws - 1) != ' ') {
        continue;
      }
      int d = ws - 1;
      if (t.charAt(d - 1) == '.') {
        d--;
      }
      int de = d;
      while (d > 0 && de - d < 3 && Engine.isDigit(t.charAt(d - 1))) {
        d--;
      }
      if (de - d >= 1 && de - d <= 2 && !Engine.isWordChar(Engine.charAt(t, d - 1))
          && Engine.num(t, d, de) >= 1 && Engine.num(t, d, de) <= 31) {
        return d;
      }
    }
    return s;
  }

  /**
   * Whether a day and month without a year is a person's date: a birthday or appointment word is near and no
   * release, delivery or deadline word is.
   */
  private static boolean personalDayMonth(Context.Window w) {
    return (w.has("BIRTH") || w.has("APPT")) && !w.impersonalDate();
  }

  /**
   * As {@link #personalDayMonth(Context.Window)}, and an appointment or booking word further left in a window of
   * {@link #FAR_APPT_WORDS} words also counts ("su cita de revisión del vehículo SEAT León el viernes 18 de octubre",
   * "Reservering voor Lotte Visser op zaterdag 16 november") when the near window has no impersonal word.
   */
  private static boolean personalDayMonth(CharSequence t, int s, int e, Context.Window w) {
    if (personalDayMonth(w)) {
      return true;
    }
    return !w.impersonalDate() && Context.around(t, s, e, FAR_APPT_WORDS).hasLeft("APPT");
  }

  /** How far left (in words) an appointment or booking word is looked for before a day and month. */
  private static final int FAR_APPT_WORDS = 10;

  /** Whether the four digits ending at {@code e} are a year before 1900 (no living person's birth year). */
  private static boolean before1900(CharSequence t, int e) {
    return e >= 4 && allDigits(t, e - 4, e) && Engine.num(t, e - 4, e) < 1900;
  }

  /**
   * Whether {@code s} is on a quoted mail's attribution line, "On Mon, 31 Mar 2025 at 17:45, X &lt;x@y&gt; wrote:"
   * (de, fr, es, it, nl, pt forms too): the line starts with "On"/"Am"/"Le"... and ends with "wrote:"...; reads at
   * most 200 characters each way.
   */
  static boolean replyHeader(CharSequence t, int s) {
    int ls = s;
    while (ls > 0 && t.charAt(ls - 1) != '\n' && s - ls < 200) {
      ls--;
    }
    while (ls < s && (t.charAt(ls) == '>' || t.charAt(ls) == ' ')) {
      ls++;
    }
    boolean start = false;
    for (String p : REPLY_STARTS) {
      start |= Engine.startsWithIgnoreCase(t, ls, p);
    }
    if (!start) {
      return false;
    }
    int le = s;
    while (le < t.length() && t.charAt(le) != '\n' && le - s < 200) {
      le++;
    }
    while (le > s && (t.charAt(le - 1) == ' ' || t.charAt(le - 1) == '\r')) {
      le--;
    }
    for (String p : REPLY_ENDS) {
      if (le - p.length() > s && Engine.startsWithIgnoreCase(t, le - p.length(), p)) {
        return true;
      }
    }
    return false;
  }

  /** "de " / "di " (es, pt, it) between day, month and year. */
  private static boolean ofWord(CharSequence t, int k) {
    return k + 3 < t.length() && (Engine.startsWithIgnoreCase(t, k, "de ") || Engine.startsWithIgnoreCase(t, k, "di "))
        && Character.isLetterOrDigit(t.charAt(k + 3));
  }

  private static boolean startsWithOrd(CharSequence t, int e) {
    return Engine.startsWithIgnoreCase(t, e, "st") || Engine.startsWithIgnoreCase(t, e, "nd")
        || Engine.startsWithIgnoreCase(t, e, "rd") || Engine.startsWithIgnoreCase(t, e, "th");
  }

  private static boolean allDigits(CharSequence t, int s, int e) {
    if (e > t.length()) {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (!Engine.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Street addresses: "12 Main Street", "Hauptstraße 5", "Koskikatu 25", "Apt. 864". */
  static int street(CharSequence t, int i, int e0, Hits h) {
    String low = null;
    // token ending with a street word followed by a house number (none ends with a letter no ending ends with); the
    // house number test does not depend on the ending, so it is asked first
    char last = WordSet.lower(t.charAt(e0 - 1));
    boolean numberNext = e0 + 1 < t.length() && t.charAt(e0) == ' ' && Engine.isDigit(t.charAt(e0 + 1));
    for (String end : numberNext && (last >= 128 || STREET_LAST[last]) ? STREET_ENDINGS : NO_ENDINGS) {
      if (e0 - i > end.length() + 2 && endsWithIgnoreCase(t, i, e0, end)) {
        int k = e0;
        if (k + 1 < t.length() && t.charAt(k) == ' ' && Engine.isDigit(t.charAt(k + 1))) {
          int q = k + 1;
          while (q < t.length() && (Engine.isDigit(t.charAt(q)) || Character.isLetter(t.charAt(q))) && q - k < 6) {
            q++;
          }
          h.add(i, q, PiiEntity.LOCATION, 0.75, "street and house number");
          return q;
        }
      }
    }
    // "Apt. 864", "Suite 282", "PSC 3294"
    if (e0 - i <= 9 && e0 + 1 < t.length() && (t.charAt(e0) == ' ' || t.charAt(e0) == '.')) {
      // (the unit word is followed by a space or a dot before its number: asked before the set)
      if (UNIT_SET.contains(t, i, e0)) {
        int k = e0;
        if (k < t.length() && t.charAt(k) == '.') {
          k++;
        }
        if (k + 1 < t.length() && t.charAt(k) == ' ' && Engine.isDigit(t.charAt(k + 1))) {
          int q = k + 1;
          while (q < t.length() && Engine.isDigit(t.charAt(q)) && q - k < 7) {
            q++;
          }
          if (q >= t.length() || !Engine.isWordChar(t.charAt(q))) {
            h.add(i, q, PiiEntity.LOCATION, 0.55, "address unit");
            return q;
          }
        }
      }
    }
    // "<number> Word [Word] Street", "221B Baker Street" (a house number with one letter)
    int q = i - 1;
    int nd = q > 1 && Character.isLetter(t.charAt(q - 1)) && Engine.isDigit(t.charAt(q - 2)) ? q - 1 : q;
    if (q > 0 && t.charAt(q) == ' ' && Engine.isDigit(t.charAt(nd - 1))) {
      int ds = nd - 1;
      while (ds > 0 && Engine.isDigit(t.charAt(ds - 1)) && nd - ds < 6) {
        ds--;
      }
      if (ds == 0 || !Engine.isWordChar(t.charAt(ds - 1))) {
        int k = e0;
        int end = -1;
        for (int n = 0; n < 4; n++) {
          int ws = n == 0 ? i : k + 1;
          if (n > 0 && !(k + 1 < t.length() && t.charAt(k) == ' ' && Character.isLetter(t.charAt(k + 1)))) {
            break;
          }
          int we = letters(t, ws);
          if (we - ws <= 11) {
            if (STREET_SET.contains(t, ws, we) && n > 0) {
              end = we;
              if (end < t.length() && t.charAt(end) == '.') {
                end++;
              }
              break;
            }
          }
          if (!Character.isUpperCase(t.charAt(ws))) {
            break;
          }
          k = we;
        }
        if (end > 0) {
          h.add(ds, end, PiiEntity.LOCATION, 0.8, "house number and street");
          return end;
        }
      }
    }
    return -1;
  }

  private static boolean endsWithIgnoreCase(CharSequence t, int s, int e, String suffix) {
    int st = e - suffix.length();
    if (st < s) {
      return false;
    }
    for (int k = 0; k < suffix.length(); k++) {
      if (WordSet.lower(t.charAt(st + k)) != suffix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static int cue(String left) {
    return STRONG_INDEX.find(left);
  }


  private static int placeCue(String left) {
    return PLACE_CUES_INDEX.find(left);
  }


  private static boolean verbAfter(String right) {
    // only the entries whose first letter is the window's first character can match (a window starts with a space)
    char c = right.length() > 1 ? right.charAt(1) : ' ';
    for (String v : c < 128 ? VERBS_BY_FIRST[c] : VERBS_AFTER) {
      if (right.startsWith(v)) {
        return true;
      }
    }
    return false;
  }

  /** {@link Character#isUpperCase(char)}, by range for ASCII. */
  private static boolean upper(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** {@link Character#isLetter(char)}, by range for ASCII. */
  static boolean letter(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
  }

  static boolean sentenceStart(CharSequence t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '"' || t.charAt(k) == '\'' || t.charAt(k) == '(')) {
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = t.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '>' || c == '-' || c == '*';
  }

  /** End of a word of letters, with inner apostrophes and hyphens ("O'Brien", "Jean-Luc"). */
  static int letters(CharSequence t, int i) {
    int e = i;
    int n = t.length();
    while (e < n) {
      char c = t.charAt(e);
      if (Character.isLetter(c)) {
        e++;
      } else if ((c == '\'' || c == '-' || c == '\u2019') && e > i && e + 1 < n && Character.isLetter(t.charAt(e + 1))
          && !(c == '\'' && (t.charAt(e + 1) == 's' || t.charAt(e + 1) == 't' || t.charAt(e + 1) == 'S'
          || t.charAt(e + 1) == 'T') && (e + 2 >= n
          || !Character.isLetter(t.charAt(e + 2))))) {
        e++;
      } else {
        break;
      }
    }
    return e;
  }

  static int shape(CharSequence t, int s, int e) {
    char c0 = t.charAt(s);
    boolean up0 = Character.isUpperCase(c0);
    boolean anyLower = false;
    boolean anyUpperAfter = false;
    for (int k = s + 1; k < e; k++) {
      char c = t.charAt(k);
      if (Character.isLowerCase(c)) {
        anyLower = true;
      } else if (Character.isUpperCase(c)) {
        anyUpperAfter = true;
      }
    }
    if (!up0) {
      if (Character.isLowerCase(c0) && !anyUpperAfter) {
        return LOWER;
      }
      return Character.isLetter(c0) && !Character.isLowerCase(c0) ? CAP : OTHER;
    }
    if (!anyLower) {
      return e - s >= 2 ? ALLCAPS : CAP;
    }
    if (anyUpperAfter) {
      // McDonald, DeLuca, O'Neil
      return CAP;
    }
    return CAP;
  }
}
