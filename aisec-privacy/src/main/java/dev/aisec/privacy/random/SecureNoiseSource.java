package dev.aisec.privacy.random;

import dev.aisec.privacy.internal.ChaCha20;
import java.security.SecureRandom;

/**
 * Per-thread ChaCha20 keystream keyed from {@link SecureRandom} and rekeyed from it every {@value #RESEED_BLOCKS}
 * blocks (1 MiB of output), so a compromise of one key exposes at most that much noise. Each thread has its own
 * generator: no contention, no shared mutable state.
 */
final class SecureNoiseSource implements NoiseSource {
  static final SecureNoiseSource INSTANCE = new SecureNoiseSource();
  static final long RESEED_BLOCKS = 1L << 14;
  private static final SecureRandom SEEDER = new SecureRandom();

  private final ThreadLocal<ChaCha20> local = ThreadLocal.withInitial(() -> new ChaCha20(freshKey(), SEEDER.nextLong()));

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

  @Override
  public long nextLong() {
    ChaCha20 c = local.get();
    if (c.blocksSinceKey() >= RESEED_BLOCKS) {
      c.rekey(freshKey(), SEEDER.nextLong());
    }
    return c.nextLong();
  }

  @Override
  public String toString() {
    return "NoiseSource.secure()";
  }
}
