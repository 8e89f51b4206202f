package dev.aisec.privacy.random;

import java.math.BigInteger;

/**
 * Source of uniformly random bits for noise generation. Every mechanism in this module draws exclusively from a
 * {@code NoiseSource}; the default, {@link #secure()}, is a per-thread ChaCha20 keystream seeded and periodically
 * reseeded from {@link java.security.SecureRandom}. The only other implementation, {@link SeededNoiseSource}, is
 * deterministic and exists for tests; it must be requested explicitly with an acknowledgement.
 *
 * <p>Implementations are thread-safe.
 */
public interface NoiseSource {

  /** 64 uniformly random bits. */
  long nextLong();

  /**
   * Uniform integer in {@code [0, bound)}, exact: Lemire's multiply-and-reject method (no modulo bias; a division
   * only on the rare rejection path).
   */
  default long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    long m = bound - 1;
    if ((bound & m) == 0) {
      return nextLong() & m;
    }
    long x = nextLong();
    long lo = x * bound;
    if (Long.compareUnsigned(lo, bound) < 0) {
      long threshold = Long.remainderUnsigned(-bound, bound);
      while (Long.compareUnsigned(lo, threshold) < 0) {
        x = nextLong();
        lo = x * bound;
      }
    }
    // unsigned high 64 bits of x * bound (bound > 0)
    return Math.multiplyHigh(x, bound) + ((x >> 63) & bound);
  }

  /** Uniform integer in {@code [0, bound)} for arbitrary positive {@code bound}, exact. */
  default BigInteger nextBigInteger(BigInteger bound) {
    if (bound.signum() <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    if (bound.bitLength() < 63) {
      return BigInteger.valueOf(nextLong(bound.longValue()));
    }
    int bits = bound.bitLength();
    int words = (bits + 63) / 64;
    while (true) {
      BigInteger r = BigInteger.ZERO;
      for (int i = 0; i < words; i++) {
        r = r.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(nextLong())));
      }
      int excess = words * 64 - bits;
      r = r.shiftRight(excess);
      if (r.compareTo(bound) < 0) {
        return r;
      }
    }
  }

  /** A fair coin. Implementations may serve coins bit by bit from one 64-bit word. */
  default boolean nextBoolean() {
    return nextLong() < 0;
  }

  /**
   * A view of this source for use by the current thread only, for the duration of one sample; implementations may
   * return a faster unsynchronised object. The default returns {@code this}.
   */
  default NoiseSource forCurrentThread() {
    return this;
  }

  /** The production source: per-thread ChaCha20 keystream, reseeded from SecureRandom. */
  static NoiseSource secure() {
    return SecureNoiseSource.INSTANCE;
  }
}
