package dev.aisec.data.pii.internal;

import java.util.Arrays;

/**
 * The digits of a number's groups side by side (the separators dropped), handed to the check-digit validators as a
 * {@link CharSequence} instead of a new {@code StringBuilder} per candidate. One per thread (kept with the per-thread
 * {@link Hits}), refilled for each candidate, and wiped when the scan's buffer is released, so no digits outlive the
 * scan. Not thread-safe.
 */
final class DigitBuffer implements CharSequence {

  private char[] chars = new char[24];
  private int len;
  private boolean used;

  /** Fills the buffer with the digits of groups {@code 0..k-1} ({@code t[gs[j], ge[j])}); returns this buffer. */
  DigitBuffer of(CharSequence t, int[] gs, int[] ge, int k) {
    int total = 0;
    for (int j = 0; j < k; j++) {
      total += ge[j] - gs[j];
    }
    if (total > chars.length) {
      chars = new char[total];
    }
    int n = 0;
    for (int j = 0; j < k; j++) {
      for (int i = gs[j]; i < ge[j]; i++) {
        chars[n++] = t.charAt(i);
      }
    }
    len = n;
    used = true;
    return this;
  }

  /** Forgets the digits (zeroes the characters written since the last wipe). */
  void wipe() {
    if (used) {
      Arrays.fill(chars, '\0');
      len = 0;
      used = false;
    }
  }

  @Override
  public int length() {
    return len;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= len) {
      throw new IndexOutOfBoundsException(index);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > len || start > end) {
      throw new IndexOutOfBoundsException();
    }
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, len);
  }
}
