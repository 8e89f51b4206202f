package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import static dev.aisec.data.pii.internal.NameLexicon.*;
import static dev.aisec.data.pii.internal.NameWords.allDigits;
import static dev.aisec.data.pii.internal.NameWords.letters;

/**
 * Worded DATE_TIME rules: weekday and month words, day-and-month dates in the languages of the word lists,
 * date ranges, reply headers ("On Monday, ... wrote:") and the personal-date test that keeps only a
 * person's dates. The date rules add DATE_TIME hits; the other methods only read the text.
 */
final class NameDates {

  private NameDates() {}

  /** Whether {@code t[s, e)} is a weekday or month name (the word test of {@link #wordDate} and the tagger). */
  static boolean dateWord(CharSequence t, int s, int e) {
    return WEEKDAY_SET.contains(t, s, e) || MONTH_SET.contains(t, s, e);
  }

  static int wordDate(Engine eng, CharSequence t, int i, int e0, Hits h) {
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
}
