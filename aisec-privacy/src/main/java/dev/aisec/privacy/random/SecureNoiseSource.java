package dev.aisec.privacy.random;

import dev.aisec.privacy.internal.ChaCha20;
import dev.aisec.privacy.internal.WordSource;
import java.security.SecureRandom;

/**
 * Per-thread ChaCha20 keystream keyed from {@link SecureRandom} and rekeyed from it every {@value #RESEED_BLOCKS}
 * blocks (1 MiB of output), so a compromise of one key exposes at most that much noise. Each thread has its own
 * generator: no contention, no shared mutable state. Coins are served one bit at a time from a keystream word.
 */
final class SecureNoiseSource implements NoiseSource {
  static final SecureNoiseSource INSTANCE = new SecureNoiseSource();
  static final long RESEED_BLOCKS = 1L << 14;
  private static final SecureRandom SEEDER = new SecureRandom();

  private final ThreadLocal<PerThread> local = ThreadLocal.withInitial(PerThread::new);

  private SecureNoiseSource() {}

  private static int[] freshKey() {
    int[] key = new int[8];
    synchronized (SEEDER) {
      for (int i = 0; i < 8; i++) {
        key[i] = SEEDER.nextInt();
      }
    }
    return key;
  }

  private static long freshNonce() {
    synchronized (SEEDER) {
      return SEEDER.nextLong();
    }
  }

  /** The generator of one thread; never shared. */
  static final class PerThread extends WordSource {
    private final ChaCha20 stream = new ChaCha20(freshKey(), freshNonce());

    @Override
    protected long nextWord() {
      if (stream.blocksSinceKey() >= RESEED_BLOCKS) {
        stream.rekey(freshKey(), freshNonce());
      }
      return stream.nextLong();
    }
  }

  @Override
  public long nextLong() {
    return local.get().nextLong();
  }

  @Override
  public boolean nextBoolean() {
    return local.get().nextBoolean();
  }

  @Override
  public long nextLong(long bound) {
    return local.get().nextLong(bound);
  }

  @Override
  public NoiseSource forCurrentThread() {
    return local.get();
  }

  @Override
  public String toString() {
    return "NoiseSource.secure()";
  }
}
