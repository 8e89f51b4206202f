package dev.aisec.privacy.aggregate;

import java.util.function.Supplier;

/**
 * Holds the monitors of two aggregators for one merge, taken in a global order (identity hash, ties under one
 * shared lock) so that {@code a.merge(b)} and {@code b.merge(a)} on two threads cannot deadlock. Checking both
 * aggregators and moving the contents under both locks means a failed merge (released target, consumed source,
 * overflow) leaves both unchanged.
 */
final class MergeLock {

  private static final Object TIE = new Object();

  private MergeLock() {}

  static <T> T both(Object a, Object b, Supplier<T> body) {
    int ha = System.identityHashCode(a);
    int hb = System.identityHashCode(b);
    if (ha == hb) {
      synchronized (TIE) {
        synchronized (a) {
          synchronized (b) {
            return body.get();
          }
        }
      }
    }
    Object first = ha < hb ? a : b;
    Object second = first == a ? b : a;
    synchronized (first) {
      synchronized (second) {
        return body.get();
      }
    }
  }

  /** The common argument checks of {@code merge}: not null, not the aggregator itself. */
  static void checkOther(Object self, Object other, String what) {
    if (other == null) {
      throw new IllegalArgumentException("other " + what + " must not be null");
    }
    if (other == self) {
      throw new IllegalArgumentException("cannot merge a " + what + " into itself");
    }
  }

  static IllegalStateException otherReleased() {
    return new IllegalStateException("other aggregator already released or merged; it cannot be merged");
  }
}
