package dev.aisec.data.pii;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The check-digit and structure validators behind the PII recognizers. Every method is pure, static, thread-safe,
 * linear in its input, never throws on malformed input (it returns {@code false} or {@code null}) and allocates
 * nothing except where noted. Inputs are the candidate value with separators already removed unless stated.
 */
public final class Validators {

  private Validators() {}

  // ------------------------------------------------------------------ payment cards

  /** Luhn (mod 10) check over the digits of {@code s}; characters other than digits are ignored. */
  public static boolean luhn(CharSequence s) {
    int sum = 0;
    int count = 0;
    boolean dbl = false;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int d = c - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
      count++;
    }
    return count > 1 && sum % 10 == 0;
  }

  /**
   * The card brand whose issuer-number range and length fit {@code digits} (digits only), or {@code null}. Brands:
   * VISA (4, 13/16/19), MASTERCARD (51-55, 2221-2720; 16), AMEX (34, 37; 15), DISCOVER (6011, 644-649, 65; 16-19),
   * DINERS (300-305, 36, 38, 39; 14-19), JCB (3528-3589; 16-19, and 2131, 1800; 15), UNIONPAY (62; 16-19),
   * MAESTRO (50, 56-69; 12-19). The Luhn check is separate ({@link #luhn}).
   */
  public static String cardBrand(CharSequence digits) {
    int n = digits.length();
    if (n < 12 || n > 19) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    int p2 = num(digits, 0, 2);
    int p3 = num(digits, 0, 3);
    int p4 = num(digits, 0, 4);
    if (digits.charAt(0) == '4' && (n == 13 || n == 16 || n == 19)) {
      return "VISA";
    }
    if ((p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) && n == 16) {
      return "MASTERCARD";
    }
    if ((p2 == 34 || p2 == 37) && n == 15) {
      return "AMEX";
    }
    if ((p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65) && n >= 16) {
      return "DISCOVER";
    }
    if ((p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14) {
      return "DINERS";
    }
    if (p4 >= 3528 && p4 <= 3589 && n >= 16 || (p4 == 2131 || p4 == 1800) && n == 15) {
      return "JCB";
    }
    if (p2 == 62 && n >= 16) {
      return "UNIONPAY";
    }
    if (p2 == 50 || p2 >= 56 && p2 <= 69) {
      return "MAESTRO";
    }
    return null;
  }

  // ------------------------------------------------------------------ IBAN

  private static final Map<String, Integer> IBAN_LENGTHS = new HashMap<>();

  /**
   * (pii22speed) {@link #IBAN_LENGTHS} as a table indexed by the two capitals of the country code, 0 for a country
   * without IBAN: {@link #iban} looks the length up without making a string per candidate.
   */
  private static final int[] IBAN_LENGTH_OF = new int[26 * 26];

  static {
    String spec = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 "
        + "DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 "
        + "JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 "
        + "OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 "
        + "TR26 UA29 VA22 VG24 XK20 YE30";
    for (String s : spec.split(" ")) {
      IBAN_LENGTHS.put(s.substring(0, 2), Integer.parseInt(s.substring(2)));
      IBAN_LENGTH_OF[(s.charAt(0) - 'A') * 26 + s.charAt(1) - 'A'] = Integer.parseInt(s.substring(2));
    }
  }

  /** The registered IBAN length for an ISO country code (upper case), or 0 when the country has no IBAN. */
  public static int ibanLength(String country) {
    Integer n = IBAN_LENGTHS.get(country);
    return n == null ? 0 : n;
  }

  /**
   * ISO 13616 IBAN check: registered country, that country's exact length, alphanumeric body, ISO 7064 mod 97-10
   * remainder 1. Spaces are ignored; letters may be of either case.
   */
  public static boolean iban(CharSequence s) {
    int len = 0;
    char c0 = 0;
    char c1 = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (!isAsciiAlnum(c)) {
        return false;
      }
      if (len == 0) {
        c0 = Character.toUpperCase(c);
      } else if (len == 1) {
        c1 = Character.toUpperCase(c);
      } else if (len < 4 && (c < '0' || c > '9')) {
        return false;
      }
      len++;
    }
    if (len < 15 || c0 < 'A' || c0 > 'Z' || c1 < 'A' || c1 > 'Z') {
      return false;
    }
    int want = IBAN_LENGTH_OF[(c0 - 'A') * 26 + c1 - 'A'];
    if (want == 0 || want != len) {
      return false;
    }
    // rearranged: chars 4.. then 0..3
    int rem = 0;
    int seen = 0;
    for (int pass = 0; pass < 2; pass++) {
      seen = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ' ') {
          continue;
        }
        boolean inHead = seen < 4;
        seen++;
        if (inHead != (pass == 1)) {
          continue;
        }
        c = Character.toUpperCase(c);
        if (c >= '0' && c <= '9') {
          rem = (rem * 10 + (c - '0')) % 97;
        } else {
          int v = c - 'A' + 10;
          rem = (rem * 100 + v) % 97;
        }
      }
    }
    return rem == 1;
  }

  // ------------------------------------------------------------------ US

  /** US SSN rules: area not 000, 666 or 900-999; group not 00; serial not 0000; not a known advertising number. */
  public static boolean usSsn(int area, int group, int serial) {
    if (area <= 0 || area == 666 || area >= 900 || group <= 0 || group > 99 || serial <= 0 || serial > 9999) {
      return false;
    }
    // numbers published in advertising and never issued
    return !(area == 78 && group == 5 && serial == 1120) && !(area == 219 && group == 9 && serial == 9999)
        && !(area == 123 && group == 45 && serial == 6789);
  }

  /** US ITIN: area 900-999 and group 50-65, 70-88, 90-92 or 94-99. */
  public static boolean usItin(int area, int group, int serial) {
    return area >= 900 && area <= 999 && serial >= 0 && serial <= 9999
        && (group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92
            || group >= 94 && group <= 99);
  }

  // ------------------------------------------------------------------ UK

  /** UK NHS number: 10 digits, weights 10..2, check digit = 11 - (sum mod 11) (11 -> 0, 10 invalid). */
  public static boolean ukNhs(CharSequence digits) {
    if (!allDigits(digits, 10)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }

  /**
   * UK National Insurance number: two prefix letters (first not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V;
   * not BG, GB, KN, NK, NT, TN, ZZ), six digits, suffix A-D. Spaces ignored.
   */
  public static boolean ukNino(CharSequence s) {
    StringBuilder b = new StringBuilder(9);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ') {
        b.append(Character.toUpperCase(c));
      }
    }
    if (b.length() != 9) {
      return false;
    }
    char a = b.charAt(0);
    char c2 = b.charAt(1);
    if (!isUpper(a) || !isUpper(c2) || "DFIQUV".indexOf(a) >= 0 || "DFIOQUV".indexOf(c2) >= 0) {
      return false;
    }
    String pre = b.substring(0, 2);
    if (pre.equals("BG") || pre.equals("GB") || pre.equals("KN") || pre.equals("NK") || pre.equals("NT")
        || pre.equals("TN") || pre.equals("ZZ")) {
      return false;
    }
    for (int i = 2; i < 8; i++) {
      if (b.charAt(i) < '0' || b.charAt(i) > '9') {
        return false;
      }
    }
    char suf = b.charAt(8);
    return suf >= 'A' && suf <= 'D';
  }

  // ------------------------------------------------------------------ national IDs

  /**
   * German tax id (Steuerliche Identifikationsnummer): 11 digits, first not 0, ISO 7064 MOD 11,10 check digit, and in
   * the first ten digits exactly one digit appears two or three times.
   */
  public static boolean deTaxId(CharSequence d) {
    if (!allDigits(d, 11) || d.charAt(0) == '0') {
      return false;
    }
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      counts[d.charAt(i) - '0']++;
    }
    int multi = 0;
    for (int c : counts) {
      if (c > 3) {
        return false;
      }
      if (c >= 2) {
        multi++;
      }
    }
    if (multi != 1) {
      return false;
    }
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (d.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
      check = 0;
    }
    return check == d.charAt(10) - '0';
  }

  /**
   * French social security number (NIR): 15 characters, sex 1/2/3/7/8, Corsican departments 2A/2B mapped to 19/18,
   * key = 97 - (first 13 digits mod 97). Spaces ignored.
   */
  public static boolean frNir(CharSequence s) {
    String c = compact(s).toUpperCase(Locale.ROOT);
    if (c.length() != 15) {
      return false;
    }
    char sex = c.charAt(0);
    if ("12378".indexOf(sex) < 0) {
      return false;
    }
    String body = c.substring(0, 13);
    long corsica = 0;
    if (body.charAt(5) == 'A' || body.charAt(5) == 'B') {
      corsica = body.charAt(5) == 'A' ? 1000000 : 2000000;
      body = body.substring(0, 5) + '0' + body.substring(6);
    }
    if (!allDigits(body, 13) || !allDigits(c.substring(13), 2)) {
      return false;
    }
    long n = Long.parseLong(body) - corsica;
    int month = Integer.parseInt(body.substring(3, 5));
    if (!(month >= 1 && month <= 12 || month == 20 || month >= 30 && month <= 42 || month >= 50 && month <= 99)) {
      return false;
    }
    int key = Integer.parseInt(c.substring(13));
    return key == 97 - (int) (n % 97);
  }

  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  /** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter); the letter is the number mod 23. */
  public static boolean esDniNie(CharSequence s) {
    String c = compact(s).replace("-", "").toUpperCase(Locale.ROOT);
    if (c.length() != 9) {
      return false;
    }
    char first = c.charAt(0);
    String num;
    if (first == 'X' || first == 'Y' || first == 'Z') {
      num = (first - 'X') + c.substring(1, 8);
    } else {
      num = c.substring(0, 8);
    }
    if (!allDigits(num, 8)) {
      return false;
    }
    return DNI_LETTERS.charAt(Integer.parseInt(num) % 23) == c.charAt(8);
  }

  private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
      22, 25, 24, 23};

  /**
   * Italian codice fiscale: 6 letters, 2 digits, month letter (ABCDEHLMPRST), 2 digits (day, +40 for women), letter,
   * 3 digits, check letter from the official odd/even tables (omocodia letters accepted in digit positions).
   */
  public static boolean itCodiceFiscale(CharSequence s) {
    String c = compact(s).toUpperCase(Locale.ROOT);
    if (c.length() != 16) {
      return false;
    }
    String shape = "LLLLLLNNLNNLNNNL";
    for (int i = 0; i < 16; i++) {
      char ch = c.charAt(i);
      if (shape.charAt(i) == 'L' ? !isUpper(ch) : !(isDigit(ch) || "LMNPQRSTUV".indexOf(ch) >= 0)) {
        return false;
      }
    }
    if ("ABCDEHLMPRST".indexOf(c.charAt(8)) < 0) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char ch = c.charAt(i);
      int v = isDigit(ch) ? ch - '0' : ch - 'A';
      if (i % 2 == 0) {
        sum += CF_ODD[v];
      } else {
        sum += v;
      }
    }
    return c.charAt(15) == (char) ('A' + sum % 26);
  }

  /** Dutch BSN: 9 digits, "elfproef" with weights 9..2 and -1, sum divisible by 11 and not 0. */
  public static boolean nlBsn(CharSequence d) {
    if (!allDigits(d, 9)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (d.charAt(i) - '0') * (9 - i);
    }
    sum -= d.charAt(8) - '0';
    return sum != 0 && sum % 11 == 0;
  }

  private static final int[][] VERHOEFF_D = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
      {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
      {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
      {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  private static final int[][] VERHOEFF_P = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
      {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
      {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

  /** Verhoeff check over a string of digits (the last digit is the check digit). */
  public static boolean verhoeff(CharSequence d) {
    int c = 0;
    int n = d.length();
    for (int i = 0; i < n; i++) {
      char ch = d.charAt(n - 1 - i);
      if (!isDigit(ch)) {
        return false;
      }
      c = VERHOEFF_D[c][VERHOEFF_P[i % 8][ch - '0']];
    }
    return n > 0 && c == 0;
  }

  /** Indian Aadhaar: 12 digits, first digit 2-9, Verhoeff check digit. Spaces ignored. */
  public static boolean inAadhaar(CharSequence s) {
    String d = compact(s);
    return allDigits(d, 12) && d.charAt(0) >= '2' && verhoeff(d);
  }

  /** Indian PAN: 5 letters (4th = holder type CPHFATBLJG), 4 digits, letter. */
  public static boolean inPan(CharSequence s) {
    if (s.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = Character.toUpperCase(s.charAt(i));
      boolean letter = i < 5 || i == 9;
      if (letter ? !isUpper(c) : !isDigit(c)) {
        return false;
      }
    }
    return "CPHFATBLJG".indexOf(Character.toUpperCase(s.charAt(3))) >= 0;
  }

  /**
   * The weights of the checks below, made once (pii22speed: each call made its array; the SSN-shaped numbers of a
   * text ask the TFN test of every nine-digit number). Never written.
   */
  private static final int[] TFN_WEIGHTS = {1, 4, 3, 7, 5, 8, 6, 9, 10};
  private static final int[] ABN_WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
  private static final int[] MEDICARE_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9};
  private static final int[] NRIC_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

  /** Australian tax file number: 9 digits, weights 1,4,3,7,5,8,6,9,10, sum divisible by 11. */
  public static boolean auTfn(CharSequence d) {
    if (!allDigits(d, 9)) {
      return false;
    }
    int[] w = TFN_WEIGHTS;
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (d.charAt(i) - '0') * w[i];
    }
    return sum % 11 == 0;
  }

  /** Australian business number: 11 digits, subtract 1 from the first, weights 10,1,3,...,19, sum mod 89 = 0. */
  public static boolean auAbn(CharSequence d) {
    if (!allDigits(d, 11) || d.charAt(0) == '0') {
      return false;
    }
    int[] w = ABN_WEIGHTS;
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      int v = d.charAt(i) - '0' - (i == 0 ? 1 : 0);
      sum += v * w[i];
    }
    return sum % 89 == 0;
  }

  /** Australian Medicare number: 10 digits (or 11 with issue), first 2-6, weights 1,3,7,9,1,3,7,9 mod 10 = 9th. */
  public static boolean auMedicare(CharSequence d) {
    if (!(allDigits(d, 10) || allDigits(d, 11)) || d.charAt(0) < '2' || d.charAt(0) > '6') {
      return false;
    }
    int[] w = MEDICARE_WEIGHTS;
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (d.charAt(i) - '0') * w[i];
    }
    return sum % 10 == d.charAt(8) - '0';
  }

  /** Canadian social insurance number: 9 digits, first not 0 or 8, Luhn. */
  public static boolean caSin(CharSequence d) {
    return allDigits(d, 9) && d.charAt(0) != '0' && d.charAt(0) != '8' && luhn(d);
  }

  /** Singapore NRIC/FIN: S, T, F, G or M, 7 digits, check letter from weights 2,7,6,5,4,3,2 and the series offset. */
  public static boolean sgNric(CharSequence s) {
    if (s.length() != 9) {
      return false;
    }
    char p = Character.toUpperCase(s.charAt(0));
    char last = Character.toUpperCase(s.charAt(8));
    if ("STFGM".indexOf(p) < 0 || !allDigits(s.subSequence(1, 8), 7)) {
      return false;
    }
    int[] w = NRIC_WEIGHTS;
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (s.charAt(i + 1) - '0') * w[i];
    }
    if (p == 'T' || p == 'G') {
      sum += 4;
    } else if (p == 'M') {
      sum += 3;
    }
    int r = sum % 11;
    String table;
    if (p == 'S' || p == 'T') {
      table = "JZIHGFEDCBA";
    } else if (p == 'F' || p == 'G') {
      table = "XWUTRQPNMLK";
    } else {
      table = "KLJNPQRTUWX";
      return table.charAt(10 - r) == last;
    }
    return table.charAt(r) == last;
  }

  // ------------------------------------------------------------------ network

  /** Strict dotted-quad IPv4 parser: four decimal parts 0-255, no leading zeros except "0", no signs. */
  public static boolean ipv4(CharSequence s, int from, int to) {
    int parts = 0;
    int i = from;
    while (i < to) {
      int start = i;
      int v = 0;
      while (i < to && isDigit(s.charAt(i)) && i - start < 4) {
        v = v * 10 + (s.charAt(i) - '0');
        i++;
      }
      int len = i - start;
      if (len == 0 || len > 3 || v > 255 || len > 1 && s.charAt(start) == '0') {
        return false;
      }
      parts++;
      if (i == to) {
        break;
      }
      if (s.charAt(i) != '.' || parts == 4) {
        return false;
      }
      i++;
      if (i == to) {
        return false;
      }
    }
    return parts == 4;
  }

  /** IPv4 over a whole string. */
  public static boolean ipv4(CharSequence s) {
    return ipv4(s, 0, s.length());
  }

  /**
   * RFC 4291 IPv6 text parser: eight groups of 1-4 hex digits, one optional "::" compressing one or more zero groups,
   * an optional trailing dotted IPv4 (counting as two groups), an optional zone id "%..." is not accepted.
   */
  public static boolean ipv6(CharSequence s, int from, int to) {
    if (to - from < 2 || to - from > 45) {
      return false;
    }
    int groups = 0;
    boolean compressed = false;
    int i = from;
    if (s.charAt(i) == ':') {
      if (s.charAt(i + 1) != ':') {
        return false;
      }
      compressed = true;
      i += 2;
      if (i == to) {
        return true;
      }
    }
    while (i < to) {
      int start = i;
      while (i < to && i - start < 5 && isHex(s.charAt(i))) {
        i++;
      }
      int len = i - start;
      if (i < to && s.charAt(i) == '.') {
        // embedded IPv4 must be last
        if (!ipv4(s, start, to)) {
          return false;
        }
        groups += 2;
        i = to;
        break;
      }
      if (len == 0 || len > 4) {
        return false;
      }
      groups++;
      if (i == to) {
        break;
      }
      if (s.charAt(i) != ':') {
        return false;
      }
      i++;
      if (i < to && s.charAt(i) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i++;
        if (i == to) {
          break;
        }
      } else if (i == to) {
        return false;
      }
    }
    return compressed ? groups < 8 : groups == 8;
  }

  /** IPv6 over a whole string. */
  public static boolean ipv6(CharSequence s) {
    return ipv6(s, 0, s.length());
  }

  // ------------------------------------------------------------------ crypto addresses

  private static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  /**
   * Base58Check: decodes the Base58 text, and the last four bytes must equal the first four bytes of the double
   * SHA-256 of the rest. Allocates (a candidate is rare).
   */
  public static boolean base58Check(CharSequence s) {
    if (s.length() < 25 || s.length() > 64) {
      return false;
    }
    byte[] out = new byte[s.length()];
    int outLen = 0;
    for (int i = 0; i < s.length(); i++) {
      int v = B58.indexOf(s.charAt(i));
      if (v < 0) {
        return false;
      }
      int carry = v;
      for (int j = 0; j < outLen; j++) {
        carry += (out[j] & 0xff) * 58;
        out[j] = (byte) carry;
        carry >>= 8;
      }
      while (carry > 0) {
        out[outLen++] = (byte) carry;
        carry >>= 8;
      }
    }
    int zeros = 0;
    while (zeros < s.length() && s.charAt(zeros) == '1') {
      zeros++;
    }
    int total = zeros + outLen;
    if (total < 5) {
      return false;
    }
    byte[] bytes = new byte[total];
    for (int j = 0; j < outLen; j++) {
      bytes[total - 1 - j] = out[j];
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes, 0, total - 4);
      byte[] h = sha.digest(sha.digest());
      for (int k = 0; k < 4; k++) {
        if (h[k] != bytes[total - 4 + k]) {
          return false;
        }
      }
      return true;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  /** Bech32 / Bech32m (BIP-173, BIP-350) checksum over a lower- or upper-case string with human-readable part. */
  public static boolean bech32(CharSequence s) {
    int n = s.length();
    if (n < 8 || n > 90) {
      return false;
    }
    boolean lower = false;
    boolean upper = false;
    int sep = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 33 || c > 126) {
        return false;
      }
      lower |= c >= 'a' && c <= 'z';
      upper |= c >= 'A' && c <= 'Z';
      if (c == '1') {
        sep = i;
      }
    }
    if (lower && upper || sep < 1 || sep + 7 > n) {
      return false;
    }
    int chk = 1;
    for (int i = 0; i < sep; i++) {
      chk = bech32Step(chk) ^ (Character.toLowerCase(s.charAt(i)) >> 5);
    }
    chk = bech32Step(chk);
    for (int i = 0; i < sep; i++) {
      chk = bech32Step(chk) ^ (Character.toLowerCase(s.charAt(i)) & 31);
    }
    for (int i = sep + 1; i < n; i++) {
      int v = BECH32.indexOf(Character.toLowerCase(s.charAt(i)));
      if (v < 0) {
        return false;
      }
      chk = bech32Step(chk) ^ v;
    }
    return chk == 1 || chk == 0x2bc830a3;
  }

  private static int bech32Step(int pre) {
    int b = pre >>> 25;
    return ((pre & 0x1ffffff) << 5) ^ (-((b) & 1) & 0x3b6a57b2) ^ (-((b >> 1) & 1) & 0x26508e6d)
        ^ (-((b >> 2) & 1) & 0x1ea119fa) ^ (-((b >> 3) & 1) & 0x3d4233dd) ^ (-((b >> 4) & 1) & 0x2a1462b3);
  }

  /**
   * Ethereum address: "0x" + 40 hex digits. All-lower or all-upper is accepted as unchecksummed; mixed case must
   * match the EIP-55 checksum (Keccak-256 of the lower-case hex).
   */
  public static boolean eip55(CharSequence s) {
    if (s.length() != 42 || s.charAt(0) != '0' || (s.charAt(1) != 'x' && s.charAt(1) != 'X')) {
      return false;
    }
    boolean lower = false;
    boolean upper = false;
    for (int i = 2; i < 42; i++) {
      char c = s.charAt(i);
      if (!isHex(c)) {
        return false;
      }
      lower |= c >= 'a' && c <= 'f';
      upper |= c >= 'A' && c <= 'F';
    }
    if (!(lower && upper)) {
      return true;
    }
    String hex = s.subSequence(2, 42).toString().toLowerCase(Locale.ROOT);
    byte[] hash = Keccak.keccak256(hex.getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 40; i++) {
      char c = s.charAt(i + 2);
      if (c >= '0' && c <= '9') {
        continue;
      }
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      boolean wantUpper = nibble >= 8;
      if (wantUpper != (c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ helpers

  static int num(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  static boolean allDigits(CharSequence s, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String compact(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '-' && c != '.' && c != '/') {
        b.append(c);
      }
    }
    return b.toString();
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  static boolean isAsciiAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Keccak-256 (the pre-standard SHA-3 padding used by Ethereum), for EIP-55. */
  static final class Keccak {
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L, 0x000000000000808BL,
        0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L, 0x000000000000008AL, 0x0000000000000088L,
        0x0000000080008009L, 0x000000008000000AL, 0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L,
        0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    private static final int[] ROT = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18,
        2, 61, 56, 14};

    private Keccak() {}

    static byte[] keccak256(byte[] msg) {
      int rate = 136;
      long[] st = new long[25];
      int padded = (msg.length / rate + 1) * rate;
      byte[] buf = new byte[padded];
      System.arraycopy(msg, 0, buf, 0, msg.length);
      buf[msg.length] ^= 0x01;
      buf[padded - 1] ^= (byte) 0x80;
      for (int off = 0; off < padded; off += rate) {
        for (int i = 0; i < rate / 8; i++) {
          long v = 0;
          for (int b = 7; b >= 0; b--) {
            v = (v << 8) | (buf[off + i * 8 + b] & 0xff);
          }
          st[i] ^= v;
        }
        permute(st);
      }
      byte[] out = new byte[32];
      for (int i = 0; i < 32; i++) {
        out[i] = (byte) (st[i / 8] >>> (8 * (i % 8)));
      }
      return out;
    }

    private static void permute(long[] a) {
      long[] c = new long[5];
      long[] b = new long[25];
      for (int round = 0; round < 24; round++) {
        for (int x = 0; x < 5; x++) {
          c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for (int x = 0; x < 5; x++) {
          long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
          for (int y = 0; y < 25; y += 5) {
            a[y + x] ^= d;
          }
        }
        for (int x = 0; x < 5; x++) {
          for (int y = 0; y < 5; y++) {
            int idx = x + 5 * y;
            b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[idx], ROT[idx]);
          }
        }
        for (int x = 0; x < 5; x++) {
          for (int y = 0; y < 25; y += 5) {
            a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
          }
        }
        a[0] ^= RC[round];
      }
    }
  }
}
