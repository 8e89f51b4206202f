package dev.aisec.privacy;

import dev.aisec.privacy.random.SeededNoiseSource;

/** Deterministic sources for tests. */
public final class TestNoise {
  private TestNoise() {}

  public static SeededNoiseSource seeded(long seed) {
    return SeededNoiseSource.insecureForTesting(seed, SeededNoiseSource.Acknowledgement.NOT_PRIVATE_TESTS_ONLY);
  }
}
