package dev.aisec.data.pii.internal;

/**
 * A per-thread memo of libphonenumber's validity answer for {@code +} numbers ({@link Engine#validPlus} of the
 * number's {@link Engine#compact} form, a pure function of it). Only numbers whose compact form is {@code +} and 1-15
 * digits are kept, packed into a {@code long} (4 bits a digit, digit + 1, so the key also fixes the length); the
 * table is direct-mapped with 64 slots (512 bytes, allocated once per thread, never grows; a colliding number
 * replaces the slot). It holds only packed digits and one validity bit and is never logged or exposed. Not
 * thread-safe: one instance per thread (held by the per-thread {@link Hits}).
 */
final class PlusNumbers {

  private static final int SLOT_BITS = 6;
  private final long[] slots = new long[1 << SLOT_BITS];

  /**
   * The packed key of {@code t[s, e)} as {@link Engine#compact} leaves it (space, {@code - . / ( )} dropped), or 0
   * when that is not {@code +} followed by 1-15 ASCII digits.
   */
  static long key(CharSequence t, int s, int e) {
    long key = 0;
    int digits = 0;
    boolean plus = false;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')') {
        continue;
      }
      if (!plus) {
        if (c != '+') {
          return 0;
        }
        plus = true;
      } else if (c >= '0' && c <= '9' && digits < 15) {
        key = key << 4 | (c - '0' + 1);
        digits++;
      } else {
        return 0;
      }
    }
    return digits == 0 ? 0 : key;
  }

  /** 1 valid, 0 not valid, -1 not known. */
  int get(long key) {
    long v = slots[slot(key)];
    return v >>> 2 == key ? (int) v & 1 : -1;
  }

  void put(long key, boolean valid) {
    slots[slot(key)] = key << 2 | 2 | (valid ? 1 : 0);
  }

  private static int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - SLOT_BITS));
  }
}
