package dev.aisec.prompt.internal;

import java.util.Map;

/**
 * An immutable open-addressing table from strings to values that is probed with a hash the caller already has
 * ({@link Tokens#hash}, equal to {@link String#hashCode()}), so a lookup neither hashes the string again nor
 * allocates. Thread-safe once built.
 */
final class StrTable<V> {

  private final int[] hashes;
  private final String[] keys;
  private final Object[] vals;
  private final int shift;
  private final int mask;

  StrTable(Map<String, V> map) {
    int cap = 4;
    while (cap < 2 * map.size()) {
      cap <<= 1;
    }
    hashes = new int[cap];
    keys = new String[cap];
    vals = new Object[cap];
    mask = cap - 1;
    shift = 32 - Integer.numberOfTrailingZeros(cap);
    for (Map.Entry<String, V> e : map.entrySet()) {
      String k = e.getKey();
      int h = k.hashCode();
      int i = slot(h);
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      keys[i] = k;
      vals[i] = e.getValue();
    }
  }

  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  /** The value of {@code s}, whose {@code hashCode()} is {@code h}; null when absent. */
  @SuppressWarnings("unchecked")
  V get(String s, int h) {
    for (int i = slot(h); ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && k.equals(s)) {
        return (V) vals[i];
      }
    }
  }

  boolean contains(String s, int h) {
    return get(s, h) != null;
  }
}
