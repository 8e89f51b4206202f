package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import static dev.aisec.data.pii.internal.NameLexicon.*;
import static dev.aisec.data.pii.internal.NameContext.afterBrand;
import static dev.aisec.data.pii.internal.NameContext.articleBefore;
import static dev.aisec.data.pii.internal.NameContext.monthLookAlike;
import static dev.aisec.data.pii.internal.NameContext.numberWordLocation;
import static dev.aisec.data.pii.internal.NameContext.personEndsNear;
import static dev.aisec.data.pii.internal.NameContext.placePrepositionBefore;
import static dev.aisec.data.pii.internal.NameContext.prevWordIn;
import static dev.aisec.data.pii.internal.NameContext.wordBefore;
import static dev.aisec.data.pii.internal.NameContext.wordStartBefore;
import static dev.aisec.data.pii.internal.NameCues.afterGreeting;
import static dev.aisec.data.pii.internal.NameCues.afterSignOffLine;
import static dev.aisec.data.pii.internal.NameCues.nextIsVerb;
import static dev.aisec.data.pii.internal.NameCues.polishVocative;
import static dev.aisec.data.pii.internal.NameCues.prevIsCue;
import static dev.aisec.data.pii.internal.NameCues.selfIntroBefore;
import static dev.aisec.data.pii.internal.NameCues.titleBefore;
import static dev.aisec.data.pii.internal.NameLabels.acronymInLog;
import static dev.aisec.data.pii.internal.NameLabels.csvHeaderField;
import static dev.aisec.data.pii.internal.NameLabels.speakerStart;
import static dev.aisec.data.pii.internal.NameLabels.thingValue;
import static dev.aisec.data.pii.internal.NameLabels.ticketLabelBefore;
import static dev.aisec.data.pii.internal.NameLabels.ticketOrAbbreviation;
import static dev.aisec.data.pii.internal.NameWords.letter;
import static dev.aisec.data.pii.internal.NameWords.letters;
import static dev.aisec.data.pii.internal.NameWords.possessive;
import static dev.aisec.data.pii.internal.NameWords.upper;

/**
 * Look-alikes of names and places: brands, shops, companies and their legal forms, venues, rooms, apps and
 * products, ordinary words that are also listed names. {@link #lookAlikes} lowers the score of PERSON and
 * LOCATION hits the rules just added when their context shows such a thing (and re-anchors a weak PERSON hit on a
 * Polish vocative, "Pani Agnieszko"); the rest only read the text and the hits.
 */
final class NameLookAlikes {

  private NameLookAlikes() {}

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
  static void lookAlikes(CharSequence t, int before, Hits h) {
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
   * The score of a run of two or more capitalised words none of which the gazetteer lists, from
   * {@link NameLexicon#ORIGIN_NAMES}: 0.88 when its first and last words are such names ("Chinedu Okafor", "Kenji Watanabe"),
   * 0.75 when one is, else 0 (fifteenth round; on main such a run without a cue scored 0.3).
   */
  static double originNamesScore(CharSequence t, int i, int e0, int lastStart, int end) {
    boolean first = ORIGIN_NAMES.contains(t, i, e0);
    int le = letters(t, lastStart);
    boolean last = le <= end && ORIGIN_NAMES.contains(t, lastStart, le);
    return first && last ? 0.88 : first || last ? 0.75 : 0;
  }
}
