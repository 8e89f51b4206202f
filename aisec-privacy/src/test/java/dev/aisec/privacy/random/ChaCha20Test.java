package dev.aisec.privacy.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aisec.privacy.TestNoise;
import dev.aisec.privacy.internal.ChaCha20;
import org.junit.jupiter.api.Test;

class ChaCha20Test {

  @Test
  void rfc8439BlockFunctionKnownAnswer() {
    // RFC 8439 section 2.3.2: key 00..1f, counter 1, nonce 00:00:00:09:00:00:00:4a:00:00:00:00
    int[] key = new int[8];
    for (int i = 0; i < 8; i++) {
      int b = 4 * i;
      key[i] = b | (b + 1) << 8 | (b + 2) << 16 | (b + 3) << 24;
    }
    ChaCha20 c = new ChaCha20(key, 0);
    c.testSetWords(1, 0x09000000, 0x4a000000, 0);
    int[] expected = {0xe4e7f110, 0x15593bd1, 0x1fdd0f50, 0xc47120a3, 0xc7f4d1c7, 0x0368c033, 0x9aaa2204,
        0x4e6cd4c3, 0x466482d2, 0x09aa9f07, 0x05d7c214, 0xa2028bd9, 0xd19c12b5, 0xb94e16de, 0xe883d0cb, 0x4e3c50a2};
    assertArrayEquals(expected, c.testBlockWords());
  }

  @Test
  void seededSourceIsDeterministicAndSecureSourceIsNot() {
    assertEquals(TestNoise.seeded(7).nextLong(), TestNoise.seeded(7).nextLong());
    assertNotEquals(TestNoise.seeded(7).nextLong(), TestNoise.seeded(8).nextLong());
    assertThrows(IllegalArgumentException.class, () -> SeededNoiseSource.insecureForTesting(1, null));
    NoiseSource s = NoiseSource.secure();
    assertNotEquals(s.nextLong(), s.nextLong());
  }

  @Test
  void secureSourceKeepsProducingAcrossReseeds() {
    NoiseSource s = NoiseSource.secure();
    long ones = 0;
    int n = (int) (SecureNoiseSource.RESEED_BLOCKS * 8 + 1000);
    for (int i = 0; i < n; i++) {
      ones += Long.bitCount(s.nextLong());
    }
    double mean = ones / (double) n;
    assertEquals(32.0, mean, 0.05);
  }

  @Test
  void boundedDrawsAreUniform() {
    NoiseSource s = TestNoise.seeded(3);
    int[] counts = new int[6];
    int n = 600_000;
    for (int i = 0; i < n; i++) {
      counts[(int) s.nextLong(6)]++;
    }
    for (int c : counts) {
      assertEquals(n / 6.0, c, 5 * Math.sqrt(n / 6.0));
    }
    assertThrows(IllegalArgumentException.class, () -> s.nextLong(0));
  }
}
