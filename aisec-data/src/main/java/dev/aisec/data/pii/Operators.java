package dev.aisec.data.pii;

import dev.aisec.data.pii.internal.Crypto;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The built-in operators. All are thread-safe; keys are copied. Fake values use {@link java.security.SecureRandom}.
 */
public final class Operators {

  private Operators() {}

  /** {@code <TYPE>}, Presidio's default. */
  public static Operator replace() {
    return (v, s) -> "<" + s.type() + ">";
  }

  /** A fixed replacement text. */
  public static Operator replace(String with) {
    if (with == null) {
      throw new IllegalArgumentException("replacement must not be null");
    }
    return (v, s) -> with;
  }

  /** Removes the value. */
  public static Operator redact() {
    return (v, s) -> "";
  }

  /** Keeps the value (for types a policy wants to leave alone). */
  public static Operator keep() {
    return (v, s) -> v;
  }

  /**
   * Replaces every letter and digit with {@code maskChar} except the last {@code keepLast} letters or digits;
   * separators are kept, so "4111 1111 1111 1111" becomes "**** **** **** 1111". Values of at most
   * {@code 2 * keepLast} letters or digits are masked entirely so that short values never survive.
   */
  public static Operator mask(char maskChar, int keepLast) {
    if (keepLast < 0 || keepLast > 64) {
      throw new IllegalArgumentException("keepLast must be in 0..64, got " + keepLast);
    }
    if (Character.isLetterOrDigit(maskChar)) {
      throw new IllegalArgumentException("maskChar must not be a letter or digit");
    }
    return (v, s) -> {
      int alnum = 0;
      for (int i = 0; i < v.length(); i++) {
        if (Character.isLetterOrDigit(v.charAt(i))) {
          alnum++;
        }
      }
      int keep = alnum > 2 * keepLast ? keepLast : 0;
      StringBuilder b = new StringBuilder(v.length());
      int seen = 0;
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          seen++;
          b.append(seen > alnum - keep ? c : maskChar);
        } else if (!Character.isSurrogate(c)) {
          b.append(c);
        } else {
          b.append(maskChar);
        }
      }
      return b.toString();
    };
  }

  /** {@code <TYPE:hex>} with the HMAC-SHA-256 of the value under the user's key (at least 16 bytes). */
  public static Operator hash(byte[] key) {
    byte[] k = checkKey(key);
    return (v, s) -> "<" + s.type() + ":" + HexFormat.of().formatHex(Crypto.hmac(k, valueBytes(v)), 0, 16) + ">";
  }

  /**
   * {@code <ENC:base64url>}: AES-256-GCM of the value (key derived from the user's key, at least 16 bytes), the type
   * bound as associated data. Deterministic mode gives equal tokens for equal values (joins); otherwise tokens are
   * randomised. Reverse with {@link #decrypt}.
   */
  public static Operator encrypt(byte[] key, boolean deterministic) {
    byte[] k = checkKey(key);
    return (v, s) -> "<ENC:" + s.type() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(
        Crypto.encrypt(k, valueBytes(v), s.type().getBytes(StandardCharsets.UTF_8),
            deterministic)) + ">";
  }

  /** Decrypts a token made by {@link #encrypt}; IllegalArgumentException when it is malformed or the key is wrong. */
  public static String decrypt(byte[] key, String token) {
    byte[] k = checkKey(key);
    if (token == null || !token.startsWith("<ENC:") || !token.endsWith(">")) {
      throw new IllegalArgumentException("not an encrypted token");
    }
    String body = token.substring(5, token.length() - 1);
    int c = body.indexOf(':');
    if (c < 1) {
      throw new IllegalArgumentException("not an encrypted token");
    }
    String type = body.substring(0, c);
    byte[] data;
    try {
      data = Base64.getUrlDecoder().decode(body.substring(c + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("encrypted token is not base64url");
    }
    return valueString(Crypto.decrypt(k, data, type.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The bytes {@link #hash} and {@link #encrypt} work on: UTF-8 for well-formed text (every earlier token stays
   * valid); a value with an unpaired surrogate, which has no UTF-8 form (the encoder writes '?', so {@code "x\uD800"}
   * hashed like {@code "x?"} and decrypted as it), is the byte 0xFF (never in UTF-8) and its UTF-16BE code units.
   */
  static byte[] valueBytes(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        byte[] b = new byte[1 + 2 * v.length()];
        b[0] = (byte) 0xFF;
        for (int j = 0; j < v.length(); j++) {
          b[1 + 2 * j] = (byte) (v.charAt(j) >>> 8);
          b[2 + 2 * j] = (byte) v.charAt(j);
        }
        return b;
      }
    }
    return v.getBytes(StandardCharsets.UTF_8);
  }

  /** The inverse of {@link #valueBytes}. */
  static String valueString(byte[] b) {
    if (b.length > 0 && b[0] == (byte) 0xFF && b.length % 2 == 1) {
      char[] cs = new char[(b.length - 1) / 2];
      for (int j = 0; j < cs.length; j++) {
        cs[j] = (char) ((b[1 + 2 * j] & 0xFF) << 8 | b[2 + 2 * j] & 0xFF);
      }
      return new String(cs);
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Consistent pseudonyms {@code <TYPE_n>} recorded in the vault, so {@link PseudonymVault#restore} can undo them. */
  public static Operator pseudonymize(PseudonymVault vault) {
    if (vault == null) {
      throw new IllegalArgumentException("vault must not be null");
    }
    return (v, s) -> vault.tokenFor(s.type(), v);
  }

  /**
   * Format-preserving fake values: Luhn-valid cards of the same brand prefix and layout, IBANs of the same country
   * and layout with valid check digits, phone numbers with the same layout and country code, e-mail addresses at
   * example.com, and {@code <TYPE>} for other types.
   */
  public static Operator fake() {
    return (v, s) -> {
      switch (s.type()) {
        case PiiEntity.CREDIT_CARD:
          return fakeCard(v);
        case PiiEntity.IBAN_CODE:
          return fakeIban(v);
        case PiiEntity.PHONE_NUMBER:
          return fakeDigits(v, v.startsWith("+") ? 3 : 1);
        case PiiEntity.EMAIL_ADDRESS:
          return "user" + (1000 + Crypto.RANDOM.nextInt(9000)) + "@example.com";
        default:
          return "<" + s.type() + ">";
      }
    };
  }

  static String fakeCard(String v) {
    String out;
    do {
      StringBuilder b = new StringBuilder(v.length());
      int digitIndex = 0;
      int lastDigit = -1;
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (Character.isDigit(c)) {
          b.append(digitIndex < 2 ? c : (char) ('0' + Crypto.RANDOM.nextInt(10)));
          lastDigit = b.length() - 1;
          digitIndex++;
        } else {
          b.append(c);
        }
      }
      if (lastDigit < 0) {
        return "<CREDIT_CARD>";
      }
      for (int d = 0; d < 10; d++) {
        b.setCharAt(lastDigit, (char) ('0' + d));
        if (Validators.luhn(b)) {
          break;
        }
      }
      out = b.toString();
    } while (out.equals(v));
    return out;
  }

  static String fakeIban(String v) {
    StringBuilder b = new StringBuilder(v.length());
    int alnum = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (alnum < 2) {
          b.append(Character.toUpperCase(c));
        } else if (alnum < 4) {
          b.append('0');
        } else if (Character.isDigit(c)) {
          b.append((char) ('0' + Crypto.RANDOM.nextInt(10)));
        } else {
          b.append((char) ('A' + Crypto.RANDOM.nextInt(26)));
        }
        alnum++;
      } else {
        b.append(c);
      }
    }
    // check digits: 98 - (rearranged mod 97)
    String compact = b.toString().replace(" ", "");
    String re = compact.substring(4) + compact.substring(0, 2) + "00";
    int rem = 0;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (Character.isDigit(c)) {
        rem = (rem * 10 + (c - '0')) % 97;
      } else {
        rem = (rem * 100 + (Character.toUpperCase(c) - 'A' + 10)) % 97;
      }
    }
    int check = 98 - rem;
    int seen = 0;
    for (int i = 0; i < b.length(); i++) {
      if (Character.isLetterOrDigit(b.charAt(i))) {
        if (seen == 2) {
          b.setCharAt(i, (char) ('0' + check / 10));
        } else if (seen == 3) {
          b.setCharAt(i, (char) ('0' + check % 10));
          break;
        }
        seen++;
      }
    }
    return b.toString();
  }

  static String fakeDigits(String v, int keepLeading) {
    String out;
    int guard = 0;
    do {
      StringBuilder b = new StringBuilder(v.length());
      int seen = 0;
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (Character.isDigit(c)) {
          b.append(seen < keepLeading ? c : (char) ('0' + Crypto.RANDOM.nextInt(10)));
          seen++;
        } else {
          b.append(c);
        }
      }
      out = b.toString();
    } while (out.equals(v) && ++guard < 8);
    return out.equals(v) ? "<" + PiiEntity.PHONE_NUMBER + ">" : out;
  }

  private static byte[] checkKey(byte[] key) {
    if (key == null || key.length < 16) {
      throw new IllegalArgumentException("key must hold at least 16 bytes");
    }
    return key.clone();
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
