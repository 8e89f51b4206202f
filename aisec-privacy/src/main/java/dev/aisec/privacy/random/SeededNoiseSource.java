package dev.aisec.privacy.random;

import dev.aisec.privacy.internal.ChaCha20;
import dev.aisec.privacy.internal.WordSource;

/**
 * A deterministic ChaCha20 stream keyed from a 64-bit seed. <b>Its output is predictable by anyone who knows the seed;
 * it provides no privacy.</b> It exists so statistical tests are reproducible. To make accidental production use
 * impossible to miss it is only created through {@link #insecureForTesting(long, Acknowledgement)}, which requires the
 * explicit {@link Acknowledgement#NOT_PRIVATE_TESTS_ONLY} token; no mechanism ever defaults to it.
 *
 * <p>Thread-safe (synchronised); determinism holds only for single-threaded use.
 */
public final class SeededNoiseSource implements NoiseSource {

  /** Token that a caller must pass to acknowledge that seeded noise is not private. */
  public enum Acknowledgement {
    /** The caller knows the seeded stream is predictable and uses it only in tests. */
    NOT_PRIVATE_TESTS_ONLY
  }

  private final ChaCha20 stream;
  private long draws;

  private SeededNoiseSource(long seed) {
    int[] key = new int[8];
    long z = seed;
    for (int i = 0; i < 8; i++) {
      z += 0x9E3779B97F4A7C15L;
      long m = z;
      m = (m ^ (m >>> 30)) * 0xBF58476D1CE4E5B9L;
      m = (m ^ (m >>> 27)) * 0x94D049BB133111EBL;
      key[i] = (int) (m ^ (m >>> 31));
    }
    stream = new ChaCha20(key, 0L);
  }

  /** A deterministic source for tests only. */
  public static SeededNoiseSource insecureForTesting(long seed, Acknowledgement ack) {
    if (ack != Acknowledgement.NOT_PRIVATE_TESTS_ONLY) {
      throw new IllegalArgumentException("ack must be NOT_PRIVATE_TESTS_ONLY");
    }
    return new SeededNoiseSource(seed);
  }

  @Override
  public synchronized long nextLong() {
    return words.nextLong();
  }

  private final WordSource words = new WordSource() {
    @Override
    protected long nextWord() {
      draws++;
      return stream.nextLong();
    }
  };

  @Override
  public synchronized boolean nextBoolean() {
    return words.nextBoolean();
  }

  @Override
  public synchronized long nextLong(long bound) {
    return words.nextLong(bound);
  }

  /** Number of 64-bit words drawn so far (for draw-count tests). */
  public synchronized long draws() {
    return draws;
  }

  @Override
  public String toString() {
    return "SeededNoiseSource(INSECURE, tests only)";
  }
}
