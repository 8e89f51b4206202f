package dev.aisec.data.pii.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.Validators;
import java.util.List;
import java.util.Set;

/**
 * The single-pass scanner behind {@code PiiDetector}. It walks the text once; at each word start a cheap test of
 * the first character (digit, '+', '(', letter, '-', and '@' anywhere) decides which hand-written recognizers run.
 * Every recognizer looks ahead a bounded number of characters, so the scan is linear in the text's length with no
 * regular expressions. Nothing is allocated until a candidate is found (scratch arrays are per thread).
 *
 * <p>Immutable and thread-safe.
 */
public final class Engine {

  private static final int MAXG = 12;

  /** The enabled types in an open-addressing table probed by the strings' cached hash (no boxing, no Set). */
  private final String[] enabled;
  private final int window;
  private final List<String> regions;
  private final boolean names;
  private final boolean places;
  /** {@link #on} of the types the digit path asks about, answered once at construction. */
  private final boolean onDateTime;
  private final boolean onApiKey;
  private final boolean onPhoneNumber;
  private final boolean onCreditCard;
  private final boolean onIpAddress;
  private final boolean onUsSsn;
  private final boolean onUsItin;
  private final boolean onFrNir;
  private final boolean onUsDriverLicense;
  private final boolean onUsPassport;

  /**
   * Whether the exact shortcuts that skip the rules at a word they prove can give nothing are taken
   * ({@link Names#plainCapWord}). Always true in use; tests compare every candidate with an engine built without
   * them ({@link #withShortcuts}).
   */
  final boolean shortcuts;

  /** Scratch arrays of the digit-group reader (kept with the per-thread {@link Hits}). */
  static int[][] newScratch() {
    return new int[5][MAXG];
  }

  public Engine(Set<String> enabled, int window, List<String> regions) {
    this(enabled, window, regions, true);
  }

  private Engine(Set<String> enabled, int window, List<String> regions, boolean shortcuts) {
    this.shortcuts = shortcuts;
    int cap = Integer.highestOneBit(Math.max(8, enabled.size() * 4)) * 2;
    this.enabled = new String[cap];
    for (String type : enabled) {
      int k = spread(type.hashCode()) & (cap - 1);
      while (this.enabled[k] != null && !this.enabled[k].equals(type)) {
        k = (k + 1) & (cap - 1);
      }
      this.enabled[k] = type;
    }
    this.window = window;
    this.regions = List.copyOf(regions);
    this.ukDrama = this.regions.contains("GB");
    this.names = on(PiiEntity.PERSON);
    this.places = on(PiiEntity.LOCATION);
    this.onDateTime = on(PiiEntity.DATE_TIME);
    this.onApiKey = on(PiiEntity.API_KEY);
    this.onPhoneNumber = on(PiiEntity.PHONE_NUMBER);
    this.onCreditCard = on(PiiEntity.CREDIT_CARD);
    this.onIpAddress = on(PiiEntity.IP_ADDRESS);
    this.onUsSsn = on(PiiEntity.US_SSN);
    this.onUsItin = on(PiiEntity.US_ITIN);
    this.onFrNir = on(PiiEntity.FR_NIR);
    this.onUsDriverLicense = on(PiiEntity.US_DRIVER_LICENSE);
    this.onUsPassport = on(PiiEntity.US_PASSPORT);
  }

  /** An engine of the same types, window and regions, with the shortcuts on or off (for tests). */
  Engine withShortcuts(boolean on) {
    Set<String> types = new java.util.HashSet<>();
    for (String type : enabled) {
      if (type != null) {
        types.add(type);
      }
    }
    return new Engine(types, window, regions, on);
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private boolean on(String type) {
    String[] tb = enabled;
    int m = tb.length - 1;
    for (int k = spread(type.hashCode()) & m; ; k = (k + 1) & m) {
      String v = tb[k];
      if (v == null) {
        return false;
      }
      if (v == type || v.equals(type)) {
        return true;
      }
    }
  }

  /**
   * The context window of {@code [s, e)} ({@link Context#around}), reusing the scan's last window when it was built
   * for the same start (several recognizers ask about the same digit group).
   */
  private Context.Window around(CharSequence t, int s, int e, Hits h) {
    Context.Window w = Context.around(t, s, e, window, h.lastWindow, h.contextScratch());
    h.lastWindow = w;
    return w;
  }

  /** The left side only ({@link Context#leftOnly}), reusing the scan's last window as {@link #around} does. */
  private Context.Window leftOnly(CharSequence t, int s, Hits h) {
    Context.Window w = Context.leftOnly(t, s, window, h.lastWindow, h.contextScratch());
    h.lastWindow = w;
    return w;
  }

  private void emit(Hits h, int s, int e, String type, double score, String detail) {
    if (on(type)) {
      h.add(s, e, type, score, detail);
    }
  }

  // ------------------------------------------------------------------ main loop

  /** Scans {@code t} and adds every candidate to {@code h}. */
  public void scan(CharSequence t, Hits h) {
    h.plainEnd = -1;
    h.spelledEnd = -1;
    h.lastWindow = null;
    h.nameText = null;
    h.forgetPipes();
    h.forgetWords();
    h.forgetPhones();
    CsvColumns.forget(); // (review17) the column memo belongs to one scan of one text
    forgetKeys(true);
    try {
      scanAll(t, h);
    } finally {
      CsvColumns.forget();
      forgetKeys(false);
    }
  }

  private void scanAll(CharSequence t, Hits h) {
    int n = t.length();
    int i = 0;
    boolean prevWord = false;
    while (i < n) {
      char c = t.charAt(i);
      if (c < 128 && INERT[c] && shortcuts) {
        // white space and punctuation that starts nothing (the common case between words): the steps below would
        // find no dispatch for it, go on at i + 1 and set prevWord to false (it is no word character)
        prevWord = false;
        i++;
        continue;
      }
      if (c == '@') {
        email(t, i, h);
        prevWord = false;
        i++;
        continue;
      }
      boolean word = isWordChar(c);
      if (prevWord && word) {
        i++;
        continue;
      }
      int next = i + 1;
      if (c <= '9' && c >= '0') {
        next = numeric(t, i, h);
      } else if (c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : Character.isLetter(c)) {
        next = alpha(t, i, h);
      } else if ((c == '+' || c == '(') && i + 1 < n && isDigit(t.charAt(i + 1))) {
        next = numeric(t, i, h);
      } else if (c == '-' && startsWith(t, i, "-----BEGIN")) {
        next = pem(t, i, h);
      }
      if (next <= i) {
        next = i + 1;
      }
      i = next;
      prevWord = isWordChar(t.charAt(i - 1));
    }
  }

  /**
   * The ASCII characters {@link #scanAll} passes over without a dispatch: no word character (letter, digit or
   * {@code _}), not {@code @}, and none of {@code + ( -}, which may start a number or a PEM block.
   */
  static final boolean[] INERT = new boolean[128];

  static {
    for (char x = 0; x < 128; x++) {
      INERT[x] = !isWordChar(x) && x != '@' && x != '+' && x != '(' && x != '-';
    }
  }

  // ------------------------------------------------------------------ email

  private void email(CharSequence t, int at, Hits h) {
    if (!on(PiiEntity.EMAIL_ADDRESS)) {
      return;
    }
    int s = at;
    while (s > 0 && at - s < 64 && isLocalChar(t.charAt(s - 1))) {
      s--;
    }
    while (s < at && (t.charAt(s) == '.' || t.charAt(s) == '-' || t.charAt(s) == '+'
        || t.charAt(s) == '\'' && (s == 0 || !isWordChar(t.charAt(s - 1))))) {
      // (an apostrophe at the start is a quote around the address: "VALUES ('Ana', 'ana.m@example.com')")
      s++;
    }
    for (int p = s; p + 4 < at; p++) {
      // (pii21q) an EDIFACT segment "…'COM+edi@example.de:EM'": the three-letter tag at the segment's start (a line
      // start or the segment terminator ') and its '+' are no part of the address
      if (t.charAt(p + 3) == '+' && isAsciiUpper(t.charAt(p)) && isAsciiUpper(t.charAt(p + 1))
          && isAsciiUpper(t.charAt(p + 2)) && (p == 0 || t.charAt(p - 1) == '\n' || t.charAt(p - 1) == '\r'
          || t.charAt(p - 1) == '\'')) {
        s = p + 4;
      }
    }
    if (s == at) {
      return;
    }
    int e = at + 1;
    int lastDot = -1;
    while (e < t.length() && e - at < 254) {
      char c = t.charAt(e);
      if (isAsciiAlnum(c) || c == '-' || c >= 128 && Character.isLetterOrDigit(c)) {
        e++;
      } else if (c == '.' && e + 1 < t.length() && isAsciiAlnum(t.charAt(e + 1)) && t.charAt(e - 1) != '.') {
        lastDot = e;
        e++;
      } else {
        break;
      }
    }
    if (lastDot < 0 || lastDot == at + 1) {
      return;
    }
    int tld = 0;
    for (int k = lastDot + 1; k < e; k++) {
      if (!Character.isLetter(t.charAt(k))) {
        return;
      }
      tld++;
    }
    if (tld < 2) {
      return;
    }
    if (messageIdHeader(t, s) || machineMessageId(t, s, at)) {
      // "Message-ID: <CAF7x9+20250401@mail.gmail.com>": a mail's identifier, not a mailbox
      return;
    }
    h.add(s, e, PiiEntity.EMAIL_ADDRESS, 0.95, "address with domain");
  }

  /**
   * Whether the local part {@code t[s, at)} is a machine-made message identifier in angle brackets: 16 or more hex
   * digits and dashes with a digit among them ("msg_id=<05cc91efdd8ec6ce@mail.acme.io>", a UUID before the "@"). No
   * person's mailbox is named like that; the brackets are how mail logs write a Message-ID (round 20).
   */
  static boolean machineMessageId(CharSequence t, int s, int at) {
    if (at - s < 16 || s == 0 || t.charAt(s - 1) != '<') {
      return false;
    }
    boolean digit = false;
    for (int k = s; k < at; k++) {
      char c = t.charAt(k);
      if (isDigit(c)) {
        digit = true;
      } else if (!(c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '-')) {
        return false;
      }
    }
    return digit;
  }

  private static final String[] MESSAGE_ID_HEADERS = {"message-id:", "in-reply-to:", "references:",
      "content-id:", "x-message-id:", "message-id=", "msgid="};

  /**
   * Whether the address at {@code s} is inside {@code <...>} right after a Message-ID, In-Reply-To, References or
   * Content-ID header name on the same line (looks back at most 40 characters).
   */
  static boolean messageIdHeader(CharSequence t, int s) {
    // the local part may hold characters no address has ("<CAH2x9QpZ7kE1r=4tG@mail.gmail.com>"): go back to the "<"
    int lt = s;
    while (lt > 0 && s - lt < 100 && t.charAt(lt - 1) != '<' && t.charAt(lt - 1) > ' ') {
      lt--;
    }
    if (lt == 0 || t.charAt(lt - 1) != '<') {
      return false;
    }
    int k = lt - 1;
    while (k > 0 && s - k < 40 && t.charAt(k - 1) == ' ') {
      k--;
    }
    for (String hd : MESSAGE_ID_HEADERS) {
      int b = k - hd.length();
      if (b >= 0 && (b == 0 || t.charAt(b - 1) == '\n' || t.charAt(b - 1) == ' ')) {
        boolean same = true;
        for (int j = 0; j < hd.length() && same; j++) {
          same = Character.toLowerCase(t.charAt(b + j)) == hd.charAt(j);
        }
        if (same) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLocalChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\''
        || c >= 128 && Character.isLetterOrDigit(c);
  }

  // ------------------------------------------------------------------ PEM private keys

  private int pem(CharSequence t, int i, Hits h) {
    int lineEnd = indexOf(t, '\n', i, i + 80);
    int hdrEnd = lineEnd < 0 ? Math.min(t.length(), i + 80) : lineEnd;
    if (!containsIgnoreCase(t, i, hdrEnd, "PRIVATE KEY")) {
      return i + 10;
    }
    int limit = Math.min(t.length(), i + 20000);
    for (int k = hdrEnd; k < limit - 8; k++) {
      if (t.charAt(k) == '-' && startsWith(t, k, "-----END")) {
        int e = k + 8;
        while (e < limit && t.charAt(e) != '\n' && e - k < 80) {
          e++;
        }
        emit(h, i, e, PiiEntity.API_KEY, 0.99, "private key block");
        return e;
      }
    }
    emit(h, i, hdrEnd, PiiEntity.API_KEY, 0.9, "private key header");
    return hdrEnd;
  }

  // ------------------------------------------------------------------ numbers

  private int numeric(CharSequence t, int i, Hits h) {
    int n = t.length();
    char c = t.charAt(i);
    if (i >= 2 && t.charAt(i - 1) == '-'
        && (t.charAt(i - 2) == 'X' || t.charAt(i - 2) == 'Y' || t.charAt(i - 2) == 'Z')) {
      // "Y-2885009-H": an NIE with dashes, before the dashed-token rule below passes over it
      int e = i;
      while (e < n && e - i < 8 && isDigit(t.charAt(e))) {
        e++;
      }
      int r = e - i == 7 ? separatedNie(t, i, e, h) : -1;
      if (r > 0) {
        return r;
      }
    }
    if (i >= 2 && ((t.charAt(i - 1) == '-' || t.charAt(i - 1) == '.' || t.charAt(i - 1) == '_')
        && isAsciiAlnum(t.charAt(i - 2)) || t.charAt(i - 1) == '/' && isAsciiLetter(t.charAt(i - 2))
        && !addressWithPort(t, i))) {
      // ("Chrome/124.0.6367.91", "/orders/5752106": a version or path segment after a slash, too)
      // inside a dashed or dotted token (UUID, version, file name): not a value of its own
      int e = i;
      while (e < n && (isAsciiAlnum(t.charAt(e)) || t.charAt(e) == '-' || t.charAt(e) == '.')) {
        e++;
      }
      return e;
    }
    if (i + 3 < n && c >= '0' && c <= '9') {
      // round 19 (pii19r): three rare shapes told by the next two or three characters, one read each
      char c1 = t.charAt(i + 1);
      if (c1 == ' ' || c1 == '.' || c1 >= '0' && c1 <= '9' && (t.charAt(i + 2) == '.' || t.charAt(i + 3) == '-')) {
        int e = rareDigitShapes(t, i, h);
        if (e > 0) {
          return e;
        }
      }
    }
    if (places && (c >= '0' && c <= '9')) {
      int pc = CsvColumns.postcodeValueEnd(t, i);
      if (pc > 0) {
        // "zip": "10115", "name,postcode\nJan,2514 EA": a postcode on its own in a postcode field (eleventh round)
        h.add(i, pc, PiiEntity.LOCATION, 0.8, "value of a postcode field");
        return pc;
      }
    }
    // tokens that mix digits and letters
    int runEnd = i;
    int letters = 0;
    while (runEnd < n && runEnd - i < 128) {
      char d = t.charAt(runEnd);
      if (isDigit(d)) {
        runEnd++;
      } else if (isAsciiLetter(d)) {
        letters++;
        runEnd++;
      } else {
        break;
      }
    }
    if (c == '+' || c == '(') {
      runEnd = i + 1;
      letters = 0;
    }
    if (runEnd < n && (t.charAt(runEnd) == ':' || t.charAt(runEnd) == '-') && isHex(c)) {
      int e = hexColon(t, i, h);
      if (e > 0) {
        return e;
      }
    } else if (runEnd - i == 4 && runEnd < n && t.charAt(runEnd) == '.') {
      int e = dottedMac(t, i, h);
      if (e > 0) {
        return e;
      }
    } else if (runEnd - i == 2 && runEnd < n && t.charAt(runEnd) == '.' && isHex(c)) {
      int e = pairMac(t, i, h);
      if (e > 0) {
        return e;
      }
    }
    if (letters > 0) {
      if (letters == 2 && runEnd - i <= 4 && isDigit(t.charAt(runEnd - 3)) && onDateTime) {
        // "3rd of May", "le 1er septembre": an ordinal day (1-2 digits and two letters) before a month name
        int r = Names.dayMonthDate(this, t, i, runEnd - 2, h);
        if (r > 0) {
          return r;
        }
      }
      return mixed(t, i, runEnd, h);
    }
    if (c != '+' && c != '(' && runEnd - i <= 4 && (!groupGoesOn(t, i, runEnd) || hashReference(t, i, runEnd))) {
      // one group of 1-4 plain digits ("12", "250", "#4821", "10:30"), most numbers of running text: the reader
      // below would read this one group (no letter follows: letters == 0), call it a short run and leave it to the
      // recognizers of a lone group
      return loneGroup(t, i, i, runEnd, runEnd, h);
    }
    if (c != '+' && c != '(' && shortDottedPair(t, i, runEnd)) {
      // "3.4", "99.9%", "2-1": two groups of fewer than five digits joined by a dot, dash or slash, going on no
      // further: the reader below would read two groups, call it a short run that no recognizer takes (the address
      // rule wants a space between the groups) and return the end of the first group
      return runEnd;
    }
    int[][] sc = h.scratch();
    int[] gs = sc[0];
    int[] ge = sc[1];
    int[] gEnd = sc[2];
    int[] sep = sc[3];
    int[] paren = sc[4];
    boolean plus = c == '+';
    int pos = plus ? i + 1 : i;
    int g = 0;
    int digits = 0;
    int curSep = 0;
    while (pos < n && g < MAXG) {
      boolean p = false;
      if (t.charAt(pos) == '(' && pos + 1 < n && isDigit(t.charAt(pos + 1))) {
        if (g > 0 && !midParenOk(t, plus, g, gs, ge)) {
          // "522,250 (2021)", "Chapter 4 (2019)": a bracketed group after a plain number is a year or a note, not
          // an area code; brackets sit on the first group ("(02) 9374 4000") or after a country code
          break;
        }
        p = true;
        pos++;
      }
      int s = pos;
      while (pos < n && isDigit(t.charAt(pos)) && pos - s < 20) {
        pos++;
      }
      if (pos == s) {
        if (p) {
          pos--;
        }
        break;
      }
      int end = pos;
      if (p) {
        if (g == 0 && !plus && wholeBracketedValue(t, s, pos)) {
          // "BSN (123456782)", "Steuer-ID (47192038453)": a value given in brackets after its label is read without
          // the brackets, so the ID recognizers see it (sixteenth round); not "(415) 738-2290"
          return s;
        }
        if (pos < n && t.charAt(pos) == ')') {
          pos++;
        } else {
          // unbalanced parenthesis: not part of a number; a number that starts right after it ("Name (06 34256703)",
          // "(02.88.76.87.06)") is read again from its first digit
          if (g == 0) {
            return s;
          }
          pos = s - 1;
          break;
        }
      }
      gs[g] = s;
      ge[g] = end;
      gEnd[g] = pos;
      sep[g] = curSep;
      paren[g] = p ? 1 : 0;
      digits += end - s;
      g++;
      if (digits > 24 || pos >= n) {
        break;
      }
      char ch = t.charAt(pos);
      if (p && (isDigit(ch))) {
        curSep = 0;
        continue;
      }
      if (ch == ' ' && pos + 3 < n && t.charAt(pos + 1) == '/' && t.charAt(pos + 2) == ' ' && g == 1
          && isDigit(t.charAt(pos + 3)) && t.charAt(gs[0]) == '0') {
        // "089 / 1234567": area code and number written with a spaced slash (de, at, ch)
        curSep = '/';
        pos += 3;
        continue;
      }
      if ((ch == ' ' || ch == '-' || ch == '.' || ch == '/' || ch == '\u00a0') && pos + 1 < n) {
        char nx = t.charAt(pos + 1);
        if (isDigit(nx) || nx == '(' && pos + 2 < n && isDigit(t.charAt(pos + 2))) {
          curSep = ch == '\u00a0' ? ' ' : ch;
          pos++;
          continue;
        }
      }
      break;
    }
    if (g == 0) {
      return i + 1;
    }
    int firstEnd = gEnd[0];
    // fewer than 5 digits in at most two groups: no IP, date, ID, SSN, card, NIR, Base58 address or phone has so few,
    // so only the letter-glued check, addresses, years and keyed tokens below can apply
    boolean shortRun = !plus && paren[0] == 0 && g <= 2 && digits < 5;
    if (shortRun) {
      if (g == 1 && ge[0] < n && isAsciiLetter(t.charAt(ge[0]))) {
        return mixed(t, i, runEnd(t, i), h);
      }
    } else if (plus || paren[0] == 1) {
      // fall through to phone
    } else if (g >= 2 && afterIbanHead(t, i)) {
      // "DE91 4306 0967 8013 5738 93", "NL50 ABNA 6178 8018 23": the rest of an IBAN whose check digits are wrong (a
      // valid one was taken whole from its country code) is neither a card nor a phone number
      return gEnd[g - 1];
    } else {
      int r = ipv4(t, g, gs, ge, sep, h);
      if (r > 0) {
        return r;
      }
      r = date(t, g, gs, ge, sep, h);
      if (r > 0) {
        return r;
      }
      if (g == 1 && ge[0] < n && isAsciiLetter(t.charAt(ge[0]))) {
        return mixed(t, i, runEnd(t, i), h);
      }
      if (g == 1 && ge[0] - gs[0] == 7) {
        int r0 = separatedNie(t, gs[0], ge[0], h);
        if (r0 > 0) {
          return r0;
        }
      }
      if (g == 1 && ge[0] - gs[0] == 8) {
        int r0 = spacedDni(t, gs[0], ge[0], h);
        if (r0 > 0) {
          return r0;
        }
      }
      if (dniWithDash(t, g, gs, ge)) {
        // "69508895-C": mixed() reads the dash and the letter
        return mixed(t, i, ge[0], h);
      }
      r = idsWithCue(t, g, gs, ge, sep, h);
      if (r > 0) {
        return r;
      }
      r = ssn(t, g, gs, ge, sep, h);
      if (r > 0) {
        return r;
      }
      r = card(t, g, gs, ge, sep, h);
      if (r > 0) {
        return r;
      }
      r = idsStructural(t, g, gs, ge, sep, h);
      if (r > 0) {
        return r;
      }
      if ((c == '1' || c == '3') && g == 1) {
        int e = base58(t, i, h);
        if (e > 0) {
          return e;
        }
      }
    }
    int r = shortRun ? -1 : phone(t, i, plus, g, gs, ge, gEnd, sep, paren, h);
    if (r > 0) {
      return r;
    }
    if (g == 1 && !plus) {
      return loneGroup(t, i, gs[0], ge[0], gEnd[0], h);
    }
    if (!plus && g == 2 && sep[1] == ' ' && places) {
      r = address(t, gs[0], gEnd[1], h);
      if (r > 0) {
        return r;
      }
    }
    return firstEnd;
  }

  /**
   * Whether the digit group reader of {@link #numeric} goes on after a first group of plain digits {@code [i, e)}:
   * a separator (space, {@code - . /}, no-break space) before a digit or a bracketed digit, or {@code " / "} after a
   * group starting with 0. The same tests as the reader's loop, for its first group.
   */
  private static boolean groupGoesOn(CharSequence t, int i, int e) {
    int n = t.length();
    if (e >= n) {
      return false;
    }
    char ch = t.charAt(e);
    if (ch == ' ' && e + 3 < n && t.charAt(e + 1) == '/' && t.charAt(e + 2) == ' ' && isDigit(t.charAt(e + 3))
        && t.charAt(i) == '0') {
      return true;
    }
    if ((ch == ' ' || ch == '-' || ch == '.' || ch == '/' || ch == '\u00a0') && e + 1 < n) {
      char nx = t.charAt(e + 1);
      return isDigit(nx) || nx == '(' && e + 2 < n && isDigit(t.charAt(e + 2));
    }
    return false;
  }

  /**
   * Whether the digit group reader of {@link #numeric}, started at a first group of plain digits {@code [i, e)} (not
   * after {@code +} or a bracket), reads exactly two groups of fewer than five digits in all, joined by a dot, a dash
   * or a slash: a digit right after that separator, and after the second group no separator before a digit or a
   * bracketed digit. (The reader's {@code " / "} step applies after a first group only.)
   */
  static boolean shortDottedPair(CharSequence t, int i, int e) {
    int n = t.length();
    if (e + 1 >= n || e - i > 3) {
      return false;
    }
    char ch = t.charAt(e);
    if (ch != '.' && ch != '-' && ch != '/') {
      return false;
    }
    int s2 = e + 1;
    int e2 = s2;
    while (e2 < n && isDigit(t.charAt(e2)) && e2 - s2 < 4) {
      e2++;
    }
    if (e2 == s2 || (e - i) + (e2 - s2) >= 5 || e2 < n && isDigit(t.charAt(e2))) {
      return false;
    }
    if (e2 + 1 < n) {
      char x = t.charAt(e2);
      if (x == ' ' || x == '-' || x == '.' || x == '/' || x == '\u00a0') {
        char nx = t.charAt(e2 + 1);
        if (isDigit(nx) || nx == '(' && e2 + 2 < n && isDigit(t.charAt(e2 + 2))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The recognizers left for a number of one group of plain digits {@code [s0, e0)} (ending at {@code end0}, after a
   * closing bracket if any) that no IP, date, ID, card or phone recognizer took: a day before a month name, a house
   * number, a year, a keyed token; else the scan goes on at {@code end0}.
   */
  private int loneGroup(CharSequence t, int i, int s0, int e0, int end0, Hits h) {
    int n = t.length();
    int r;
    if (e0 - s0 <= 2 && end0 + 1 < n && onDateTime
        && (t.charAt(end0) == ' ' || t.charAt(end0) == '.' || isAsciiLetter(t.charAt(end0))
            || t.charAt(end0) == '-' && isAsciiLetter(t.charAt(end0 + 1))
            || t.charAt(end0) == '\u00b0' || t.charAt(end0) == '\u00ba')) {
      // "5 juin 1990", "12 de mayo de 1988", "3 maggio 1992", "1° marzo 2023": day first, month name in any case
      r = Names.dayMonthDate(this, t, s0, e0, h);
      if (r > 0) {
        return r;
      }
    }
    if (places) {
      r = address(t, s0, end0, h);
      if (r > 0) {
        return r;
      }
    }
    r = year(t, s0, e0, h);
    if (r > 0) {
      return r;
    }
    r = keyedToken(t, i, h);
    if (r > 0) {
      return r;
    }
    if (r < -1) {
      return -r;
    }
    return end0;
  }

  /** Five upper-case letters, four digits and an upper-case letter from {@code i} (the layout of an Indian PAN). */
  static boolean panShape(CharSequence t, int i) {
    if (i + 10 > t.length()) {
      return false;
    }
    for (int k = 0; k < 10; k++) {
      char c = t.charAt(i + k);
      if (k < 5 || k == 9 ? !(c >= 'A' && c <= 'Z') : !isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** Two groups "serial/year": one to six digits, a slash and a year 1900-2099 ("118/2025"). */
  private static boolean serialSlashYear(CharSequence t, int[] sep, int[] gs, int[] ge) {
    if (sep[1] != '/' || ge[1] - gs[1] != 4 || ge[0] - gs[0] > 6) {
      return false;
    }
    char a = t.charAt(gs[1]);
    char b = t.charAt(gs[1] + 1);
    return a == '2' && b == '0' || a == '1' && b == '9';
  }

  /** Two groups "NN-NNNNNNN" with a first digit other than 0: the US employer identification number layout. */
  private static boolean einShape(CharSequence t, int[] sep, int[] gs, int[] ge) {
    return sep[1] == '-' && ge[0] - gs[0] == 2 && ge[1] - gs[1] == 7 && t.charAt(gs[0]) != '0';
  }

  private static final long PHONE_NEG_BIT = Context.bitOf("PHONE_NEG");
  private static final long NEGATIVE_ONLY_BIT = Context.bitOf("NEGATIVE");
  private static final long PHONE_WEAK_BIT = Context.bitOf("PHONE_WEAK");
  private static final long PHONE_BIT = Context.bitOf(PiiEntity.PHONE_NUMBER);

  /**
   * The cue mask of the last two words before {@code s} (letter-or-digit runs, looking back at most 48 characters),
   * which {@link #phone} tests for a code, PIN, customer or contract word ({@code PHONE_NEG}) or a phone cue ("order
   * hotline: 0800 ..."); computed at most once per number (the mask never has the top bit, so -1 means "not yet").
   */
  private static long justBeforeMask(CharSequence t, int s, Hits h) {
    return lastWordsMask(t, s, h, 2);
  }

  /**
   * Whether the very last word before {@code s} is a phone cue ("Atención al cliente\nTel. +34 …": the phone word
   * right before the number is nearer than the customer word before it).
   */
  private static boolean phoneCueRightBefore(CharSequence t, int s, Hits h) {
    return (lastWordsMask(t, s, h, 1) & PHONE_BIT) != 0;
  }

  /** Heads of German and Dutch compounds that name a contract, invoice, order, case or complaint (round 22). */
  private static final String[] NEG_COMPOUND_HEADS = {"vertrag", "vertrags", "rechnung", "rechnungs", "bestellung",
      "bestell", "auftrag", "auftrags", "vorgang", "vorgangs", "reklamation", "reklamations", "akte", "akten",
      "contract", "contracts", "factuur", "bestelling", "overeenkomst", "dossier", "polis", "referenz", "bestätigung",
      "sendung", "lieferung", "gutschrift", "mahnung", "retoure"};

  /**
   * Round 22: whether the word right before {@code s} (after at most a colon, "#", "Nr." and spaces) is a German or
   * Dutch compound whose head names a contract, invoice, order, case or complaint, with or without "-nummer" /
   * "-nr" ("Mietvertrag 5520-1187-33", "Leasingvertragsnummer …", "Kaufreklamation", "huurcontract"); such compounds
   * are too many to list as cue words. Asked only for a national number that has no phone word.
   */
  static boolean negativeCompoundBefore(CharSequence t, int s) {
    int k = s;
    int lim = Math.max(0, s - 40);
    while (k > lim && !Character.isLetter(t.charAt(k - 1))) {
      char c = t.charAt(k - 1);
      if (c != ' ' && c != ':' && c != '#' && c != '.' && c != '\t') {
        return false;
      }
      k--;
    }
    int e = k;
    while (k > lim && Character.isLetter(t.charAt(k - 1))) {
      k--;
    }
    int len = e - k;
    if (len < 6 || len > 40) {
      return false;
    }
    if (e - k == 2 && (t.charAt(k) == 'N' || t.charAt(k) == 'n') && (t.charAt(k + 1) == 'r')) {
      return false;
    }
    // (compared in place, no string: this runs for phone candidates)
    if (endsWithLower(t, k, e, "nummer")) {
      e -= 6;
    } else if (endsWithLower(t, k, e, "nr")) {
      e -= 2;
    }
    for (String head : NEG_COMPOUND_HEADS) {
      if (e - k >= head.length() + 3 && endsWithLower(t, k, e, head)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t[k, e)} ends with the lower-case {@code suffix}, ignoring case. */
  private static boolean endsWithLower(CharSequence t, int k, int e, String suffix) {
    int m = suffix.length();
    if (e - k < m) {
      return false;
    }
    for (int j = 0; j < m; j++) {
      if (Character.toLowerCase(t.charAt(e - m + j)) != suffix.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** The cue mask of the last {@code words} words before {@code s}, looking back at most 48 characters. */
  private static long lastWordsMask(CharSequence t, int s, Hits h, int words) {
    int k = s;
    int lim = Math.max(0, s - 48);
    for (int w = 0; w < words; w++) {
      while (k > lim && !Character.isLetterOrDigit(t.charAt(k - 1))) {
        k--;
      }
      while (k > lim && Character.isLetterOrDigit(t.charAt(k - 1))) {
        k--;
      }
    }
    return Context.maskOf(t, k, s, h.contextScratch());
  }

  /**
   * Whether a bracketed group may follow the first {@code g} groups of a number: only right after a country code
   * ({@code +44 (0)20}, {@code 0049 (0)30}) or a one- or two-digit prefix ({@code 1 (800) 555-0199}).
   */
  static boolean midParenOk(CharSequence t, boolean plus, int g, int[] gs, int[] ge) {
    if (g != 1) {
      return false;
    }
    int len = ge[0] - gs[0];
    return plus || len <= 2 || len <= 5 && t.charAt(gs[0]) == '0' && t.charAt(gs[0] + 1) == '0';
  }

  /**
   * Whether the digits {@code t[s, e)} right after an opening bracket are a whole value of 9 to 19 digits closed by
   * {@code )} with no digit group after it ("BSN (123456782)", "Steuer-ID (47192038453), bitte", "numéro de sécu
   * (185037511608738)", "Visa (4111111111111111)"): a national ID or card after its label, not a bracketed area code
   * ("(415) 738-2290", "(0)20 7946 0958", "(069)1234567").
   */
  static boolean wholeBracketedValue(CharSequence t, int s, int e) {
    int len = e - s;
    if (len < 9 || len > 19 || e >= t.length() || t.charAt(e) != ')') {
      return false;
    }
    int k = e + 1;
    if (k < t.length() && (isDigit(t.charAt(k)) || (t.charAt(k) == ' ' || t.charAt(k) == '-' || t.charAt(k) == '.')
        && k + 1 < t.length() && isDigit(t.charAt(k + 1)))) {
      return false;
    }
    return true;
  }

  /**
   * The rare shapes {@link #numeric} asks about at a digit {@code i} followed by a space, a dot, or a digit and then a
   * dot or (one later) a dash: a DNI with thousands dots, a Japanese postcode, an identifier read out character by
   * character. Returns the end of what was taken (a span added, or a postcode passed over), or -1.
   */
  private int rareDigitShapes(CharSequence t, int i, Hits h) {
    int n = t.length();
    char c1 = t.charAt(i + 1);
    if (i + 10 < n && (c1 == '.' || t.charAt(i + 2) == '.' && isDigit(c1))) {
      // "33.738.116-Z": a DNI with thousands dots
      int e = dottedDni(t, i, h);
      if (e > 0) {
        return e;
      }
    }
    if (i + 7 < n && t.charAt(i + 3) == '-' && i > 0 && japanesePostcode(t, i)
        && (t.charAt(i - 1) != ' ' || !around(t, i, i + 8, h).has(PiiEntity.PHONE_NUMBER))) {
      // "Shibuya-ku, Tokyo 150-0001", "〒150-0001": a Japanese postcode, not a phone number; a phone word near keeps
      // the number a phone number ("Hi, Ken 555-0142 is my cell")
      return i + 8;
    }
    if (c1 == ' ' && isDigit(t.charAt(i + 2)) && !isWordChar(t.charAt(i + 3))) {
      // "4 4 6 2, 9 0 4 9, ...": an identifier read out character by character
      return spelledOut(t, i, h);
    }
    return -1;
  }

  /**
   * Whether three digits, a dash and four digits ending there start at {@code i} right after the postcode mark
   * {@code 〒} (a space between allowed) or after {@code ", <Capitalised word> "} (the city of an address line:
   * "Shibuya-ku, Tokyo 150-0001").
   */
  static boolean japanesePostcode(CharSequence t, int i) {
    int n = t.length();
    for (int k = 0; k < 8; k++) {
      if (k != 3 && !isDigit(t.charAt(i + k))) {
        return false;
      }
    }
    if (i + 8 < n && (isWordChar(t.charAt(i + 8)) || t.charAt(i + 8) == '-')) {
      return false;
    }
    int b = i - 1;
    if (t.charAt(b) == '\u3012' || t.charAt(b) == ' ' && b > 0 && t.charAt(b - 1) == '\u3012') {
      return true;
    }
    if (t.charAt(b) != ' ') {
      return false;
    }
    int we = b;
    int ws = we;
    while (ws > 0 && we - ws < 30 && Character.isLowerCase(t.charAt(ws - 1))) {
      ws--;
    }
    if (ws == 0 || ws == we || !Character.isUpperCase(t.charAt(ws - 1))) {
      return false;
    }
    ws--;
    if (ws >= 3 && t.charAt(ws - 1) == ' ' && t.charAt(ws - 2) == ',' && isWordChar(t.charAt(ws - 3))) {
      return true;
    }
    // (pii20q) "Osaka 530-0001": right after a listed place name that is no first name, without the comma before
    int tags = Gazetteer.get().tagged.flags(t, ws, we, WordSet.hashOf(t, ws, we));
    return (tags & Gazetteer.T_PLACE) != 0 && (tags & Gazetteer.T_FIRST) == 0;
  }

  /**
   * The type of a Spanish identifier by its first character, as Presidio names them: an NIE (foreigners' number,
   * X, Y or Z first) is {@code ES_NIE}, a DNI (a digit first) {@code ES_NIF}. Both share the cue words of ES_NIF.
   */
  private static String spanishIdType(char first) {
    char c = (char) (first | 0x20);
    return c == 'x' || c == 'y' || c == 'z' ? PiiEntity.ES_NIE : PiiEntity.ES_NIF;
  }

  /**
   * A Spanish DNI written with thousands dots, its letter after a dash, a space or nothing: "33.738.116-Z",
   * "3.738.116 Z" (seven digits: a leading zero is implied). Adds it when the mod 23 letter is right and returns its
   * end, or -1.
   */
  private int dottedDni(CharSequence t, int i, Hits h) {
    if (!on(PiiEntity.ES_NIF)) {
      return -1;
    }
    int n = t.length();
    int p = i + 1;
    if (isDigit(t.charAt(p))) {
      p++;
    }
    if (shortcuts && !dottedDniGroups(t, p)) {
      // "3.4", "99.9%": most numbers with a dot are no DNI; the loop below would return -1 at its first or second
      // group, so the digits are not copied into a buffer for them (round 20)
      return -1;
    }
    StringBuilder d = new StringBuilder(9);
    if (p - i == 1) {
      d.append('0');
    }
    d.append(t, i, p);
    for (int k = 0; k < 2; k++) {
      if (p + 4 > n || t.charAt(p) != '.' || !isDigit(t.charAt(p + 1)) || !isDigit(t.charAt(p + 2))
          || !isDigit(t.charAt(p + 3))) {
        return -1;
      }
      d.append(t, p + 1, p + 4);
      p += 4;
    }
    if (p < n && (t.charAt(p) == '-' || t.charAt(p) == ' ')) {
      p++;
    }
    if (p >= n || !isAsciiLetter(t.charAt(p)) || isWordChar(charAt(t, p + 1)) || charAt(t, p + 1) == '.'
        && isWordChar(charAt(t, p + 2))) {
      return -1;
    }
    d.append(t.charAt(p));
    if (!Validators.esDniNie(d)) {
      return -1;
    }
    Context.Window w = around(t, i, p + 1, h);
    double score = w.has(PiiEntity.ES_NIF) ? 0.95 : 0.85;
    if (w.negative() && !w.has(PiiEntity.ES_NIF)) {
      score = 0.3;
    }
    h.add(i, p + 1, PiiEntity.ES_NIF, score, "DNI with dots, mod 23 letter");
    return p + 1;
  }

  /**
   * Whether two groups of a dot and three digits follow {@code p}: the layout {@link #dottedDni}'s group loop reads
   * after the first one or two digits (the same tests, without copying the digits).
   */
  static boolean dottedDniGroups(CharSequence t, int p) {
    int n = t.length();
    for (int k = 0; k < 2; k++, p += 4) {
      if (p + 4 > n || t.charAt(p) != '.' || !isDigit(t.charAt(p + 1)) || !isDigit(t.charAt(p + 2))
          || !isDigit(t.charAt(p + 3))) {
        return false;
      }
    }
    return true;
  }

  /** Eight digits, a dash and a letter ending the token: the written form "12345678-Z" of a Spanish DNI. */
  /**
   * An NIE whose seven digits are {@code [s, e)} written with its letters apart ({@link #separatedNieStart}): adds it
   * and returns its end, or -1. "NIE: Y-2885009-H", "Cliente: Y 9197036 V" (round 19).
   */
  private int separatedNie(CharSequence t, int s, int e, Hits h) {
    if (!on(PiiEntity.ES_NIE)) {
      return -1;
    }
    int ns = separatedNieStart(t, s, e);
    if (ns < 0) {
      return -1;
    }
    h.add(ns, e + 2, PiiEntity.ES_NIE, 0.85, "NIE mod 23 letter");
    return e + 2;
  }

  /**
   * The start of an NIE whose seven digits are {@code [s, e)} and whose letters stand apart with the same dash or space
   * on both sides ("Y-2885009-H", "X 1234567 L"), when its mod 23 letter is right; otherwise -1.
   */
  static int separatedNieStart(CharSequence t, int s, int e) {
    if (s < 2 || e + 1 >= t.length()) {
      return -1;
    }
    char sep = t.charAt(s - 1);
    char first = t.charAt(s - 2);
    if (sep != '-' && sep != ' ' || first != 'X' && first != 'Y' && first != 'Z'
        || s > 2 && isWordChar(t.charAt(s - 3)) || t.charAt(e) != sep || !isAsciiUpper(t.charAt(e + 1))
        || isWordChar(charAt(t, e + 2))) {
      return -1;
    }
    return Validators.esDniNie(t.subSequence(s - 2, e + 2)) ? s - 2 : -1;
  }

  /** Words that name a motor vehicle department's record, lower case ({@link #dmvClientId}). */
  private static final String[] DMV_WORDS = {"dmv", "mvr", "motor vehicle", "driving record", "driver record",
      "driver abstract", "driver's abstract", "driving abstract", "driver license", "driver's license",
      "driver licence", "driving licence"};

  /**
   * Whether the number at {@code s} is labelled "Client ID" (optionally "number", "no.", "#", a colon) on a motor
   * vehicle record: the New York DMV calls the licence's ID number its client ID, and abstracts print it as
   * "Client ID: 583 921 647" under a heading that names the DMV or the driving record ({@link #DMV_WORDS} within the
   * 400 characters before the label). Round 21; reads back at most 30 characters for the label and then 400.
   */
  static boolean dmvClientId(CharSequence t, int s) {
    int k = s;
    int lim = Math.max(0, s - 30);
    while (k > lim && !isAsciiLetter(t.charAt(k - 1))) {
      if (t.charAt(k - 1) == '\n') {
        return false;
      }
      k--;
    }
    int we = k;
    while (k > lim && isAsciiLetter(t.charAt(k - 1))) {
      k--;
    }
    if (equalsIgnoreCase(t, k, we, "number") || equalsIgnoreCase(t, k, we, "no") || equalsIgnoreCase(t, k, we, "nr")) {
      while (k > lim && !isAsciiLetter(t.charAt(k - 1)) && t.charAt(k - 1) != '\n') {
        k--;
      }
      we = k;
      while (k > lim && isAsciiLetter(t.charAt(k - 1))) {
        k--;
      }
    }
    if (!equalsIgnoreCase(t, k, we, "id") || k < 8 || t.charAt(k - 1) != ' '
        || !equalsIgnoreCase(t, k - 7, k - 1, "client") || k > 7 && isWordChar(t.charAt(k - 8))) {
      return false;
    }
    int from = Math.max(0, k - 7 - 400);
    for (String word : DMV_WORDS) {
      for (int j = from; j + word.length() <= k - 7; j++) {
        if (startsWithIgnoreCase(t, j, word) && (j == 0 || !isWordChar(t.charAt(j - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A DNI written with a space before its letter ("NIF: 48291736 Q", round 21): eight digits {@code [s, e)}, one
   * space, one upper-case letter standing alone, the mod 23 letter right, and a DNI/NIF/NIE word on the left (without
   * it "12345678 A" is a number and a list item). Returns the end, or -1.
   */
  private int spacedDni(CharSequence t, int s, int e, Hits h) {
    if (e + 1 >= t.length() || t.charAt(e) != ' ' || !isAsciiUpper(t.charAt(e + 1)) || isWordChar(charAt(t, e + 2))
        || !on(PiiEntity.ES_NIF)) {
      return -1;
    }
    char[] v = new char[9];
    for (int k = 0; k < 8; k++) {
      v[k] = t.charAt(s + k);
    }
    v[8] = t.charAt(e + 1);
    if (!Validators.esDniNie(new String(v)) || !leftOnly(t, s, h).hasLeft(PiiEntity.ES_NIF)) {
      return -1;
    }
    h.add(s, e + 2, PiiEntity.ES_NIF, 0.85, "DNI mod 23 letter, spaced, after its name");
    return e + 2;
  }

  private static boolean dniWithDash(CharSequence t, int g, int[] gs, int[] ge) {
    int e = ge[0];
    return g == 1 && e - gs[0] == 8 && e + 1 < t.length() && t.charAt(e) == '-' && isAsciiLetter(t.charAt(e + 1))
        && !isWordChar(charAt(t, e + 2));
  }

  /**
   * Whether an IPv4 address followed by a colon and a port starts at {@code i} ("Sofia Rossi/93.41.207.18:50122",
   * OpenVPN's "user/address:port"), so that a name and a slash before it do not make it a path segment; a version
   * after a product name and a slash ("Chrome/120.0.0.0 Safari") has no port.
   */
  static boolean addressWithPort(CharSequence t, int i) {
    int n = t.length();
    int e = i;
    while (e < n && e - i < 15 && (isDigit(t.charAt(e)) || t.charAt(e) == '.')) {
      e++;
    }
    return e + 1 < n && t.charAt(e) == ':' && isDigit(t.charAt(e + 1)) && Validators.ipv4(t, i, e);
  }

  private static int runEnd(CharSequence t, int i) {
    int e = i;
    while (e < t.length() && isAsciiAlnum(t.charAt(e)) && e - i < 128) {
      e++;
    }
    return e;
  }

  private boolean rightBoundary(CharSequence t, int e) {
    if (e >= t.length()) {
      return true;
    }
    char c = t.charAt(e);
    if (isWordChar(c)) {
      return false;
    }
    // "1.2.3.4.5" or "12-34-56-78" continuing with a digit after a separator
    if ((c == '.' || c == ':') && e + 1 < t.length() && isDigit(t.charAt(e + 1))) {
      return false;
    }
    if (c == '-' && e + 1 < t.length() && isDigit(t.charAt(e + 1))) {
      return false;
    }
    return true;
  }

  /**
   * Round 22: whether the four dotted parts are 0.0.0.0 or a contiguous subnet mask starting with 255
   * (255.255.255.0, 255.255.240.0, 255.255.255.255).
   */
  private static boolean maskOrUnspecified(CharSequence t, int[] gs, int[] ge) {
    long bits = 0;
    for (int k = 0; k < 4; k++) {
      int v = 0;
      for (int j = gs[k]; j < ge[k]; j++) {
        v = v * 10 + (t.charAt(j) - '0');
      }
      bits = bits << 8 | v;
    }
    if (bits == 0) {
      return true;
    }
    if (bits >>> 24 != 255) {
      return false;
    }
    long inv = ~bits & 0xFFFFFFFFL;
    // contiguous ones then zeros: the inverted mask plus one is a power of two
    return (inv & (inv + 1)) == 0;
  }

  private int ipv4(CharSequence t, int g, int[] gs, int[] ge, int[] sep, Hits h) {
    if (g < 4 || !onIpAddress) {
      return -1;
    }
    for (int k = 1; k < 4; k++) {
      if (sep[k] != '.') {
        return -1;
      }
    }
    if (g > 4 && sep[4] == '.') {
      return -1;
    }
    int s = gs[0];
    int e = ge[3];
    if (!Validators.ipv4(t, s, e) || !rightBoundary(t, e) && !(e < t.length() && t.charAt(e) == ':')) {
      return -1;
    }
    if (maskOrUnspecified(t, gs, ge)) {
      // round 22: "netmask 255.255.255.0", "route add 0.0.0.0/0": a subnet mask or the unspecified address names no
      // host (consumed, so no part of it is offered to the other recognizers)
      h.add(s, e, PiiEntity.IP_ADDRESS, 0.3, "subnet mask or unspecified address");
      return e;
    }
    Context.Window w = around(t, s, e, h);
    double score = 0.85;
    if (versionPin(t, s) || imageTag(t, s) || keyedAs(t, s, VERSION_KEYS) || versionKeySuffix(t, s)
        || releaseWordBefore(t, s)) {
      // "app:3.11.4.2", "ghcr.io/acme/worker:2.7.12.4", "uvicorn==0.30.1.1", a "Version" column or "version" key:
      // a four-part version, not an address (sixteenth round)
      score = 0.3;
    } else if (ipKey(keyText(t, s)) || ipColumn(t, s) || accessLogStart(t, s, e) || ipLabel(t, s)) {
      // "txn=7f3a91c4 client_ip=81.2.69.142": the address's own key outweighs a negative word of another field;
      // so does its CSV column ("host,ip,port\nweb-01,10.0.12.7,8443": "port" is another column's name)
      score = 0.95;
    } else if (w.negativeNear() || (w.hasLeft("NEGATIVE") || w.hasLeft("MONEY")) && !w.has(PiiEntity.IP_ADDRESS)) {
      score = 0.3;
    } else if (w.has(PiiEntity.IP_ADDRESS)) {
      score = 0.95;
    }
    h.add(s, e, PiiEntity.IP_ADDRESS, score, "IPv4 address");
    return e;
  }

  static final int FAR_BSN = 1;
  static final int FAR_TFN = 2;
  static final int FAR_SIN = 3;
  static final int FAR_NHS = 4;
  static final int FAR_ABN = 5;

  /**
   * The all-caps abbreviation BSN, TFN, SIN or NHS as a whole word in the same sentence before {@code s} (at most 100
   * characters back, not across a line break or a ". "), as one of the {@code FAR_} codes, else 0. Asked only for a
   * number of nine or ten digits with no ID cue in its context window, so the cue may stand further away ("Her SIN
   * from the Canadian office was ..."; fifteenth round).
   */
  /** How many of the groups {@code 0..best} are one digit long. */
  private static int oneDigitGroups(int[] gs, int[] ge, int best) {
    int n = 0;
    for (int j = 0; j <= best; j++) {
      n += ge[j] - gs[j] == 1 ? 1 : 0;
    }
    return n;
  }

  /**
   * Cue bits that name another kind of number, for {@link #passportEarlierInSentence} (not the negative words: "in
   * case you need it" holds one).
   */
  private static final long NOT_PASSPORT_BITS = Context.bitOf("MONEY")
      | Context.bitOf(PiiEntity.PHONE_NUMBER) | Context.bitOf(PiiEntity.US_SSN)
      | Context.bitOf(PiiEntity.US_DRIVER_LICENSE) | Context.bitOf(PiiEntity.NL_BSN) | Context.bitOf(PiiEntity.AU_TFN)
      | Context.bitOf(PiiEntity.CA_SIN) | Context.bitOf(PiiEntity.UK_NHS) | Context.bitOf(PiiEntity.AU_MEDICARE)
      | Context.bitOf(PiiEntity.AU_ABN) | Context.bitOf(PiiEntity.IN_AADHAAR) | Context.bitOf(PiiEntity.DE_TAX_ID)
      | Context.bitOf(PiiEntity.CREDIT_CARD) | Context.bitOf(PiiEntity.IBAN_CODE);

  /**
   * (round 22) Whether the value at {@code s} follows "is", "was" or a colon (en, de, fr, es, it, pt) and a passport
   * number phrase earlier in its sentence names it, with no word of another kind of number after the phrase: "my passport number
   * in case you need ID is 417632393". The sentence is read back at most 100 characters, to a line break, a full
   * stop, question or exclamation mark, or a digit (another value).
   */
  static boolean passportEarlierInSentence(CharSequence t, int s) {
    int k = s - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 1) {
      return false;
    }
    if (t.charAt(k) != ':') {
      int we = k + 1;
      while (k >= 0 && Character.isLetter(t.charAt(k))) {
        k--;
      }
      if (!copula(t, k + 1, we) || k >= 0 && t.charAt(k) != ' ') {
        return false;
      }
    }
    int from = s;
    for (int j = s - 1; j >= 0 && s - j <= 100; j--) {
      char c = t.charAt(j);
      if (c == '\n' || c == '?' || c == '!' || isDigit(c) || c == '.' && t.charAt(j + 1) == ' ') {
        break;
      }
      from = j;
    }
    int named = passportNumberWords(t, from, s);
    return named >= 0 && (Context.maskOf(t, named, s) & NOT_PASSPORT_BITS) == 0;
  }

  private static final WordSet PASSPORT_WORDS = new WordSet(java.util.Arrays.asList("passport", "passports",
      "reisepass", "passeport", "pasaporte", "passaporto", "passaporte", "paspoort"));
  private static final WordSet NUMBER_WORDS = new WordSet(java.util.Arrays.asList("number", "no", "nr", "num",
      "nummer", "numéro", "numero", "número", "n", "nº", "id"));

  /**
   * Whether {@code t[from, to)} holds a passport word and right after it a number word ("passport number"), or a
   * number word, perhaps "de"/"di"/"du"/"do"/"da"/"del", and a passport word ("número de pasaporte"): the end of the
   * first such phrase, or -1. (The words after it are asked for another kind of number's name.)
   */
  private static int passportNumberWords(CharSequence t, int from, int to) {
    boolean prevPassport = false;
    boolean prevNumber = false;
    boolean numberThenOf = false;
    int k = from;
    while (k < to) {
      while (k < to && !Character.isLetter(t.charAt(k))) {
        k++;
      }
      int ws = k;
      while (k < to && (Character.isLetter(t.charAt(k)) || t.charAt(k) == 'º')) {
        k++;
      }
      if (ws == k) {
        break;
      }
      boolean number = NUMBER_WORDS.contains(t, ws, k);
      boolean passport = PASSPORT_WORDS.contains(t, ws, k);
      if (prevPassport && number || passport && (prevNumber || numberThenOf)) {
        return k;
      }
      numberThenOf = prevNumber && OF_WORDS.contains(t, ws, k);
      prevPassport = passport;
      prevNumber = number;
    }
    return -1;
  }

  private static final WordSet OF_WORDS = new WordSet(java.util.Arrays.asList("de", "di", "du", "do", "da", "del"));

  /** Whether {@code t[s, e)} is "is", "was" or their de, fr, es, it, pt forms ("ist", "est", "es", "è", "é"...). */
  private static boolean copula(CharSequence t, int s, int e) {
    int n = e - s;
    if (n < 1 || n > 3) {
      return false;
    }
    char a = Character.toLowerCase(t.charAt(s));
    char b = n > 1 ? Character.toLowerCase(t.charAt(s + 1)) : 0;
    char c = n > 2 ? Character.toLowerCase(t.charAt(s + 2)) : 0;
    switch (n) {
      case 1:
        return a == 'è' || a == 'é' || a == 'e';
      case 2:
        return a == 'i' && b == 's' || a == 'e' && b == 's';
      default:
        return a == 'w' && b == 'a' && (c == 's' || c == 'r') || a == 'i' && b == 's' && c == 't'
            || a == 'e' && b == 's' && c == 't' || a == 'e' && b == 'r' && c == 'a';
    }
  }

  static int farIdAbbreviation(CharSequence t, int s) {
    for (int k = s - 1; k >= 2 && s - k <= 100; k--) {
      char c = t.charAt(k);
      if (c == '\n' || c == ' ' && t.charAt(k - 1) == '.') {
        return 0;
      }
      if (c >= 'A' && c <= 'Z' && (k + 1 >= t.length() || !isWordChar(t.charAt(k + 1)))
          && (k < 3 || !isWordChar(t.charAt(k - 3))) && isAsciiUpper(t.charAt(k - 1))
          && isAsciiUpper(t.charAt(k - 2))) {
        char a = t.charAt(k - 2);
        char b = t.charAt(k - 1);
        if (a == 'B' && b == 'S' && c == 'N') {
          return FAR_BSN;
        }
        if (a == 'T' && b == 'F' && c == 'N') {
          return FAR_TFN;
        }
        if (a == 'S' && b == 'I' && c == 'N') {
          return FAR_SIN;
        }
        if (a == 'N' && b == 'H' && c == 'S') {
          return FAR_NHS;
        }
        if (a == 'A' && b == 'B' && c == 'N') {
          return FAR_ABN;
        }
      }
    }
    return 0;
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Whether the value at {@code s} is named by its own CSV column or {@code key=} / JSON key as one of {@code keys}
   * ("id,name,nhs_number\n1041,Oliver Bennett,6401112530", "patient_nhs=4010232137").
   */
  static boolean keyedAs(CharSequence t, int s, WordSet keys) {
    if (CsvColumns.fieldStart(t, s) && CsvColumns.in(t, s, keys)) {
      return true;
    }
    CharSequence key = keyOrColumn(t, s);
    return key != null && (keys.contains(key, 0, key.length()) || keyPartIn(key, keys));
  }

  /**
   * (pii22speed) The last answer of {@link #keyOrColumn}, per thread: its text (a {@link String} only, so the text
   * cannot have changed), position and key. A number's recognizers ask {@link #keyedAs} for the same position up to
   * ten times (passport, licence, BSN, TFN, SIN, SSN, card, order keys...), and each ask walked back to the line's
   * start for an SQL tuple; now the walk runs once per position. Used only during a scan and dropped at its start
   * and end ({@link #forgetKeys}), so no text is kept past it (a nested scan turns it off for the rest of the outer
   * one, which then reads every key again).
   */
  private static final ThreadLocal<KeyMemo> KEY_MEMO = ThreadLocal.withInitial(KeyMemo::new);

  /** See {@link #KEY_MEMO}. */
  private static final class KeyMemo {
    boolean active;
    String text;
    int at = -1;
    CharSequence key;
  }

  /**
   * The key or SQL column naming the value at {@code s}: {@link #keyText}, else {@link #sqlColumn}; memoised for the
   * last position asked of a {@link String} ({@link #KEY_MEMO}). The key returned is only read, never changed.
   */
  static CharSequence keyOrColumn(CharSequence t, int s) {
    KeyMemo m = t instanceof String ? KEY_MEMO.get() : null;
    if (m != null && !m.active) {
      m = null;
    }
    if (m != null && m.text == t && m.at == s) {
      return m.key;
    }
    CharSequence key = keyText(t, s);
    if (key == null) {
      key = sqlColumn(t, s);
    }
    if (m != null) {
      m.text = (String) t;
      m.at = s;
      m.key = key;
    }
    return key;
  }

  /**
   * Drops this thread's {@link #KEY_MEMO} entry (and so its reference to a scanned text); the memo is used from now
   * on when {@code active} (a scan starts) and not when not (a scan ends).
   */
  static void forgetKeys(boolean active) {
    KeyMemo m = KEY_MEMO.get();
    m.active = active;
    m.text = null;
    m.at = -1;
    m.key = null;
  }

  /** How far {@link #sqlColumn} looks back from a value for its tuple's "(" and for "VALUES". */
  private static final int SQL_BACK = 1200;
  /**
   * The last tuple {@link #sqlColumn} resolved, per thread: its "(", the end of its statement's VALUES and the
   * text's length. Used only where the text still reads "(" and "VALUES" there, so a stale entry finds nothing false.
   */
  private static final ThreadLocal<int[]> SQL_MEMO = ThreadLocal.withInitial(() -> new int[] {-1, -1, -1});

  /**
   * (pii21q) The column that names the value at {@code s} of an SQL dump ("INSERT INTO payments (id, order_ref,
   * amount) VALUES (1, '4111…', 19.99), (2, …)"): the value's place among the commas of its tuple picks the name
   * in the column list before VALUES (lower case, underscores, quotes and backticks dropped); null when the value is
   * in no such tuple. Looks back at most {@link #SQL_BACK} characters and reads no line breaks inside a tuple.
   */
  static CharSequence sqlColumn(CharSequence t, int s) {
    int k = s;
    if (k > 0 && (t.charAt(k - 1) == '\'' || t.charAt(k - 1) == '"')) {
      k--;
    }
    // (round 21, lead) a field of a tuple follows its "(" or "," (spaces between): any other character before the
    // value ends the look-up at once, so prose and logs do not pay the look-back
    int f = k;
    while (f > 0 && s - f < 8 && t.charAt(f - 1) == ' ') {
      f--;
    }
    if (f == 0 || t.charAt(f - 1) != ',' && t.charAt(f - 1) != '(') {
      return null;
    }
    int lim = Math.max(0, s - SQL_BACK);
    int commas = 0;
    boolean quoted = false;
    while (k > lim) {
      char c = t.charAt(k - 1);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == '(') {
        break;
      } else if (!quoted && (c == ')' || c == '\n' || c == ';')) {
        return null;
      }
      k--;
    }
    if (k <= lim || quoted) {
      return null;
    }
    // before the tuple: "VALUES" itself, or an earlier tuple "…), (" of the same statement
    int v = k - 1;
    int[] memo = SQL_MEMO.get();
    int open = v;
    boolean found = false;
    while (v > lim) {
      if (memo[0] == v && memo[2] == t.length() && memo[1] >= 6 && memo[1] < v
          && t.subSequence(memo[1] - 6, memo[1]).toString().equalsIgnoreCase("values")) {
        // an earlier tuple of this statement was resolved before: its VALUES (a long extended INSERT stays linear)
        v = memo[1] - 6;
        found = true;
        break;
      }
      int b = v;
      while (b > lim && Character.isWhitespace(t.charAt(b - 1))) {
        b--;
      }
      if (b - 6 >= lim && t.subSequence(b - 6, b).toString().equalsIgnoreCase("values")) {
        v = b - 6;
        found = true;
        break;
      }
      if (b <= lim || t.charAt(b - 1) != ',') {
        return null;
      }
      b--;
      while (b > lim && Character.isWhitespace(t.charAt(b - 1))) {
        b--;
      }
      if (b <= lim || t.charAt(b - 1) != ')') {
        return null;
      }
      // skip back over that earlier tuple to its "("
      b--;
      boolean q = false;
      while (b > lim && (q || t.charAt(b - 1) != '(')) {
        if (t.charAt(b - 1) == '\'') {
          q = !q;
        }
        b--;
      }
      if (b <= lim) {
        return null;
      }
      v = b - 1;
    }
    if (!found) {
      return null;
    }
    lim = Math.max(0, v - 600);
    memo[0] = open;
    memo[1] = v + 6;
    memo[2] = t.length();
    // the column list right before VALUES
    int c = v;
    while (c > lim && Character.isWhitespace(t.charAt(c - 1))) {
      c--;
    }
    if (c <= lim || t.charAt(c - 1) != ')') {
      return null;
    }
    int ce = c - 1;
    int cs = ce;
    while (cs > lim && t.charAt(cs - 1) != '(' && ce - cs < 400) {
      char ch = t.charAt(cs - 1);
      if (ch == ')' || ch == '\n' || ch == '\'') {
        return null;
      }
      cs--;
    }
    if (cs <= lim || t.charAt(cs - 1) != '(') {
      return null;
    }
    int n = 0;
    int fs = cs;
    for (int j = cs; j <= ce; j++) {
      if (j == ce || t.charAt(j) == ',') {
        if (n == commas) {
          StringBuilder key = new StringBuilder(j - fs);
          for (int x = fs; x < j; x++) {
            char ch = t.charAt(x);
            if (isAsciiAlnum(ch)) {
              key.append(Character.toLowerCase(ch));
            }
          }
          return key.length() == 0 ? null : key;
        }
        n++;
        fs = j + 1;
      }
    }
    return null;
  }

  /**
   * Whether the key (lower case, underscores dropped) starts or ends with a word of {@code keys} of three letters or
   * more and has more after or before it: {@code "tfn_au"}, {@code "employer_abn"}, {@code "app_version"} (round 19).
   */
  static boolean keyPartIn(CharSequence key, WordSet keys) {
    int n = key.length();
    for (int p = 3; p <= n - 2; p++) {
      if (keys.contains(key, 0, p) || n - p >= 3 && keys.contains(key, p, n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a key (as {@link #keyText} gives it) names an address: {@code ip}, {@code client_ip}, {@code src_ip},
   * {@code remote_addr}, {@code ip_address}, {@code host}.
   */
  static boolean ipKey(CharSequence key) {
    if (key == null) {
      return false;
    }
    int n = key.length();
    // (round 19) also any key ending in "host" or "ip" ("db_host", "redis_host", "gateway_ip"), not "zip"
    return IP_KEYS.contains(key, 0, n) || n > 4 && endsWith(key, "host")
        || n > 2 && endsWith(key, "ip") && !endsWith(key, "zip");
  }

  private static boolean endsWith(CharSequence key, String suffix) {
    return startsWith(key, key.length() - suffix.length(), suffix);
  }

  /** Whether {@code t[s]} starts a CSV field under a header whose column name is an address key ({@link #ipKey}). */
  static boolean ipColumn(CharSequence t, int s) {
    return CsvColumns.fieldStart(t, s) && CsvColumns.in(t, s, IP_KEYS);
  }

  /**
   * Whether the address at {@code s} starts a line and is followed by the access-log fields {@code " - "} or
   * {@code " ["} ("203.0.113.9 - - [27/Nov/2026:10:01:02 +0000] \"GET / HTTP/1.1\" 200"): the address of the
   * client, whatever words the lines before hold (sixteenth round).
   */
  static boolean accessLogStart(CharSequence t, int s, int e) {
    int k = s;
    while (k > 0 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\t')) {
      k--;
    }
    if (k > 0 && t.charAt(k - 1) != '\n' && t.charAt(k - 1) != '\r') {
      return false;
    }
    return e + 2 < t.length() && t.charAt(e) == ' '
        && (t.charAt(e + 1) == '[' || t.charAt(e + 1) == '-' && t.charAt(e + 2) == ' ');
  }

  /**
   * Whether the address at {@code s} follows a short label of its own and {@code :} or {@code =} (one space allowed
   * after the colon): "fw:203.0.113.9", "SRC=10.0.0.5", "gw: 192.0.2.1" (a label of {@link #ipKey}, any case).
   */
  static boolean ipLabel(CharSequence t, int s) {
    int k = s;
    if (k > 0 && t.charAt(k - 1) == ' ') {
      k--;
    }
    if (k < 2 || t.charAt(k - 1) != ':' && !(t.charAt(k - 1) == '=' && k == s)) {
      return false;
    }
    int e = k - 1;
    int a = e;
    while (a > 0 && e - a < 16 && (isAsciiLetter(t.charAt(a - 1)) || t.charAt(a - 1) == '_')) {
      a--;
    }
    if (a == e || a > 0 && isWordChar(t.charAt(a - 1))) {
      return false;
    }
    StringBuilder key = new StringBuilder(e - a);
    for (int j = a; j < e; j++) {
      if (t.charAt(j) != '_') {
        key.append(Character.toLowerCase(t.charAt(j)));
      }
    }
    return IP_KEYS.contains(key, 0, key.length());
  }

  /**
   * Whether the short group {@code t[i, e)} follows {@code #} and a space follows it: a reference ("ticket #1234
   * 415-902-7718") that ends at the space and is never the first group of a longer number.
   */
  private static boolean hashReference(CharSequence t, int i, int e) {
    return i > 0 && t.charAt(i - 1) == '#' && e < t.length() && t.charAt(e) == ' ';
  }

  /** Whether a version pin ({@code ==}, {@code >=}, {@code <=}, {@code ~=}, {@code !=}) is right before {@code s}. */
  static boolean versionPin(CharSequence t, int s) {
    if (s < 2 || t.charAt(s - 1) != '=') {
      return false;
    }
    char c = t.charAt(s - 2);
    return c == '=' || c == '>' || c == '<' || c == '~' || c == '!';
  }

  /**
   * Whether {@code s} follows {@code name:} where the name is a container image reference written in lower case
   * ({@code app:}, {@code python:}, {@code registry.local/team/app:}, with digits, {@code . _ - /}) that is no
   * address key ({@code fw:}, {@code src:}, {@code host:} are: {@link #ipKey}); docker requires image names in
   * lower case, so {@code Host:} or {@code FW:} are labels.
   */
  static boolean imageTag(CharSequence t, int s) {
    if (s < 2 || t.charAt(s - 1) != ':') {
      return false;
    }
    int k = s - 1;
    boolean letter = false;
    while (k > 0 && s - k < 128) {
      char c = t.charAt(k - 1);
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (!(c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == '/')) {
        break;
      }
      k--;
    }
    if (!letter || k > 0 && (isWordChar(t.charAt(k - 1)) || t.charAt(k - 1) == ':')) {
      // "::ffff:10.1.2.3" is an IPv4-mapped IPv6 address
      return false;
    }
    // the last path segment is the image name; it must not be an address key
    int a = s - 1;
    while (a > k && t.charAt(a - 1) != '/') {
      a--;
    }
    StringBuilder name = new StringBuilder(s - 1 - a);
    for (int j = a; j < s - 1; j++) {
      if (t.charAt(j) != '_') {
        name.append(t.charAt(j));
      }
    }
    return !IP_KEYS.contains(name, 0, name.length());
  }

  /**
   * Whether the value at {@code s} is assigned to a key that ends in "version", "release" or "build"
   * ({@code SENTRY_RELEASE=4.18.2.1}, {@code "agentVersion": "7.2.0.1"}).
   */
  static boolean versionKeySuffix(CharSequence t, int s) {
    CharSequence key = keyText(t, s);
    if (key == null) {
      return false;
    }
    String k = key.toString();
    return k.endsWith("version") || k.endsWith("release") || k.endsWith("build");
  }

  private static final String[] RELEASE_WORDS = {"driver", "agent:", "updated to", "upgraded to", "upgrade to",
      "update to", "downgraded to", "roll back to", "rolled back to", "rollback to", "patched to", "patch"};

  /**
   * Whether a word that names a software release stands at most 24 characters before {@code s} on the same line
   * ("Driver Intel AX211 23.40.0.4", "updated to 23.60.1.2", "Agent: 7.2.0.1"): a four-part version, not an address.
   */
  static boolean releaseWordBefore(CharSequence t, int s) {
    int from = s;
    while (from > 0 && s - from < 24 && t.charAt(from - 1) != '\n') {
      from--;
    }
    // each word start of the stretch once, probed with the words that start with its letter (the same pairs of word
    // and position as one pass per word over the stretch; the answer is whether any pair matches)
    for (int k = from; k < s; k++) {
      char c = WordSet.lower(t.charAt(k));
      if (c >= 128 || RELEASE_BY_FIRST[c] == null || k > 0 && isWordChar(t.charAt(k - 1))) {
        continue;
      }
      for (String w : RELEASE_BY_FIRST[c]) {
        if (k + w.length() <= s && startsWithIgnoreCase(t, k, w)
            && (k + w.length() == t.length() || !isWordChar(t.charAt(k + w.length())))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@link #RELEASE_WORDS} by their first letter (indexed by the lower case, {@code WordSet.lower}, of a text
   * character, as {@link #startsWithIgnoreCase} compares it), null for a character no release word starts with.
   */
  private static final String[][] RELEASE_BY_FIRST = new String[128][];

  static {
    for (char c = 0; c < 128; c++) {
      java.util.List<String> l = new java.util.ArrayList<>();
      for (String w : RELEASE_WORDS) {
        if (c == w.charAt(0)) {
          l.add(w);
        }
      }
      RELEASE_BY_FIRST[c] = l.isEmpty() ? null : l.toArray(new String[0]);
    }
  }

  /** Keys and CSV column names (lower case, underscores removed) whose value is a version, not an address. */
  private static final WordSet VERSION_KEYS = new WordSet(java.util.List.of("version", "ver", "versie", "versión",
      "versione", "versão", "firmware", "fwversion", "appversion", "build", "buildnumber", "release",
      "swversion", "softwareversion", "osversion", "tag", "imagetag"));

  /** Keys (lower case, underscores removed) whose value is an address; exact words, so "zip=" or "tip=" are not. */
  private static final WordSet IP_KEYS = new WordSet(java.util.List.of("ip", "ipv4", "ipaddr", "ipaddress",
      "clientip", "clientaddr", "clientaddress", "srcip", "sourceip", "dstip", "destip", "destinationip", "remoteip",
      "remoteaddr", "remoteaddress", "serverip", "hostip", "peerip", "userip", "realip", "xrealip", "publicip",
      "privateip", "localip", "host", "xforwardedfor", "forwardedfor", "addr", "ipaddrs",
      // sixteenth round: short labels of firewall and flow logs ("fw:203.0.113.9", "src=...", "gw: ...")
      "fw", "src", "dst", "gw", "gateway", "nat", "peer", "remote", "client", "server", "source", "dest",
      "destination", "upstream", "proxy", "origin", "srcaddr", "dstaddr", "ipsrc", "ipdst"));

  private int date(CharSequence t, int g, int[] gs, int[] ge, int[] sep, Hits h) {
    if (g < 3 || !onDateTime) {
      return -1;
    }
    int l0 = ge[0] - gs[0];
    int l1 = ge[1] - gs[1];
    int l2 = ge[2] - gs[2];
    int sp = sep[1];
    if (sep[2] != sp || !(sp == '-' || sp == '/' || sp == '.')) {
      return -1;
    }
    int a = num(t, gs[0], ge[0]);
    int b = num(t, gs[1], ge[1]);
    int c = num(t, gs[2], ge[2]);
    boolean ok;
    boolean iso = false;
    if (l0 == 4 && l1 <= 2 && l2 <= 2) {
      ok = a >= 1000 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
      iso = true;
    } else if (l0 <= 2 && l1 <= 2 && (l2 == 4 || l2 == 2 && sp != '-')) {
      ok = (a >= 1 && a <= 12 && b >= 1 && b <= 31 || b >= 1 && b <= 12 && a >= 1 && a <= 31)
          && (l2 == 2 || c >= 1000);
    } else {
      return -1;
    }
    if (!ok) {
      return -1;
    }
    int s = gs[0];
    int e = ge[2];
    boolean machine = false;
    // optional time: [ T]hh:mm[:ss][.fff][Z|+hh:mm]
    if (e + 5 < t.length() + 0 && (t.charAt(e) == ' ' || t.charAt(e) == 'T') && isDigit(t.charAt(e + 1))) {
      int k = e + 1;
      int hhEnd = k;
      while (hhEnd < t.length() && isDigit(t.charAt(hhEnd)) && hhEnd - k < 2) {
        hhEnd++;
      }
      if (hhEnd < t.length() && t.charAt(hhEnd) == ':' && hhEnd + 2 < t.length() + 1) {
        int m = hhEnd + 1;
        int mEnd = m;
        while (mEnd < t.length() && isDigit(t.charAt(mEnd)) && mEnd - m < 2) {
          mEnd++;
        }
        if (mEnd - m == 2) {
          machine = t.charAt(e) == 'T';
          e = mEnd;
          if (e + 2 < t.length() && t.charAt(e) == ':' && isDigit(t.charAt(e + 1)) && isDigit(t.charAt(e + 2))) {
            e += 3;
          }
          if (e < t.length() && (t.charAt(e) == '.' || t.charAt(e) == ',') && e + 1 < t.length()
              && isDigit(t.charAt(e + 1))) {
            machine = true;
            e++;
            while (e < t.length() && isDigit(t.charAt(e))) {
              e++;
            }
          }
          if (e < t.length() && t.charAt(e) == 'Z') {
            machine = true;
            e++;
          }
        }
      }
    }
    if (!rightBoundary(t, e)) {
      return -1;
    }
    Context.Window w = around(t, s, e, h);
    double score = iso && machine ? 0.25 : 0.4;
    if (w.has(PiiEntity.DATE_TIME) || CsvColumns.fieldStart(t, s) && CsvColumns.in(t, s, CsvColumns.BIRTH)) {
      score = machine ? 0.6 : 0.85;
    }
    if (w.negativeNear() || logLine(t, s) || w.impersonalDate()) {
      score = Math.min(score, 0.3);
    }
    if (machine && !w.has("BIRTH") || (iso ? a : c) < 1900 && (iso || l2 == 4)
        || Names.replyHeader(t, s)) {
      // "2025-03-31T09:12:44+02:00" (a machine time stamp: a record's creation, a commit), a date before 1900 (no
      // living person's), a quoted mail's "On ... wrote:" line
      score = Math.min(score, 0.3);
    }
    h.add(s, e, PiiEntity.DATE_TIME, score, "calendar date");
    return e;
  }

  /** A date at the start of a line followed by a log level or bracket: a machine timestamp. */
  private static boolean logLine(CharSequence t, int s) {
    int k = s - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '[')) {
      k--;
    }
    if (k >= 0 && t.charAt(k) != '\n') {
      return false;
    }
    int e = s;
    int lim = Math.min(t.length(), s + 40);
    for (; e < lim; e++) {
      char c = t.charAt(e);
      if (c == 'I' && startsWith(t, e, "INFO") || c == 'W' && startsWith(t, e, "WARN")
          || c == 'E' && startsWith(t, e, "ERROR") || c == 'D' && startsWith(t, e, "DEBUG")
          || c == 'T' && startsWith(t, e, "TRACE") || c == ']') {
        return true;
      }
    }
    return false;
  }

  private int year(CharSequence t, int s, int e, Hits h) {
    if (e - s != 4 || !onDateTime || !rightBoundary(t, e)) {
      return -1;
    }
    int y = num(t, s, e);
    if (y < 1900 || y > 2039) {
      return -1;
    }
    int k = s - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    int we = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k))) {
      k--;
    }
    int ws = k + 1;
    if (we - ws < 1 || we == s) {
      return -1;
    }
    if (!(equalsIgnoreCase(t, ws, we, "in") || equalsIgnoreCase(t, ws, we, "during")
        || equalsIgnoreCase(t, ws, we, "since") || equalsIgnoreCase(t, ws, we, "born")
        || equalsIgnoreCase(t, ws, we, "until") || equalsIgnoreCase(t, ws, we, "seit")
        || equalsIgnoreCase(t, ws, we, "im") || equalsIgnoreCase(t, ws, we, "en")
        || equalsIgnoreCase(t, ws, we, "of") && ws >= 4 && equalsIgnoreCase(t, ws - 4, ws - 1, "act")
        || equalsIgnoreCase(t, ws, we, "a") || equalsIgnoreCase(t, ws, we, "depuis"))) {
      return -1;
    }
    if (equalsIgnoreCase(t, ws, we, "a") && !(e + 1 < t.length() && t.charAt(e) == ' '
        && Character.isUpperCase(t.charAt(e + 1)))) {
      return -1;
    }
    Context.Window w = around(t, s, e, h);
    if (w.negative() || w.impersonalDate()) {
      return -1;
    }
    // "in 2048 bytes": a unit after the number
    h.add(s, e, PiiEntity.DATE_TIME, 0.6, "year in temporal context");
    return e;
  }

  /**
   * Street addresses that start with a house number: "28245 Puruntie 82", "3482 Via Franscini 71",
   * "846 31 Rue Al Imam Al Bakri,", "17151 2450 Crown St": number [number] capitalised words (connectors allowed)
   * ending in a number, a comma, a line end or a street word.
   */
  private int address(CharSequence t, int s, int e, Hits h) {
    int n = t.length();
    if (e - s > 12 || e + 2 >= n || t.charAt(e) != ' ') {
      return -1;
    }
    int k = e;
    boolean second = false;
    if (isDigit(t.charAt(k + 1))) {
      int q = k + 1;
      while (q < n && isDigit(t.charAt(q)) && q - k < 7) {
        q++;
      }
      if (q + 1 >= n || t.charAt(q) != ' ' || !Character.isLetter(t.charAt(q + 1))) {
        return -1;
      }
      second = true;
      k = q;
    }
    if (!Character.isLetter(t.charAt(k + 1))) {
      return -1;
    }
    if (!second && e - s <= 4 && Names.mayStartStreetPrefix(t, k + 1)) {
      int pe = Names.prefixStreet(t, k + 1, false);
      if (pe > 0) {
        // "17 rue des Lilas", "5 Avenue de l'Opéra": house number, street word, street name
        h.add(s, pe, PiiEntity.LOCATION, 0.7, "house number, street word and street name");
        return pe;
      }
    }
    int firstLen = e - s;
    int firstNum = num(t, s, e);
    if (!second && (firstLen < 2 || firstLen == 4 && firstNum >= 1900 && firstNum <= 2039)) {
      return -1;
    }
    if (volumeBefore(t, s)) {
      return -1; // (review22) "Vol. 12 No. 3 pp. 123-456": a citation's volume and issue, no house number
    }
    int words = 0;
    int lastWordEnd = -1;
    int lastWordStart = -1;
    boolean lowerFirst = false;
    while (words < 6) {
      if (k + 1 >= n || t.charAt(k) != ' ') {
        break;
      }
      int ws = k + 1;
      char c = t.charAt(ws);
      if (isDigit(c)) {
        if (words == 0) {
          return -1;
        }
        int q = ws;
        while (q < n && isDigit(t.charAt(q)) && q - ws < 6) {
          q++;
        }
        if (q < n && Character.isLetter(t.charAt(q)) && (q + 1 >= n || !Character.isLetter(t.charAt(q + 1)))) {
          q++;
        }
        if (q < n && (isWordChar(t.charAt(q)) || (t.charAt(q) == ':' || t.charAt(q) == '.') && q + 1 < n
            && isDigit(t.charAt(q + 1)))) {
          return -1;
        }
        h.add(s, q, PiiEntity.LOCATION, 0.7, "house number, street name and number");
        return q;
      }
      if (!Character.isLetter(c)) {
        break;
      }
      int we = ws;
      while (we < n && (Character.isLetter(t.charAt(we)) || t.charAt(we) == '.' || t.charAt(we) == '-'
          || t.charAt(we) == '\'')) {
        we++;
      }
      if (we - ws > 24) {
        return -1;
      }
      if (we - ws > 4 && t.charAt(we - 1) == '.') {
        we--;
      }
      // the shape rules of the first word below reject most words without a probe: test them first (every
      // test on this path only returns -1, so their order does not change the result)
      if (words == 0 && (Character.isLowerCase(c) ? we - ws < 5 || t.charAt(we - 1) == 's'
          || !lowerStreetGoesOn(t, we) || !afterAddressCue(t, s)
          : !Character.isUpperCase(c) || we - ws < 3 || allUpper(t, ws, we) && we - ws <= 4)) {
        return -1;
      }
      if (Names.englishWord(t, ws, we) || we - ws > 3 && Gazetteer.get().common.contains(t, ws, we)
          && !streetWord(t, ws, we) || words == 0 && Names.countUnit(t, ws, we)) {
        return -1; // "432 Seiten", "1000 Mbps": a count and its unit (twelfth round)
      }
      boolean connector = we - ws <= 3 && Character.isLowerCase(c) && words > 0;
      if (words == 0 && Character.isLowerCase(c)) {
        // lower-case street ("255 hersnapvej 18"): a long word that is not a common word, ended by a number
        if (we - ws < 5 || Gazetteer.get().common.contains(t, ws, we) || t.charAt(we - 1) == 's'
            || !afterAddressCue(t, s)) {
          return -1;
        }
        lowerFirst = true;
      } else if (words == 0 && (!Character.isUpperCase(c) || we - ws < 3 || allUpper(t, ws, we) && we - ws <= 4)) {
        return -1;
      }
      if (allUpper(t, ws, we) && we - ws <= 3) {
        return -1;
      }
      if (!Character.isUpperCase(c) && !connector && !(lowerFirst && words == 0)) {
        // a lower-case word: only "st." style street words may end the run
        break;
      }
      words++;
      lastWordStart = ws;
      lastWordEnd = we;
      k = we;
    }
    if (words == 0 || lastWordEnd < 0) {
      return -1;
    }
    int q = lastWordEnd;
    if (lowerFirst) {
      return -1;
    }
    if (q < n && (t.charAt(q) == ',' || t.charAt(q) == '\n') || q >= n && firstLen >= 3 || second
        || streetWord(t, lastWordStart, lastWordEnd)) {
      // (round 22: the street-word test without building the lower-cased word; the word starts after a space and
      // holds none, so it is the one the old backward look to the previous space found)
      h.add(s, q, PiiEntity.LOCATION, second ? 0.7 : 0.6, "house number and street name");
      return q;
    }
    return -1;
  }

  /**
   * Whether {@link #address}'s word loop can go on after a lower-case first word ending at {@code we} ("at 255
   * hersnapvej 18"): such a run is only taken when a later word of it is a number, so the loop must read a second
   * word, which it does only for a space and then a digit, an upper-case letter or a lower-case connector of at
   * most three characters (letters, {@code . - '}); after anything else it stops at once and returns -1. The same
   * tests as the loop's, made before the first word's other tests (all of which only return -1).
   */
  static boolean lowerStreetGoesOn(CharSequence t, int we) {
    int n = t.length();
    if (we + 1 >= n || t.charAt(we) != ' ') {
      return false;
    }
    int ws = we + 1;
    char c = t.charAt(ws);
    if (isDigit(c)) {
      return true;
    }
    if (!Character.isLetter(c)) {
      return false;
    }
    if (Character.isUpperCase(c)) {
      return true;
    }
    if (!Character.isLowerCase(c)) {
      return false;
    }
    int q = ws;
    while (q < n && q - ws <= 3 && (Character.isLetter(t.charAt(q)) || t.charAt(q) == '.' || t.charAt(q) == '-'
        || t.charAt(q) == '\'')) {
      q++;
    }
    return q - ws <= 3;
  }

  /** "at 255 hersnapvej 18", "address: ...", "to ...": a lower-case street needs such a lead-in. */
  private static boolean afterAddressCue(CharSequence t, int s) {
    int k = s - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == ':')) {
      k--;
    }
    int we = k + 1;
    while (k >= 0 && Character.isLetter(t.charAt(k))) {
      k--;
    }
    int ws = k + 1;
    return equalsIgnoreCase(t, ws, we, "at") || equalsIgnoreCase(t, ws, we, "to")
        || equalsIgnoreCase(t, ws, we, "address") || equalsIgnoreCase(t, ws, we, "is")
        || equalsIgnoreCase(t, ws, we, "from") || equalsIgnoreCase(t, ws, we, "in");
  }

  private static boolean allUpper(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (!Character.isUpperCase(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  static final String STREET_WORDS = " street st st. avenue ave ave. road rd rd. lane ln drive dr "
      + "boulevard blvd way court ct place pl square sq terrace parkway highway circle trail alley crescent close "
      + "rue strasse straße gasse weg platz allee calle avenida via viale piazza corso straat laan plein vej gade "
      + "gatan vägen katu utca ulica ";

  private static final WordSet STREET_WORD_SET = new WordSet(java.util.Arrays.asList(STREET_WORDS.trim().split(" ")));

  /** {@code STREET_WORDS} holds the lower-cased word; without a substring when the word is ASCII. */
  static boolean streetWord(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (t.charAt(k) >= 128) {
        return STREET_WORDS.contains(" " + t.subSequence(s, e).toString().toLowerCase(java.util.Locale.ROOT) + " ");
      }
    }
    return STREET_WORD_SET.contains(t, s, e);
  }

  private int ssn(CharSequence t, int g, int[] gs, int[] ge, int[] sep, Hits h) {
    boolean shaped = g >= 3 && ge[0] - gs[0] == 3 && ge[1] - gs[1] == 2 && ge[2] - gs[2] == 4 && sep[1] == sep[2]
        && (sep[1] == '-' || sep[1] == ' ' || sep[1] == '.') && (g == 3 || sep[3] != sep[1]);
    boolean plain = g == 1 && ge[0] - gs[0] == 9;
    if (!shaped && !plain) {
      return -1;
    }
    int s = gs[0];
    int e = shaped ? ge[2] : ge[0];
    if (!rightBoundary(t, e)) {
      return -1;
    }
    int area;
    int group;
    int serial;
    if (shaped) {
      area = num(t, gs[0], ge[0]);
      group = num(t, gs[1], ge[1]);
      serial = num(t, gs[2], ge[2]);
    } else {
      area = num(t, s, s + 3);
      group = num(t, s + 3, s + 5);
      serial = num(t, s + 5, s + 9);
    }
    Context.Window w = around(t, s, e, h);
    if (licenceLabelOwnLine(t, s, h)) {
      // "SSN: 118796097\nDriver license (NY): 849936292": the label of the number's own line names a licence; the
      // SSN word on the line before is the other field's (round 20); the licence reader below takes it
      return -1;
    }
    if (w.has(PiiEntity.US_DRIVER_LICENSE) && !w.has(PiiEntity.US_SSN)
        && !(w.hasLeft(PiiEntity.US_ITIN) && !w.hasLeft(PiiEntity.US_DRIVER_LICENSE))) {
      // (round 19: not when the ITIN word is on the left and the licence word only on the right, the next field's:
      // "ITIN: 910837967\nFL DL: …")
      return -1;
    }
    if (Validators.usItin(area, group, serial) && onUsItin) {
      double score = shaped ? 0.7 : 0.3;
      if (w.has(PiiEntity.US_ITIN) || w.has(PiiEntity.US_SSN)) {
        score = 0.95;
      }
      if (w.negative() && !(w.hasLeft(PiiEntity.US_ITIN) && !w.negativeNear())) {
        // (round 17: the ITIN word on the left with nothing negative among the last two words beats a negative
        // word further away: "ITIN 912784401, order 5512 attached")
        score *= 0.4;
      }
      h.add(s, e, PiiEntity.US_ITIN, score, "ITIN area and group ranges");
      return e;
    }
    if (!Validators.usSsn(area, group, serial) || !onUsSsn) {
      if (shaped && onUsSsn && w.has(PiiEntity.US_SSN) && area > 0 && area != 666 && area < 900
          && group > 0 && serial > 0) {
        // "SSN: 123-45-6789": a published example in the SSN layout next to "SSN" is still written as an SSN
        h.add(s, e, PiiEntity.US_SSN, 0.6, "SSN layout and context (published example number)");
        return e;
      }
      // "AAA-GG-SSSS" with dashes is no phone number or card either
      return shaped && sep[1] == '-' ? e : -1;
    }
    double score = shaped ? (sep[1] == '-' ? 0.75 : 0.5) : 0.3;
    // "id,full_name,ssn,plan,price\n1042,Karen Liu,427-13-2710,Pro,19.99": the column or key names the number, and
    // a price in another field is no negative context for it
    boolean keyed = keyedAs(t, s, CsvColumns.SSN);
    if (keyed) {
      score = 0.95;
    } else if (w.has(PiiEntity.US_SSN)) {
      score = 0.95;
    } else if (w.has(PiiEntity.PHONE_NUMBER) && !shaped) {
      return -1;
    }
    if (!keyed && w.negative() && !w.has(PiiEntity.US_SSN)) {
      score *= 0.4;
    }
    h.add(s, e, PiiEntity.US_SSN, score, "SSN area/group/serial rules");
    return e;
  }

  private int card(CharSequence t, int g, int[] gs, int[] ge, int[] sep, Hits h) {
    if (!onCreditCard) {
      return -1;
    }
    int[] digitsBuf = null;
    for (int k = g; k >= 1; k--) {
      int total = 0;
      boolean same = true;
      // "4532.0151.1283.0366": dots only in the four-by-four layout (other dotted runs are versions and counters)
      boolean dotted = k == 4 && sep[1] == '.';
      for (int j = 0; j < k; j++) {
        total += ge[j] - gs[j];
        if (j >= 2 && sep[j] != sep[1]) {
          same = false;
        }
        if (j >= 1 && !(sep[j] == ' ' || sep[j] == '-' || dotted)) {
          same = false;
        }
        if (dotted && ge[j] - gs[j] != 4) {
          same = false;
        }
      }
      if (!same || total < 12 || total > 19) {
        continue;
      }
      int e = ge[k - 1];
      if (!rightBoundary(t, e)) {
        continue;
      }
      if (k < g && k >= 3 && partOfFourGroups(gs, ge, sep, k)) {
        // "Gift card 6011 1287 3455 0193 not accepted": the first three groups of a four-by-four number that failed
        // its own check are no card of their own (a short tail such as a CVV after the card is still cut off)
        continue;
      }
      DigitBuffer d = h.digits(t, gs, ge, k);
      if (!Validators.luhn(d)) {
        continue;
      }
      String brand = Validators.cardBrand(d);
      Context.Window w = around(t, gs[0], e, h);
      // (round 20: or its column or key names a card: "card_number,brand,…,txn_ref\n…,6011816913631183,DISCOVER")
      boolean cue = w.has(PiiEntity.CREDIT_CARD) || keyedAs(t, gs[0], CsvColumns.CARD);
      double score;
      if (brand != null) {
        score = total == 12 && !cue ? 0.6 : 0.95;
      } else if (cue && !w.negativeNear() && (total >= 13 || w.hasLeft(PiiEntity.CREDIT_CARD))) {
        // (a brandless twelve-digit number needs its card word before it: "loyalty no. 992 004 518 773, card on
        // file …" is no card)
        // no brand prefix: only a card word makes it one, unless an order or invoice word stands right before it
        // ("charged twice (order 1138-4471-2290)")
        score = 0.7;
      } else {
        continue;
      }
      // a price next to a card is a payment ("Paid USD 332.76 with 6011 ..."), not a look-alike
      if (!cue && (w.negativeExceptMoney() || w.has(PiiEntity.PHONE_NUMBER) && k > 1 && total < 14)) {
        score = 0.35;
      }
      if (namedAsOtherNumber(t, gs[0]) && !keyedAs(t, gs[0], CsvColumns.CARD)
          && !(brand != null && total >= 15 && bareWordBefore(t, gs[0]) && cardWordAfter(t, e, h)
          && !keyedAs(t, gs[0], CsvColumns.NOT_PHONE_COLUMN))) {
        // (review22: not when a bare word names it and a card word follows in the same clause, "Order 4111 1111 1111
        // 1111 paid by card": a branded number of 15+ digits is then the card the order was paid with; a label with
        // ':', '#', '=' or "no.", a key or a column still names its own number, and a card word after a comma or
        // semicolon belongs to the next clause, "Claim 4539 … approved; payment by card next week")
        // (pii21q) "order_id":"4000…", "order_no=4111…", "Order: 4111-…", "Invoice no. 5100 …", a value of an Order
        // column: a Luhn-valid number that its own key, column or label names as an order, invoice, ticket, claim or
        // policy number is that number, whatever payment words stand around it ("charge declined", "refund")
        score = 0.3;
      } else if (!cue && (k == 1 && total == 13 && ean13(d) || keyedAs(t, gs[0], PRODUCT_CODE_KEYS))) {
        // "sku,ean,price\nA-101,5901234123457,24.50": a bar code that happens to pass Luhn too, or any value of an
        // EAN, GTIN, UPC, ISBN or IMEI column or key (sixteenth round)
        score = 0.3;
      }
      h.add(gs[0], e, PiiEntity.CREDIT_CARD, score, cardDetail(brand));
      return e;
    }
    return -1;
  }

  /** The most characters a spelled-out identifier holds (a card of 19 digits, a NINO of 9 characters). */
  private static final int SPELLED_MAX = 19;

  /**
   * An identifier read out one character at a time, as call transcripts write it: single letters or digits
   * separated by one space, groups separated by {@code ", "} ("4 4 6 2, 9 0 4 9, 4 4 2 0, 3 2 2 9", "2 1 6, 1 2, 4 5 7
   * 8", "G X 3 7 3 1 9 8 D"). Called at a digit followed by a space and another lone digit. The characters are joined
   * and checked by the validators of a card (Luhn and a brand), an SSN (three groups 3-2-4, or an SSN word near), a
   * NINO, or a national phone number (with a phone word near). Reads at most {@link #SPELLED_MAX} + 1 characters of
   * the run, so each call costs a bounded time. Returns the end of the span, or -1.
   */
  private int spelledOut(CharSequence t, int i, Hits h) {
    int n = t.length();
    int start = i;
    // up to two single letters before ("G X 3 7 ..."): a NINO's prefix
    int back = 0;
    while (back < 2 && start >= 2 && t.charAt(start - 1) == ' ' && isAsciiUpper(t.charAt(start - 2))
        && !isWordChar(charAt(t, start - 3))) {
      start -= 2;
      back++;
    }
    char[] v = new char[SPELLED_MAX + 1];
    int len = 0;
    int groups = 1;
    int[] glen = new int[SPELLED_MAX + 1];
    int p = start;
    int end;
    while (true) {
      if (len > SPELLED_MAX) {
        return -1;
      }
      v[len++] = t.charAt(p);
      glen[groups - 1]++;
      int q = p + 1;
      if (q + 1 < n && t.charAt(q) == ' ' && spelledChar(t, q + 1)) {
        p = q + 1;
      } else if (q + 2 < n && t.charAt(q) == ',' && t.charAt(q + 1) == ' ' && spelledChar(t, q + 2)) {
        groups++;
        p = q + 2;
      } else {
        end = q;
        break;
      }
    }
    int letters = 0;
    for (int k = 0; k < len; k++) {
      letters += isDigit(v[k]) ? 0 : 1;
    }
    String s = new String(v, 0, len);
    if (letters > 0) {
      if (len == 9 && on(PiiEntity.UK_NINO) && Validators.ukNino(s)) {
        h.add(start, end, PiiEntity.UK_NINO, 0.85, "NINO read out character by character");
        return end;
      }
      return -1;
    }
    if (back > 0) {
      return -1;
    }
    boolean same = true;
    boolean counting = true;
    for (int k = 1; k < len; k++) {
      same &= v[k] == v[0];
      counting &= v[k] - v[k - 1] == v[1] - v[0] && Math.abs(v[1] - v[0]) == 1;
    }
    if (same || counting) {
      // "1 1 1 1 1 1 1 1", "1 2 3 4 5 6 7 8 9": filler and made-up values, as for numbers written together
      return -1;
    }
    Context.Window w = around(t, start, end, h);
    if (len >= 13 && onCreditCard && Validators.luhn(s)) {
      String brand = Validators.cardBrand(s);
      boolean cue = w.has(PiiEntity.CREDIT_CARD);
      if (brand != null || cue && !w.negativeNear()) {
        double score = brand != null ? 0.9 : 0.7;
        if (!cue && w.negativeExceptMoney()) {
          score = 0.35;
        }
        h.add(start, end, PiiEntity.CREDIT_CARD, score, "Luhn-valid number read out digit by digit");
        return end;
      }
    }
    if (len == 9 && on(PiiEntity.US_SSN)) {
      boolean layout = groups == 3 && glen[0] == 3 && glen[1] == 2 && glen[2] == 4;
      boolean cue = w.has(PiiEntity.US_SSN);
      if ((layout || cue) && !(w.negative() && !cue)
          && Validators.usSsn(Integer.parseInt(s.substring(0, 3)), Integer.parseInt(s.substring(3, 5)),
          Integer.parseInt(s.substring(5)))) {
        h.add(start, end, PiiEntity.US_SSN, cue ? 0.85 : 0.6, "SSN read out digit by digit");
        return end;
      }
    }
    if (len >= 7 && len <= 15 && on(PiiEntity.PHONE_NUMBER) && w.has(PiiEntity.PHONE_NUMBER) && !w.negativeNear()
        && validNationalFull(s)) {
      h.add(start, end, PiiEntity.PHONE_NUMBER, 0.75, "phone number read out digit by digit");
      return end;
    }
    return -1;
  }

  /** {@link #digitWord}: not a number word. */
  static final int NOT_A_DIGIT_WORD = -1;
  /** {@link #digitWord}: "double", "triple" (the next digit twice or three times). */
  static final int DOUBLE_WORD = 12;
  static final int TRIPLE_WORD = 13;
  /** {@link #digitWord}: "plus" (a country code follows). */
  static final int PLUS_WORD = 14;

  private static final String[] DIGIT_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine"};

  /**
   * (pii20q) The digit a lower-case word reads out ("oh", "zero", "nought" 0; "one" ... "nine"), or
   * {@link #DOUBLE_WORD}, {@link #TRIPLE_WORD}, {@link #PLUS_WORD}, or {@link #NOT_A_DIGIT_WORD}.
   */
  static int digitWord(CharSequence t, int s, int e) {
    int len = e - s;
    if (len < 2 || len > 6) {
      return NOT_A_DIGIT_WORD;
    }
    if (len == 2) {
      return (t.charAt(s) | 0x20) == 'o' && t.charAt(s + 1) == 'h' ? 0 : NOT_A_DIGIT_WORD;
    }
    for (int d = 0; d < DIGIT_WORDS.length; d++) {
      if (DIGIT_WORDS[d].length() == len && regionIs(t, s, DIGIT_WORDS[d])) {
        return d;
      }
    }
    if (len == 6) {
      return regionIs(t, s, "double") ? DOUBLE_WORD : regionIs(t, s, "triple") ? TRIPLE_WORD
          : regionIs(t, s, "nought") ? 0 : NOT_A_DIGIT_WORD;
    }
    return len == 4 && regionIs(t, s, "plus") ? PLUS_WORD : NOT_A_DIGIT_WORD;
  }

  private static boolean regionIs(CharSequence t, int s, String w) {
    if ((t.charAt(s) | 0x20) != w.charAt(0)) {
      return false; // (the first letter in either case: "Oh seven ...", "Zero one ..." at a sentence start)
    }
    for (int k = 1; k < w.length(); k++) {
      if (t.charAt(s + k) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Most digits and characters {@link #spelledWords} reads. */
  private static final int SPELLED_WORDS_DIGITS = 19;
  private static final int SPELLED_WORDS_CHARS = 240;

  /**
   * (pii20q) A phone or card number read out in words, as call transcripts write it: "oh seven seven double nine, oh
   * one two, three four five", "plus four four seven seven double oh ...". Starts at the lower-case number word
   * {@code s}; reads number words separated by one space or ", " (a run of more than {@value #SPELLED_WORDS_DIGITS}
   * digits or {@value #SPELLED_WORDS_CHARS} characters is read to its end once and declined; the caller does not ask
   * again inside a declined run, so the scan stays linear). A phone number needs 7 to 15 digits, a phone
   * word in the context window, no negative word near, no code or PIN word among the two words before and a valid
   * number (libphonenumber: a {@code +} number, or a
   * national number of a configured region); a card needs 13 to 19 digits, Luhn, a brand and a card word. The span
   * covers the words. Returns its end, or minus the end of the words read when it declines (at least {@code s + 1}),
   * so the caller does not ask again from a later word of the same run.
   */
  private int spelledWords(CharSequence t, int s, int n, Hits h) {
    char[] v = new char[SPELLED_WORDS_DIGITS + 2];
    int len = 0;
    boolean plus = false;
    int repeat = 1;
    int p = s;
    int end = -1;
    boolean overflow = false; // too long for a number: the rest of the run is read (once) and declined whole
    while (p < n) {
      if (p - s >= SPELLED_WORDS_CHARS) {
        overflow = true;
      }
      int we = p == s ? p + 1 : p; // (the first word may start with a capital)
      while (we < n && t.charAt(we) >= 'a' && t.charAt(we) <= 'z') {
        we++;
      }
      if (we < n && isWordChar(t.charAt(we))) {
        break;
      }
      int d = digitWord(t, p, we);
      if (d == NOT_A_DIGIT_WORD || d == PLUS_WORD && (p != s || plus)) {
        break;
      }
      if (d == PLUS_WORD) {
        plus = true;
      } else if (d == DOUBLE_WORD || d == TRIPLE_WORD) {
        if (repeat != 1) {
          break;
        }
        repeat = d == DOUBLE_WORD ? 2 : 3;
      } else {
        if (len + repeat > SPELLED_WORDS_DIGITS) {
          overflow = true;
        }
        for (int k = 0; k < repeat && !overflow; k++) {
          v[len++] = (char) ('0' + d);
        }
        repeat = 1;
        end = we;
      }
      if (we + 1 < n && t.charAt(we) == ' ' && isAsciiLower(t.charAt(we + 1))) {
        p = we + 1;
      } else if (we + 2 < n && t.charAt(we) == ',' && t.charAt(we + 1) == ' ' && isAsciiLower(t.charAt(we + 2))
          && repeat == 1) {
        p = we + 2;
      } else {
        break;
      }
    }
    int declined = -Math.max(end, s + 1);
    if (end < 0 || len < 7 || overflow) {
      return declined;
    }
    String num = new String(v, 0, len);
    boolean same = true;
    boolean counting = true;
    for (int k = 1; k < len; k++) {
      same &= v[k] == v[0];
      counting &= v[k] - v[k - 1] == v[1] - v[0] && Math.abs(v[1] - v[0]) == 1;
    }
    if (same || counting) {
      // "one two three four five six seven": counting, not a number
      return declined;
    }
    Context.Window w = around(t, s, end, h);
    if (!plus && len >= 13 && onCreditCard && Validators.luhn(num) && Validators.cardBrand(num) != null
        && w.has(PiiEntity.CREDIT_CARD) && !w.negativeNear()) {
      h.add(s, end, PiiEntity.CREDIT_CARD, 0.85, "card number read out in words");
      return end;
    }
    if (!plus && len > 9 && v[0] == '0' && v[1] == '0') {
      // "double oh four four ...": the international call prefix
      plus = true;
      num = num.substring(2);
    }
    if (len <= 15 && w.has(PiiEntity.PHONE_NUMBER) && !w.negativeNear()
        && (lastWordsMask(t, s, h, 2) & PHONE_NEG_BIT) == 0 && (plus ? validPlus("+" + num) : validSpelled(num, h))) {
      h.add(s, end, PiiEntity.PHONE_NUMBER, 0.75, "phone number read out in words");
      return end;
    }
    return declined;
  }

  /** First letters of the number words ({@link #digitWord}), for the capitalised trigger in {@link #alpha}. */
  private static final boolean[] SPELL_CAPS = new boolean[26];

  static {
    for (char x : "OZTFSENDP".toCharArray()) {
      SPELL_CAPS[x - 'A'] = true;
    }
  }

  /**
   * (pii20q) {@link #spelledWords} from a capitalised number word ("Oh", "Zero", "Double"...) followed by one space or
   * ", " and a lower-case number word; returns the number's end, or -1 (a declined run is remembered in
   * {@code h.spelledEnd}).
   */
  private int capitalSpelled(CharSequence t, int i, int n, Hits h) {
    int we = i + 1;
    while (we < n && we - i <= 6 && t.charAt(we) >= 'a' && t.charAt(we) <= 'z') {
      we++;
    }
    if (we - i > 6 || digitWord(t, i, we) == NOT_A_DIGIT_WORD) {
      return -1;
    }
    int ns = we < n && t.charAt(we) == ' ' ? we + 1 : we + 1 < n && t.charAt(we) == ',' && t.charAt(we + 1) == ' '
        ? we + 2 : -1;
    if (ns < 0 || ns >= n || t.charAt(ns) < 'a' || t.charAt(ns) > 'z') {
      return -1;
    }
    int ne = ns;
    while (ne < n && ne - ns <= 6 && t.charAt(ne) >= 'a' && t.charAt(ne) <= 'z') {
      ne++;
    }
    if (ne - ns > 6 || digitWord(t, ns, ne) == NOT_A_DIGIT_WORD) {
      return -1;
    }
    int r = spelledWords(t, i, n, h);
    if (r > i) {
      return r;
    }
    h.spelledEnd = -r;
    return -1;
  }

  /** A national number read out in words: valid for a configured region (or a UK drama number); remembered per scan. */
  private boolean validSpelled(String num, Hits h) {
    int known = h.nationalPhone(num);
    if (known >= 0) {
      return known == 1;
    }
    boolean v = validNational(num) || ukDrama && DramaNumbers.national(RegionGate.digits(num));
    h.nationalPhone(num, v);
    return v;
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Whether a lone letter or digit stands at {@code k} (no word character follows it). */
  private static boolean spelledChar(CharSequence t, int k) {
    return isAsciiAlnum(t.charAt(k)) && !isWordChar(charAt(t, k + 1));
  }

  /** Whether 13 digits carry a valid EAN-13 (GTIN-13) check digit (weights 1 and 3 from the left, sum mod 10). */
  static boolean ean13(CharSequence d) {
    if (d.length() != 13) {
      return false;
    }
    int sum = 0;
    for (int j = 0; j < 13; j++) {
      int v = d.charAt(j) - '0';
      sum += j % 2 == 0 ? v : 3 * v;
    }
    return sum % 10 == 0;
  }

  /**
   * (pii21q) Whether the number at {@code s} is named as a number of another kind: by its own key or column
   * ({@link CsvColumns#NOT_PHONE_COLUMN}: order, invoice, ticket, claim, policy... "order_id", "orderNo"), by a
   * compound or "X no." label ({@link #otherNumberLabel}), or by the word right before it, with at most a colon,
   * '#', '=' or a dot and spaces between ("Order: 4111-…", "Ticket #5100…", "pedido 4000…").
   */
  static boolean namedAsOtherNumber(CharSequence t, int s) {
    if (keyedAs(t, s, CsvColumns.NOT_PHONE_COLUMN) || otherNumberLabel(t, s)) {
      return true;
    }
    int k = s;
    for (int round = 0; round < 2; round++) {
      int lim = Math.max(0, k - 4);
      while (k > lim && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == ':' || t.charAt(k - 1) == '#'
          || t.charAt(k - 1) == '=' || t.charAt(k - 1) == '.' || t.charAt(k - 1) == '\uff1a')) {
        k--;
      }
      int we = k;
      int wlim = Math.max(0, we - 20);
      while (k > wlim && Character.isLetter(t.charAt(k - 1))) {
        k--;
      }
      if (k == we) {
        return false;
      }
      if (cjkOtherNumber(t, k, we)) {
        return true;
      }
      if (we - k < 2 || k > 0 && Character.isLetterOrDigit(t.charAt(k - 1))) {
        return false;
      }
      if (CsvColumns.NOT_PHONE_COLUMN.contains(t, k, we)) {
        return we - k >= 3;
      }
      if (round > 0 || !NUMBER_NOUNS.contains(t, k, we)) {
        return false;
      }
      // "Policy number: 5520 …", "Booking code 4012 …": the word before the number noun names it
    }
    return false;
  }

  /** Volume words of a citation ("Vol. 12", "vol 3", "Volume 7", "Bd. 4", "Jg. 12", "tome 2", "tomo 5"). */
  private static final WordSet VOLUME_WORDS = new WordSet(java.util.List.of("vol", "volume", "bd", "band", "jg",
      "jahrgang", "tome", "tomo"));

  /** Whether a volume word ({@link #VOLUME_WORDS}, with or without its dot) and one space stand before {@code s}. */
  private static boolean volumeBefore(CharSequence t, int s) {
    int k = s;
    if (k < 3 || t.charAt(k - 1) != ' ') {
      return false;
    }
    k--;
    if (t.charAt(k - 1) == '.') {
      k--;
    }
    int we = k;
    while (k > 0 && we - k < 9 && Character.isLetter(t.charAt(k - 1))) {
      k--;
    }
    return k < we && (k == 0 || !Character.isLetter(t.charAt(k - 1))) && VOLUME_WORDS.contains(t, k, we);
  }

  /** Nouns of a phone line that Portuguese "chamado" ("called") follows as a participle. */
  private static final WordSet CALLED_NOUNS = new WordSet(java.util.List.of("número", "numero", "telefone",
      "celular", "linha", "ramal"));

  /**
   * (review22) Whether the word right before {@code s} is Portuguese "chamado" after a phone noun ("Número chamado
   * 11 98765 4321 não atende": the number called, not a call-centre ticket, "o chamado 2024…"), and no other
   * {@code PHONE_NEG} word is among the four words before the noun. Reads at most two words and 48 characters back.
   */
  private static boolean calledNumber(CharSequence t, int s, Hits h) {
    int k = s;
    while (k > 0 && s - k < 3 && t.charAt(k - 1) == ' ') {
      k--;
    }
    int we = k;
    while (k > 0 && we - k < 8 && Character.isLetter(t.charAt(k - 1))) {
      k--;
    }
    if (we - k != 7 || !Engine.startsWithIgnoreCase(t, k, "chamado")) {
      return false;
    }
    if (k < 2 || t.charAt(k - 1) != ' ') {
      return false;
    }
    int ne = k - 1;
    int ns = ne;
    while (ns > 0 && ne - ns < 9 && Character.isLetter(t.charAt(ns - 1))) {
      ns--;
    }
    return ns < ne && (ns == 0 || !Character.isLetter(t.charAt(ns - 1))) && CALLED_NOUNS.contains(t, ns, ne)
        && (lastWordsMask(t, ns, h, 4) & PHONE_NEG_BIT) == 0;
  }

  /**
   * Whether a card cue is among the three words right after {@code e}, with only single spaces between (no comma,
   * semicolon or other punctuation): "4111 1111 1111 1111 paid by card".
   */
  private static boolean cardWordAfter(CharSequence t, int e, Hits h) {
    int n = t.length();
    int k = e;
    for (int words = 0; words < 3; words++) {
      if (k + 1 >= n || t.charAt(k) != ' ' || !Character.isLetter(t.charAt(k + 1))) {
        break;
      }
      k++;
      int ws = k;
      while (k < n && Character.isLetter(t.charAt(k)) && k - ws < 24) {
        k++;
      }
    }
    return k > e && (Context.maskOf(t, e, k, h.contextScratch()) & CARD_BIT) != 0;
  }

  private static final long CARD_BIT = Context.bitOf(PiiEntity.CREDIT_CARD);

  /** Whether a letter word and one space stand right before {@code s} (no ':', '#', '=' or '.' of a label). */
  private static boolean bareWordBefore(CharSequence t, int s) {
    return s >= 2 && t.charAt(s - 1) == ' ' && Character.isLetter(t.charAt(s - 2));
  }

  /** Nouns that stand after the word naming a number ("policy number", "booking code", "claim id"). */
  private static final WordSet NUMBER_NOUNS = new WordSet(java.util.List.of("number", "no", "nr", "num", "id",
      "code", "ref", "reference", "numero", "número", "numéro", "nummer", "numer", "numarası", "numarasi"));

  /** Japanese labels of order, booking, slip, receipt, contract and policy numbers (the end of a label word). */
  private static final String[] CJK_OTHER_NUMBERS = {"注文番号", "予約番号", "伝票番号", "受付番号", "管理番号",
      "請求番号", "契約番号", "証券番号", "問い合わせ番号", "問合せ番号", "追跡番号", "お届け番号"};

  /** Whether the letters {@code t[ws, we)} end with a Japanese label of another kind of number (pii21q). */
  private static boolean cjkOtherNumber(CharSequence t, int ws, int we) {
    if (we - ws < 4 || t.charAt(we - 1) != '号' || t.charAt(we - 2) != '番') {
      return false;
    }
    for (String w : CJK_OTHER_NUMBERS) {
      int b = we - w.length();
      if (b >= ws && t.subSequence(b, we).toString().equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** Keys and CSV column names (lower case, underscores removed) of product and device codes, never a card. */
  private static final WordSet PRODUCT_CODE_KEYS = new WordSet(java.util.List.of("ean", "ean13", "gtin", "gtin13",
      "upc", "barcode", "isbn", "isbn13", "imei", "sku", "asin", "mpn", "articlenumber", "artikelnummer",
      "productcode", "itemcode"));

  /**
   * Whether groups {@code 0..k-1} and the next group {@code k} are all four digits long with one separator: the
   * candidate is then a prefix of a longer number written in fours.
   */
  private static boolean partOfFourGroups(int[] gs, int[] ge, int[] sep, int k) {
    for (int j = 0; j <= k; j++) {
      if (ge[j] - gs[j] != 4 || j >= 1 && sep[j] != sep[1]) {
        return false;
      }
    }
    return true;
  }

  /** The detail of a card span: {@code "Luhn-valid " + brand + " number"}, the brands' strings made once. */
  private static String cardDetail(String brand) {
    if (brand == null) {
      return "Luhn-valid card number";
    }
    switch (brand) {
      case "VISA":
        return "Luhn-valid VISA number";
      case "MASTERCARD":
        return "Luhn-valid MASTERCARD number";
      case "AMEX":
        return "Luhn-valid AMEX number";
      case "DISCOVER":
        return "Luhn-valid DISCOVER number";
      case "DINERS":
        return "Luhn-valid DINERS number";
      case "JCB":
        return "Luhn-valid JCB number";
      case "UNIONPAY":
        return "Luhn-valid UNIONPAY number";
      case "MAESTRO":
        return "Luhn-valid MAESTRO number";
      default:
        return "Luhn-valid " + brand + " number";
    }
  }

  /** Identifiers whose checksum is weak or absent: reported only with their context words. */
  private int idsWithCue(CharSequence t, int g, int[] gs, int[] ge, int[] sep, Hits h) {
    int total = 0;
    int k = 0;
    boolean slashes = g >= 2 && sep[1] == '/';
    for (; k < g; k++) {
      if (k >= 1 && !(slashes ? sep[k] == '/' : sep[k] == ' ' || sep[k] == '-' || sep[k] == '.')) {
        // (round 21: or slashes throughout, "Steuer-ID: 57/340/182/957"; for the checked identifiers of 9-12 digits
        // only, below)
        break;
      }
      total += ge[k] - gs[k];
      if (total >= 15) {
        k++;
        break;
      }
    }
    int s = gs[0];
    int e = ge[Math.max(0, k - 1)];
    Context.Window w = null;
    long kind = -1;
    // passport and driver licence: any id-like number after their keyword
    if (total >= 5 && total <= 16 && !slashes) {
      // only the left side is asked here unless the checks of 9-12 digits below need the whole window
      w = total >= 9 && total <= 12 ? around(t, s, e, h) : leftOnly(t, s, h);
      // (round 21) the kind named by a sibling cell or key decides; cue words of other rows and fields do not
      kind = siblingKind(t, s, h);
      if (kindIsLicence(kind) && onUsDriverLicense) {
        h.add(s, e, PiiEntity.US_DRIVER_LICENSE, 0.8, "id number of a row or object of kind driver licence");
        return e;
      }
      if (onUsPassport && total >= 6 && total <= 10 && (kindIsPassport(kind)
          || kind < 0 && keyedAs(t, s, CsvColumns.PASSPORT))) {
        h.add(s, e, PiiEntity.US_PASSPORT, 0.8, "number of a row, object or column of kind passport");
        return e;
      }
      if (kind < 0 && CsvColumns.fieldStart(t, s) && CsvColumns.in(t, s, CsvColumns.PHONE)) {
        // (round 21) a value of a phone column: the passport or licence word of the header is another column's
        // ("Name,Passport,Phone\nAnne Roy,C1234567,0612345678")
        kind = 0;
      }
      if (kind >= 0) {
        // (a kind of another document: no passport or licence by the cue words of other rows or fields)
      } else if ((w.hasLeft(PiiEntity.US_DRIVER_LICENSE) || keyedAs(t, s, CsvColumns.DL)
          || licenceLetterStart(t, s) < s && keyedAs(t, s - 2, CsvColumns.DL)) && onUsDriverLicense) {
        if (!w.hasRight()) {
          w = around(t, s, e, h);
        }
        if ((!w.has(PiiEntity.US_SSN) || licenceLabelOwnLine(t, s, h)) && !w.hasLeft(PiiEntity.PHONE_NUMBER)
            && !otherDocumentNearer(t, s, DL_BIT)) {
          // (a phone word after the number belongs to the next field: "DL 418 227 903 (New York), ph 917...")
          // (round 22: the state's letter before the digit groups belongs to the number, "R 120 931 882 045")
          h.add(licenceLetterStart(t, s), e, PiiEntity.US_DRIVER_LICENSE, 0.8,
              "id number after a driver licence keyword");
          return e;
        }
      }
      if (kind < 0 && w.hasLeft(PiiEntity.US_PASSPORT) && onUsPassport && total >= 6 && total <= 10
          && !otherDocumentNearer(t, s, PASSPORT_BIT)
          && !(total == 9 && (w.hasLeft(PiiEntity.NL_BSN) || w.hasLeft(PiiEntity.US_SSN)
          || w.hasLeft(PiiEntity.CA_SIN) || w.hasLeft(PiiEntity.AU_TFN)) && !passportNearer(t, s))) {
        // (round 21 merge: "uw oude paspoort en uw BSN (3321 14 296)": a nearer identifier's name and its check digits
        // decide below, now that "paspoort" is a passport word)
        h.add(s, e, PiiEntity.US_PASSPORT, 0.8, "number after a passport keyword");
        return e;
      }
      if (kind < 0 && onUsPassport && total == 9 && k == 1 && passportEarlierInSentence(t, s)) {
        h.add(s, e, PiiEntity.US_PASSPORT, 0.75, "number after a passport word earlier in the sentence");
        return e;
      }
      if (total >= 8 && total <= 10 && onUsDriverLicense && dmvClientId(t, s)) {
        h.add(s, e, PiiEntity.US_DRIVER_LICENSE, 0.8, "client id of a motor vehicle record");
        return e;
      }
    }
    if (total == 9 || total == 10 || total == 11 || total == 12) {
      DigitBuffer d = h.digits(t, gs, ge, k);
      if (w == null) {
        w = around(t, s, e, h);
      }
      if (!rightBoundary(t, e)) {
        return -1;
      }
      if (total == 9) {
        // (pii22speed: each check digit test first, then the cue or key: the same answer, the key read only for a
        // number that passes)
        if (Validators.nlBsn(d) && (w.has(PiiEntity.NL_BSN) || keyedAs(t, s, CsvColumns.BSN))) {
          emit(h, s, e, PiiEntity.NL_BSN, 0.9, "BSN eleven-test");
          return e;
        }
        if (Validators.auTfn(d) && (w.has(PiiEntity.AU_TFN) || keyedAs(t, s, CsvColumns.TFN))) {
          emit(h, s, e, PiiEntity.AU_TFN, 0.9, "TFN weighted mod 11");
          return e;
        }
        if (Validators.caSin(d) && (w.has(PiiEntity.CA_SIN) || keyedAs(t, s, CsvColumns.SIN))) {
          emit(h, s, e, PiiEntity.CA_SIN, 0.9, "SIN Luhn");
          return e;
        }
        int far = Validators.nlBsn(d) || Validators.auTfn(d) || Validators.caSin(d) ? farIdAbbreviation(t, s) : 0;
        if (far == FAR_BSN && Validators.nlBsn(d) || far == FAR_TFN && Validators.auTfn(d)
            || far == FAR_SIN && Validators.caSin(d)) {
          // "Her SIN from the Canadian office was 046 ...": the ID's own abbreviation earlier in the sentence
          emit(h, s, e, far == FAR_BSN ? PiiEntity.NL_BSN : far == FAR_TFN ? PiiEntity.AU_TFN : PiiEntity.CA_SIN,
              0.85, "check digits and the ID's abbreviation earlier in the sentence");
          return e;
        }
        long asked = Validators.nlBsn(d) || Validators.auTfn(d) || Validators.caSin(d)
            ? askedIdBefore(t, s, w, h) | Math.max(kind, 0) : 0;
        if (asked != 0) {
          // (round 21: or a sibling cell or key names it, {"kind": "bsn", "value": "…"})
          // "Operator: and the tax file number?\nCaller: 405 506 779": the question names the identifier (round 19)
          if ((asked & TFN_BIT) != 0 && Validators.auTfn(d)) {
            emit(h, s, e, PiiEntity.AU_TFN, 0.8, "TFN weighted mod 11, asked for on the line before");
            return e;
          }
          if ((asked & SIN_BIT) != 0 && Validators.caSin(d)) {
            emit(h, s, e, PiiEntity.CA_SIN, 0.8, "SIN Luhn, asked for on the line before");
            return e;
          }
          if ((asked & BSN_BIT) != 0 && Validators.nlBsn(d)) {
            emit(h, s, e, PiiEntity.NL_BSN, 0.8, "BSN eleven-test, asked for on the line before");
            return e;
          }
        }
        if (w.hasLeft(PiiEntity.CA_SIN) && d.charAt(0) == '0' && Validators.luhn(d)) {
          // "SIN: 046 454 286": the government's published example (first digit 0, never issued) next to "SIN"
          emit(h, s, e, PiiEntity.CA_SIN, 0.7, "SIN layout, Luhn and context (published example number)");
          return e;
        }
      } else if (total == 10) {
        if (medicareGroups(gs, ge, k) && Validators.auMedicare(d) && !w.has(PiiEntity.PHONE_NUMBER)) {
          // "Medicare card no.: 4137 77559 1": four, five and one digits is how a Medicare card prints its number, an
          // NHS number is printed three, three and four (round 19; before the NHS checks, whose cue "patient" is
          // often near)
          emit(h, s, e, PiiEntity.AU_MEDICARE, w.has(PiiEntity.AU_MEDICARE) ? 0.9 : 0.8,
              "Medicare layout and weighted check digit");
          return e;
        }
        if ((w.has(PiiEntity.UK_NHS) || keyedAs(t, s, CsvColumns.NHS) || identifierSystem(t, s, "NHS-NUMBER"))
            && Validators.ukNhs(d)) {
          emit(h, s, e, PiiEntity.UK_NHS, 0.9, "NHS mod 11");
          return e;
        }
        if (Validators.ukNhs(d) && farIdAbbreviation(t, s) == FAR_NHS) {
          emit(h, s, e, PiiEntity.UK_NHS, 0.85, "NHS mod 11 and the abbreviation earlier in the sentence");
          return e;
        }
        long asked = Validators.ukNhs(d) || Validators.auMedicare(d)
            ? askedIdBefore(t, s, w, h) | Math.max(kind, 0) : 0;
        if (asked != 0) {
          if ((asked & NHS_BIT) != 0 && Validators.ukNhs(d)) {
            emit(h, s, e, PiiEntity.UK_NHS, 0.8, "NHS mod 11, asked for on the line before");
            return e;
          }
          if ((asked & MEDICARE_BIT) != 0 && Validators.auMedicare(d)) {
            emit(h, s, e, PiiEntity.AU_MEDICARE, 0.8, "Medicare weighted check digit, asked for on the line before");
            return e;
          }
        }
        if ((w.has(PiiEntity.AU_MEDICARE) || keyedAs(t, s, CsvColumns.MEDICARE)) && Validators.auMedicare(d)) {
          emit(h, s, e, PiiEntity.AU_MEDICARE, 0.9, "Medicare weighted check digit");
          return e;
        }
      } else if (total == 11) {
        if (k == 4 && medicareGroups(gs, ge, 3) && ge[3] - gs[3] == 1 && Validators.auMedicare(d)
            && !w.has(PiiEntity.PHONE_NUMBER)) {
          // "3509 18305 4 1": a Medicare card number and the card holder's reference number (round 19)
          emit(h, s, e, PiiEntity.AU_MEDICARE, 0.8, "Medicare layout and weighted check digit");
          return e;
        }
        if (k == 1 && d.charAt(0) != '0' && Validators.deTaxId(d)
            && ((askedIdBefore(t, s, w, h) | Math.max(kind, 0)) & DE_TAX_BIT) != 0) {
          // "meine Steuer-ID hat sich nicht geändert, die ist 68741953501", "steuerliche id?\nkunde: 213…": the
          // identifier named earlier on the line or on the line before (round 19)
          emit(h, s, e, PiiEntity.DE_TAX_ID, 0.8, "Steuer-IdNr ISO 7064 MOD 11,10, named on this or the line before");
          return e;
        }
        if (Validators.deTaxId(d) && (w.has(PiiEntity.DE_TAX_ID) || keyedAs(t, s, CsvColumns.DE_TAX)
            || officialTaxIdGroups(gs, ge, k) && !w.negativeNear())) {
          // the official way to write it, "82 503 197 343", is two, three, three and three digits; without a cue not
          // after a negative word ("Rechnungsnummer 29 085 147 625": an invoice number in that grouping, round 21)
          emit(h, s, e, PiiEntity.DE_TAX_ID, 0.9, "Steuer-IdNr ISO 7064 MOD 11,10");
          return e;
        }
        if ((w.has(PiiEntity.AU_ABN) || keyedAs(t, s, CsvColumns.ABN)) && Validators.auAbn(d)) {
          emit(h, s, e, PiiEntity.AU_ABN, 0.9, "ABN mod 89");
          return e;
        }
        if (Validators.auAbn(d)
            && (farIdAbbreviation(t, s) == FAR_ABN
            || ((askedIdBefore(t, s, w, h) | Math.max(kind, 0)) & ABN_BIT) != 0)) {
          // "Our ABN for the Australian entity is 96 865 945 790" (round 19)
          emit(h, s, e, PiiEntity.AU_ABN, 0.85, "ABN mod 89 and the abbreviation earlier in the sentence");
          return e;
        }
        if ((w.has(PiiEntity.AU_MEDICARE) || keyedAs(t, s, CsvColumns.MEDICARE)) && Validators.auMedicare(d)) {
          // ten digits and the one-digit individual reference number of the person on the card ("6547 81003 1 2")
          emit(h, s, e, PiiEntity.AU_MEDICARE, 0.9, "Medicare weighted check digit");
          return e;
        }
      } else if (total == 12) {
        if (k == 1 && on(PiiEntity.MAC_ADDRESS) && keyedAs(t, s, CsvColumns.MAC)) {
          // "mac=001122334455": twelve hex digits that happen to be decimal, under a MAC key (round 21)
          h.add(s, e, PiiEntity.MAC_ADDRESS, 0.85, "MAC-48 address under a MAC key");
          return e;
        }
        if (Validators.inAadhaar(d)) {
          boolean cue = w.has(PiiEntity.IN_AADHAAR) || keyedAs(t, s, CsvColumns.AADHAAR)
              || ((askedIdBefore(t, s, w, h) | Math.max(kind, 0)) & AADHAAR_BIT) != 0;
          boolean grouped = k == 3 && ge[0] - gs[0] == 4 && ge[1] - gs[1] == 4;
          if (cue || grouped && !w.hasLeft(PiiEntity.PHONE_NUMBER) && !w.negative()) {
            // (round 20: a phone word on the right names the next number, "3286-6653-3964.\nAgent: And your
            // registered mobile?")
            emit(h, s, e, PiiEntity.IN_AADHAAR, cue ? 0.95 : 0.6, "Aadhaar Verhoeff check");
            return e;
          }
        }
      }
    }
    return -1;
  }

  /**
   * Whether the digit at {@code i} follows an IBAN's head: a space after two capitals and two digits that start a
   * word ("DE91 4306 …"), optionally with a four-capital bank code between them ("NL50 ABNA 6178 …").
   */
  static boolean afterIbanHead(CharSequence t, int i) {
    int k = i - 1;
    if (k < 4 || t.charAt(k) != ' ') {
      return false;
    }
    if (k >= 10 && isAsciiUpper(t.charAt(k - 1)) && isAsciiUpper(t.charAt(k - 2)) && isAsciiUpper(t.charAt(k - 3))
        && isAsciiUpper(t.charAt(k - 4)) && t.charAt(k - 5) == ' ') {
      k -= 5;
    }
    return isDigit(t.charAt(k - 1)) && isDigit(t.charAt(k - 2)) && isAsciiUpper(t.charAt(k - 3))
        && isAsciiUpper(t.charAt(k - 4)) && (k == 4 || !isWordChar(t.charAt(k - 5)));
  }

  /**
   * Whether the number {@code t[s, e)} is glued by a slash to a word or number before it ("RES/2026/11/00871") or to
   * a number after it ("1234/56789/01234").
   */
  /** Whether the key right before {@code s} ({@link #keyText}) is "id" or ends in "id" ("employeeid", "userid"). */
  private static boolean idKey(CharSequence t, int s) {
    CharSequence key = keyText(t, s);
    int n = key == null ? 0 : key.length();
    return n >= 2 && key.charAt(n - 2) == 'i' && key.charAt(n - 1) == 'd';
  }

  /**
   * Whether the key or label right before {@code s} names a number that is no phone number ({@link
   * CsvColumns#NOT_PHONE}): a {@link #keyText} key, or a label word ending in a colon or {@code #} ("TFN: …",
   * "Schadennummer: …", "OEN# …"), read back over at most 24 letters, digits, underscores, hyphens and dots, which
   * are dropped ("Policy-No.: …" is {@code policyno}).
   */
  private static boolean notPhoneKey(CharSequence t, int s) {
    CharSequence key = keyText(t, s);
    if (key != null) {
      // (round 22: also the reference, order, booking and serial names of record columns, as keys: "order_no: …",
      // "booking_ref": "…")
      return CsvColumns.NOT_PHONE.contains(key, 0, key.length()) || keyPartIn(key, CsvColumns.NOT_PHONE)
          || (CsvColumns.NOT_PHONE_COLUMN.contains(key, 0, key.length())
          || keyPartIn(key, CsvColumns.NOT_PHONE_COLUMN)) && !keyPartIn(key, CsvColumns.PHONE)
          && !CsvColumns.PHONE.contains(key, 0, key.length());
    }
    int k = s;
    while (k > 0 && s - k < 4 && t.charAt(k - 1) == ' ') {
      k--;
    }
    if (k == 0 || t.charAt(k - 1) != ':' && t.charAt(k - 1) != '#') {
      return false;
    }
    k--;
    int ke = k;
    while (k > 0 && ke - k < 24) {
      char c = t.charAt(k - 1);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
        break;
      }
      k--;
    }
    if (k == ke || k > 0 && Character.isLetterOrDigit(t.charAt(k - 1))) {
      return false;
    }
    StringBuilder label = new StringBuilder(ke - k);
    for (int j = k; j < ke; j++) {
      char c = t.charAt(j);
      if (c != '_' && c != '-' && c != '.') {
        label.append(Character.toLowerCase(c));
      }
    }
    return label.length() > 0 && CsvColumns.NOT_PHONE.contains(label, 0, label.length());
  }

  /** Stems of compounds and words that make a number label a phone label ("Telefonnummer", "Tel.-Nr."). */
  private static final String[] PHONE_STEMS = {"tel", "phone", "fon", "fone", "handy", "mobil", "mobiel", "mobile",
      "cell", "fax", "ruf", "festnetz", "durchwahl", "notruf", "service", "hotline", "kontakt", "contact", "gsm",
      "whatsapp", "sms", "buro", "büro", "buero", "privat", "prive", "privé", "thuis", "direkt", "direct", "zentrale", "einwahl", "support",
      "portable", "movil", "móvil", "cellulare", "celular", "fisso", "fijo", "vaste", "mobiele", "bereitschaft",
      "notfall", "office", "home", "work", "landline", "emergency", "my", "your", "his", "her", "our", "their",
      "the", "this", "that", "new", "same", "other", "mein", "meine", "ihre", "unsere", "mijn", "uw"};

  /**
   * (pii20q) Whether the label right before the number at {@code s} names a number of another kind: a German,
   * Dutch or Swedish compound ending in "nummer" or "nr" ("Zaaknummer", "Vorgangsnummer", "Kundnummer",
   * "Bestellnr"; the lead's round-20 compound rule in {@code Context} merged into this one), a word before "Nr."/"No."/"n°"
   * ("Kontoauszug Nr.", "Policy no."), or "número/numéro/numero de|di|du X" ("Número de expediente"), where the
   * compound's stem or the naming word is not a phone word ({@link #PHONE_STEMS}). Looks back at most 60 characters.
   */
  /**
   * (round 22 merge) Whether "BLZ" in capitals stands right before {@code s} ("BLZ 370 501 98", a German bank code);
   * not the lower-case "blz" of Brazilian chats ("blz, me liga (11) 98765-4321", short for "beleza").
   */
  static boolean bankCodeLabel(CharSequence t, int s) {
    int k = s;
    while (k > 0 && s - k < 3 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == ':' || t.charAt(k - 1) == '.')) {
      k--;
    }
    return k < s && k >= 3 && startsWith(t, k - 3, "BLZ") && (k == 3 || !isWordChar(t.charAt(k - 4)));
  }

  static boolean otherNumberLabel(CharSequence t, int s) {
    int k = s;
    int lim = Math.max(0, s - 60);
    while (k > lim && s - k < 4 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == ':' || t.charAt(k - 1) == '#'
        || t.charAt(k - 1) == '.')) {
      k--;
    }
    int we = k;
    while (k > lim && (Character.isLetter(t.charAt(k - 1)) || t.charAt(k - 1) == '°' || t.charAt(k - 1) == 'º')) {
      k--;
    }
    int ws = k;
    if (ws == we || ws > 0 && (Character.isLetterOrDigit(t.charAt(ws - 1)) || t.charAt(ws - 1) == '-')) {
      // no word, or a hyphenated compound ("Tel.-Nr."): read as its parts below only when plain
      if (ws == we || t.charAt(ws - 1) != '-') {
        return false;
      }
    }
    int wl = we - ws;
    if (wl > 6 && endsWithLower(t, we, "nummer") || wl > 4 && endsWithLower(t, we, "nr")) {
      // (round 20: also the short compounds "Bestellnr", "Mitgliedsnr"; "Telnr" and "Handynr" start with a phone stem)
      return !phoneStem(lowerWord(t, ws, we));
    }
    if (wl != 2 && !(wl >= 3 && ws >= 4 && t.charAt(ws - 1) == ' ')) {
      return false; // (no allocation for the common case: the word before is no label of these shapes)
    }
    if (wl == 2 && (lowerIs(t, ws, we, "nr") || lowerIs(t, ws, we, "no") || lowerIs(t, ws, we, "n°")
        || lowerIs(t, ws, we, "nº"))) {
      String w = lowerWord(t, ws, we);
      if (we >= t.length() || t.charAt(we) != '.' && !w.startsWith("n°") && !w.startsWith("nº")
          && !w.equals("nr")) {
        return false; // "no" without its dot is the English word
      }
      int pe = ws;
      while (pe > lim && (t.charAt(pe - 1) == ' ' || t.charAt(pe - 1) == '.' || t.charAt(pe - 1) == '-')) {
        pe--;
      }
      int ps = pe;
      while (ps > lim && Character.isLetter(t.charAt(ps - 1))) {
        ps--;
      }
      if (ps == pe || ps > 0 && Character.isLetterOrDigit(t.charAt(ps - 1))) {
        return false;
      }
      String p = lowerWord(t, ps, pe);
      return p.length() >= 3 && !phoneStem(p) && !p.equals("and") && !p.equals("und") && !p.equals("et");
    }
    // "número de expediente": the word before is de/di/du/del, and before it the number word
    int pe = ws;
    while (pe > lim && t.charAt(pe - 1) == ' ') {
      pe--;
    }
    int ps = pe;
    while (ps > lim && Character.isLetter(t.charAt(ps - 1))) {
      ps--;
    }
    // (pii22speed: the preposition compared in place, lower-cased as lowerWord does, no string made)
    if (!(lowerIs(t, ps, pe, "de") || lowerIs(t, ps, pe, "di") || lowerIs(t, ps, pe, "du")
        || lowerIs(t, ps, pe, "del")) || ps == pe) {
      return false;
    }
    String w = lowerWord(t, ws, we);
    int ne = ps;
    while (ne > lim && t.charAt(ne - 1) == ' ') {
      ne--;
    }
    int ns = ne;
    while (ns > lim && (Character.isLetter(t.charAt(ns - 1)) || t.charAt(ns - 1) == '°' || t.charAt(ns - 1) == 'º')) {
      ns--;
    }
    String num = lowerWord(t, ns, ne);
    return (num.equals("número") || num.equals("numero") || num.equals("numéro") || num.equals("n°")
        || num.equals("nº")) && w.length() >= 3 && !phoneStem(w);
  }

  /** Whether {@code t[.., e)} ends with {@code w} (lower case), case ignored. */
  static boolean endsWithLower(CharSequence t, int e, String w) {
    int b = e - w.length();
    if (b < 0) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (Character.toLowerCase(t.charAt(b + k)) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static String lowerWord(CharSequence t, int s, int e) {
    StringBuilder b = new StringBuilder(e - s);
    for (int k = s; k < e; k++) {
      b.append(Character.toLowerCase(t.charAt(k)));
    }
    return b.toString();
  }

  /**
   * Whether {@code lowerWord(t, s, e).equals(w)}, without making the string: {@code w} (lower case) has the range's
   * length and each character of the range lower-cased by {@link Character#toLowerCase(char)} is {@code w}'s.
   */
  static boolean lowerIs(CharSequence t, int s, int e, String w) {
    if (e - s != w.length()) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (Character.toLowerCase(t.charAt(s + k)) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean phoneStem(String w) {
    for (String st : PHONE_STEMS) {
      if (w.startsWith(st)) {
        return true;
      }
    }
    return w.startsWith("t") && (w.startsWith("téléphone") || w.startsWith("telefono") || w.startsWith("teléfono")
        || w.startsWith("telemovel") || w.startsWith("telemóvel"));
  }

  /** Whether the word "ID" (any case), then a colon, "#" or spaces, stands right before {@code s} ("Employee ID: …"). */
  private static boolean idLabelBefore(CharSequence t, int s) {
    int k = s;
    while (k > 0 && s - k < 4 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == ':' || t.charAt(k - 1) == '#')) {
      k--;
    }
    return k >= 2 && k < s && WordSet.lower(t.charAt(k - 1)) == 'd' && WordSet.lower(t.charAt(k - 2)) == 'i'
        && (k == 2 || !isWordChar(t.charAt(k - 3)));
  }

  /** Whether a space and a capitalised word follow {@code e}. */
  private static boolean capitalisedWordAfter(CharSequence t, int e) {
    return e + 2 < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1))
        && Character.isLowerCase(t.charAt(e + 2));
  }

  static boolean slashChain(CharSequence t, int s, int e) {
    if (s >= 2 && t.charAt(s - 1) == '/' && isAsciiAlnum(t.charAt(s - 2))) {
      return true;
    }
    return e + 1 < t.length() && t.charAt(e) == '/' && isDigit(t.charAt(e + 1));
  }

  /**
   * Whether the value at {@code s} is the {@code "value"} of a JSON identifier object whose {@code "system"} names
   * {@code kind} (upper case; HL7 FHIR: {@code {"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9434765919"}}):
   * the text from the object's opening brace (at most 200 characters back) holds {@code kind}, case ignored.
   */
  static boolean identifierSystem(CharSequence t, int s, String kind) {
    CharSequence key = keyText(t, s);
    if (key == null || !"value".contentEquals(key)) {
      return false;
    }
    int b = s;
    while (b > 0 && s - b < 200 && t.charAt(b - 1) != '{' && t.charAt(b - 1) != '}') {
      b--;
    }
    if (b == 0 || t.charAt(b - 1) != '{') {
      return false;
    }
    return containsIgnoreCase(t, b, s, kind);
  }

  private static final long TFN_BIT = Context.bitOf(PiiEntity.AU_TFN);
  private static final long SIN_BIT = Context.bitOf(PiiEntity.CA_SIN);
  private static final long BSN_BIT = Context.bitOf(PiiEntity.NL_BSN);
  private static final long NHS_BIT = Context.bitOf(PiiEntity.UK_NHS);
  private static final long MEDICARE_BIT = Context.bitOf(PiiEntity.AU_MEDICARE);
  private static final long ABN_BIT = Context.bitOf(PiiEntity.AU_ABN);
  private static final long AADHAAR_BIT = Context.bitOf(PiiEntity.IN_AADHAAR);
  private static final long DE_TAX_BIT = Context.bitOf(PiiEntity.DE_TAX_ID);

  /**
   * The cue bits of the line before the number's line and of its own line up to {@code s} (at most 240 characters
   * back), or 0 when the number's own window has a phone word: in a chat or call transcript the question on one line
   * names the identifier the next line answers ("Operator: Do you have his NHS number?\nCaller: Yes, it's 594 …").
   * Asked only of numbers whose check digits are valid for an identifier (round 19).
   */
  private static long askedIdBefore(CharSequence t, int s, Context.Window w, Hits h) {
    if (w.hasLeft(PiiEntity.PHONE_NUMBER)) {
      // (round 20: only a phone word on the left; one on the right names the next line's number: "Caller:
      // 3286-6653-3964.\nAgent: And your registered mobile?")
      return 0;
    }
    int from = s;
    int breaks = 0;
    while (from > 0 && s - from < 240) {
      if (t.charAt(from - 1) == '\n' && ++breaks == 2) {
        break;
      }
      from--;
    }
    long m = Context.maskOf(t, from, s, h.contextScratch());
    if ((m & PHONE_BIT) != 0 && s - from > 64) {
      // a phone word further back ("[WhatsApp] Mama: … die Steuer-ID von Papa ist …, meine ist 7361…"): the last
      // 64 characters decide when they name an identifier and no phone (round 20)
      // (review20b: from a word's start, so no word's tail reads as a cue: "Martin" cut to "tin", the TIN word)
      int cut = s - 64;
      while (cut < s && Character.isLetterOrDigit(t.charAt(cut - 1)) && Character.isLetterOrDigit(t.charAt(cut))) {
        cut++;
      }
      long near = Context.maskOf(t, cut, s, h.contextScratch());
      return (near & PHONE_BIT) != 0 ? 0 : near;
    }
    return (m & PHONE_BIT) != 0 ? 0 : m;
  }

  private static final long DL_BIT = Context.bitOf(PiiEntity.US_DRIVER_LICENSE);
  private static final long PASSPORT_BIT = Context.bitOf(PiiEntity.US_PASSPORT);

  /**
   * Whether {@code t[s, e)} is all of its line's reply: the line holds only an optional speaker label of at most 24
   * characters ending in a colon ("Customer: "), the value and an optional full stop (round 21).
   */
  static boolean aloneAnswer(CharSequence t, int s, int e) {
    int n = t.length();
    int k = e;
    if (k < n && t.charAt(k) == '.') {
      k++;
    }
    // (review21: tabs as well as spaces, as find's view makes a tab of a wide gap: "Customer:    C04812277.")
    while (k < n && (t.charAt(k) == ' ' || t.charAt(k) == '\t' || t.charAt(k) == '\r')) {
      k++;
    }
    if (k < n && t.charAt(k) != '\n') {
      return false;
    }
    int b = s;
    while (b > 0 && (t.charAt(b - 1) == ' ' || t.charAt(b - 1) == '\t')) {
      b--;
    }
    if (b == 0 || t.charAt(b - 1) == '\n') {
      return b > 0;
    }
    if (t.charAt(b - 1) != ':') {
      return false;
    }
    int ls = b - 1;
    while (ls > 0 && t.charAt(ls - 1) != '\n') {
      if (b - ls > 24) {
        return false;
      }
      ls--;
    }
    return ls > 0 && b - 1 > ls;
  }

  /** Lines above and below a key line that {@link #siblingKind} reads for a sibling key of the same block. */
  private static final int SIBLING_LINES = 6;

  /**
   * (round 21) The cue bits of the kind of document that a sibling names for the id-like value at {@code s}, or -1
   * when no sibling names one. The value must stand under a generic number name ({@link CsvColumns#DOC_NUMBER}:
   * "DOC NUMBER", "ID no.", "number", "value", "Nummer") and the kind in a type field of the same row or object
   * ({@link CsvColumns#DOC_TYPE}: "DOC TYPE", "id_type", "kind", "Dokumentart", "tipo"):
   * <ul>
   *   <li>a record under a header (CSV, TSV, pipe and whitespace-aligned tables): the row's cell in the type column,
   *       on either side ("| PASSPORT | K8R41T27 |", "447120981 | passport");
   *   <li>a JSON string value: a type key of the same object, before or after it ({@code {"doc_type": "passport",
   *       "number": "…"}}, {@code {"id": {"kind": "passport", "value": "…"}}});
   *   <li>a {@code key: value} line (YAML, forms): the nearest type key line of the same block and indentation
   *       ("- kind: passport\n  number: …", "ID type: Passport\nID no.: …").
   * </ul>
   * A kind that names no identifier ("booking", "ID card", "seat") gives a mask without a passport or licence bit:
   * the value is then no passport or licence by cue words of other rows or fields either.
   */
  long siblingKind(CharSequence t, int s, Hits h) {
    if (s <= 0) {
      return -1;
    }
    if (CsvColumns.fieldStart(t, s) && CsvColumns.headerField(t, s) >= 0) {
      if (!CsvColumns.in(t, s, CsvColumns.DOC_NUMBER)) {
        return -1;
      }
      long c = CsvColumns.siblingCell(t, s, CsvColumns.DOC_TYPE);
      return c < 0 ? -1 : kindOf(t, (int) (c >>> 32), (int) c, h);
    }
    if (t.charAt(s - 1) == '"') {
      return jsonSiblingKind(t, s, h);
    }
    return lineSiblingKind(t, s, h);
  }

  /** {@link #siblingKind} of a JSON string value starting at {@code s} (after its opening quote). */
  private long jsonSiblingKind(CharSequence t, int s, Hits h) {
    CharSequence key = keyText(t, s);
    if (key == null || !CsvColumns.DOC_NUMBER.contains(key, 0, key.length())) {
      return -1;
    }
    // the enclosing object's "{": back over strings and nested values, at most 512 characters
    int depth = 0;
    boolean q = false;
    int o = -1;
    for (int k = s - 2; k >= 0 && s - k <= 512; k--) {
      char c = t.charAt(k);
      if (c == '"' && (k == 0 || t.charAt(k - 1) != '\\')) {
        q = !q;
      } else if (!q) {
        if (c == '}' || c == ']') {
          depth++;
        } else if (c == '{' || c == '[') {
          if (depth == 0) {
            o = c == '{' ? k : -1;
            break;
          }
          depth--;
        }
      }
    }
    if (o < 0) {
      return -1;
    }
    // (round 22) the object's own key may name the kind: "driverLicense": {"state": "CA", "number": "…"}
    long parent = parentKeyKind(t, o);
    // its members: a string at depth 0 followed by ":" is a key, the next string at depth 0 its value
    int n = t.length();
    depth = 0;
    int ks = -1;
    int ke = -1;
    boolean afterColon = false;
    for (int k = o + 1; k < n && k - o <= 1024; k++) {
      char c = t.charAt(k);
      if (c == '"') {
        int a = k + 1;
        int e = a;
        while (e < n && t.charAt(e) != '"' && e - o <= 1024) {
          e += t.charAt(e) == '\\' ? 2 : 1;
        }
        if (e >= n || t.charAt(e) != '"') {
          return -1;
        }
        if (depth == 0) {
          if (afterColon) {
            if (ks >= 0 && CsvColumns.keyIn(t, ks, ke, CsvColumns.DOC_TYPE)) {
              return kindOf(t, a, e, h);
            }
            afterColon = false;
            ks = -1;
          } else {
            ks = a;
            ke = e;
          }
        }
        k = e;
      } else if (c == ':' && depth == 0) {
        afterColon = ks >= 0;
      } else if (c == '{' || c == '[') {
        depth++;
        afterColon = false;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return parent;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        afterColon = false;
        ks = -1;
      }
    }
    return parent;
  }

  /**
   * (round 22) The kind named by the key of the JSON object whose "{" is at {@code o} ("driverLicense": {…},
   * "passport_info": {…}): a licence or passport column/key name, else -1.
   */
  private static long parentKeyKind(CharSequence t, int o) {
    int k = o - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '\t' || t.charAt(k) == '\n' || t.charAt(k) == '\r')) {
      k--;
    }
    if (k < 2 || t.charAt(k) != ':') {
      return -1;
    }
    k--;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 1 || t.charAt(k) != '"') {
      return -1;
    }
    int ke = k;
    int ks = ke - 1;
    while (ks >= 0 && t.charAt(ks) != '"' && ke - ks <= 40) {
      ks--;
    }
    if (ks < 0 || t.charAt(ks) != '"') {
      return -1;
    }
    if (CsvColumns.keyIn(t, ks + 1, ke, CsvColumns.DL) || camelKeyIn(t, ks + 1, ke, CsvColumns.DL)) {
      return DL_BIT;
    }
    if (CsvColumns.keyIn(t, ks + 1, ke, CsvColumns.PASSPORT) || camelKeyIn(t, ks + 1, ke, CsvColumns.PASSPORT)) {
      return PASSPORT_BIT;
    }
    return -1;
  }

  /** Whether the first word of a camel- or snake-case key ("passportInfo", "passport_details") is in {@code keys}. */
  private static boolean camelKeyIn(CharSequence t, int s, int e, WordSet keys) {
    int k = s + 1;
    while (k < e && Character.isLowerCase(t.charAt(k))) {
      k++;
    }
    return k < e && k - s >= 2 && keys.contains(t, s, k);
  }

  /**
   * {@link #siblingKind} of a value after {@code key:} at the start of its line ("number: …", "ID no.: …", "- value:
   * …"): the nearest line of the same block whose key is a type name. A block is a run of {@code key: value} lines;
   * a blank line, a line of another shape or a key without a value (a parent, "document:") ends it, and a list item
   * ("- kind: …") starts a block of its own. Indentation is not compared: the normalised view that {@code find}
   * scans folds it away.
   */
  private long lineSiblingKind(CharSequence t, int s, Hits h) {
    int k = s;
    while (k > 0 && s - k < 4 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\t')) {
      k--;
    }
    int colon;
    if (k > 0 && t.charAt(k - 1) == ':') {
      colon = k - 1;
    } else if (k >= 3 && t.charAt(k - 1) == '.' && t.charAt(k - 2) == '.' && t.charAt(k - 3) == '.') {
      // "Document no. ...... X7741209": a label with a dotted leader (the key ends before the dots)
      colon = k - 3;
      while (colon > 0 && (t.charAt(colon - 1) == '.' || t.charAt(colon - 1) == ' ') && k - colon < 40) {
        colon--;
      }
    } else {
      return -1;
    }
    int ls = colon;
    while (ls > 0 && t.charAt(ls - 1) != '\n') {
      if (colon - ls >= 40) {
        return -1;
      }
      ls--;
    }
    int ka = keyStart(t, ls, colon);
    if (ka < 0 || !CsvColumns.keyIn(t, ka, colon, CsvColumns.DOC_NUMBER)) {
      return -1;
    }
    // up: the lines of the block before, nearest first; a list item's first line ends its item
    boolean item = listItem(t, ls, ka);
    int e = ls - 1;
    for (int line = 0; line < SIBLING_LINES && !item && e > 0; line++) {
      int a = e;
      while (a > 0 && t.charAt(a - 1) != '\n') {
        a--;
      }
      long r = typeLine(t, a, e, h);
      if (r == NOT_SIBLING) {
        break;
      }
      if (r != NO_KIND) {
        return r;
      }
      item = listItem(t, a, keyStart(t, a, e));
      e = a - 1;
    }
    // down: the lines of the block after, up to the next list item
    int n = t.length();
    int a = colon;
    while (a < n && t.charAt(a) != '\n') {
      a++;
    }
    for (int line = 0; line < SIBLING_LINES && a < n; line++) {
      int b = a + 1;
      int ee = b;
      while (ee < n && t.charAt(ee) != '\n') {
        ee++;
      }
      if (listItem(t, b, keyStart(t, b, ee))) {
        break;
      }
      long r = typeLine(t, b, ee, h);
      if (r == NOT_SIBLING) {
        break;
      }
      if (r != NO_KIND) {
        return r;
      }
      a = ee;
    }
    return -1;
  }

  private static final long NOT_SIBLING = -2;
  private static final long NO_KIND = -1;

  /**
   * The key's start on the line {@code t[a, e)}: after its indentation and a list dash ("  - kind: …"), or -1 for a
   * blank line.
   */
  private static int keyStart(CharSequence t, int a, int e) {
    int k = a;
    while (k < e && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
      k++;
    }
    if (k + 1 < e && t.charAt(k) == '-' && t.charAt(k + 1) == ' ') {
      k += 2;
      while (k < e && t.charAt(k) == ' ') {
        k++;
      }
    }
    return k < e ? k : -1;
  }

  /** Whether a dotted leader of three or more dots starts at {@code k} ("Document type ..... PASSPORT"). */
  private static boolean leader(CharSequence t, int k, int e) {
    return k + 2 < e && t.charAt(k) == '.' && t.charAt(k + 1) == '.' && t.charAt(k + 2) == '.';
  }

  /** Whether the line starting at {@code a} whose key starts at {@code ka} is a list item ("- kind: …"). */
  private static boolean listItem(CharSequence t, int a, int ka) {
    return ka > a + 1 && t.charAt(ka - 2) == '-';
  }

  /**
   * For the line {@code t[a, e)}: {@link #NOT_SIBLING} when it is no {@code key: value} line with a value (the block
   * ends), the kind's cue bits when its key is a type name, else {@link #NO_KIND}.
   */
  private long typeLine(CharSequence t, int a, int e, Hits h) {
    int ka = keyStart(t, a, e);
    if (ka < 0) {
      return NOT_SIBLING;
    }
    int colon = ka;
    while (colon < e && colon - ka <= 40 && t.charAt(colon) != ':' && !leader(t, colon, e)) {
      colon++;
    }
    if (colon >= e || colon - ka > 40 || colon == ka) {
      return NOT_SIBLING;
    }
    int vs = colon + 1;
    while (vs < e && (t.charAt(vs) == ' ' || t.charAt(vs) == '\t' || t.charAt(vs) == '"' || t.charAt(vs) == '.')) {
      vs++;
    }
    while (colon > ka && t.charAt(colon - 1) == ' ') {
      colon--;
    }
    int ve = e;
    while (ve > vs && (t.charAt(ve - 1) == ' ' || t.charAt(ve - 1) == '\r' || t.charAt(ve - 1) == '"')) {
      ve--;
    }
    if (ve == vs) {
      return NOT_SIBLING;
    }
    if (!CsvColumns.keyIn(t, ka, colon, CsvColumns.DOC_TYPE)) {
      return NO_KIND;
    }
    return ve - vs <= 48 ? kindOf(t, vs, ve, h) : NO_KIND;
  }

  /**
   * The cue bits of a kind's name {@code t[a, e)} ("PASSPORT", "driver_license", "Führerschein", "booking"), with
   * "_" and "-" read as spaces; "P" and "PP" (the document code of travel manifests and machine-readable passports)
   * name a passport.
   */
  private static long kindOf(CharSequence t, int a, int e, Hits h) {
    if (e - a > 48) {
      return 0;
    }
    if (e - a <= 2 && (t.charAt(a) == 'P' || t.charAt(a) == 'p')
        && (e - a == 1 || t.charAt(a + 1) == 'P' || t.charAt(a + 1) == 'p')) {
      return PASSPORT_BIT;
    }
    StringBuilder b = new StringBuilder(e - a);
    for (int k = a; k < e; k++) {
      char c = t.charAt(k);
      b.append(c == '_' || c == '-' ? ' ' : c);
    }
    return Context.maskOf(b, 0, b.length(), h.contextScratch());
  }

  /** Whether a {@link #siblingKind} names a passport and no licence. */
  private static boolean kindIsPassport(long kind) {
    return kind > 0 && (kind & PASSPORT_BIT) != 0 && (kind & DL_BIT) == 0;
  }

  /** Whether a {@link #siblingKind} names a driver licence and no passport. */
  private static boolean kindIsLicence(long kind) {
    return kind > 0 && (kind & DL_BIT) != 0 && (kind & PASSPORT_BIT) == 0;
  }


  private static final long PAN_BIT = Context.bitOf(PiiEntity.IN_PAN);
  private static final long SSN_BIT = Context.bitOf(PiiEntity.US_SSN);

  /**
   * Whether the number at {@code s} is the value of a label that starts its line and names a driver licence without
   * naming an SSN ("Driver license (NY): 849936292"): such a label is the number's own, a cue word on another line
   * belongs to another field (round 20).
   */
  private static boolean licenceLabelOwnLine(CharSequence t, int s, Hits h) {
    long m = ownLineLabel(t, s, h);
    return (m & DL_BIT) != 0 && (m & SSN_BIT) == 0;
  }

  /**
   * The cue bits of the label that starts the line of the value at {@code s} and ends in a colon right before it
   * (spaces or a tab between), at most 48 characters long ("Driver license (NY): …", "PAN for GST invoice: …"), or 0
   * when there is no such label (round 20).
   */
  static long ownLineLabel(CharSequence t, int s, Hits h) {
    int k = s;
    while (k > 0 && s - k < 4 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\t')) {
      k--;
    }
    if (k == 0 || t.charAt(k - 1) != ':') {
      return 0;
    }
    int colon = k - 1;
    int ls = colon;
    while (ls > 0 && t.charAt(ls - 1) != '\n') {
      if (colon - ls >= 48) {
        return 0;
      }
      ls--;
    }
    return colon - ls < 2 ? 0 : Context.maskOf(t, ls, colon, h.contextScratch());
  }

  /** Whether {@code t[s, e)} is all zeros ("0x000…0", the burn address: a placeholder, nobody's wallet). */
  static boolean allZeros(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (t.charAt(k) != '0') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code t[i, e)} is a lower-case key of letters and underscores, "=", and only digits after it. */
  static boolean keyEqualsNumber(CharSequence t, int i, int e) {
    int k = i;
    while (k < e && (t.charAt(k) >= 'a' && t.charAt(k) <= 'z' || t.charAt(k) == '_')) {
      k++;
    }
    if (k == i || k >= e - 1 || t.charAt(k) != '=') {
      return false;
    }
    for (int j = k + 1; j < e; j++) {
      if (!isDigit(t.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Whether "DD MM YYYY" (or "MM DD YYYY") at these group starts reads as a date with a year 1900-2099. */
  static boolean spacedDate(CharSequence t, int a, int b, int c) {
    int x = num(t, a, a + 2);
    int y = num(t, b, b + 2);
    int year = num(t, c, c + 4);
    return year >= 1900 && year <= 2099 && x >= 1 && y >= 1 && (x <= 31 && y <= 12 || x <= 12 && y <= 31);
  }

  /** Whether the eight digits at {@code i} read as a date, YYYYMMDD with a year 1900-2099. */
  static boolean dateDigits(CharSequence t, int i) {
    int y = num(t, i, i + 4);
    int m = num(t, i + 4, i + 6);
    int d = num(t, i + 6, i + 8);
    return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  }

  /** Whether the first {@code k} groups are four, five and one digits long ("4574 21090 1", a Medicare card). */
  static boolean medicareGroups(int[] gs, int[] ge, int k) {
    return k == 3 && ge[0] - gs[0] == 4 && ge[1] - gs[1] == 5 && ge[2] - gs[2] == 1;
  }

  /** Whether the first {@code k} groups are two, three, three and three digits long ("82 503 197 343"). */
  private static boolean officialTaxIdGroups(int[] gs, int[] ge, int k) {
    return k == 4 && ge[0] - gs[0] == 2 && ge[1] - gs[1] == 3 && ge[2] - gs[2] == 3 && ge[3] - gs[3] == 3;
  }

  /** Identifiers whose check digits are strong enough on their own (FR NIR). */
  private int idsStructural(CharSequence t, int g, int[] gs, int[] ge, int[] sep, Hits h) {
    if (!onFrNir) {
      return -1;
    }
    int total = 0;
    int k = 0;
    for (; k < g && total < 15; k++) {
      if (k >= 1 && sep[k] != ' ' && sep[k] != '.' && sep[k] != '-') {
        break;
      }
      total += ge[k] - gs[k];
    }
    if (total != 15 || !(t.charAt(gs[0]) == '1' || t.charAt(gs[0]) == '2')) {
      return -1;
    }
    int e = ge[k - 1];
    if (!rightBoundary(t, e)) {
      return -1;
    }
    DigitBuffer d = h.digits(t, gs, ge, k);
    if (!Validators.frNir(d)) {
      return -1;
    }
    Context.Window w = around(t, gs[0], e, h);
    double score = w.has(PiiEntity.FR_NIR) ? 0.95 : 0.7;
    if (w.negative() && score < 0.95) {
      // a NIR word near the number outweighs another field's negative word ("zip": "75009" … "nir": "2940675…")
      score *= 0.5;
    }
    h.add(gs[0], e, PiiEntity.FR_NIR, score, "NIR key 97 - n mod 97");
    return e;
  }

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private int phone(CharSequence t, int i, boolean plus, int g, int[] gs, int[] ge, int[] gEnd, int[] sep,
      int[] paren, Hits h) {
    if (!onPhoneNumber) {
      return -1;
    }
    int total = 0;
    int k = 0;
    int best = -1;
    int bestDigits = 0;
    for (; k < g; k++) {
      if (k >= 1 && sep[k] == '/' && k > 1) {
        break;
      }
      total += ge[k] - gs[k];
      if (total > 15) {
        break;
      }
      if (total >= 7) {
        best = k;
        bestDigits = total;
      }
    }
    if (best < 0) {
      return -1;
    }
    if (best > 0 && !plus && ge[best] - gs[best] <= 3 && currencyAt(t, gEnd[best])
        && bestDigits - (ge[best] - gs[best]) >= 7) {
      // "Bizum 634218907 20€": the last group, of at most three digits, is a price after the number (round 17)
      bestDigits -= ge[best] - gs[best];
      best--;
    }
    int groups = best + 1;
    int e = gEnd[best];
    if (sameDigit(t, gs, ge, best)) {
      // "000-000-0000", "1 1 1 1 1 1 1 1": placeholders and filler, not a person's number
      return -1;
    }
    if (!plus && paren[0] == 0 && longerThanPhone(g, ge, gs, sep, best)) {
      // "9400 1000 0000 0000 0000 00": tracking and account numbers; no part of the run is a phone number
      return gEnd[g - 1];
    }
    if (!plus && groups < 3 && groups > 1 && sep[1] == '.') {
      return -1;
    }
    if (!plus && paren[0] == 0 && groups == 2 && (sep[1] == '/' && ge[1] - gs[1] <= 3
        || sep[1] == '-' && ge[0] - gs[0] == 4 && ge[1] - gs[1] == 3 && capitalisedWordAfter(t, e))) {
      // "Vinohradská 1511/230": a house number with its orientation number (cz, sk); "4000-447 Porto": a Portuguese
      // postcode before its town
      return gEnd[g - 1];
    }
    if (!plus && paren[0] == 0 && slashChain(t, i, e)) {
      // "RES/2026/11/00871", "enrolment_no 1234/56789/01234": parts of a reference written with slashes
      return gEnd[g - 1];
    }
    if (e < t.length() && (t.charAt(e) == '%' || t.charAt(e) == '.' && e + 1 < t.length()
        && isDigit(t.charAt(e + 1)))) {
      return -1;
    }
    // extension: x123, ext. 123, ext 123
    int ext = extension(t, e);
    int end = ext > 0 ? ext : e;
    if (ext < 0 && !rightBoundary(t, e)) {
      return -1;
    }
    int s = i;
    boolean nanp = groups >= 3 && ge[0] - gs[0] == 3 && ge[1] - gs[1] == 3 && ge[2] - gs[2] == 4
        && (sep[1] == '-' || sep[1] == '.' || sep[1] == ' ') && (sep[2] == sep[1]);
    boolean anyParen = false;
    for (int j = 0; j <= best; j++) {
      anyParen |= paren[j] == 1;
    }
    boolean mixedSeps = false;
    for (int j = 2; j <= best; j++) {
      if (sep[j] != sep[1] && sep[j] != 0 && sep[1] != 0) {
        mixedSeps = true;
      }
    }
    if (mixedSeps && groups < 4 && !plus && !anyParen
        && !(groups == 3 && (sep[1] == ' ' && sep[2] == '-' || sep[1] == '-' && sep[2] == ' '
        || sep[1] == '/' && (sep[2] == ' ' || sep[2] == '-'))
        && t.charAt(gs[0]) == '0' && ge[0] - gs[0] >= 3)) {
      // (round 19: not "Tel. 0228 406-1240" or "010-418 2277", an area code with its trunk 0, then the number;
      // round 21: nor "030/2219 4471", "040/3861-2290", the German way of writing the area code with a slash)
      return -1;
    }
    if (!plus && !anyParen && (dottedVersion(sep, groups, nanp, mixedSeps) && !trunkDotted(t, gs, ge, groups)
        || dottedOneDigit(sep, gs, ge, g))) {
      // "(10.27.102)", "Ubuntu 24.04 10.14.52": versions and dotted counters, not phone numbers
      return gEnd[g - 1];
    }
    if (!plus && !anyParen && codeSuffix(t, end) && (lastWordsMask(t, s, h, 3) & PHONE_BIT) == 0) {
      // "Polizza RCA n. 4471-2290-AX": digits that a dash ties to a capital code are one code, not a phone number
      // (round 21; "082 490 1693-Office", "…-Fax" still are phone numbers; review21: so is a number a phone word
      // names, whatever its suffix: "Tel: 082 490 1693-FAX", "Phone: 020 7946 0958-W")
      return gEnd[g - 1];
    }
    Context.Window w = around(t, s, end, h);
    boolean field = CsvColumns.fieldStart(t, s);
    boolean csvPhone = field && CsvColumns.in(t, s, CsvColumns.PHONE);
    if (!plus && field && !csvPhone && CsvColumns.in(t, s, CsvColumns.NOT_PHONE_COLUMN)) {
      // "Order    Ticket    Phone": a value of an order, ticket, invoice or extension column is no phone number
      // (pii20q)
      return g == 1 ? -1 : gEnd[g - 1];
    }
    boolean cue = w.has(PiiEntity.PHONE_NUMBER) && !(field && !csvPhone
        && CsvColumns.otherColumnIs(t, s, CsvColumns.PHONE)) || csvPhone
        || w.hasLeft("PHONE_WEAK") && (justBeforeMask(t, s, h) & PHONE_WEAK_BIT) != 0;
    int keyed = keyBefore(t, s);
    if (!plus && !csvPhone && keyed != 2 && (otherNumberLabel(t, s) || bankCodeLabel(t, s))) {
      // "Zaaknummer 020 123 4567", "Número de expediente 912 345 678", "Kontoauszug Nr. 030 …": the label right
      // before names another kind of number (pii20q)
      return g == 1 ? -1 : gEnd[g - 1];
    }
    if (!plus && !anyParen && (keyed == 1 && idKey(t, s) || idLabelBefore(t, s))) {
      // "Employee ID: 100-4471", "customer_id=5512094": the value of an identifier key
      return gEnd[g - 1];
    }
    if (!plus && !anyParen && (keyed != 2 && notPhoneKey(t, s)
        || !csvPhone && CsvColumns.fieldStart(t, s) && CsvColumns.in(t, s, CsvColumns.NOT_PHONE))) {
      // "TFN: 235 190 969", "routing: 021000021", "Schadennummer: 25-118-00431", a value in a "sin" column: a number
      // under a key or column header that names another kind of number; when that identifier's own recognizer above
      // rejected it (a wrong check digit), it is a rejected identifier, not a phone number (round 19); a lone group
      // is left to the lone-group reader, a grouped run is passed over whole (no part of it is a phone number)
      return g == 1 ? -1 : gEnd[g - 1];
    }
    if (keyed == 1) {
      // "id=5512094 name=... phone=+40 ...": the value of a key that is no phone key; the phone word in the window
      // belongs to another field
      cue = false;
    }
    if (!cue && keyed == 0 && !plus && w.negative()) {
      // "hazme un bizum de 9,90 € al 654 321 987": the amount before the number pushed the phone word out of the
      // window; the three words before the amount are asked (round 17)
      int a = amountStartBefore(t, s);
      cue = a >= 0 && (lastWordsMask(t, a, h, 3) & PHONE_BIT) != 0;
    }
    // the mask of the last two words before the number, asked by up to three tests below: computed once
    long justBefore = -1;
    if (cue && w.negativeNear() && !amountRightBefore(t, s) && (!w.hasLeft(PiiEntity.PHONE_NUMBER)
        || ((justBefore = justBeforeMask(t, s, h)) & PHONE_BIT) == 0)) {
      // "Vertragsnummer ist 893524424. Bitte rufen Sie mich unter ...": the cue on the right belongs to the next
      // number; "Número de pedido 2024/118/0937": the negative word right before the number is nearer than the
      // phone word; the negative word right before this one decides
      cue = false;
    }
    if (cue && !plus && (lastWordsMask(t, s, h, 1) & (NEGATIVE_ONLY_BIT | PHONE_NEG_BIT)) != 0
        && !phoneCueRightBefore(t, s, h) && !calledNumber(t, s, h)) {
      // round 22: "numero ordine 5520 1187 33", "Telefon- und Kundennummer": an order, invoice or customer word
      // right before the number names it, even next to a phone word ("numero" is both); not review22's "Número
      // chamado 11 …", the number called (merge of round 22)
      cue = false;
    }
    if (cue && ((justBefore == -1 ? justBefore = justBeforeMask(t, s, h) : justBefore) & PHONE_NEG_BIT) != 0
        && !phoneCueRightBefore(t, s, h) && !calledNumber(t, s, h)) {
      // "Einwahlnummer: 069 ..., Zugangscode 448 201 93#", "Número de cliente 0045 1287": the code or customer word
      // right before the number is nearer than the phone word
      cue = false;
    }
    // a "+" number (validated by libphonenumber below) is only held back by a code or PIN word right before it, not
    // by an order or product word ("Product Owner / +44 161 ...", "dial-in: +1 646 ..., meeting ID 843 ...")
    // (round 21: a value that fills a pipe-delimited cell - "…^^^NHS||…|||…||0113 496 0721" in an HL7 segment - is
    // held back only by the words right before it, as a CSV phone is; words in other cells name other values)
    boolean pipeCell = s > 0 && t.charAt(s - 1) == '|';
    boolean neg = plus || csvPhone || keyed == 2 || pipeCell
        ? ((justBefore == -1 ? justBefore = justBeforeMask(t, s, h) : justBefore) & PHONE_NEG_BIT) != 0
            && !phoneCueRightBefore(t, s, h)
            // (round 20: a "+" number only by the word right before it; "OTP aayega +91 98201 44378 pe": the
            // one-time code comes to this number)
            && (!plus || (lastWordsMask(t, s, h, 1) & PHONE_NEG_BIT) != 0)
        : w.negative() || w.hasLeft("PHONE_NEG") && !calledNumber(t, s, h) || w.hasLeft("ID_NAME");
    if (neg && !plus && !csvPhone && keyed == 0 && negativesLabelOtherNumbers(t, s, end, h)) {
      // "re ticket #1234: 415-902-7718 is my number", "my number is 415-902-7718, ticket #1234": the ticket word
      // names its own number, not this one (sixteenth round)
      neg = false;
    }
    if (!neg && !plus && !csvPhone && keyed == 0 && !pipeCell && negativeCompoundBefore(t, s)) {
      // round 22: the word right before names a contract, invoice, order or case in a compound ("Mietvertrag …")
      neg = true;
    }
    if (!plus && !csvPhone && countingRun(t, gs, ge, best) && (lastWordsMask(t, s, h, 3) & PHONE_BIT) == 0) {
      // "NIN: 12345678901", "Kontonummer 0123456789": digits counting up or down are a made-up value; only a phone
      // word among the three words right before makes it a (sample) phone number ("Phone: 123-456-7890", "call me
      // at 123 456 7890") (round 19)
      return gEnd[g - 1];
    }
    if (!plus && !anyParen && !cue && groups == 2 && (sep[1] == '-' || sep[1] == '/') && ge[0] - gs[0] == 4
        && (t.charAt(s) == '2' && t.charAt(s + 1) == '0' || t.charAt(s) == '1' && t.charAt(s + 1) == '9')) {
      // "2025-77812", "2024/0815": a year and a serial, the way contract, order and file numbers are written
      return gEnd[g - 1];
    }
    if (!plus && !anyParen && (groups == 2 && sep[1] == '-' && ge[0] - gs[0] == 8 && dateDigits(t, gs[0])
        || groups == 3 && sep[1] == ' ' && sep[2] == ' ' && ge[0] - gs[0] == 2 && ge[1] - gs[1] == 2
        && ge[2] - gs[2] == 4 && spacedDate(t, gs[0], gs[1], gs[2])
        || bestDigits >= 14 && t.charAt(s) != '0')) {
      // "Protocolo 20250311-0447": a date and a serial; "21 07 1999": a date written with spaces; fourteen digits
      // or more without "+" or "00": no phone number (round 19)
      return gEnd[g - 1];
    }
    if (!plus && !anyParen && !cue && (medicareGroups(gs, ge, groups)
        || groups == 2 && sep[1] == '-' && ge[0] - gs[0] == 5 && ge[1] - gs[1] == 3
        || !pipeCell && farIdAbbreviation(t, s) != 0)) {
      // "Old card 6939 13538 1" (a Medicare card's grouping), "01310-200" (a Brazilian CEP), "The SIN on the slip
      // was mistyped as 621 428 910" (an identifier's abbreviation earlier in the sentence, no phone word): no phone
      // number (round 19)
      return gEnd[g - 1];
    }
    if (!plus && !anyParen && !cue && officialTaxIdGroups(gs, ge, groups)) {
      // "96 865 945 795": two, three, three and three digits is how ABNs and German tax IDs are printed, not a phone
      // number's grouping; one whose check digits failed is a wrong identifier (round 19)
      return gEnd[g - 1];
    }
    if (!plus && !anyParen && !cue && groups == 2 && (serialSlashYear(t, sep, gs, ge) || einShape(t, sep, gs, ge))) {
      // "FV 118/2025", "Az. 4471/2024": a serial and a year (twelfth round); "EIN 12-3456789": a US employer number
      // (two digits, not a trunk 0, a dash and seven digits)
      return gEnd[g - 1];
    }
    if (!plus && !anyParen && !cue && (oneDigitGroups(gs, ge, best) >= 2
        || groups == 2 && sep[1] == '-' && ge[0] - gs[0] == 4 && ge[1] - gs[1] == 3)) {
      // (round 22) "… Mozilla/5.0 200 0 0 312": the status, sub-status, Win32 status and time fields of an IIS log
      // line (two groups of one digit are no phone number's grouping); "the courier's order ID was 9981-220": four
      // digits, a dash and three is no national grouping either; both only without a phone word
      return gEnd[g - 1];
    }
    if (!plus && !anyParen && ext < 0
        && (fourByFour(gs, ge, best) && (!cue || neg && !phoneCueRightBefore(t, s, h))
        || !cue && epochSeconds(t, g, gs, ge))) {
      // "0537 7594 9739" (order, account and meeting numbers) only with a phone cue and no negative one, unless the
      // phone word is right before it ("Tel. 0241 4472 2860\nKaufpreis: …");
      // "1712345678" (Unix seconds; national numbers are written with their trunk 0) only with a phone cue
      return gEnd[g - 1];
    }
    if (!plus && !anyParen && ext < 0 && !cue && end + 1 < t.length() && t.charAt(end) == ' '
        && Character.isLetter(t.charAt(end + 1)) && !conjunctionAt(t, end + 1) && groups < 4
        && !(nanp && labelOfNextNumber(t, end + 1, h)) && !(t.charAt(s) == '0' && bestDigits >= 10)) {
      // (ten or more digits after a trunk 0 are a national phone number's shape, not a house number or a count:
      // "it's 07823 456127 now", "0113 278 4410 tell them"; libphonenumber below decides)
      // "636 1812 Rue de la Gare": house numbers before a street name, counts before their unit ("3023 156 009
      // impressions"); not "06 12 34 56 78 stp": four or more groups are no house number or count
      return -1;
    }
    double score;
    if (plus || anyParen || ext > 0) {
      score = 0.7;
    } else if (nanp && groups == 3 && bestDigits == 10) {
      score = 0.6;
    } else if (groups >= 2 && !mixedSeps) {
      score = 0.35;
    } else if (groups >= 2) {
      score = 0.25;
    } else {
      score = bestDigits >= 10 ? 0.2 : 0.05;
      if (trunkTen(t, s, bestDigits)) {
        // "0688400510": ten digits after a national trunk 0, the way European numbers are written in one piece
        score = 0.25;
      }
    }
    if (cue) {
      score += 0.3;
    }
    if (neg && !cue) {
      score = Math.min(score, 0.3);
    } else if (plus && cue && bestDigits >= 8) {
      // "+44 20 7946 0958" next to "phone", "call", "mobile": no need to ask libphonenumber
      score = 0.95;
    } else if (score <= 0.5 || plus) {
      boolean valid = valid(t, s, e, plus, h);
      if (valid) {
        score = plus ? Math.max(score, 0.9) : score + 0.25;
      } else if (plus && !cue) {
        score = 0.45;
      } else if (score == 0.5) {
        // (round 19) an ungrouped number that only its phone word lifts to the threshold ("Die Nummer 54694913200
        // aus Ihrer Mail"), and that no region's numbering plan accepts, stays below it
        score = 0.45;
      }
    }
    h.add(s, end, PiiEntity.PHONE_NUMBER, Math.min(0.97, score), "phone number shape");
    return end;
  }

  private static final long LABEL_NEG_BITS = Context.bitOf("NEGATIVE") | Context.bitOf("MONEY") | PHONE_NEG_BIT
      | Context.bitOf("ID_NAME");

  /**
   * (review21) The end of the lines at the start of {@code t} that delimited-text rules read as a header: the first
   * line, or through a table's header row under a title; -1 without a line break in the first 2,048 characters.
   */
  public static int headerEnd(CharSequence t) {
    return CsvColumns.headerEnd(t);
  }

  /**
   * Whether an amount with its currency ends right before the number {@code s}, with at most one short word, an
   * arrow or punctuation between ("Bizum 22,50 € → 678 43 21 09", "bizum 45 eur 645889120", "15 € al 634 …"): the
   * money word belongs to that amount, so it does not hold back a phone cue further left (round 17). Asked only for
   * a phone candidate with a cue and a negative or money word among the two words before it; at most 32 characters
   * back.
   */
  public static boolean amountRightBefore(CharSequence t, int s) {
    return amountStartBefore(t, s) >= 0;
  }

  /** Where the amount that {@link #amountRightBefore} finds starts (its first digit or sign), or -1. */
  static int amountStartBefore(CharSequence t, int s) {
    int lim = Math.max(0, s - 32);
    int k = skipBack(t, s, lim);
    int a = amountEndsAt(t, k, lim);
    if (a >= 0) {
      return a;
    }
    // at most one short lower-case word between ("al", "a", "to", "na", "till", "op")
    int w = k;
    while (w > lim && Character.isLowerCase(t.charAt(w - 1))) {
      w--;
    }
    return w < k && k - w <= 4 && w > lim && !Character.isLetterOrDigit(t.charAt(w - 1))
        ? amountEndsAt(t, skipBack(t, w, lim), lim) : -1;
  }

  /** {@code k} moved back over characters that are neither letters, digits nor currency signs, not past lim. */
  private static int skipBack(CharSequence t, int k, int lim) {
    while (k > lim && !Character.isLetterOrDigit(t.charAt(k - 1)) && !isCurrencySign(t.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /**
   * Where an amount and its currency ("22,50 €", "45 eur", "15€", "€15", "$ 20") that end at {@code k} start, or -1.
   */
  private static int amountEndsAt(CharSequence t, int k, int lim) {
    if (k <= lim) {
      return -1;
    }
    int c = k;
    if (isCurrencySign(t.charAt(c - 1))) {
      c--;
    } else {
      while (c > lim && Character.isLetter(t.charAt(c - 1)) && k - c < 6) {
        c--;
      }
      if (c == k) {
        return amountAfterSign(t, lim, k);
      }
      if (!currencyWord(t, c, k)) {
        return -1;
      }
    }
    while (c > lim && t.charAt(c - 1) == ' ') {
      c--;
    }
    if (c <= lim || !isDigit(t.charAt(c - 1))) {
      return -1;
    }
    while (c > lim && (isDigit(t.charAt(c - 1)) || (t.charAt(c - 1) == ',' || t.charAt(c - 1) == '.')
        && c - 1 > lim && isDigit(t.charAt(c - 2)))) {
      c--;
    }
    return c;
  }

  private static int amountAfterSign(CharSequence t, int lim, int k) {
    int d = k;
    while (d > lim && (isDigit(t.charAt(d - 1)) || t.charAt(d - 1) == ',' || t.charAt(d - 1) == '.')) {
      d--;
    }
    if (d == k || !isDigit(t.charAt(k - 1))) {
      return -1;
    }
    while (d > lim && t.charAt(d - 1) == ' ') {
      d--;
    }
    return d > lim && isCurrencySign(t.charAt(d - 1)) ? d - 1 : -1;
  }

  /** Whether a currency sign, or a space and a sign, or a space and "eur"/"euro"/"euros" starts at {@code k}. */
  private static boolean currencyAt(CharSequence t, int k) {
    int n = t.length();
    if (k < n && t.charAt(k) == ' ') {
      k++;
    }
    if (k >= n) {
      return false;
    }
    if (isCurrencySign(t.charAt(k))) {
      return true;
    }
    int we = k;
    while (we < n && Character.isLetter(t.charAt(we)) && we - k < 6) {
      we++;
    }
    return we > k && (we == n || !Character.isLetterOrDigit(t.charAt(we))) && currencyWord(t, k, we);
  }

  private static boolean isCurrencySign(char c) {
    return c == '€' || c == '$' || c == '£' || c == '¥' || c == '₹';
  }

  private static final WordSet CURRENCY_WORDS = new WordSet(java.util.List.of("eur", "euro", "euros", "usd", "gbp",
      "zł", "zl", "pln", "kr", "sek", "nok", "dkk", "chf", "pesos", "reais", "rs", "inr"));

  private static boolean currencyWord(CharSequence t, int a, int b) {
    for (int j = a; j < b; j++) {
      if (Character.isUpperCase(t.charAt(j)) && j > a && Character.isLowerCase(t.charAt(j - 1))) {
        return false;
      }
    }
    return CURRENCY_WORDS.contains(t, a, b);
  }

  /**
   * Whether the negative cues around the number {@code [s, end)} all name another number ("re ticket #1234:
   * 415-902-7718", "415-902-7718, ticket #1234", "order 4471 - call 617 402 3398"): on the left, the nearest number
   * before this one (at most 60 characters back) has a negative word among its last two words and no negative word
   * stands between it and this number (with no number there, the window's left side must hold none); on the right,
   * a negative word stands only among the two words before the next number (at most 60 characters on), or, with no
   * number there, the next 60 characters hold none. Asked only for a number the window calls negative.
   */
  private static boolean negativesLabelOtherNumbers(CharSequence t, int s, int end, Hits h) {
    int n = t.length();
    int p = s;
    while (p > 0 && s - p < 60 && !isDigit(t.charAt(p - 1))) {
      p--;
    }
    if (p > 0 && isDigit(t.charAt(p - 1))) {
      int te = p;
      int ts = p - 1;
      while (ts > 0 && te - ts < 24 && (isDigit(t.charAt(ts - 1)) || (t.charAt(ts - 1) == '-'
          || t.charAt(ts - 1) == '/' || t.charAt(ts - 1) == '.') && ts >= 2 && isDigit(t.charAt(ts - 2)))) {
        ts--;
      }
      boolean hash = ts > 0 && t.charAt(ts - 1) == '#';
      if (!hash && ts > 1 && t.charAt(ts - 1) == '-') {
        // "Ticket #CS-77120.": a ticket id of letters, a dash and digits after its "#" (round 21)
        int u = ts - 1;
        while (u > 0 && ts - u < 8 && isAsciiLetter(t.charAt(u - 1))) {
          u--;
        }
        if (u < ts - 1 && u > 0 && t.charAt(u - 1) == '#') {
          hash = true;
          ts = u;
        }
      }
      if (te - ts < 3 || ts > 0 && !hash && t.charAt(ts - 1) != ' ' && t.charAt(ts - 1) != ':'
          || !hash && !parted(t, te, s)
          || (Context.maskOf(t, te, s, h.contextScratch()) & LABEL_NEG_BITS) != 0
          || (lastWordsMask(t, ts, h, 2) & LABEL_NEG_BITS) == 0) {
        // "ISBN-10 0148877591" (the "10" belongs to the label), "ISBN 978-... and 0148877591" (one label over a
        // list of numbers): the label is this number's too
        return false;
      }
    } else if ((lastWordsMask(t, s, h, 5) & LABEL_NEG_BITS) != 0) {
      return false;
    }
    int q = end;
    while (q < n && q - end < 60 && !isDigit(t.charAt(q))) {
      q++;
    }
    if (q < n && isDigit(t.charAt(q))) {
      // the two words before the next number may be its label; nothing before them may be negative
      int cut = q;
      for (int k = 0; k < 2; k++) {
        while (cut > end && !Character.isLetterOrDigit(t.charAt(cut - 1))) {
          cut--;
        }
        while (cut > end && Character.isLetterOrDigit(t.charAt(cut - 1))) {
          cut--;
        }
      }
      return (Context.maskOf(t, end, cut, h.contextScratch()) & LABEL_NEG_BITS) == 0;
    }
    return (Context.maskOf(t, end, Math.min(n, end + 60), h.contextScratch()) & LABEL_NEG_BITS) == 0;
  }

  /**
   * Whether {@code t[a, b)} (the text between two numbers) parts them: it holds a colon, a dash, a bar or a word
   * that is not a conjunction, not only spaces, commas, slashes and "and"/"or" (a list of numbers under one label).
   */
  private static boolean parted(CharSequence t, int a, int b) {
    int k = a;
    while (k < b) {
      char c = t.charAt(k);
      if (c == ':' || c == '-' || c == '\u2013' || c == '|' || c == '\n' || c >= 0x2000 && !Character.isLetter(c)) {
        return true;
      }
      if (Character.isLetter(c)) {
        int e = k;
        while (e < b && Character.isLetter(t.charAt(e))) {
          e++;
        }
        if (!(e - k <= 4 && CONJUNCTIONS.contains(t, k, e))) {
          return true;
        }
        k = e;
        continue;
      }
      k++;
    }
    return false;
  }

  /**
   * Whether the word at {@code w} is a negative word followed by its own number ("415-902-7718 ticket #1234",
   * "... order no. 4471"), so the number before it is no house number or count.
   */
  private static boolean labelOfNextNumber(CharSequence t, int w, Hits h) {
    int e = w;
    while (e < t.length() && Character.isLetter(t.charAt(e)) && e - w < 16) {
      e++;
    }
    int k = e;
    while (k < t.length() && k - e < 6 && (t.charAt(k) == ' ' || t.charAt(k) == '#' || t.charAt(k) == ':'
        || t.charAt(k) == '.' || t.charAt(k) == 'n' || t.charAt(k) == 'o')) {
      k++;
    }
    return k < t.length() && isDigit(t.charAt(k))
        && (Context.maskOf(t, w, e, h.contextScratch()) & LABEL_NEG_BITS) != 0;
  }

  /**
   * Whether the number at {@code s} is the value of a {@code key=value} or JSON {@code "key": value} pair: 0 when it
   * is not, 1 when the key is no phone key ({@code id=}, {@code "order":}), 2 when it is one ({@code phone=},
   * {@code "tel":}). Looks back over at most 24 characters.
   */
  static int keyBefore(CharSequence t, int s) {
    CharSequence key = keyText(t, s);
    if (key == null) {
      return 0;
    }
    return CsvColumns.PHONE.contains(key, 0, key.length()) ? 2 : 1;
  }

  /**
   * The key written right before a value at {@code s} ({@code key=value}, {@code key: value} or JSON
   * {@code "key": "value"}), lower-cased and without underscores, or null when there is none.
   */
  static CharSequence keyText(CharSequence t, int s) {
    int k = s;
    if (k > 0 && (t.charAt(k - 1) == '"' || t.charAt(k - 1) == '\'')) {
      k--;
    }
    while (k > 0 && s - k < 4 && t.charAt(k - 1) == ' ') {
      k--;
    }
    if (k == 0 || t.charAt(k - 1) != '=' && t.charAt(k - 1) != ':') {
      return null;
    }
    boolean json = t.charAt(k - 1) == ':';
    k--;
    boolean yaml = false;
    char quote = '"';
    if (json) {
      if (k == 0 || t.charAt(k - 1) != '"' && t.charAt(k - 1) != '\'') {
        // (pii21q) a YAML key "nhs_number: 550 …" is read as a key when it holds an underscore
        yaml = true;
      } else {
        // {"key": "value"}, and (round 21, pii21f) the single quotes of Python and YAML, {'bsn': '111222333'}
        quote = t.charAt(k - 1);
        k--;
      }
    } else {
      // (pii21q) "steuer_id = 572…" (.ini, TOML, .properties): spaces before the '=' too
      int sp = k;
      while (k > 0 && sp - k < 3 && t.charAt(k - 1) == ' ') {
        k--;
      }
    }
    int ke = k;
    boolean underscore = false;
    while (k > 0 && ke - k < 24 && (isAsciiAlnum(t.charAt(k - 1)) || t.charAt(k - 1) == '_')) {
      underscore |= t.charAt(k - 1) == '_';
      k--;
    }
    if (k == ke || json && !yaml && (k == 0 || t.charAt(k - 1) != quote)) {
      return null;
    }
    if (yaml && (!underscore || k > 0 && !Character.isWhitespace(t.charAt(k - 1)))) {
      return null;
    }
    int a = k;
    StringBuilder key = new StringBuilder(ke - a);
    for (int j = a; j < ke; j++) {
      char c = t.charAt(j);
      if (c != '_') {
        key.append(Character.toLowerCase(c));
      }
    }
    return key;
  }

  private static final WordSet CONJUNCTIONS = new WordSet(java.util.List.of("or", "ou", "oder", "o", "of", "and",
      "und", "et", "y", "e", "en", "to", "bis"));

  /**
   * Function and chat words that neither name a street nor count a unit, so a number right before them is not a
   * house number or a count ("0412 558 301 if u need her", "0113 299 3586 iirc", "030 1234567 bitte").
   */
  private static final WordSet NOT_UNIT = new WordSet(java.util.List.of("if", "when", "but", "so", "then", "pls",
      "plz", "please", "thx", "thanks", "ty", "asap", "anytime", "tonight", "today", "tomorrow", "iirc", "btw",
      "lol", "ok", "okay", "cheers", "xx", "xoxo", "is", "was", "works", "after", "before", "between", "until",
      "wenn", "bitte", "danke", "ab", "si", "se", "merci", "stp", "svp", "gracias", "grazie", "dank", "als",
      "quando", "cuando", "quand", "anytime", "thank", "tmrw", "tmr", "later", "pm", "am", "nach", "dopo",
      "después", "après", "aber", "mais", "pero", "ma", "maar",
      // round 17: "al 622 917 480 para el regalo", "porfa", "tack", "dzięki"
      "para", "porfa", "porfavor", "xfa", "pfv", "obrigado", "obrigada", "bedankt", "tack", "dzięki", "dzieki",
      // "ruf mich unter 0176 ... an": the German separable prefix
      "an", "zurück", "back"));

  /** "0688400510 ou alicia@...", "030 1234567 oder": a number before "or"/"and" is not a house number. */
  private static boolean conjunctionAt(CharSequence t, int s) {
    int e = s;
    while (e < t.length() && Character.isLetter(t.charAt(e)) && e - s < 9) {
      e++;
    }
    if (e < t.length() && Character.isLetter(t.charAt(e))) {
      return false;
    }
    return e - s <= 4 && CONJUNCTIONS.contains(t, s, e) || NOT_UNIT.contains(t, s, e);
  }

  /**
   * Whether the digit groups go on past the phone-sized prefix {@code 0..best} with the same separator to more than
   * 15 digits in all (tracking, account and reference numbers written in groups).
   */
  static boolean longerThanPhone(int g, int[] ge, int[] gs, int[] sep, int best) {
    if (best + 1 >= g || sep[1] == 0 || sep[best + 1] != sep[1]) {
      return false;
    }
    int all = 0;
    for (int k = 0; k < g; k++) {
      if (k >= 1 && sep[k] != sep[1]) {
        break;
      }
      all += ge[k] - gs[k];
    }
    return all > 15;
  }

  /** Whether groups {@code 0..last} are three or more groups of exactly four digits ("0537 7594 9739"). */
  static boolean fourByFour(int[] gs, int[] ge, int last) {
    if (last < 2) {
      return false;
    }
    for (int k = 0; k <= last; k++) {
      if (ge[k] - gs[k] != 4) {
        return false;
      }
    }
    return true;
  }

  /** Three dotted groups that are not the 3-3-4 NANP layout, or dots mixed with other separators. */
  static boolean dottedVersion(int[] sep, int groups, boolean nanp, boolean mixedSeps) {
    boolean dots = false;
    for (int k = 1; k < groups; k++) {
      dots |= sep[k] == '.';
    }
    return dots && (groups == 3 && !nanp || mixedSeps);
  }

  /**
   * (pii20q) A national number written with dots after its trunk 0 ("020.7946.0018", "0171.448.2190"): the first
   * group is a trunk 0 and two to four digits, every later group has three or more digits, ten to twelve digits in
   * all. No version or date is written so.
   */
  static boolean trunkDotted(CharSequence t, int[] gs, int[] ge, int groups) {
    if (groups < 3 || ge[0] - gs[0] < 3 || ge[0] - gs[0] > 5 || t.charAt(gs[0]) != '0'
        || t.charAt(gs[0] + 1) == '0') {
      return false;
    }
    int digits = ge[0] - gs[0];
    for (int k = 1; k < groups; k++) {
      if (ge[k] - gs[k] < 3) {
        return false;
      }
      digits += ge[k] - gs[k];
    }
    return digits >= 10 && digits <= 12;
  }

  /** Dotted groups with a one-digit group after the first ("133.0.6943.98"): a version, not a phone number. */
  static boolean dottedOneDigit(int[] sep, int[] gs, int[] ge, int groups) {
    if (groups < 3 || sep[1] != '.') {
      return false;
    }
    for (int k = 1; k < groups; k++) {
      if (ge[k] - gs[k] == 1) {
        return true;
      }
    }
    return false;
  }

  /** Ten digits starting with one 0 (a trunk prefix, not "00" of an international call). */
  static boolean trunkTen(CharSequence t, int s, int digits) {
    return digits == 10 && t.charAt(s) == '0' && t.charAt(s + 1) != '0';
  }

  /** A lone 10-digit number starting with 1 (Unix seconds of 2001-2033), as in log lines. */
  static boolean epochSeconds(CharSequence t, int g, int[] gs, int[] ge) {
    return g == 1 && ge[0] - gs[0] == 10 && t.charAt(gs[0]) == '1';
  }

  /** Whether every digit of groups {@code 0..last} is the same digit. */
  static boolean sameDigit(CharSequence t, int[] gs, int[] ge, int last) {
    char d = t.charAt(gs[0]);
    for (int k = 0; k <= last; k++) {
      for (int j = gs[k]; j < ge[k]; j++) {
        if (t.charAt(j) != d) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether the digits of groups {@code 0..last} count up or down by one from first to last ("1234567890",
   * "123 456 7890", "98765 43210", "0123456789"; 9 after 0 when counting down, 0 after 9 when counting up): what
   * people type into a form as a made-up number. At least seven digits (a shorter run is no phone number anyway).
   */
  public static boolean countingRun(CharSequence t, int[] gs, int[] ge, int last) {
    int n = 0;
    int step = 0;
    int prev = -1;
    for (int k = 0; k <= last; k++) {
      for (int j = gs[k]; j < ge[k]; j++) {
        int d = t.charAt(j) - '0';
        if (prev >= 0) {
          int s = (d - prev + 10) % 10;
          if (s != 1 && s != 9 || step != 0 && s != step) {
            return false;
          }
          step = s;
        }
        prev = d;
        n++;
      }
    }
    return n >= 7;
  }

  private boolean valid(CharSequence t, int s, int e, boolean plus, Hits h) {
    if (plus) {
      long key = PlusNumbers.key(t, s, e);
      if (key == 0) {
        return validPlus(compact(t.subSequence(s, e).toString()));
      }
      PlusNumbers memo = h.plusNumbers();
      int v = memo.get(key);
      if (v < 0) {
        v = validPlus(compact(t.subSequence(s, e).toString())) ? 1 : 0;
        memo.put(key, v == 1);
      }
      return v == 1;
    }
    String num = t.subSequence(s, e).toString();
    int known = h.nationalPhone(num);
    if (known >= 0) {
      return known == 1;
    }
    // "07700 900482": a number of Ofcom's drama blocks, which libphonenumber calls unassigned (seventeenth round)
    boolean v = validNational(num) || ukDrama && DramaNumbers.national(RegionGate.digits(num));
    h.nationalPhone(num, v);
    return v;
  }

  /**
   * Whether {@code num} (no {@code +}) is valid for one of the regions, tried in order (a parse error: false), as
   * {@link #validNationalFull}; a region whose parse would keep the digits whole (and so throw nothing) is answered
   * by its {@link RegionGate} without a parse.
   */
  boolean validNational(String num) {
    RegionGate[] gs = gates();
    String d = RegionGate.digits(num);
    try {
      for (int k = 0; k < gs.length; k++) {
        int v = d == null || gs[k] == null ? -1 : gs[k].validWhole(d);
        if (v == 0) {
          continue;
        }
        if (v == 1) {
          return true;
        }
        if (validIn(num, regions.get(k))) {
          return true;
        }
      }
    } catch (NumberParseException ex) {
      return false;
    }
    return false;
  }

  /** {@link #validNational} without the region gates: libphonenumber's parse and check for every region. */
  boolean validNationalFull(String num) {
    try {
      for (String r : regions) {
        if (validIn(num, r)) {
          return true;
        }
      }
    } catch (NumberParseException ex) {
      return false;
    }
    return false;
  }

  /** libphonenumber's parse of {@code num} as a national number of region {@code r}, and its validity there. */
  private static boolean validIn(String num, String r) throws NumberParseException {
    return PHONES.isValidNumberForRegion(PHONES.parse(num, r), r);
  }

  /** Whether national numbers are read for the United Kingdom, whose drama numbers are then accepted too. */
  private final boolean ukDrama;

  /** The gates of {@link #regions}, built on first use (a race builds equal arrays; either may be kept). */
  private volatile RegionGate[] regionGates;

  private RegionGate[] gates() {
    RegionGate[] g = regionGates;
    if (g == null) {
      g = new RegionGate[regions.size()];
      for (int k = 0; k < g.length; k++) {
        g[k] = RegionGate.of(regions.get(k));
      }
      regionGates = g;
    }
    return g;
  }

  /** Whether the compacted {@code +} number is valid for libphonenumber (its parse from "ZZ", then isValidNumber). */
  static boolean validPlus(String compact) {
    if (DramaNumbers.international(compact)) {
      return true;
    }
    try {
      return isValidNumber(PHONES.parse(compact, "ZZ"));
    } catch (NumberParseException ex) {
      return false;
    }
  }

  /**
   * The number without the separators a phone span may hold between digits (space, {@code - . / ( )}), which
   * libphonenumber's parse drops anyway when it normalises the digits; a shorter string costs its parse regexes less.
   * Every other character is kept, so anything that could change the parse (letters, {@code # , ;}) stays.
   */
  static String compact(String num) {
    StringBuilder b = null;
    for (int i = 0; i < num.length(); i++) {
      char c = num.charAt(i);
      boolean sep = c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
      if (sep && b == null) {
        b = new StringBuilder(num.length()).append(num, 0, i);
      } else if (!sep && b != null) {
        b.append(c);
      }
    }
    return b == null ? num : b.toString();
  }

  /** Per calling code: 0 not yet known, 1 the first region of a shared code has no leading digits, 2 otherwise. */
  private static final byte[] FIRST_PLAIN = new byte[1000];

  /**
   * Exactly {@code PHONES.isValidNumber(p)}, cheaper for a calling code shared by several regions (+1, +44, +7...).
   * libphonenumber picks the number's region as the first region of the code that either has leading digits matching
   * the number or, having none, gives the number a known type; validity is then that type being known. When the
   * first region has no leading digits and the number is valid for it, that region is picked and the answer is true,
   * which {@code isValidNumberForRegion} tells with one type evaluation instead of two; every other case asks
   * {@code isValidNumber} itself.
   */
  static boolean isValidNumber(Phonenumber.PhoneNumber p) {
    int cc = p.getCountryCode();
    if (cc > 0 && cc < FIRST_PLAIN.length) {
      byte known = FIRST_PLAIN[cc];
      List<String> rs = null;
      if (known == 0) {
        rs = PHONES.getRegionCodesForCountryCode(cc);
        Phonemetadata.PhoneMetadata md = rs.size() > 1 ? DefaultMetadataDependenciesProvider.getInstance()
            .getPhoneNumberMetadataSource().getMetadataForRegion(rs.get(0)) : null;
        known = md != null && !md.hasLeadingDigits() ? (byte) 1 : (byte) 2;
        FIRST_PLAIN[cc] = known;
      }
      if (known == 1) {
        if (rs == null) {
          rs = PHONES.getRegionCodesForCountryCode(cc);
        }
        if (PHONES.isValidNumberForRegion(p, rs.get(0))) {
          return true;
        }
      }
    }
    return PHONES.isValidNumber(p);
  }

  private static int extension(CharSequence t, int e) {
    int n = t.length();
    int k = e;
    if (k < n && (t.charAt(k) == 'x' || t.charAt(k) == 'X')) {
      k++;
    } else if (k + 4 < n && t.charAt(k) == ' ' && (startsWithIgnoreCase(t, k + 1, "ext") || startsWithIgnoreCase(t,
        k + 1, "x"))) {
      k++;
      k += startsWithIgnoreCase(t, k, "ext") ? 3 : 1;
      if (k < n && t.charAt(k) == '.') {
        k++;
      }
      if (k < n && t.charAt(k) == ' ') {
        k++;
      }
    } else {
      return -1;
    }
    int ds = k;
    while (k < n && isDigit(t.charAt(k)) && k - ds < 6) {
      k++;
    }
    if (k == ds || k < n && isWordChar(t.charAt(k))
        || k + 1 < n && (t.charAt(k) == ' ' || t.charAt(k) == '-') && isDigit(t.charAt(k + 1))) {
      return -1;
    }
    return k;
  }

  // ------------------------------------------------------------------ hex: MAC and IPv6

  private int hexColon(CharSequence t, int i, Hits h) {
    int n = t.length();
    int e = i;
    int colons = 0;
    int dashes = 0;
    while (e < n && e - i < 46) {
      char c = t.charAt(e);
      if (isHex(c) || c == '.') {
        e++;
      } else if (c == ':') {
        colons++;
        e++;
      } else if (c == '-') {
        dashes++;
        e++;
      } else {
        break;
      }
    }
    while (e > i && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '-' || t.charAt(e - 1) == ':'
        && !(e - 2 >= i && t.charAt(e - 2) == ':'))) {
      if (t.charAt(e - 1) == ':') {
        colons--;
      } else if (t.charAt(e - 1) == '-') {
        dashes--;
      }
      e--;
    }
    if (e < n && isWordChar(t.charAt(e))) {
      return -1;
    }
    // MAC: 6 pairs with ':' or '-'
    if (e - i == 17 && (colons == 5 && dashes == 0 || dashes == 5 && colons == 0)) {
      char sp = colons == 5 ? ':' : '-';
      boolean ok = true;
      for (int k = 0; k < 17 && ok; k++) {
        char c = t.charAt(i + k);
        ok = k % 3 == 2 ? c == sp : isHex(c);
      }
      if (ok) {
        Context.Window w = around(t, i, e, h);
        // only a negative word right before it holds a MAC back ("MAC ... on port 12" is a switch log, eighth round)
        emit(h, i, e, PiiEntity.MAC_ADDRESS, w.negativeNear() && !w.has(PiiEntity.MAC_ADDRESS) ? 0.3 : 0.85,
            "MAC-48 address");
        return e;
      }
    }
    if (colons == 7 && e - i == 23) {
      // "duid 00:01:00:01:2e:9f:41:7c": eight bytes written in pairs (DHCP unique ids, hex dumps), never an IPv6
      // address's way of writing its groups
      return e;
    }
    if (dashes == 0 && colons >= 2 && onIpAddress && Validators.ipv6(t, i, e)) {
      // time of day like 12:30:45 cannot parse (needs 8 groups or ::), so any success is a real address
      emit(h, i, e, PiiEntity.IP_ADDRESS, 0.85, "IPv6 address");
      return e;
    }
    if (dashes == 0 && colons == 8 && onIpAddress) {
      // "2a02:810d:…:66a9:51820": eight full groups and a port after the last colon, without brackets (round 19,
      // pii19r); the address is the eight groups
      int p = e - 1;
      while (p > i && isDigit(t.charAt(p))) {
        p--;
      }
      if (t.charAt(p) == ':' && e - p - 1 >= 1 && e - p - 1 <= 5 && t.charAt(p - 1) != ':' && p - i == 39
          && Validators.ipv6(t, i, p)) {
        emit(h, i, p, PiiEntity.IP_ADDRESS, 0.85, "IPv6 address before a port");
        return e;
      }
    }
    return -1;
  }

  /**
   * A MAC address in the dotted layout of network switches ("a45e.60d1.229b"): three groups of four hex digits
   * joined by dots. Reached only for a four-character run followed by a dot. Returns the end, or -1
   * ({@link #dotMac}).
   */
  private int dottedMac(CharSequence t, int i, Hits h) {
    return dotMac(t, i, h, 4, "MAC-48 address, dotted");
  }

  /**
   * A MAC address written as six hex pairs joined by dots ("78.71.8d.0d.59.b8", round 21), as some routers and
   * inventory tools print it. Reached only for a two-character hex run followed by a dot. Returns the end, or -1
   * ({@link #dotMac}).
   */
  private int pairMac(CharSequence t, int i, Hits h) {
    return dotMac(t, i, h, 2, "MAC-48 address, dotted pairs");
  }

  /**
   * Twelve hex digits at {@code i} in groups of {@code group} (2 or 4) joined by dots, with at least one hex letter
   * (an all-digit "2025.0318.1142" or "24.11.28.01.55.09" is a version, a date or a time) or a MAC cue word, standing
   * alone (no dot or word character on either side): a MAC address. Returns the end, or -1.
   */
  private int dotMac(CharSequence t, int i, Hits h, int group, String reason) {
    int e = i + 12 + 12 / group - 1;
    if (e > t.length() || !on(PiiEntity.MAC_ADDRESS) || i > 0 && (t.charAt(i - 1) == '.' || isWordChar(t.charAt(i - 1)))
        || e < t.length() && (isWordChar(t.charAt(e)) || t.charAt(e) == '.' && e + 1 < t.length()
        && isAsciiAlnum(t.charAt(e + 1)))) {
      return -1;
    }
    boolean hexLetter = false;
    for (int k = 0; k < e - i; k++) {
      char c = t.charAt(i + k);
      if (k % (group + 1) == group) {
        if (c != '.') {
          return -1;
        }
      } else if (!isHex(c)) {
        return -1;
      } else {
        hexLetter |= !isDigit(c);
      }
    }
    Context.Window w = around(t, i, e, h);
    if (!hexLetter && !w.has(PiiEntity.MAC_ADDRESS)) {
      return -1;
    }
    emit(h, i, e, PiiEntity.MAC_ADDRESS, w.negativeNear() && !w.has(PiiEntity.MAC_ADDRESS) ? 0.3 : 0.85, reason);
    return e;
  }

  /**
   * Twelve hex digits written without separators, with a hex letter among them, as the value of a MAC key or column
   * ("mac=3c22fb0a91d4", {@code "mac": "3C22FB0A91D4"}) or right after a MAC cue word ("MAC: 3C22FB0A91D4"; not after
   * a negative word such as commit or build): round 21. Without the key or the cue twelve hex digits are a short
   * hash or an id, so nothing is reported.
   */
  private boolean plainMac(CharSequence t, int i, int runEnd, Hits h) {
    if (runEnd - i != 12 || !on(PiiEntity.MAC_ADDRESS)) {
      return false;
    }
    boolean hexLetter = false;
    for (int k = i; k < runEnd; k++) {
      char c = t.charAt(k);
      if (!isHex(c)) {
        return false;
      }
      hexLetter |= !isDigit(c);
    }
    if (!hexLetter) {
      return false;
    }
    if (keyedAs(t, i, CsvColumns.MAC)) {
      h.add(i, runEnd, PiiEntity.MAC_ADDRESS, 0.85, "MAC-48 address under a MAC key");
      return true;
    }
    Context.Window w = around(t, i, runEnd, h);
    if (w.hasLeft(PiiEntity.MAC_ADDRESS) && !w.negativeNear()) {
      h.add(i, runEnd, PiiEntity.MAC_ADDRESS, 0.8, "MAC-48 address after a MAC cue");
      return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ crypto

  private int base58(CharSequence t, int i, Hits h) {
    if (!on(PiiEntity.CRYPTO)) {
      return -1;
    }
    int e = i;
    while (e < t.length() && isAsciiAlnum(t.charAt(e)) && e - i < 40) {
      e++;
    }
    int len = e - i;
    if (len < 26 || len > 35 || e < t.length() && isWordChar(t.charAt(e))) {
      return -1;
    }
    if (Validators.base58Check(t.subSequence(i, e))) {
      h.add(i, e, PiiEntity.CRYPTO, 0.95, "Base58Check address");
      return e;
    }
    return -1;
  }

  // ------------------------------------------------------------------ tokens mixing letters and digits

  private int mixed(CharSequence t, int i, int runEnd, Hits h) {
    int n = t.length();
    int len = runEnd - i;
    char c0 = t.charAt(i);
    // 0x Ethereum address
    if (c0 == '0' && len == 42 && (t.charAt(i + 1) == 'x' || t.charAt(i + 1) == 'X') && on(PiiEntity.CRYPTO)) {
      if (Validators.eip55(t.subSequence(i, runEnd)) && !isWordChar(charAt(t, runEnd)) && !allZeros(t, i + 2, runEnd)) {
        boolean checksummed = hasUpperHex(t, i + 2, runEnd) && hasLowerHex(t, i + 2, runEnd);
        Context.Window w = around(t, i, runEnd, h);
        double score = checksummed || w.has(PiiEntity.CRYPTO) ? 0.95 : 0.6;
        if (w.negative() && !w.has(PiiEntity.CRYPTO)) {
          score = 0.3;
        }
        h.add(i, runEnd, PiiEntity.CRYPTO, score, checksummed ? "EIP-55 checksummed address" : "Ethereum address");
        return runEnd;
      }
    }
    if ((c0 == '1' || c0 == '3') && len >= 26 && len <= 35
        || (c0 == 'T' || c0 == 'L' || c0 == 'M' || c0 == 'D') && len == 34) {
      // Bitcoin; Tron, Litecoin and Dogecoin addresses are 34 Base58Check characters (the checksum decides)
      int e = base58(t, i, h);
      if (e > 0) {
        return e;
      }
    }
    // bech32: bc1..., tb1..., ltc1...
    if ((startsWithIgnoreCase(t, i, "bc1") || startsWithIgnoreCase(t, i, "tb1") || startsWithIgnoreCase(t, i, "ltc1"))
        && len >= 14 && len <= 90 && on(PiiEntity.CRYPTO) && Validators.bech32(t.subSequence(i, runEnd))) {
      h.add(i, runEnd, PiiEntity.CRYPTO, 0.95, "Bech32 address");
      return runEnd;
    }
    boolean boundary = runEnd >= n || !isWordChar(t.charAt(runEnd)) && t.charAt(runEnd) != '-';
    if (boundary && len == 12 && plainMac(t, i, runEnd, h)) {
      return runEnd;
    }
    // IBAN: CC + 2 digits + body, possibly in groups of four
    if (len >= 4 && isAsciiLetter(c0) && isAsciiLetter(t.charAt(i + 1)) && isDigit(t.charAt(i + 2))
        && isDigit(t.charAt(i + 3)) && on(PiiEntity.IBAN_CODE)) {
      int e = iban(t, i, h);
      if (e > 0) {
        return e;
      }
    }
    // API keys with well-known prefixes
    int k = apiKey(t, i, h);
    if (k > 0) {
      return k;
    }
    if (boundary) {
      if (len == 9 && on(PiiEntity.UK_NINO) && Validators.ukNino(t.subSequence(i, runEnd))) {
        Context.Window w = around(t, i, runEnd, h);
        h.add(i, runEnd, PiiEntity.UK_NINO, w.has(PiiEntity.UK_NINO) ? 0.95 : 0.7, "NINO prefix and suffix rules");
        return runEnd;
      }
      if (len == 9 && on(PiiEntity.SG_NRIC_FIN) && Validators.sgNric(t.subSequence(i, runEnd))) {
        h.add(i, runEnd, PiiEntity.SG_NRIC_FIN, 0.9, "NRIC/FIN check letter");
        return runEnd;
      }
      if (len == 9 && on(spanishIdType(t.charAt(i))) && Validators.esDniNie(t.subSequence(i, runEnd))) {
        Context.Window w = around(t, i, runEnd, h);
        if (onUsDriverLicense && w.hasLeft(PiiEntity.US_DRIVER_LICENSE) && !w.hasLeft(PiiEntity.ES_NIF)
            && !keyedAs(t, i, CsvColumns.ES_NIF) && !otherDocumentNearer(t, i, DL_BIT)) {
          // round 22: a Spanish driving licence carries its holder's DNI number; after a licence word and no DNI word
          // it is reported as the licence it was given as ("Permiso de conducir: 60852655Z")
          h.add(i, runEnd, PiiEntity.US_DRIVER_LICENSE, 0.8, "DNI-shaped number after a driver licence keyword");
          return runEnd;
        }
        double score = w.has(PiiEntity.ES_NIF) ? 0.95 : 0.8;
        if (keyedAs(t, i, CsvColumns.ES_NIF) || w.hasLeft(PiiEntity.ES_NIF) && !w.negativeNear()) {
          // its own column or key ("dni_nie"), or its name before it ("NIE X7112565E"): a negative word in a
          // neighbouring column ("pedido") or further away ("Precio: 312.000 €") is another field's (round 19)
          score = 0.95;
        } else if (w.negative()) {
          score = 0.3;
        }
        h.add(i, runEnd, spanishIdType(t.charAt(i)), score, "DNI/NIE mod 23 letter");
        return runEnd;
      }
      if (len == 16 && on(PiiEntity.IT_FISCAL_CODE) && Validators.itCodiceFiscale(t.subSequence(i, runEnd))) {
        h.add(i, runEnd, PiiEntity.IT_FISCAL_CODE, 0.95, "codice fiscale check letter");
        return runEnd;
      }
      if (len == 10 && on(PiiEntity.IN_PAN) && Validators.inPan(t.subSequence(i, runEnd))) {
        Context.Window w = around(t, i, runEnd, h);
        // round 17: the PAN word on the left with nothing negative among the last two words beats a negative word
        // further away ("aadhaar 5820 3317 9469 pan BKRPS4417M plz verify": "plz" is also the German postcode word)
        if (!w.negative() || w.hasLeft(PiiEntity.IN_PAN) && !w.negativeNear()
            || (ownLineLabel(t, i, h) & PAN_BIT) != 0) {
          // (round 20: or the label of its own line names it, "PAN for GST invoice: IZNPI9777S")
          h.add(i, runEnd, PiiEntity.IN_PAN, w.has(PiiEntity.IN_PAN) ? 0.95 : 0.6, "PAN structure");
          return runEnd;
        }
      } else if (len == 10 && on(PiiEntity.IN_PAN) && panShape(t, i) && !isWordChar(charAt(t, runEnd))) {
        Context.Window w = around(t, i, runEnd, h);
        if (w.hasLeft(PiiEntity.IN_PAN) && !w.negativeNear()) {
          // "PAN: ABCDE1234F": five letters, four digits, a letter right after "PAN", whatever the holder letter
          h.add(i, runEnd, PiiEntity.IN_PAN, 0.7, "PAN layout and context");
          return runEnd;
        }
      }
    }
    // DNI with a dash before the letter: 12345678-Z (an NIE written so, "Y4417203-K", is ES_NIE: review20b)
    if (len == 8 && runEnd + 1 < n && t.charAt(runEnd) == '-' && isAsciiLetter(t.charAt(runEnd + 1))
        && !isWordChar(charAt(t, runEnd + 2)) && on(spanishIdType(t.charAt(i)))
        && Validators.esDniNie(t.subSequence(i, runEnd + 2))) {
      h.add(i, runEnd + 2, spanishIdType(t.charAt(i)), 0.85, "DNI mod 23 letter");
      return runEnd + 2;
    }
    // passport / licence numbers with letters, after their keyword
    int digits = 0;
    for (int j = i; j < runEnd; j++) {
      if (isDigit(t.charAt(j))) {
        digits++;
      }
    }
    boolean letterDash = digits == 0 && len == 1 && isAsciiLetter(c0) && Character.isUpperCase(c0)
        && runEnd + 1 < n && t.charAt(runEnd) == '-' && isDigit(t.charAt(runEnd + 1));
    if ((digits >= 3 || letterDash) && onUsDriverLicense && keyedAs(t, i, CsvColumns.DL)) {
      // a licence number in its own column or key, with the dashes some states print ("L441-852-00-738-7")
      int e = i;
      int d = 0;
      while (e < n && e - i < 24 && (isAsciiAlnum(t.charAt(e)) || t.charAt(e) == '-' && e + 1 < n
          && isAsciiAlnum(t.charAt(e + 1)))) {
        d += isDigit(t.charAt(e)) ? 1 : 0;
        e++;
      }
      if (d >= 4 && e - i >= 5 && (e == n || !isWordChar(t.charAt(e)))) {
        h.add(i, e, PiiEntity.US_DRIVER_LICENSE, 0.8, "id in a driver licence column or key");
        return e;
      }
    }
    if ((digits >= 3 || letterDash) && onUsDriverLicense && runEnd + 1 < n && t.charAt(runEnd) == '-'
        && isAsciiAlnum(t.charAt(runEnd + 1))) {
      // "Driver license: FL S530-412-78-219-0": a dashed licence number after its keyword (seventeenth round)
      int e = runEnd;
      int d = digits;
      while (e < n && e - i < 24 && (isAsciiAlnum(t.charAt(e)) || t.charAt(e) == '-' && e + 1 < n
          && isAsciiAlnum(t.charAt(e + 1)))) {
        d += isDigit(t.charAt(e)) ? 1 : 0;
        e++;
      }
      // (round 22: a single letter, a dash and seven or more digits in groups, as Maryland and Portugal print them:
      // "K-512-448-207-193", "L-1482291")
      if (letterDash && e + 2 <= n && t.charAt(e) == ' ' && isDigit(t.charAt(e + 1))
          && (e + 2 == n || !isWordChar(t.charAt(e + 2)) && t.charAt(e + 2) != '.' && t.charAt(e + 2) != ',')) {
        // the check digit Portugal prints after a space ("L-4418207 4")
        e += 2;
      }
      if (d >= (letterDash ? 7 : 8) && (e == n || !isWordChar(t.charAt(e)) && t.charAt(e) != '-')
          && (around(t, i, e, h).hasLeft(PiiEntity.US_DRIVER_LICENSE) || kindIsLicence(siblingKind(t, i, h)))) {
        h.add(i, e, PiiEntity.US_DRIVER_LICENSE, 0.8, "dashed id after a driver licence keyword");
        return e;
      }
    }
    if (boundary && digits >= 4 && len >= 5 && len <= 16) {
      // (round 21) the kind named by a sibling cell or key decides, as in idsWithCue
      long kind = onUsPassport || onUsDriverLicense ? siblingKind(t, i, h) : -1;
      if (kindIsLicence(kind) && onUsDriverLicense) {
        h.add(i, runEnd, PiiEntity.US_DRIVER_LICENSE, 0.8, "id of a row or object of kind driver licence");
        return runEnd;
      }
      if (onUsPassport && len <= 10 && (kindIsPassport(kind) || kind < 0 && keyedAs(t, i, CsvColumns.PASSPORT))) {
        h.add(i, runEnd, PiiEntity.US_PASSPORT, 0.8, "number of a row, object or column of kind passport");
        return runEnd;
      }
      Context.Window w = around(t, i, runEnd, h);
      if (kind < 0 && w.hasLeft(PiiEntity.US_PASSPORT) && onUsPassport && len <= 10
          && !otherDocumentNearer(t, i, PASSPORT_BIT)) {
        h.add(i, runEnd, PiiEntity.US_PASSPORT, 0.8, "number after a passport keyword");
        return runEnd;
      }
      if (kind < 0 && w.hasLeft(PiiEntity.US_DRIVER_LICENSE) && onUsDriverLicense
          && !otherDocumentNearer(t, i, DL_BIT)) {
        // (round 22: a short prefix group is followed by the number's other digit groups, "O4471 20931 82045")
        int e = len <= 6 ? licenceGroupsEnd(t, runEnd, digits) : runEnd;
        h.add(i, e, PiiEntity.US_DRIVER_LICENSE, 0.8, "id after a driver licence keyword");
        return e;
      }
      if (kind < 0 && onUsPassport && len >= 8 && len <= 10 && digits >= 6 && passportEarlierInSentence(t, i)) {
        h.add(i, runEnd, PiiEntity.US_PASSPORT, 0.75, "number after a passport word earlier in the sentence");
        return runEnd;
      }
      if ((onUsPassport || onUsDriverLicense) && digits < len && aloneAnswer(t, i, runEnd)
          && !w.hasLeft(PiiEntity.PHONE_NUMBER) && !w.negative()) {
        // "Agent: And the passport number you mentioned for the trip?\nCustomer: C04812277.": a reply that is only
        // the value answers the question on the line before (round 21)
        long asked = askedIdBefore(t, i, w, h);
        // (review21: only a value of the type's own shape; a question that names a passport or licence may ask for
        // another number - "…the passport you travelled with, and which flight number was it?\nCustomer: LH2024.",
        // "The licence was sent. Which order reference did the shop give you?\nCustomer: ORD20931." - so a reply
        // typed by the question alone is eight to ten characters for a passport, seven or more with at most two
        // letters for a licence, as the issuers' numbers are)
        if ((asked & PASSPORT_BIT) != 0 && (asked & DL_BIT) == 0 && onUsPassport && len >= 8 && len <= 10) {
          h.add(i, runEnd, PiiEntity.US_PASSPORT, 0.75, "reply to a question for a passport number");
          return runEnd;
        }
        if ((asked & DL_BIT) != 0 && (asked & PASSPORT_BIT) == 0 && onUsDriverLicense && len >= 7
            && len - digits <= 2) {
          h.add(i, runEnd, PiiEntity.US_DRIVER_LICENSE, 0.75, "reply to a question for a licence number");
          return runEnd;
        }
      }
    }
    int kt = keyedToken(t, i, h);
    if (kt > 0) {
      return kt;
    }
    if (kt < -1) {
      return Math.max(runEnd, -kt);
    }
    return runEnd;
  }

  private int iban(CharSequence t, int i, Hits h) {
    int want = Validators.ibanLength(String.valueOf(new char[] {Character.toUpperCase(t.charAt(i)),
        Character.toUpperCase(t.charAt(i + 1))}));
    if (want == 0) {
      return -1;
    }
    int n = t.length();
    int k = i;
    int count = 0;
    char sepSeen = 0;
    while (k < n && count < want) {
      char c = t.charAt(k);
      if (isAsciiAlnum(c)) {
        count++;
        k++;
      } else if ((c == ' ' || c == '-') && (sepSeen == 0 || c == sepSeen) && count % 4 == 0 && k + 1 < n
          && isAsciiAlnum(t.charAt(k + 1))) {
        // groups of four separated by spaces or, in some forms, by dashes ("NL91-ABNA-0417-1643-00")
        sepSeen = c;
        k++;
      } else {
        break;
      }
    }
    if (count != want || k < n && isAsciiAlnum(t.charAt(k))) {
      return -1;
    }
    if (!Validators.iban(sepSeen == '-' ? t.subSequence(i, k).toString().replace('-', ' ') : t.subSequence(i, k))) {
      return -1;
    }
    h.add(i, k, PiiEntity.IBAN_CODE, 0.95, "IBAN mod 97 with country length");
    return k;
  }

  private static final String[][] KEY_PREFIXES = {
      {"AKIA", "16", "AWS access key id"}, {"ASIA", "16", "AWS temporary access key id"},
      {"ghp_", "36", "GitHub token"}, {"gho_", "36", "GitHub OAuth token"}, {"ghu_", "36", "GitHub token"},
      {"ghs_", "36", "GitHub token"}, {"ghr_", "36", "GitHub token"}, {"github_pat_", "60", "GitHub token"},
      {"glpat-", "20", "GitLab token"}, {"xoxb-", "20", "Slack token"}, {"xoxp-", "20", "Slack token"},
      {"xoxa-", "20", "Slack token"}, {"xoxs-", "20", "Slack token"}, {"xapp-", "20", "Slack token"},
      {"sk-proj-", "20", "OpenAI key"}, {"sk-ant-", "20", "Anthropic key"}, {"sk-", "32", "OpenAI-style key"},
      {"sk_live_", "16", "Stripe secret key"}, {"rk_live_", "16", "Stripe restricted key"},
      {"sk_test_", "16", "Stripe test key"}, {"AIza", "35", "Google API key"}, {"ya29.", "20", "Google OAuth token"},
      {"SG.", "40", "SendGrid key"}, {"npm_", "36", "npm token"}, {"hf_", "30", "Hugging Face token"},
      {"pypi-", "50", "PyPI token"}, {"shpat_", "32", "Shopify token"}, {"dop_v1_", "40", "DigitalOcean token"},
      {"AccountKey=", "40", "Azure storage key"}, {"eyJ", "10", "JSON Web Token"}, {"SK", "32", "Twilio API key"},
      // round 21: HashiCorp Vault service and batch tokens, Mapbox access tokens ("pk." public, "sk." secret)
      {"hvs.", "24", "Vault token"}, {"hvb.", "24", "Vault token"}, {"pk.eyJ", "40", "Mapbox token"},
      {"sk.eyJ", "40", "Mapbox token"},
      // round 22 (pii22a): more vendors' token prefixes; "d": the body must hold two digits and a letter (a random
      // token, not a word such as "key-management-for-distributed-systems")
      {"whsec_", "24", "Stripe webhook secret", "d"}, {"rk_test_", "16", "Stripe restricted key", "d"},
      {"key-", "32", "Mailgun key", "d"}, {"lin_api_", "32", "Linear key", "d"}, {"glc_", "32", "Grafana token", "d"},
      {"glsa_", "32", "Grafana token", "d"}, {"dapi", "32", "Databricks token", "d"},
      {"sq0atp-", "22", "Square token", "d"}, {"sq0csp-", "40", "Square secret", "d"},
      {"ATATT", "60", "Atlassian token", "d"}, {"xoxe-", "20", "Slack token", "d"}, {"ntn_", "40", "Notion token", "d"},
      {"gsk_", "40", "Groq key", "d"}, {"r8_", "30", "Replicate token", "d"}, {"xai-", "40", "xAI key", "d"},
      {"GOCSPX-", "24", "Google OAuth client secret", "d"}, {"dckr_pat_", "20", "Docker Hub token", "d"},
      {"sntrys_", "40", "Sentry token", "d"}, {"glptt-", "20", "GitLab token", "d"}, {"figd_", "30", "Figma token", "d"},
      {"LTAI", "16", "Alibaba Cloud key id", "d"},
      // round 22 (lead): a Twilio account SID, "AC" and 32 lower-case hex digits (checked like "SK" below)
      {"AC", "32", "Twilio account SID"}};
  /** {@link #KEY_PREFIXES} by the first character of the prefix (ASCII), each list in the order of the table. */
  private static final String[][][] KEY_PREFIXES_BY_FIRST = new String[128][][];

  static {
    for (char c = 0; c < 128; c++) {
      java.util.List<String[]> l = new java.util.ArrayList<>();
      for (String[] p : KEY_PREFIXES) {
        if (p[0].charAt(0) == c) {
          l.add(p);
        }
      }
      KEY_PREFIXES_BY_FIRST[c] = l.toArray(new String[0][]);
    }
    for (String[] p : KEY_PREFIXES) {
      if (p[0].charAt(0) >= 128) {
        throw new IllegalStateException("key prefixes start with an ASCII character");
      }
    }
  }

  private int apiKey(CharSequence t, int i, Hits h) {
    if (!onApiKey) {
      return -1;
    }
    char c0 = t.charAt(i);
    // only the prefixes starting with c0, in the table's order (the others were skipped by their first character)
    for (String[] p : c0 < 128 ? KEY_PREFIXES_BY_FIRST[c0] : KEY_PREFIXES_BY_FIRST[0]) {
      String pre = p[0];
      if (pre.charAt(0) != c0 || !startsWith(t, i, pre)) {
        continue;
      }
      int min = Integer.parseInt(p[1]);
      int s = i + pre.length();
      int e = s;
      boolean jwt = pre.equals("eyJ");
      int dots = 0;
      while (e < t.length() && e - s < 2048) {
        char c = t.charAt(e);
        if (isAsciiAlnum(c) || c == '_' || c == '-' || (c == '+' || c == '/' || c == '=') && !jwt
            && pre.equals("AccountKey=")) {
          e++;
        } else if (c == '.' && jwt && e + 1 < t.length() && isB64Url(t.charAt(e + 1)) && dots < 2) {
          dots++;
          e++;
        } else if (c == '.' && (pre.equals("SG.") || pre.endsWith(".eyJ")) && dots == 0 && e + 1 < t.length()
            && isB64Url(t.charAt(e + 1))) {
          // a SendGrid key is "SG.", an id, a dot and a secret; a Mapbox token "pk." or "sk.", a payload, a dot and
          // a signature
          dots++;
          e++;
        } else if (c == '.' && jwt && dots == 1) {
          dots++;
          e++;
          break;
        } else {
          break;
        }
      }
      if (e - s < min) {
        continue;
      }
      if (jwt && (dots < 2 || !startsWith(t, indexOf(t, '.', i, e) + 1, "eyJ"))) {
        continue;
      }
      if (pre.equals("AKIA") || pre.equals("ASIA")) {
        e = s + 16;
        for (int k = s; k < e; k++) {
          char c = t.charAt(k);
          if (!(c >= 'A' && c <= 'Z' || isDigit(c))) {
            return -1;
          }
        }
        if (e < t.length() && isAsciiAlnum(t.charAt(e))) {
          return -1;
        }
        h.add(i, e, PiiEntity.API_KEY, 0.95, p[2]);
        int secret = awsSecretAfter(t, e);
        if (secret > 0) {
          // "AKIA… / j60m73Ari9…": the forty-character secret pasted right after its key id
          h.add(secret - 40, secret, PiiEntity.API_KEY, 0.9, "AWS secret access key next to its key id");
          return secret;
        }
        return e;
      }
      if (p.length > 3 && (!randomBody(t, s, e) || i > 0 && isWordChar(t.charAt(i - 1)))) {
        continue;
      }
      if ((pre.equals("SK") || pre.equals("AC"))
          && (e - s != 32 || !lowerHex(t, s, e) || i > 0 && isWordChar(t.charAt(i - 1)))) {
        // a Twilio key is "SK", an account SID "AC", and exactly 32 lower-case hex digits
        continue;
      }
      // (an Azure connection string's key starts after "AccountKey=", so a redaction keeps the field's name)
      h.add(pre.equals("AccountKey=") ? s : i, e, PiiEntity.API_KEY, 0.95, p[2]);
      return e;
    }
    return -1;
  }

  /**
   * The end of a forty-character AWS secret access key (letters, digits, "/" and "+", with a lower-case letter, a
   * capital and a digit) that starts within a few separator characters after {@code e}, or -1.
   */
  static int awsSecretAfter(CharSequence t, int e) {
    int n = t.length();
    int k = e;
    while (k < n && k - e < 6 && " \t/:,;|=\"'".indexOf(t.charAt(k)) >= 0) {
      k++;
    }
    if (k == e || k + 40 > n || k + 40 < n && (isAsciiAlnum(t.charAt(k + 40)) || t.charAt(k + 40) == '/'
        || t.charAt(k + 40) == '+')) {
      return -1;
    }
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    for (int j = k; j < k + 40; j++) {
      char c = t.charAt(j);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (isDigit(c)) {
        digit = true;
      } else if (c != '/' && c != '+') {
        return -1;
      }
    }
    return lower && upper && digit ? k + 40 : -1;
  }

  /**
   * Round 22: whether {@code t[s, e)} holds two digits, a letter and few dashes or underscores (a token body, not words
   * joined by dashes).
   */
  private static boolean randomBody(CharSequence t, int s, int e) {
    int digits = 0;
    int seps = 0;
    boolean letter = false;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (isDigit(c)) {
        digits++;
      } else if (isAsciiLetter(c)) {
        letter = true;
      } else {
        seps++;
      }
    }
    // (a slug such as "key-rotation-2024-policy-document-v2-final" has a dash every few characters)
    return digits >= 2 && letter && seps <= 1 + (e - s) / 16;
  }

  private static boolean lowerHex(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (!(isDigit(c) || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code t[i, e)} ends in a run of at least 32 hex digits of one case after nothing or a dash or
   * underscore ("d0b7dfe8…", "Linux-pip-da7377b0…"): a digest or a cache key, not a secret by its look.
   */
  static boolean digestLike(CharSequence t, int i, int e) {
    int k = e;
    boolean lower = false;
    boolean upper = false;
    while (k > i) {
      char c = t.charAt(k - 1);
      if (c >= 'a' && c <= 'f') {
        lower = true;
      } else if (c >= 'A' && c <= 'F') {
        upper = true;
      } else if (!isDigit(c)) {
        break;
      }
      k--;
    }
    return e - k >= 32 && !(lower && upper) && (k == i || t.charAt(k - 1) == '-' || t.charAt(k - 1) == '_');
  }

  private static final String[] KEY_NAME_PARTS = {"KEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "PWD", "AUTH",
      "CREDENTIAL"};

  /**
   * Whether the value at {@code i} is assigned to an identifier naming a secret: {@code AWS_SECRET_ACCESS_KEY=},
   * {@code db_password: }, {@code "client-secret": "} (the identifier holds key, secret, token, password...).
   */
  static boolean keyNameBefore(CharSequence t, int i) {
    return keyNameBefore(t, i, KEY_NAME_PARTS);
  }

  /** Parts of key names that name a public key: a value anyone may see ("PublicKey = AD9aW8…" in a WireGuard peer). */
  private static final String[] PUBLIC_KEY_NAME_PARTS = {"PUBLIC", "PUBKEY"};

  /**
   * Whether a key name holding one of {@code parts} (upper case) as a word part (case ignored, at {@link #namePartEdge}s) is
   * assigned right before {@code i} with {@code =} or {@code :}.
   */
  private static boolean keyNameBefore(CharSequence t, int i, String[] parts) {
    int k = i;
    int lim = Math.max(0, i - 8);
    // (review21: a tab too: "admin_password:\t1uc0…", and the column gap that find's view makes of an aligned
    // "admin_password:    1uc0…")
    while (k > lim && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\t' || t.charAt(k - 1) == '"'
        || t.charAt(k - 1) == '\'')) {
      k--;
    }
    if (k == 0 || !(t.charAt(k - 1) == '=' || t.charAt(k - 1) == ':')) {
      return false;
    }
    k--;
    while (k > lim - 4 && k > 0 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\t' || t.charAt(k - 1) == '"'
        || t.charAt(k - 1) == '\'')) {
      k--;
    }
    int e = k;
    while (k > 0 && e - k < 64 && (isAsciiAlnum(t.charAt(k - 1)) || t.charAt(k - 1) == '_' || t.charAt(k - 1) == '-'
        || t.charAt(k - 1) == '.')) {
      k--;
    }
    if (e - k < 3) {
      return false;
    }
    for (String part : parts) {
      for (int at = k; at + part.length() <= e; at++) {
        int to = at + part.length();
        if (containsIgnoreCase(t, at, to, part) && namePartEdge(t, k, at, true) && namePartEdge(t, e, to, false)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code at} is a word edge inside an identifier: its end, {@code _ - .}, a digit or a camel-case hump. */
  private static boolean namePartEdge(CharSequence t, int limit, int at, boolean start) {
    if (at == limit) {
      return true;
    }
    char out = start ? t.charAt(at - 1) : t.charAt(at);
    char in = start ? t.charAt(at) : t.charAt(at - 1);
    return out == '_' || out == '-' || out == '.' || isDigit(out)
        || (start ? Character.isLowerCase(out) && Character.isUpperCase(in) : Character.isUpperCase(out)
        && Character.isLowerCase(in));
  }

  /**
   * Whether {@code t[i, e)} is a host name: labels of letters, digits and hyphens joined by dots, at least two of
   * them, the last of two or more letters only, nothing else ("mi-tienda-7a21.firebaseapp.com"), its letters all of
   * one case (review21).
   */
  static boolean hostLike(CharSequence t, int i, int e) {
    int dots = 0;
    int lastDot = -1;
    boolean lower = false;
    boolean upper = false;
    for (int k = i; k < e; k++) {
      lower |= isAsciiLower(t.charAt(k));
      upper |= isAsciiUpper(t.charAt(k));
    }
    if (lower && upper) {
      // (review21) host names are written in one case; a token mixing both is random ("Xk29fQ8rLm3pZt7vWq.Bnkw")
      return false;
    }
    for (int k = i; k < e; k++) {
      char c = t.charAt(k);
      if (c == '.') {
        if (k == i || k == lastDot + 1) {
          return false;
        }
        dots++;
        lastDot = k;
      } else if (!isAsciiAlnum(c) && c != '-') {
        return false;
      }
    }
    if (dots == 0 || e - lastDot - 1 < 2) {
      return false;
    }
    for (int k = lastDot + 1; k < e; k++) {
      if (!isAsciiLetter(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code t[a, e)} starts with a directory name: a word of two or more ASCII letters, lower case after the
   * first ("Users", "home", "etc"), and then a slash (review20b: a value that starts with a slash is a path then, not a
   * base64 secret, whose first segment is seldom a word).
   */
  static boolean directoryFirst(CharSequence t, int a, int e) {
    if (a >= e || !isAsciiLetter(t.charAt(a))) {
      return false;
    }
    int k = a + 1;
    while (k < e && t.charAt(k) >= 'a' && t.charAt(k) <= 'z') {
      k++;
    }
    return k - a >= 2 && k < e && t.charAt(k) == '/';
  }

  /** A high-entropy token (mixed letters and digits, 16+ chars) right after a key word such as token or secret. */
  private int keyedToken(CharSequence t, int i, Hits h) {
    if (i >= 2 && t.charAt(i - 1) == '/' && (t.charAt(i - 2) == '=' || t.charAt(i - 2) == '"'
        || t.charAt(i - 2) == '\'' || t.charAt(i - 2) == ' ' && i >= 3 && t.charAt(i - 3) == ':')) {
      // "NEXTAUTH_SECRET=/Jk52m6…": a base64 secret whose first character is a slash starts at the slash (round 20)
      i--;
    } else if (!onApiKey || i > 0 && (t.charAt(i - 1) == '/' || t.charAt(i - 1) == '.')) {
      return -1;
    }
    if (!onApiKey) {
      return -1;
    }
    int e = i;
    int lower = 0;
    int upper = 0;
    int digits = 0;
    while (e < t.length() && e - i < 512) {
      char c = t.charAt(e);
      if (c >= 'a' && c <= 'z') {
        lower++;
      } else if (c >= 'A' && c <= 'Z') {
        upper++;
      } else if (isDigit(c)) {
        digits++;
      } else if (!(c == '_' || c == '-' || c == '+' || c == '/' || c == '=' || c == '.')) {
        break;
      }
      e++;
    }
    while (e > i && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '-')) {
      e--;
    }
    int len = e - i;
    if (len < 16 && len >= 6 && e < t.length() && PASSWORD_MARKS.indexOf(t.charAt(e)) >= 0 && keyNameBefore(t, i)) {
      // "admin_password: 1uc02Futli@5Ctd9iGsR": a password with punctuation, assigned to a key name with ":"
      // (round 21); the value runs on to white space, its letters and digits counted again
      int x = colonSecretEnd(t, i, e);
      int at = indexOf(t, '@', e, x);
      if (x > e && (at < 0 || indexOf(t, '.', at, x) < 0)) {
        // (not a mailbox: "auth_user: admin2024@corp.local" stays an e-mail address)
        lower = 0;
        upper = 0;
        digits = 0;
        for (int k = i; k < x; k++) {
          char c = t.charAt(k);
          lower += c >= 'a' && c <= 'z' ? 1 : 0;
          upper += c >= 'A' && c <= 'Z' ? 1 : 0;
          digits += isDigit(c) ? 1 : 0;
        }
        if (lower + upper + digits >= 12) {
          e = x;
          len = e - i;
        }
      }
    }
    if (len < 16 || digits == 0 || lower + upper == 0) {
      return -1;
    }
    if (keyEqualsNumber(t, i, e)) {
      // "user_id=88213049": a key and its number glued by "=", not one secret (round 19)
      return -e;
    }
    if (len == 36 && t.charAt(i + 8) == '-' && t.charAt(i + 13) == '-' && t.charAt(i + 18) == '-'
        && t.charAt(i + 23) == '-') {
      return -e;
    }
    int classes = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digits > 0 ? 1 : 0);
    if (classes < 2 || entropy(t, i, e) < 3.3) {
      return -e;
    }
    // uuid-like and hex hashes are identifiers, not secrets, unless a key word sits right before them
    Context.Window w = Context.around(t, i, e, 3);
    if (i >= 7 && (startsWithIgnoreCase(t, i - 7, "sha256:") || startsWithIgnoreCase(t, i - 5, "sha1:")
        || startsWithIgnoreCase(t, i - 4, "md5:"))) {
      // "fingerprint = SHA256:nThbg6kX…": a key's fingerprint, a digest anyone may see
      return -e;
    }
    boolean named = keyNameBefore(t, i);
    if (!(named || w.hasLeft(PiiEntity.API_KEY)) || w.negativeNear()) {
      return -e;
    }
    if (t.charAt(i) == '/' && (!named || upper == 0 || lower == 0 || directoryFirst(t, i + 1, e))) {
      // (a slash first only for a mixed-case value assigned to a key name; "secret: /usr/local/keys/f2024" is a path,
      // so is "api_key: /Users/Anna/Downloads/key2024", whose first segment is a word: review20b)
      return -e;
    }
    if (hostLike(t, i, e)) {
      // "authDomain": "mi-tienda-7a21.firebaseapp.com": a host name under a key that names authentication (round 20)
      return -e;
    }
    if (!named && digestLike(t, i, e)) {
      // "api@sha256:d0b7…", "Cache key Linux-pip-da73…": a content digest after a word, not a secret assigned to a
      // key name ("API_KEY=9f86d0…" still is one)
      return -e;
    }
    if (keyNameBefore(t, i, PUBLIC_KEY_NAME_PARTS)) {
      // "PublicKey = AD9aW8…", "server_public_key: …": a public key is shared by design, not a secret (round 19)
      return -e;
    }
    if (named) {
      e = quotedSecretEnd(t, i, e);
    }
    h.add(i, e, PiiEntity.API_KEY, 0.85, "high-entropy token after a key word");
    return e;
  }

  /**
   * Where a secret assigned to a key name really ends: when it stands in quotes ({@code DB_PASSWORD: "5cSz…%oIYf"})
   * or right after {@code =}, punctuation that the token scan stops at ({@code % ! @ # $ & * ^ ~ ? , ;}) is part of
   * a password, so the span runs on to the closing quote (or, after {@code =}, to white space) as long as only
   * printable ASCII without spaces comes before it (at most 512 characters); otherwise {@code e} (seventeenth
   * round: a mask must not leave the password's tail in clear).
   */
  static int quotedSecretEnd(CharSequence t, int i, int e) {
    int n = t.length();
    if (i == 0 || e >= n || t.charAt(e) <= ' ' || t.charAt(e) >= 127) {
      return e;
    }
    char q = t.charAt(i - 1);
    boolean quoted = q == '"' || q == '\'';
    if (!quoted && q != '=') {
      return e;
    }
    if (!quoted && t.charAt(e) == '&' && queryKey(t, i - 1)) {
      // "GET /reset?token=Bimw…&email=a@b.it": in a query string "&" starts the next parameter (round 21)
      return e;
    }
    int k = e;
    while (k < n && k - i < 512) {
      char c = t.charAt(k);
      if (quoted && c == q) {
        return k;
      }
      if (c <= ' ' || c >= 127 || c == '"' || c == '\'') {
        break;
      }
      k++;
    }
    if (quoted || k - i >= 512) {
      return e;
    }
    // after "=": up to white space or the end; a trailing sentence mark is not the password's, nor a closing
    // bracket the value never opened (review21)
    return trimTail(t, i, e, k);
  }

  /**
   * Whether the letters {@code t[s, e)} read like words rather than random letters: at least three in eight are
   * vowels (review21). Random capitals have one vowel in five (six or more of sixteen: 7%); English words two in
   * five ("PACIFICMARKETING": 6 of 16).
   */
  static boolean wordLike(CharSequence t, int s, int e) {
    int vowels = 0;
    for (int k = s; k < e; k++) {
      char c = (char) (t.charAt(k) | 0x20);
      vowels += c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ? 1 : 0;
    }
    return 8 * vowels >= 3 * (e - s);
  }

  /** Whether a dash at {@code e} ties one to three capital letters (and no more letters) to what ends there. */
  static boolean codeSuffix(CharSequence t, int e) {
    int n = t.length();
    if (e + 1 >= n || t.charAt(e) != '-') {
      return false;
    }
    int k = e + 1;
    while (k < n && k - e <= 4 && isAsciiUpper(t.charAt(k))) {
      k++;
    }
    return k > e + 1 && k - e <= 4 && (k == n || !Character.isLetter(t.charAt(k)));
  }

  /** Punctuation a password may hold that ends the token scan. */
  private static final String PASSWORD_MARKS = "@#$%!&*^~?";

  /**
   * Where a value assigned with {@code ":"} or {@code "="} ends when it holds {@link #PASSWORD_MARKS}: at white
   * space, a quote or the end, if only printable ASCII comes before it and the value is at most 64 characters long;
   * otherwise {@code e} (round 21). A trailing comma, semicolon or full stop is left out.
   */
  static int colonSecretEnd(CharSequence t, int i, int e) {
    int n = t.length();
    int k = e;
    while (k < n && k - i <= 64) {
      char c = t.charAt(k);
      if (c <= ' ' || c == '"' || c == '\'') {
        break;
      }
      if (c >= 127) {
        return e;
      }
      k++;
    }
    if (k - i > 64) {
      return e;
    }
    return trimTail(t, i, e, k);
  }

  /**
   * {@code k} moved back over the end of {@code t[i, k)} that belongs to the text around a value, not to it: a comma,
   * semicolon or full stop, and a closing bracket the value closes more often than it opens ("(admin_password:
   * 1uc…iGsR)"),
   * never before {@code e} (review21).
   */
  static int trimTail(CharSequence t, int i, int e, int k) {
    // how many of each bracket the value opens and closes, counted once (k only moves back)
    int paren = 0;
    int square = 0;
    int curly = 0;
    int angle = 0;
    for (int x = i; x < k; x++) {
      char c = t.charAt(x);
      paren += c == ')' ? 1 : c == '(' ? -1 : 0;
      square += c == ']' ? 1 : c == '[' ? -1 : 0;
      curly += c == '}' ? 1 : c == '{' ? -1 : 0;
      angle += c == '>' ? 1 : c == '<' ? -1 : 0;
    }
    while (k > e) {
      char c = t.charAt(k - 1);
      if (c == ',' || c == ';' || c == '.') {
        k--;
      } else if (c == ')' && paren > 0) {
        paren--;
        k--;
      } else if (c == ']' && square > 0) {
        square--;
        k--;
      } else if (c == '}' && curly > 0) {
        curly--;
        k--;
      } else if (c == '>' && angle > 0) {
        angle--;
        k--;
      } else {
        break;
      }
    }
    return k;
  }

  /** Whether the key that ends at the {@code =} at {@code eq} is a URL query parameter (after "?" or "&"). */
  static boolean queryKey(CharSequence t, int eq) {
    int k = eq;
    while (k > 0 && eq - k < 64 && (isAsciiAlnum(t.charAt(k - 1)) || t.charAt(k - 1) == '_'
        || t.charAt(k - 1) == '-' || t.charAt(k - 1) == '.')) {
      k--;
    }
    return k < eq && k > 0 && (t.charAt(k - 1) == '?' || t.charAt(k - 1) == '&');
  }

  private static double entropy(CharSequence t, int s, int e) {
    int[] counts = new int[128];
    int n = 0;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c < 128) {
        counts[c]++;
        n++;
      }
    }
    double ent = 0;
    for (int c : counts) {
      if (c > 0) {
        double p = (double) c / n;
        ent -= p * Math.log(p) / Math.log(2);
      }
    }
    return ent;
  }

  // ------------------------------------------------------------------ letters

  private int alpha(CharSequence t, int i, Hits h) {
    int n = t.length();
    char c = t.charAt(i);
    if (c >= 'a' && c <= 'z') {
      int r = lowerRun(t, i, n, h);
      if (r >= 0) {
        return r;
      }
    }
    if (c >= 'A' && c <= 'Z' && SPELL_CAPS[c - 'A'] && i >= h.spelledEnd && on(PiiEntity.PHONE_NUMBER)) {
      // "Caller: Oh seven seven double nine, ...": a number read out in words from a capitalised first word (pii20q)
      int r = capitalSpelled(t, i, n, h);
      if (r > i) {
        return r;
      }
    }
    if ((c == 'h' || c == 'H') && (startsWithIgnoreCase(t, i, "http://") || startsWithIgnoreCase(t, i, "https://"))
        || (c == 'w' || c == 'W') && startsWithIgnoreCase(t, i, "www.") && i + 4 < n && isAsciiAlnum(t.charAt(i + 4))) {
      return url(t, i, h);
    }
    if (c >= 'a' && c <= 'z' && (i == 0 || t.charAt(i - 1) != ':') && schemeUrl(t, i, n)) {
      // "postgres://app:s3cr3t@db.internal:5432/app": a connection URL, its credentials inside (round 19, pii19r);
      // reached only when the lower-case run above declined the word (a non-plain character such as ':' follows it);
      // not the inner scheme of a compound one ("jdbc:postgresql://db.internal:5432/app", a driver setting that
      // handset8's gold leaves unlabelled)
      return url(t, i, h);
    }
    if (c >= 'a' && c <= 'z' && c != 'h' && c != 'w' && (names || places)) {
      // fast path: a common lower-case word costs one pass and one probe
      int e = i;
      int hsh = 0;
      while (e < n) {
        char d = t.charAt(e);
        if (d >= 'a' && d <= 'z') {
          hsh = 31 * hsh + d;
          e++;
        } else {
          break;
        }
      }
      if (e == n || !(Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '_' || t.charAt(e) == '-'
          || t.charAt(e) == '.' || t.charAt(e) == '=' || t.charAt(e) == '\'' || t.charAt(e) == ':')) {
        LowerWords memo = h.lowerWords();
        if (e - i < 2 || (memo.lastStart == i && memo.lastEnd == e ? (memo.lastFlags & LowerWords.COMMON) != 0
            : Gazetteer.get().common.contains(t, i, e, hsh ^ (hsh >>> 16)))) {
          return e;
        }
      }
    }
    int localFrom = i; // where the e-mail local-part check below may start reading (chars before it are local)
    if (c < 128) {
      int runEnd = i;
      boolean digit = false;
      while (runEnd < n && runEnd - i < 128) {
        char d = t.charAt(runEnd);
        if (isDigit(d)) {
          digit = true;
        } else if (!isAsciiLetter(d)) {
          break;
        }
        runEnd++;
      }
      if (runEnd - i < 64) {
        localFrom = runEnd; // ASCII letters and digits: the local-part loop would read through them
      }
      if (!digit && runEnd - i == 20 && c == 'A' && onApiKey && (startsWith(t, i, "AKIA") || startsWith(t, i, "ASIA"))
          && !wordLike(t, i + 4, runEnd)) {
        // "it was AKIABTHRBUHYICPKECAN": an AWS key id of letters only (round 21; review21: not a capital word
        // such as "ASIAPACIFICMARKETING")
        int r = apiKey(t, i, h);
        if (r > 0) {
          return r;
        }
      }
      if (digit || runEnd < n && (t.charAt(runEnd) == '_' || t.charAt(runEnd) == '-' || t.charAt(runEnd) == '.'
          || t.charAt(runEnd) == '=')) {
        int r = -1;
        if (runEnd < n && (t.charAt(runEnd) == ':' || t.charAt(runEnd) == '-') && isHex(c)) {
          r = hexColon(t, i, h);
        } else if (digit && runEnd - i == 4 && runEnd < n && t.charAt(runEnd) == '.') {
          r = dottedMac(t, i, h);
          if (r > 0) {
            return r;
          }
        } else if (runEnd - i == 2 && runEnd < n && t.charAt(runEnd) == '.' && isHex(c) && isHex(t.charAt(i + 1))) {
          r = pairMac(t, i, h);
          if (r > 0) {
            return r;
          }
        }
        if (r < 0 && digit && places && c >= 'A' && c <= 'Z' && runEnd - i <= 4) {
          r = CsvColumns.letterPostcodeEnd(t, i);
          if (r > 0) {
            // "postcode": "SW1A 1AA", "name,postcode\nAmy,M1 1AE": a postcode alone in a postcode field
            h.add(i, r, PiiEntity.LOCATION, 0.8, "value of a postcode field");
            return r;
          }
        }
        if (r < 0 && !digit && runEnd - i == 1 && c >= 'A' && c <= 'Z' && t.charAt(runEnd) == '-'
            && runEnd + 1 < n && isDigit(t.charAt(runEnd + 1)) && onUsDriverLicense) {
          // round 22: a licence number of one letter, a dash and digit groups ("K-512-448-207-193", "L-1482291")
          int e = mixed(t, i, runEnd, h);
          if (e > runEnd) {
            return e;
          }
        }
        if (r < 0) {
          r = digit ? mixed(t, i, runEnd, h) : apiKey(t, i, h);
        }
        if (r < 0 && !digit && t.charAt(runEnd) != '.') {
          // "GITHUB_TOKEN=ghp_..." one character short of the prefix's length, "secret: abc_9f8..": a high-entropy
          // value after a key word or a secret's identifier is still a key (twelfth round)
          r = keyedToken(t, i, h);
        }
        if (r > 0) {
          return r;
        }
        if (digit) {
          return runEnd;
        }
      } else if (runEnd < n && (t.charAt(runEnd) == '/' || t.charAt(runEnd) == '+')
          && (runEnd - i >= 4 || runEnd - i >= 1 && keyNameBefore(t, i)) && onApiKey) {
        // base64 secrets whose first slash comes before any digit ("wJalrXUtnFEMI/K7MDENG/..."), also right after
        // the first letters when a key name is assigned ("AWS_SECRET_ACCESS_KEY=eB+h9R5V…": round 21)
        int r = keyedToken(t, i, h);
        if (r > 0) {
          return r;
        }
      } else if (runEnd < n && t.charAt(runEnd) == ':' && isHex(c) && runEnd - i <= 4) {
        int r = hexColon(t, i, h);
        if (r > 0) {
          return r;
        }
      }
      if (runEnd - i == 3 && runEnd + 16 <= n && t.charAt(runEnd) == ' ' && isUpperAscii(c)) {
        int e = spacedFiscalCode(t, i, n, h);
        if (e > 0) {
          return e;
        }
      }
      // spaced NINO: AB 12 34 56 C (round 21: or with dashes throughout, AB-12-34-56-C)
      if (runEnd - i == 2 && runEnd + 10 < n + 1 && (t.charAt(runEnd) == ' ' || t.charAt(runEnd) == '-')
          && on(PiiEntity.UK_NINO) && isUpperAscii(c) && isUpperAscii(t.charAt(i + 1)) && runEnd + 11 <= n) {
        int e = runEnd + 11;
        if (e > n) {
          return runEnd;
        }
        CharSequence cand = t.subSequence(i, e);
        if (ninoSpaced(cand) && Validators.ukNino(t.charAt(runEnd) == '-' ? cand.toString().replace('-', ' ') : cand)
            && !isWordChar(charAt(t, e)) && (t.charAt(runEnd) == ' ' || charAt(t, e) != '-')) {
          h.add(i, e, PiiEntity.UK_NINO, 0.85, "NINO prefix and suffix rules");
          return e;
        }
      }
    }
    if (names || places || onDateTime) {
      // the local part of an e-mail address is the e-mail recognizer's business, not a name
      int k = localFrom;
      while (k < n && k - i < 64 && isLocalChar(t.charAt(k))) {
        k++;
      }
      if (k < n && t.charAt(k) == '@') {
        return k;
      }
      return Names.scan(this, t, i, h);
    }
    return wordEnd(t, i);
  }

  /**
   * Whether the character at {@code e} ends a lower-case ASCII word so that only the name rules could use the word:
   * not a letter or digit, not a character that continues an identifier, key, URL or e-mail local part
   * ({@code _ - = ' ’ : + %}), and a dot only at a sentence end (followed by white space or the end).
   */
  private static boolean plainAfterLower(CharSequence t, int e, int n) {
    if (e >= n) {
      return true;
    }
    char x = t.charAt(e);
    if (x < 128) {
      if (x <= ' ') {
        return true;
      }
      if (x == '.') {
        if (e + 1 >= n) {
          return true;
        }
        char y = t.charAt(e + 1);
        return y == ' ' || y == '\n' || y == '\t' || y == '\r';
      }
      return PLAIN_AFTER[x];
    }
    return x != '\u2019' && !Character.isLetterOrDigit(x);
  }

  /**
   * Skips a run of plain lower-case words starting at {@code i} without any gazetteer probe. The name and place rules
   * look at a lower-case word only after a cue word ({@code Names.prevIsCue}) or before a verb
   * ({@code Names.nextIsVerb}); both are answered here from the words this loop has just read (a cue word is
   * remembered in {@code h.plainEnd}/{@code h.plainCue}, the next word is read once and checked as a verb), with a
   * shape prefilter before any set lookup. Returns where the main loop goes on, or -1 when the word at {@code i}
   * must take the full path (state already recorded for it).
   */
  private int lowerRun(CharSequence t, int i, int n, Hits h) {
    LowerWords memo = h.lowerWords();
    memo.lastStart = -1;
    if (i > 0 && (t.charAt(i - 1) == '"' || t.charAt(i - 1) == '<')) {
      // a quoted value may be a JSON person field (Names.personField), "<nick> " an IRC speaker: full path
      return -1;
    }
    int s = i;
    int e = memo.end(t, s, n);
    long key = memo.key;
    int flags = -1; // the memo's flags of t[s, e) when already looked up
    boolean first = true;
    int prevEnd = -1; // the end of the run's word before t[s, e) (only read when not first)
    while (true) {
      if (!plainAfterLower(t, e, n)) {
        return first ? -1 : s;
      }
      boolean prevCue;
      if (!first && h.plainEnd == prevEnd) {
        // a later word of the run: only spaces since the word before, which this loop has just recorded (the
        // backward look below would stop at that word's last letter, which is h.plainEnd)
        prevCue = h.plainCue;
      } else {
        int k = s - 1;
        while (k >= 0 && isCueGap(t.charAt(k))) {
          k--;
        }
        if (k + 1 == h.plainEnd && h.plainEnd > 0) {
          prevCue = h.plainCue;
        } else {
          // the word before (letters and apostrophes, as prevIsCue reads it backwards), fast when it is ASCII
          int ps = k;
          while (ps >= 0 && (isAsciiLetter(t.charAt(ps)) || t.charAt(ps) == '\'')) {
            ps--;
          }
          if (ps >= 0 && Character.isLetter(t.charAt(ps))) {
            prevCue = Names.prevIsCue(t, s);
          } else {
            prevCue = k > ps && Names.cueWord(t, ps + 1, k + 1);
          }
        }
      }
      // the next word, read once: a verb after this word makes it a possible name subject
      int ns = e;
      while (ns < n && t.charAt(ns) == ' ') {
        ns++;
      }
      int ne = -1;
      int nextFlags = -1;
      boolean verb;
      char nc = ns < n ? t.charAt(ns) : ' ';
      if (ns >= n) {
        verb = false;
      } else if (nc >= 'a' && nc <= 'z') {
        int we = memo.end(t, ns, n);
        char wc = we < n ? t.charAt(we) : ' ';
        // a letter after the run of a-z (A-Z when ASCII): the word goes on
        if (we < n && (wc < 128 ? wc >= 'A' && wc <= 'Z' : Character.isLetter(wc))) {
          verb = Names.nextIsVerb(t, e);
        } else {
          nextFlags = memo.flags(t, ns, we, memo.key);
          verb = (nextFlags & LowerWords.VERB) != 0;
          ne = we;
        }
      } else if (nc >= 'A' && nc <= 'Z') {
        int we = ns + 1;
        while (we < n && isAsciiLetter(t.charAt(we))) {
          we++;
        }
        verb = we < n && Character.isLetter(t.charAt(we)) ? Names.nextIsVerb(t, e) : Names.verbWord(t, ns, we);
      } else if (nc < 128 && nc != '\'') {
        verb = false;
      } else {
        verb = Names.nextIsVerb(t, e);
      }
      // a listed first or last name that is not a common word may still be a name for the tagger (Names.lowerTagger)
      if (flags < 0) {
        flags = memo.flags(t, s, e, key);
      }
      if ((flags & LowerWords.SPELL) != 0 && nextFlags > 0 && (nextFlags & LowerWords.SPELL) != 0
          && on(PiiEntity.PHONE_NUMBER) && s >= h.spelledEnd) {
        // two number words in a row: a number read out in words? (pii20q) Asked from the run's first word only (a
        // declined run is not asked again from its later words)
        if (!first) {
          return s;
        }
        int r = spelledWords(t, s, n, h);
        if (r > s) {
          return r;
        }
        h.spelledEnd = -r;
      }
      boolean name = (names || places) && e - s >= 3 && (flags & LowerWords.NAME) != 0;
      boolean skip = e - s < 2 || !(names || places) || !prevCue && !verb && !name
          || (flags & LowerWords.DEAD) != 0 && deadAfter(t, e, n);
      if (!skip && (flags & LowerWords.COMMON) != 0 && commonWordEnd(t, s, e, n)) {
        // the full path would end here: alpha's common-word exit returns e with no other effect (the state for the
        // next word is recorded below exactly as on the full path)
        skip = true;
      }
      if (!skip && (flags & LowerWords.DEAD_UNKNOWN) != 0 && deadAfter(t, e, n)) {
        // asked only for a word that would take the full path, which would compute the same score first
        skip = memo.resolveDead(t, s, e);
      }
      if (!skip && !first) {
        // the main loop comes back to this word; the state still describes the word before it
        return s;
      }
      // remember this word for the next one (only a whole word, as the backward look of prevIsCue sees it; a later
      // word of the run follows a space)
      char before = first && s > 0 ? t.charAt(s - 1) : ' ';
      if (!((before < 128 ? isAsciiLetter(before) : Character.isLetter(before)) || before == '\'')) {
        h.plainEnd = e;
        h.plainCue = (flags & LowerWords.CUE) != 0;
      } else {
        h.plainEnd = -1;
      }
      if (!skip) {
        // the full path asks first whether this is a common word: the memo has the answer
        memo.lastStart = s;
        memo.lastEnd = e;
        memo.lastFlags = flags;
        return -1;
      }
      if (ne < 0 || ns == e) {
        return e;
      }
      prevEnd = e;
      s = ns;
      e = ne;
      flags = nextFlags;
      first = false;
      if (h.plainEnd == prevEnd) {
        // the common case in one tight loop: words of a-z separated by one space
        if (plainStretch(t, n, s, e, flags, h, memo)) {
          return memo.runStart;
        }
        s = memo.runStart;
        e = memo.runEnd;
        flags = memo.runFlags;
        prevEnd = h.plainEnd;
      }
    }
  }

  /**
   * The loop of {@link #lowerRun} for its later words in the common case, with the same decisions in fewer steps:
   * the word {@code t[s, e)} (flags {@code flags}) follows a word this loop recorded ({@code h.plainEnd},
   * {@code h.plainCue}), one space comes after it and then a word of a-z that no letter continues. Each such word
   * is decided from its flags, the previous word's cue bit and the next word's verb bit, exactly as the general step
   * would; the first word that is not in this shape is left to the general step ({@code memo.runStart},
   * {@code runEnd}, {@code runFlags} describe it, and the state in {@code h} describes the word before it). Returns
   * true when a word needs the full path: then {@code lowerRun} returns {@code memo.runStart}, its start, with the
   * state describing the word before it (as the general step does).
   */
  private boolean plainStretch(CharSequence t, int n, int s, int e, int flags, Hits h, LowerWords memo) {
    boolean cue = h.plainCue;
    int pe = h.plainEnd;
    boolean np = names || places;
    while (e + 1 < n && t.charAt(e) == ' ') {
      int ns = e + 1;
      long k = 0;
      int we = ns;
      while (we < n) {
        char d = t.charAt(we);
        if (d >= 'a' && d <= 'z') {
          k = k << 5 | (d - ('a' - 1));
          we++;
        } else {
          break;
        }
      }
      if (we == ns) {
        break; // no a-z word after the space
      }
      if (we < n) {
        char wc = t.charAt(we);
        if (wc < 128 ? wc >= 'A' && wc <= 'Z' : Character.isLetter(wc)) {
          break; // the next word goes on with a letter: the general step asks Names.nextIsVerb
        }
      }
      int nf = memo.flags(t, ns, we, we - ns <= LowerWords.MAX_LEN ? k : 0);
      boolean spell = (flags & nf & LowerWords.SPELL) != 0 && s >= h.spelledEnd;
      boolean skip = !spell && (e - s < 2 || !np || (flags & LowerWords.DEAD) != 0
          || !cue && (nf & LowerWords.VERB) == 0 && !(e - s >= 3 && (flags & LowerWords.NAME) != 0));
      if (!skip && !spell && (flags & LowerWords.COMMON) != 0 && commonWordEnd(t, s, e, n)) {
        skip = true;
      }
      if (!skip && !spell && (flags & LowerWords.DEAD_UNKNOWN) != 0) {
        skip = memo.resolveDead(t, s, e);
      }
      if (!skip) {
        h.plainEnd = pe;
        h.plainCue = cue;
        memo.runStart = s;
        return true;
      }
      pe = e;
      cue = (flags & LowerWords.CUE) != 0;
      s = ns;
      e = we;
      flags = nf;
    }
    h.plainEnd = pe;
    h.plainCue = cue;
    memo.runStart = s;
    memo.runEnd = e;
    memo.runFlags = flags;
    return false;
  }

  /**
   * Whether the character at {@code e}, after a lower-case word, lets {@link Names#lowerDead} decide the word: the
   * text's end, white space or one of {@code , ; ! ? )} (no e-mail local part, key, URL, title or speaker goes on
   * there).
   */
  private static boolean deadAfter(CharSequence t, int e, int n) {
    if (e >= n) {
      return true;
    }
    char x = t.charAt(e);
    return x == ' ' || x == '\n' || x == '\r' || x == '\t' || x == ',' || x == ';' || x == '!' || x == '?'
        || x == ')';
  }

  /**
   * Whether {@link #alpha} ends at its common-word exit for the lower-case ASCII word {@code t[s, e)} that the
   * gazetteer's {@code common} set holds (length 2 or more, names or places on): the word does not start with
   * {@code h} or {@code w} (URL checks come first) and the character at {@code e} does not continue it.
   */
  private static boolean commonWordEnd(CharSequence t, int s, int e, int n) {
    char c = t.charAt(s);
    if (c == 'h' || c == 'w') {
      return false;
    }
    if (e == n) {
      return true;
    }
    char x = t.charAt(e);
    return !(Character.isLetterOrDigit(x) || x == '_' || x == '-' || x == '.' || x == '=' || x == '\'' || x == ':');
  }

  /**
   * Whether the lower-case ASCII word {@code t[s, e)} is a name {@code Names.lowerTagger} would try (a listed first or
   * last name that is not a common, stop or excluded word) or a listed place the lower-case place rule of
   * {@code Names.rules} would try ("a torino", "em lisboa": a place of four letters or more, not a common, stop or
   * excluded word). The exact tag conditions, from one probe of the gazetteer's tag table; the word loop asks it once
   * per distinct word ({@link LowerWords} remembers the answer). (Up to round 11 a one-bit-per-key filter of the same
   * keys answered here, which also let through words that are no such key, e.g. "attached", sending them to the full
   * path for nothing.)
   */
  static boolean lowerName(CharSequence t, int s, int e) {
    return lowerName(Gazetteer.get().tagged.flags(t, s, e, WordSet.hashOf(t, s, e)), e - s);
  }

  /** {@link #lowerName(CharSequence, int, int)} from the word's tags ({@code Gazetteer.tagged}) and length. */
  static boolean lowerName(int tags, int len) {
    if ((tags & (Gazetteer.T_COMMON | Gazetteer.T_STOP | Gazetteer.T_NEVER)) != 0) {
      return false;
    }
    return (tags & (Gazetteer.T_FIRST | Gazetteer.T_LAST)) != 0 || len >= 4 && (tags & Gazetteer.T_PLACE) != 0;
  }

  private static int lowerEnd(CharSequence t, int from, int n) {
    int e = from;
    while (e < n) {
      char d = t.charAt(e);
      if (d >= 'a' && d <= 'z') {
        e++;
      } else {
        break;
      }
    }
    return e;
  }

  /** The characters {@code Names.prevIsCue} skips between a word and the cue word before it. */
  private static boolean isCueGap(char c) {
    return c == ' ' || c == ',' || c == '.' || c == ':';
  }

  private static final boolean[] PLAIN_AFTER = new boolean[128];

  static {
    for (char x = 0; x < 128; x++) {
      PLAIN_AFTER[x] = !isAsciiAlnum(x) && "_-.=':+%".indexOf(x) < 0;
    }
  }

  int contextWindow() {
    return window;
  }

  boolean namesOn() {
    return names;
  }

  boolean placesOn() {
    return places;
  }

  boolean dateOn() {
    return onDateTime;
  }

  /** URL schemes other than http(s) whose URLs are reported whole (connection strings, file transfer, storage). */
  private static final WordSet URL_SCHEMES = new WordSet(java.util.List.of("postgres", "postgresql", "mysql",
      "mariadb", "mssql", "sqlserver", "oracle", "redis", "rediss", "mongodb", "mongodb+srv", "amqp", "amqps", "ftp",
      "ftps", "sftp", "ssh", "s3", "gs", "ldap", "ldaps", "smtp", "smtps", "imap", "imaps", "kafka", "nats", "mqtt",
      "mqtts", "git", "svn", "ws", "wss", "cassandra", "neo4j", "clickhouse", "couchdb", "elasticsearch"));

  /**
   * Whether a scheme of {@link #URL_SCHEMES} followed by {@code ://} and a character that may start a host starts at
   * {@code i} (lower-case letters, digits, {@code + . -}; at most 16 characters).
   */
  static boolean schemeUrl(CharSequence t, int i, int n) {
    int e = i;
    while (e < n && e - i <= 16) {
      char d = t.charAt(e);
      if (d >= 'a' && d <= 'z' || d >= '0' && d <= '9' || d == '+' || d == '-' || d == '.') {
        e++;
      } else {
        break;
      }
    }
    if (e + 3 >= n || t.charAt(e) != ':' || t.charAt(e + 1) != '/' || t.charAt(e + 2) != '/'
        || t.charAt(e + 3) <= ' ') {
      return false;
    }
    return URL_SCHEMES.contains(t, i, e);
  }

  private int url(CharSequence t, int i, Hits h) {
    int n = t.length();
    int e = i;
    while (e < n && e - i < 2048) {
      char c = t.charAt(e);
      if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\'' || c == '`' || c == '|' || c == '{' || c == '}'
          || c == '\\' || c == '^' || c >= 128 && Character.isWhitespace(c)) {
        break;
      }
      e++;
    }
    while (e > i && ".,;:!?)]*".indexOf(t.charAt(e - 1)) >= 0) {
      if (t.charAt(e - 1) == ')' && indexOf(t, '(', i, e) >= 0) {
        break;
      }
      e--;
    }
    if (e - i < 8) {
      return e;
    }
    int pw = onApiKey ? urlSecretStart(t, i, e) : -1;
    if (pw > 0) {
      // "postgres://app:VcpZG53iWHRWoENhqdn2b9T5@db-prod-01.internal:5432/orders": a random password in a connection
      // URL is the secret to report (and to redact), the rest is a service address (round 21: blind probes 19, 21
      // and 22 label such a password, none the URL; a weak one such as "s3cr3t" keeps the URL span)
      int pe = indexOf(t, '@', pw, e);
      h.add(pw, pe, PiiEntity.API_KEY, 0.85, "random password in a connection URL");
      return e;
    }
    if (queryValues(t, i, e, h)) {
      // an identifier in the query string ("?aadhaar=2345…", "?iban=DE89…"): the value is the finding; the URL around
      // it is not reported, so a redaction keeps the link readable and removes the value (round 21)
      return e;
    }
    // credentials or e-mail inside the URL are their own findings, reported with the URL span
    emit(h, i, e, PiiEntity.URL, 0.6, "URL");
    return e;
  }

  /**
   * Whether, reading back word by word from {@code s} (at most 96 characters), a passport word comes before a BSN,
   * SSN, SIN or TFN name (review 21b: "My BSN is 111222333 and passport 123456789"; the merge's rule meant only
   * a nearer identifier name). Called only when both cues are on the left.
   */
  static boolean passportNearer(CharSequence t, int s) {
    long pass = Context.bitOf(PiiEntity.US_PASSPORT);
    long ids = Context.bitOf(PiiEntity.NL_BSN) | Context.bitOf(PiiEntity.US_SSN) | Context.bitOf(PiiEntity.CA_SIN)
        | Context.bitOf(PiiEntity.AU_TFN);
    int from = Math.max(0, s - 96);
    for (int p = s - 1; p >= from; p--) {
      if (p > 0 && isWordChar(t.charAt(p - 1)) || !isWordChar(t.charAt(p))) {
        continue;
      }
      long m = Context.maskOf(t, p, s);
      if ((m & ids) != 0) {
        return false;
      }
      if ((m & pass) != 0) {
        return true;
      }
    }
    return false;
  }

  private static final long ID_CARD_BIT = Context.bitOf("ID_CARD");

  /**
   * Round 22: whether the document word nearest left of {@code s} (within 96 characters) names another document than
   * {@code own} (the passport or licence bit): an identity card ("Reisepass-Nr. C7K1N9R2T, Personalausweis T22000129"),
   * or a passport where a licence is asked and the other way round. Asked only once a passport or licence word is in
   * the window.
   */
  static boolean otherDocumentNearer(CharSequence t, int s, long own) {
    long docs = ID_CARD_BIT | PASSPORT_BIT | DL_BIT;
    int from = Math.max(0, s - 96);
    for (int p = s - 1; p >= from; p--) {
      if (p > 0 && isWordChar(t.charAt(p - 1)) || !isWordChar(t.charAt(p))) {
        continue;
      }
      long m = Context.maskOf(t, p, s) & docs;
      if (m != 0) {
        return (m & own) == 0;
      }
    }
    return false;
  }

  /**
   * Round 22: the start of a licence number whose state letter stands apart before its digit groups ("License: R 120
   * 931 882 045", "K 512 448 207"): one capital letter and a space right before {@code s}, not part of a word.
   */
  static int licenceLetterStart(CharSequence t, int s) {
    if (s >= 2 && t.charAt(s - 1) == ' ' && t.charAt(s - 2) >= 'A' && t.charAt(s - 2) <= 'Z'
        && (s == 2 || !isWordChar(t.charAt(s - 3)) && t.charAt(s - 3) != '.' && t.charAt(s - 3) != '\'')) {
      return s - 2;
    }
    return s;
  }

  /**
   * Round 22: the end of a licence number written as a letter-and-digit prefix group and further digit groups of three
   * to six digits separated by single spaces ("O4471 20931 82045"; at most 16 digits in all); {@code e} when no group
   * follows.
   */
  static int licenceGroupsEnd(CharSequence t, int e, int digits) {
    int n = t.length();
    int end = e;
    int k = e;
    int d = digits;
    for (int g = 0; g < 4 && k + 1 < n && t.charAt(k) == ' ' && isDigit(t.charAt(k + 1)); g++) {
      int q = k + 1;
      while (q < n && isDigit(t.charAt(q)) && q - k <= 7) {
        q++;
      }
      int len = q - k - 1;
      if (len < 3 || len > 6 || q < n && (isWordChar(t.charAt(q)) || t.charAt(q) == '-' || t.charAt(q) == '.'
          && q + 1 < n && isDigit(t.charAt(q + 1))) || d + len > 16) {
        break;
      }
      d += len;
      end = q;
      k = q;
    }
    return end;
  }

  /**
   * Where the password of {@code scheme://user:password@host…} in {@code t[i, e)} starts, when it is random - at
   * least 12 characters of letters, digits and {@code _-.~}, with a digit, a letter and an entropy of 3.3 bits or
   * more per character - or -1 (round 21).
   */
  static int urlSecretStart(CharSequence t, int i, int e) {
    int sch = indexOf(t, ':', i, Math.min(e, i + 24));
    if (sch < 0 || sch + 3 > e || t.charAt(sch + 1) != '/' || t.charAt(sch + 2) != '/') {
      return -1;
    }
    int a = sch + 3;
    int at = -1;
    int colon = -1;
    for (int k = a; k < e && k - a < 256; k++) {
      char c = t.charAt(k);
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      if (c == '@') {
        at = k;
        break;
      }
      if (c == ':' && colon < 0) {
        colon = k;
      }
    }
    if (at < 0 || colon < 0 || colon == a || at - colon - 1 < 12) {
      return -1;
    }
    int letters = 0;
    int digits = 0;
    for (int k = colon + 1; k < at; k++) {
      char c = t.charAt(k);
      if (isDigit(c)) {
        digits++;
      } else if (isAsciiLetter(c)) {
        letters++;
      } else if (c != '_' && c != '-' && c != '.' && c != '~') {
        return -1;
      }
    }
    return digits > 0 && letters > 0 && entropy(t, colon + 1, at) >= 3.3 ? colon + 1 : -1;
  }

  /**
   * Reads the values inside the URL {@code t[i, e)} (round 21). In its query string (after the {@code ?}) each value
   * after a {@code =} that starts with a digit, a {@code +} before a digit, or an ASCII letter is given to the number
   * recognizers or the token recognizers of {@link #mixed} (IBAN, card, national IDs, keys, crypto...), with its key
   * as the label ({@link #keyText} reads {@code key=}), and a value holding an {@code @} to the e-mail recognizer.
   * In its path, a segment that starts like a crypto address ({@code 0x}, {@code bc1}, {@code tb1}, {@code ltc1}, or
   * a 1 or 3 and 26-35 letters and digits: a block explorer's "/address/bc1q…") is given to {@link #mixed} for its
   * checksums. Whatever they find of a structured type is kept (in a path: a CRYPTO only); a name, place or date
   * candidate, which a word in a URL does not make, is dropped. Returns whether a kept candidate of a score of 0.5 or
   * more starts at a value. Each value and segment is read once, within a bounded look-ahead; at most 32 of each.
   */
  private boolean queryValues(CharSequence t, int i, int e, Hits h) {
    int q = indexOf(t, '?', i, e);
    int pathEnd = q < 0 ? e : q;
    boolean found = false;
    int segments = 0;
    int p = indexOf(t, '/', i, pathEnd);
    if (p >= 0 && p + 1 < pathEnd && t.charAt(p + 1) == '/') {
      p = indexOf(t, '/', p + 2, pathEnd); // the first slash after "scheme://host"
    }
    while (p >= 0 && p + 1 < pathEnd && segments < 32) {
      segments++;
      int v = p + 1;
      int re = v;
      while (re < pathEnd && isAsciiAlnum(t.charAt(re))) {
        re++;
      }
      char c0 = t.charAt(v);
      if (re - v >= 26 && (startsWithIgnoreCase(t, v, "0x") || startsWithIgnoreCase(t, v, "bc1")
          || startsWithIgnoreCase(t, v, "tb1") || startsWithIgnoreCase(t, v, "ltc1")
          || (c0 == '1' || c0 == '3') && re - v <= 35)) {
        int before = h.size();
        mixed(t, v, re, h);
        found |= keepFound(h, before, v, true);
      }
      p = indexOf(t, '/', re, pathEnd);
    }
    if (q < 0) {
      return found;
    }
    int k = q + 1;
    int values = 0;
    while (k < e && values < 32) {
      int eq = k;
      while (eq < e && t.charAt(eq) != '=' && t.charAt(eq) != '&') {
        eq++;
      }
      int v = eq + 1;
      int amp = v;
      while (amp < e && t.charAt(amp) != '&') {
        amp++;
      }
      if (eq < e && t.charAt(eq) == '=' && v < e) {
        values++;
        char c = t.charAt(v);
        int at = indexOf(t, '@', v, amp);
        int before = h.size();
        if (at > v) {
          email(t, at, h);
        } else if (isDigit(c) || c == '+' && v + 1 < e && isDigit(t.charAt(v + 1))) {
          numeric(t, v, h);
        } else if (isAsciiLetter(c)) {
          int re = v;
          while (re < e && isAsciiAlnum(t.charAt(re))) {
            re++;
          }
          mixed(t, v, re, h);
        }
        found |= keepFound(h, before, v, false);
      }
      k = amp + 1;
    }
    return found;
  }

  /**
   * Keeps, of the candidates a recognizer added after index {@code before}, those of a structured
   * type (not PERSON, LOCATION, DATE_TIME or URL; only CRYPTO when {@code cryptoOnly}); returns whether one of them
   * starts at {@code v} with a score of 0.5 or more ({@link #queryValues}).
   */
  private static boolean keepFound(Hits h, int before, int v, boolean cryptoOnly) {
    boolean found = false;
    int kept = before;
    for (int j = before; j < h.n; j++) {
      String type = h.types[j];
      if (cryptoOnly ? !type.equals(PiiEntity.CRYPTO) : type.equals(PiiEntity.PERSON)
          || type.equals(PiiEntity.LOCATION) || type.equals(PiiEntity.DATE_TIME) || type.equals(PiiEntity.URL)) {
        continue;
      }
      found |= h.starts[j] == v && h.scores[j] >= 0.5;
      if (kept != j) {
        h.starts[kept] = h.starts[j];
        h.ends[kept] = h.ends[j];
        h.types[kept] = type;
        h.scores[kept] = h.scores[j];
        h.details[kept] = h.details[j];
      }
      kept++;
    }
    h.n = kept;
    return found;
  }

  // ------------------------------------------------------------------ helpers

  static int wordEnd(CharSequence t, int i) {
    int e = i;
    while (e < t.length() && isWordChar(t.charAt(e))) {
      e++;
    }
    return e;
  }

  static int num(CharSequence t, int s, int e) {
    int v = 0;
    for (int k = s; k < e && k - s < 9; k++) {
      v = v * 10 + (t.charAt(k) - '0');
    }
    return v;
  }

  /**
   * The end of a codice fiscale written in groups with single spaces from {@code i} ("RSS MRA 85T10 A562S", "RSS MRA
   * 85 T10 A562 S": round 21): three capitals, a space, then sixteen capitals and digits in all, at most one space
   * between two of them, standing alone, with the official check letter; else -1. Looks at most 24 characters ahead,
   * and the second group (three capitals after the first space) is tested before anything else; adds the span.
   */
  private int spacedFiscalCode(CharSequence t, int i, int n, Hits h) {
    if (!on(PiiEntity.IT_FISCAL_CODE) || i > 0 && isWordChar(t.charAt(i - 1)) || i + 8 > n
        || !isUpperAscii(t.charAt(i + 1))
        || !isUpperAscii(t.charAt(i + 2)) || !isUpperAscii(t.charAt(i + 4)) || !isUpperAscii(t.charAt(i + 5))
        || !isUpperAscii(t.charAt(i + 6))) {
      return -1;
    }
    char[] v = new char[16];
    int count = 0;
    int k = i;
    while (k < n && k - i < 24 && count < 16) {
      char c = t.charAt(k);
      if (isDigit(c) || isUpperAscii(c)) {
        v[count++] = c;
        k++;
      } else if (c == ' ' && count > 0 && k + 1 < n && t.charAt(k - 1) != ' ' && isAsciiAlnum(t.charAt(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    if (count != 16 || k < n && isWordChar(t.charAt(k)) || k == i + 16 || !Validators.itCodiceFiscale(new String(v))) {
      return -1;
    }
    h.add(i, k, PiiEntity.IT_FISCAL_CODE, 0.9, "codice fiscale check letter, spaced");
    return k;
  }

  /** "AB 12 34 56 C": letters, a space, three digit pairs, a space, a letter; or the same with dashes (round 21). */
  static boolean ninoSpaced(CharSequence c) {
    if (c.length() != 13) {
      return false;
    }
    String shape = "LL NN NN NN L";
    char sep = c.charAt(2);
    for (int k = 0; k < 13; k++) {
      char ch = c.charAt(k);
      char want = shape.charAt(k);
      if (want == ' ' ? ch != sep : want == 'N' ? !isDigit(ch) : !isUpperAscii(ch)) {
        return false;
      }
    }
    return true;
  }

  static char charAt(CharSequence t, int i) {
    return i < t.length() && i >= 0 ? t.charAt(i) : ' ';
  }

  static boolean isWordChar(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
    return Character.isLetterOrDigit(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isAsciiAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  static boolean isB64Url(char c) {
    return isAsciiAlnum(c) || c == '_' || c == '-';
  }

  private static boolean hasUpperHex(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c >= 'A' && c <= 'F') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLowerHex(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c >= 'a' && c <= 'f') {
        return true;
      }
    }
    return false;
  }

  static boolean startsWith(CharSequence t, int i, String p) {
    if (i < 0 || i + p.length() > t.length()) {
      return false;
    }
    for (int k = 0; k < p.length(); k++) {
      if (t.charAt(i + k) != p.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean startsWithIgnoreCase(CharSequence t, int i, String p) {
    if (i < 0 || i + p.length() > t.length()) {
      return false;
    }
    for (int k = 0; k < p.length(); k++) {
      if (WordSet.lower(t.charAt(i + k)) != p.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean equalsIgnoreCase(CharSequence t, int s, int e, String p) {
    return e - s == p.length() && startsWithIgnoreCase(t, s, p);
  }

  static int indexOf(CharSequence t, char c, int from, int to) {
    int lim = Math.min(to, t.length());
    for (int k = Math.max(0, from); k < lim; k++) {
      if (t.charAt(k) == c) {
        return k;
      }
    }
    return -1;
  }

  static boolean containsIgnoreCase(CharSequence t, int s, int e, String p) {
    for (int k = s; k + p.length() <= e; k++) {
      boolean ok = true;
      for (int j = 0; j < p.length() && ok; j++) {
        ok = Character.toUpperCase(t.charAt(k + j)) == p.charAt(j);
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }
}
