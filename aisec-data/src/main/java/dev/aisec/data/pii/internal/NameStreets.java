package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import static dev.aisec.data.pii.internal.NameLexicon.*;
import static dev.aisec.data.pii.internal.NameSpans.placePhrase;
import static dev.aisec.data.pii.internal.NameWords.endsWithIgnoreCase;
import static dev.aisec.data.pii.internal.NameWords.firstNonSpace;
import static dev.aisec.data.pii.internal.NameWords.letters;

/**
 * Street and address rules of the name scan: street words before or after a name ("Rua Mina 50",
 * "Hauptstraße 5"), house numbers and what rules them out (years, phone numbers, decimals, units), postcodes
 * and address blocks. {@link #street} adds LOCATION hits; the other methods only read the text.
 */
final class NameStreets {

  private NameStreets() {}

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

  /** Whether {@code t[s, e)} is a count or unit word of {@link NameLexicon#COUNT_UNITS} ("Seiten", "Mbps"). */
  static boolean countUnit(CharSequence t, int s, int e) {
    return e - s >= 3 && e - s <= 12 && COUNT_UNITS.contains(t, s, e);
  }

  /**
   * A capitalised run that is a line of a postal address: at a line start after a line with a unit word or a house
   * number, or followed by ", ST 12345", a postcode or a line break and a country.
   */
  static boolean addressBlock(CharSequence t, int s, int e) {
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
    boolean letter = false;
    for (int q = ps; q < pe; q++) {
      char c = t.charAt(q);
      if (Engine.isDigit(c)) {
        digit = true;
      } else if (Character.isLetter(c)) {
        letter = true;
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
    // (review22) a line of a number alone is no street line ("Steuer-ID\n12345678901\nSteuer-ID\n…": the label
    // under a number line was a city line, and every repeat of it the same LOCATION value)
    return digit && (unit || numberFirst && pe - ps < 60 && letter);
  }

  /** Extends a place over a following postcode ("Estonia 62488", "Wien 1010"). */
  static int postcode(CharSequence t, int e) {
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

  /** Whether the span's last word is a station, airport or stadium word ("Victoria Station"). */
  static boolean placeBuildingEnd(CharSequence t, int s, int e) {
    int k = e;
    while (k > s && Character.isLetter(t.charAt(k - 1))) {
      k--;
    }
    return k > s && e - k >= 4 && BUILDINGS.contains(t, k, e);
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
   * "Sprint 42 runs from ...", "Encomenda 4471 enviada a ...": one word, a number and then a lower-case word is a
   * thing and its number in a sentence, not a street and its house number (which a comma, a line end, a postcode
   * or a city follows) (tenth round).
   */
  static boolean lowerWordAfterNumber(CharSequence t, int e) {
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
  static boolean decimalAfter(CharSequence t, int e) {
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

  /** Whether a space and a number of one to four digits follow {@code e} ("Room 3", "Level 2"; not a postcode). */
  static boolean shortNumberAfter(CharSequence t, int e) {
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

  /** A year (1900-2039) or a day followed by a month name after {@code e}: a date, not a house number. */
  static boolean yearOrDayAfter(Gazetteer g, CharSequence t, int e) {
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

  static boolean streetAround(CharSequence t, int s, int e) {
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

  /** Whether {@code t[s, e)} is a street word that comes before the street's name ({@link #prefixStreet}). */
  static boolean streetPrefixWord(CharSequence t, int s, int e) {
    return STREET_PREFIX_SET.contains(t, s, e);
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
}
