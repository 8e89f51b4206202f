package dev.aisec.privacy.internal;

import dev.aisec.privacy.random.NoiseSource;

/**
 * Base for single-threaded sources that economise keystream: coins are served one bit at a time and bounded draws
 * below 2^32 use 32-bit halves of a word (Lemire's method on 32 bits). Exactness is unchanged: every draw is still a
 * uniform choice from independent uniform bits. Not thread-safe.
 */
public abstract class WordSource implements NoiseSource {
  private long bits;
  private int bitsLeft;
  private long half;
  private boolean halfReady;

  /** 64 fresh uniform bits from the underlying generator. */
  protected abstract long nextWord();

  @Override
  public final long nextLong() {
    return nextWord();
  }

  @Override
  public final boolean nextBoolean() {
    if (bitsLeft == 0) {
      bits = nextWord();
      bitsLeft = 64;
    }
    bitsLeft--;
    boolean b = (bits & 1) != 0;
    bits >>>= 1;
    return b;
  }

  private long next32() {
    if (halfReady) {
      halfReady = false;
      return half;
    }
    long w = nextWord();
    half = w >>> 32;
    halfReady = true;
    return w & 0xffffffffL;
  }

  @Override
  public final long nextLong(long bound) {
    if (bound <= 0 || bound > (1L << 32)) {
      return NoiseSource.super.nextLong(bound);
    }
    long m = bound - 1;
    if ((bound & m) == 0) {
      return next32() & m;
    }
    long product = next32() * bound;
    long low = product & 0xffffffffL;
    if (low < bound) {
      long threshold = ((1L << 32) - bound) % bound;
      while (low < threshold) {
        product = next32() * bound;
        low = product & 0xffffffffL;
      }
    }
    return product >>> 32;
  }
}
