package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Final shaping of resolved LOCATION spans (eighteenth round): an address is one place, so a detected street or city
 * takes in the parts of the address written after it on the same line, and a redaction or pseudonym covers the whole
 * address instead of leaving the region code and postcode readable ("1600 Amphitheatre Parkway, Mountain View, CA
 * 94043", "Seattle, WA 98103", "Glasgow G11 5RG", "Stationsplein 45, 3511 ED Utrecht", "Elm Street").
 *
 * <p>Starting at the end of a LOCATION span, the parts are taken one at a time, each after a separator of one or two
 * spaces, optionally after a comma or a dash: another LOCATION span; a postcode (UK, Irish, Canadian and Dutch
 * layouts, US ZIP and ZIP+4, four to six digits, the pl/pt/br dashed layouts, optionally after "CEP" or "PLZ"); a
 * region code of the US, Canada, Australia or Brazil when a postcode or the end of the address follows; a unit ("Apt
 * 4R", "Suite 400", "3ºB"); or one to three capitalised words when a region code, a postcode or another LOCATION span
 * follows, or when the address so far holds a house number and the words end it. Right after the first span, one
 * capitalised street word ("Street", "Road", "Park") is taken too. Nothing is taken over another type's span, a line
 * break or a listed field word ("Tel", "Phone"). Spans are only ever widened and joined, never created or cut.
 *
 * <p>Pure function of the text and the spans; returns {@code spans} itself when nothing changes (the usual case, no
 * allocation). Linear in the text: each part is read once and the walk never goes back.
 */
// Review round 21: main 746d8f6's AddressSpans, unchanged but for its name, the reference of Review21AddressRunTest.
final class AddressSpansOld {

  private AddressSpansOld() {}

  /** At most this many parts are taken after one span. */
  private static final int MAX_PARTS = 8;

  /** The spans with every LOCATION span widened over the address parts written after it. */
  public static List<PiiSpan> complete(CharSequence t, List<PiiSpan> spans) {
    List<PiiSpan> out = null;
    int i = 0;
    while (i < spans.size()) {
      PiiSpan a = spans.get(i);
      int nextIndex = i + 1;
      PiiSpan b = a;
      if (PiiEntity.LOCATION.equals(a.type())) {
        int limit = nextForeignStart(spans, i + 1, t.length());
        int end = a.end();
        boolean number = hasDigit(t, a.start(), a.end());
        double score = a.score();
        int streetEnd = streetWordAfter(t, end, nextIndex < spans.size()
            ? Math.min(limit, spans.get(nextIndex).start()) : limit);
        boolean afterRegion = false;
        if (streetEnd > end) {
          end = streetEnd;
        }
        for (int part = 0; part < MAX_PARTS; part++) {
          int c = afterSeparator(t, end, limit);
          if (c < 0) {
            break;
          }
          // another LOCATION span right there
          if (nextIndex < spans.size() && spans.get(nextIndex).start() == c
              && PiiEntity.LOCATION.equals(spans.get(nextIndex).type())) {
            PiiSpan n = spans.get(nextIndex);
            end = n.end();
            score = Math.max(score, n.score());
            number |= hasDigit(t, n.start(), n.end());
            nextIndex++;
            limit = nextForeignStart(spans, nextIndex, t.length());
            afterRegion = false;
            continue;
          }
          if (nextIndex < spans.size() && spans.get(nextIndex).start() < c) {
            break;
          }
          int nextSpan = nextIndex < spans.size() ? Math.min(limit, spans.get(nextIndex).start()) : limit;
          int pe = postcode(t, c, nextSpan, afterRegion);
          afterRegion = false;
          if (pe > c) {
            end = pe;
            number = true;
            continue;
          }
          int re = region(t, c, nextSpan);
          if (re > c) {
            end = re;
            afterRegion = true;
            continue;
          }
          int ue = unit(t, c, nextSpan);
          if (ue > c) {
            end = ue;
            number = true;
            continue;
          }
          int we = placeWords(t, c, nextSpan, limit, number, nextIndex < spans.size() ? spans.get(nextIndex) : null);
          if (we > c) {
            end = we;
            continue;
          }
          break;
        }
        if (end != a.end()) {
          b = new PiiSpan(a.start(), end, a.type(), score, a.detail());
        }
      }
      if ((b != a || nextIndex != i + 1) && out == null) {
        out = new ArrayList<>(spans.subList(0, i));
      }
      if (out != null) {
        out.add(b);
      }
      i = nextIndex;
    }
    return out == null ? spans : out;
  }

  /** The start of the first span from {@code from} that is not a LOCATION, or {@code n}. */
  private static int nextForeignStart(List<PiiSpan> spans, int from, int n) {
    for (int k = from; k < spans.size(); k++) {
      if (!PiiEntity.LOCATION.equals(spans.get(k).type())) {
        return spans.get(k).start();
      }
    }
    return n;
  }

  private static boolean hasDigit(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (Engine.isDigit(t.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the next part starts after the separator at {@code e}: an optional comma or a spaced dash ("-", "–"), then
   * one or two spaces; -1 when there is none or it reaches {@code limit}.
   */
  static int afterSeparator(CharSequence t, int e, int limit) {
    int k = e;
    if (k < limit && t.charAt(k) == ',') {
      k++;
    } else if (k + 2 < limit && t.charAt(k) == ' ' && (t.charAt(k + 1) == '-' || t.charAt(k + 1) == '\u2013')) {
      k += 2;
    }
    int spaces = 0;
    while (k < limit && t.charAt(k) == ' ' && spaces < 3) {
      k++;
      spaces++;
    }
    if (spaces == 0 || spaces > 2 || k >= limit) {
      return -1;
    }
    return k;
  }

  /** Capitalised street words taken right after the first span: "Elm" + " Street". */
  private static final WordSet STREET_WORDS = new WordSet(List.of("street", "road", "avenue", "lane", "boulevard",
      "square", "park", "terrace", "crescent", "gardens", "parkway", "highway", "place", "strasse", "straße", "platz", "allee", "weg", "gasse", "plein", "straat", "laan"));

  private static int streetWordAfter(CharSequence t, int e, int limit) {
    if (e + 2 >= limit || t.charAt(e) != ' ' || !Character.isUpperCase(t.charAt(e + 1))) {
      return e;
    }
    int we = word(t, e + 1, limit);
    if (we - e - 1 < 3 || !STREET_WORDS.contains(t, e + 1, we)) {
      return e;
    }
    return we;
  }

  /** The end of the letters (and inner hyphens or apostrophes) from {@code s}, not beyond {@code limit}. */
  private static int word(CharSequence t, int s, int limit) {
    int k = s;
    while (k < limit) {
      char c = t.charAt(k);
      if (Character.isLetter(c) || (c == '-' || c == '\'' || c == '\u2019') && k + 1 < limit
          && Character.isLetter(t.charAt(k + 1)) && k > s) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /** Whether a part may end at {@code k}: the text ends, or a separator, a stop or a closing mark follows. */
  private static boolean partEnd(CharSequence t, int k, int limit) {
    if (k >= t.length()) {
      return true;
    }
    char c = t.charAt(k);
    return c == ' ' || c == ',' || c == '.' || c == ';' || c == ')' || c == '\n' || c == '\r' || c == '\t'
        || c == '"' || c == '|' || c == '\u00b7' || c == '!' || c == '?' || k >= limit && !isAlnum(c);
  }

  private static boolean isAlnum(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean upper(CharSequence t, int k, int limit) {
    return k < limit && t.charAt(k) >= 'A' && t.charAt(k) <= 'Z';
  }

  private static boolean digit(CharSequence t, int k, int limit) {
    return k < limit && Engine.isDigit(t.charAt(k));
  }

  private static int digitsFrom(CharSequence t, int k, int limit) {
    int q = k;
    while (q < limit && Engine.isDigit(t.charAt(q)) && q - k < 8) {
      q++;
    }
    return q - k;
  }

  /**
   * The end of a postcode at {@code c}, or {@code c}: the layouts of {@link #alphaPostcode}, four to six digits, the
   * pl "90-004", pt "1250-146", br "05435-000" and US "60647-4417" layouts, the Dutch "3511 ED". A year-like run of
   * four digits (1900 to 2099) counts only after "CEP"/"PLZ" or when {@code years} (right after a region code: "NSW
   * 2010").
   */
  static int postcode(CharSequence t, int c, int limit, boolean years) {
    int k = c;
    boolean prefixed = false;
    if (k + 4 < limit && (Engine.startsWith(t, k, "CEP ") || Engine.startsWith(t, k, "PLZ "))) {
      k += 4;
      prefixed = true;
    }
    int alpha = alphaPostcode(t, k, limit);
    if (alpha > k) {
      return alpha;
    }
    int d = digitsFrom(t, k, limit);
    if (d < 2 || d > 6) {
      return c;
    }
    int q = k + d;
    if (q + 1 < limit && t.charAt(q) == '-' && digit(t, q + 1, limit)) {
      int d2 = digitsFrom(t, q + 1, limit);
      boolean ok = d == 2 && d2 == 3 || d == 4 && d2 == 3 || d == 5 && (d2 == 3 || d2 == 4);
      if (!ok) {
        return c;
      }
      q = q + 1 + d2;
      return partEnd(t, q, limit) ? q : c;
    }
    if (d < 4) {
      return c;
    }
    // "3511 ED Utrecht": Dutch postcode, four digits and two capitals
    if (d == 4 && q + 3 < limit && t.charAt(q) == ' ' && upper(t, q + 1, limit) && upper(t, q + 2, limit)
        && partEnd(t, q + 3, limit) && !upper(t, q + 3, limit)) {
      return q + 3;
    }
    if (!partEnd(t, q, limit) || q < t.length() && t.charAt(q) == '.' && digit(t, q + 1, limit)) {
      return c;
    }
    if (d == 4 && !prefixed && !years && (t.charAt(k) == '1' && t.charAt(k + 1) == '9'
        || t.charAt(k) == '2' && t.charAt(k + 1) == '0')) {
      return c; // a year, not a postcode
    }
    return q;
  }

  /**
   * The end of a UK ("SW1A 2AA", "N7 8JG"), Irish ("D02 FK91") or Canadian ("H2J 2L4") postcode at {@code k}, or
   * {@code k}.
   */
  private static int alphaPostcode(CharSequence t, int k, int limit) {
    if (!upper(t, k, limit)) {
      return k;
    }
    // outward part: letter(s), digit, optional letter or digit
    int q = k + 1;
    if (upper(t, q, limit)) {
      q++;
    }
    if (!digit(t, q, limit)) {
      return k;
    }
    q++;
    if (q < limit && (digit(t, q, limit) || upper(t, q, limit))) {
      q++;
    }
    if (q + 1 >= limit || t.charAt(q) != ' ') {
      return k;
    }
    int in = q + 1;
    int outLen = q - k;
    // UK inward: digit and two letters
    if (outLen >= 2 && outLen <= 4 && digit(t, in, limit) && upper(t, in + 1, limit) && upper(t, in + 2, limit)
        && partEnd(t, in + 3, limit)) {
      return in + 3;
    }
    // Canadian: A9A 9A9
    if (outLen == 3 && digit(t, k + 1, limit) && upper(t, k + 2, limit) && digit(t, in, limit)
        && upper(t, in + 1, limit) && digit(t, in + 2, limit) && partEnd(t, in + 3, limit)) {
      return in + 3;
    }
    // Irish Eircode: A99 + four letters or digits with at least one digit and one letter
    if (outLen == 3 && digit(t, k + 1, limit) && (digit(t, k + 2, limit) || t.charAt(k + 2) == 'W')
        && in + 4 <= limit && partEnd(t, in + 4, limit)) {
      int letters = 0;
      int digits = 0;
      for (int j = in; j < in + 4; j++) {
        if (upper(t, j, limit)) {
          letters++;
        } else if (digit(t, j, limit)) {
          digits++;
        }
      }
      if (letters + digits == 4 && letters > 0 && digits > 0) {
        return in + 4;
      }
    }
    return k;
  }

  /** Region codes of the US, Canada, Australia and Brazil, as written in an address line. */
  private static final WordSet REGIONS = new WordSet(List.of("al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc",
      "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt",
      "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut",
      "vt", "va", "wa", "wv", "wi", "wy", "on", "qc", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe", "yt", "nt",
      "nu", "nsw", "vic", "qld", "tas", "act", "sp", "rj", "mg", "rs", "pr", "ba", "ce", "df", "go", "es", "pb",
      "rn", "am", "se", "pi", "ro", "to", "ap", "rr", "ac"));

  /**
   * The end of a region code at {@code c} (two or three capitals, listed), when a postcode follows after one space
   * or the address ends there; else {@code c}.
   */
  static int region(CharSequence t, int c, int limit) {
    int q = c;
    while (q < limit && upper(t, q, limit) && q - c < 4) {
      q++;
    }
    int len = q - c;
    if (len < 2 || len > 3 || !REGIONS.contains(t, c, q)) {
      return c;
    }
    if (q + 1 < limit && t.charAt(q) == ' ' && postcode(t, q + 1, limit, true) > q + 1) {
      return q;
    }
    if (q >= t.length()) {
      return q;
    }
    char n = t.charAt(q);
    boolean end = n == '\n' || n == '\r' || n == ')' || n == ';' || n == '"'
        || (n == '.' || n == ',') && (q + 1 >= t.length() || Character.isWhitespace(t.charAt(q + 1)));
    return end ? q : c;
  }

  /** Unit words of an address line: "Apt 4R", "Suite 400", "Flat 3/2", "apto 301", "Unit 5". */
  private static final WordSet UNIT_WORDS = new WordSet(List.of("apt", "apartment", "suite", "unit", "flat", "apto",
      "piso", "wohnung", "app", "appartement", "ste"));

  /** The end of a unit part at {@code c} ("Apt 4R", "Apt. 3", "apto 301", "3ºB", "5º izq."), or {@code c}. */
  static int unit(CharSequence t, int c, int limit) {
    int we = word(t, c, limit);
    if (we > c && UNIT_WORDS.contains(t, c, we)) {
      int q = we;
      if (q < limit && t.charAt(q) == '.') {
        q++;
      }
      if (q < limit && t.charAt(q) == ' ') {
        q++;
      }
      int s = q;
      while (q < limit && q - s < 6 && (Character.isLetterOrDigit(t.charAt(q)) || t.charAt(q) == '/'
          || t.charAt(q) == '-')) {
        q++;
      }
      return q > s && hasDigit(t, s, q) && partEnd(t, q, limit) ? q : c;
    }
    // "3ºB", "5º izq.", "2ºD"
    int d = digitsFrom(t, c, limit);
    if (d >= 1 && d <= 2 && c + d < limit && (t.charAt(c + d) == '\u00ba' || t.charAt(c + d) == '\u00aa')) {
      int q = c + d + 1;
      while (q < limit && Character.isLetter(t.charAt(q)) && q - c < 8) {
        q++;
      }
      if (q < limit && t.charAt(q) == '.' && q > c + d + 1) {
        q++;
      }
      return q;
    }
    return c;
  }

  /** Field words that end an address line ("Tel", "Phone", "Fax") and function words. */
  private static final WordSet FIELD_WORDS = new WordSet(List.of("tel", "phone", "fax", "mobile", "mob", "email",
      "e-mail", "mail", "web", "tlf", "ph", "cell", "call", "ring", "ref", "note", "attn", "vat", "abn", "tax",
      // function words: "Press Conference In Hollywood" is no address part
      "in", "at", "on", "of", "to", "for", "from", "and", "or", "the", "by", "near", "via", "with", "im", "am",
      "en", "de", "la", "le", "el", "di", "da", "und", "et", "y", "e"));

  /**
   * The end of one to three capitalised words at {@code c} ("Mountain View", "Surry Hills", "São Paulo"), not beyond
   * {@code limit} (the next span), that are an address part (looking no further than {@code foreign}, the next span
   * of another type): a region code, a postcode or the LOCATION span {@code next} follows after a separator, or the
   * address holds a house number ({@code number}) and the words end it (a line end, a full stop, the text end).
   */
  static int placeWords(CharSequence t, int c, int limit, int foreign, boolean number, PiiSpan next) {
    int q = c;
    int words = 0;
    int end = c;
    while (words < 3 && q < limit && Character.isUpperCase(t.charAt(q))) {
      int we = word(t, q, limit);
      if (we - q < 2 || FIELD_WORDS.contains(t, q, we)) {
        break;
      }
      words++;
      end = we;
      if (we + 1 < limit && t.charAt(we) == ' ' && Character.isUpperCase(t.charAt(we + 1))) {
        q = we + 1;
      } else {
        break;
      }
    }
    if (words == 0) {
      return c;
    }
    // try the longest run first, then shorter ones ("Mountain View CA" may end before "CA")
    for (int e = end; e > c; e = prevWordEnd(t, c, e)) {
      int s = afterSeparator(t, e, foreign);
      if (s > 0 && (next != null && next.start() == s && PiiEntity.LOCATION.equals(next.type())
          || region(t, s, foreign) > s || postcode(t, s, foreign, false) > s)) {
        return e;
      }
      if (number && e == end && wordsEnd(t, e)) {
        return e;
      }
    }
    return c;
  }

  /** The end of the word before the last word of {@code t[c, e)}, or {@code c} when there is one word. */
  private static int prevWordEnd(CharSequence t, int c, int e) {
    int k = e - 1;
    while (k > c && t.charAt(k) != ' ') {
      k--;
    }
    return k > c ? k : c;
  }

  /** Whether the address ends at {@code e}: text end, line end, or a full stop, "!" or "?" before a space or end. */
  private static boolean wordsEnd(CharSequence t, int e) {
    if (e >= t.length()) {
      return true;
    }
    char c = t.charAt(e);
    if (c == '\n' || c == '\r') {
      return true;
    }
    return (c == '.' || c == '!' || c == '?') && (e + 1 >= t.length() || Character.isWhitespace(t.charAt(e + 1)));
  }
}
