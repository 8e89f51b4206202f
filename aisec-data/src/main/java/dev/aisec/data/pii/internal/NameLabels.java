package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import static dev.aisec.data.pii.internal.NameLexicon.*;
import static dev.aisec.data.pii.internal.NameContext.prevWordIn;
import static dev.aisec.data.pii.internal.NameCues.prevIsCue;
import static dev.aisec.data.pii.internal.NameCues.titleBefore;
import static dev.aisec.data.pii.internal.NameStreets.street;
import static dev.aisec.data.pii.internal.NameWords.endsWithIgnoreCase;
import static dev.aisec.data.pii.internal.NameWords.letter;
import static dev.aisec.data.pii.internal.NameWords.letters;
import static dev.aisec.data.pii.internal.NameWords.lineStart;
import static dev.aisec.data.pii.internal.NameWords.shouting;
import static dev.aisec.data.pii.internal.NameWords.upper;
import static dev.aisec.data.pii.internal.Names.KEY_BUFFER;

/**
 * The form-label readers of the name rules: JSON and CSV person and place fields, "Label: value" headers,
 * name labels ("First name:", "Nachname:"), value and ticket labels, product objects, chat speakers and IRC
 * nicks, log lines and e-mail display names. The field readers add PERSON or LOCATION hits for a labelled
 * value; the other methods only read the text.
 */
final class NameLabels {

  private NameLabels() {}

  /**
   * A one-word place hit that is the label of a ticket number ("Incidencia 55210:", "Ticket 4411 -") or the
   * abbreviation "Pt" (patient) before a lower-case word.
   */
  static boolean ticketOrAbbreviation(CharSequence t, int s, int e) {
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
   * Whether the word {@code t[i, e)} is an IRC-style speaker: {@code <word>} at a line start followed by a space,
   * no markup tag, and either a listed first name or with another such line right before or after.
   */
  static boolean ircNick(CharSequence t, int i, int e, int tags) {
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

  /** Whether {@code s} is in a JSON string value or CSV column named in {@link NameLexicon#THING_KEYS}. */
  static boolean thingValue(CharSequence t, int s) {
    if (s > 0 && t.charAt(s - 1) == '"' && jsonValueStart(t, s)) {
      return CsvColumns.jsonKeyBefore(t, s - 1, THING_KEYS);
    }
    return s < CsvColumns.MAX_LINE * 4 && CsvColumns.in(t, s, THING_KEYS);
  }

  /**
   * Whether {@code t[s, e)} is a whole field of the first line of delimited text whose second line has as many
   * fields (a header line: "nom,prénom,ville,téléphone"); reads at most two lines of {@link CsvColumns#MAX_LINE}.
   */
  static boolean csvHeaderField(CharSequence t, int s, int e) {
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
   * "[IKE]", "WAL file", "NIC Link is Up", "X-Mailer:": a short all-caps word (2-4 letters) that starts a hit in a
   * line that is not shouted, or a mail header name "X-...:", is an acronym or a field, not a name.
   */
  static boolean acronymInLog(CharSequence t, int s, int e) {
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

  /**
   * A JSON string value of a street or city key: {@code "street": "Karl Johans gate 22"} (a space and a digit
   * needed), {@code "city": "Oslo"} (letters, spaces, dots and dashes only); the whole value is one LOCATION.
   * {@code i} is the first character after the value's opening quote. Returns the end of the value, else -1.
   */
  static int placeField(CharSequence t, int i, Hits h) {
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
  static int personField(CharSequence t, int i, Hits h) {
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
  static int csvField(Engine eng, CharSequence t, int i, Hits h) {
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
}
