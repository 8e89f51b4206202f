package dev.aisec.privacy.internal;

/**
 * The ChaCha20 block function (RFC 8439, 20 rounds) used as a keystream generator. Not thread-safe: each thread owns
 * its own instance. Output is served as 64-bit words from a buffer of several blocks.
 */
public final class ChaCha20 {
  private static final int BLOCKS = 8;
  private final int[] state = new int[16];
  private final int[] x = new int[16];
  private final long[] buffer = new long[8 * BLOCKS];
  private int position = buffer.length;
  private long blocksSinceKey;

  /** Creates a generator with the given 256-bit key (8 ints) and 64-bit nonce. */
  public ChaCha20(int[] key, long nonce) {
    rekey(key, nonce);
  }

  /** Replaces the key and nonce and resets the block counter; discards buffered output. */
  public void rekey(int[] key, long nonce) {
    if (key.length != 8) {
      throw new IllegalArgumentException("key must be 8 ints");
    }
    state[0] = 0x61707865;
    state[1] = 0x3320646e;
    state[2] = 0x79622d32;
    state[3] = 0x6b206574;
    System.arraycopy(key, 0, state, 4, 8);
    state[12] = 0;
    state[13] = 0;
    state[14] = (int) nonce;
    state[15] = (int) (nonce >>> 32);
    position = buffer.length;
    blocksSinceKey = 0;
  }

  /** Number of 64-byte blocks produced since the last {@link #rekey}. */
  public long blocksSinceKey() {
    return blocksSinceKey;
  }

  /** Next 64 keystream bits. */
  public long nextLong() {
    if (position == buffer.length) {
      refill();
    }
    return buffer[position++];
  }

  private void refill() {
    for (int b = 0; b < BLOCKS; b++) {
      block(b * 8);
      // 64-bit block counter in words 12..13
      if (++state[12] == 0) {
        state[13]++;
      }
    }
    blocksSinceKey += BLOCKS;
    position = 0;
  }

  private void block(int offset) {
    int[] s = state;
    int x0 = s[0], x1 = s[1], x2 = s[2], x3 = s[3], x4 = s[4], x5 = s[5], x6 = s[6], x7 = s[7];
    int x8 = s[8], x9 = s[9], x10 = s[10], x11 = s[11], x12 = s[12], x13 = s[13], x14 = s[14], x15 = s[15];
    for (int i = 0; i < 10; i++) {
      // column rounds
      x0 += x4; x12 = Integer.rotateLeft(x12 ^ x0, 16); x8 += x12; x4 = Integer.rotateLeft(x4 ^ x8, 12);
      x0 += x4; x12 = Integer.rotateLeft(x12 ^ x0, 8); x8 += x12; x4 = Integer.rotateLeft(x4 ^ x8, 7);
      x1 += x5; x13 = Integer.rotateLeft(x13 ^ x1, 16); x9 += x13; x5 = Integer.rotateLeft(x5 ^ x9, 12);
      x1 += x5; x13 = Integer.rotateLeft(x13 ^ x1, 8); x9 += x13; x5 = Integer.rotateLeft(x5 ^ x9, 7);
      x2 += x6; x14 = Integer.rotateLeft(x14 ^ x2, 16); x10 += x14; x6 = Integer.rotateLeft(x6 ^ x10, 12);
      x2 += x6; x14 = Integer.rotateLeft(x14 ^ x2, 8); x10 += x14; x6 = Integer.rotateLeft(x6 ^ x10, 7);
      x3 += x7; x15 = Integer.rotateLeft(x15 ^ x3, 16); x11 += x15; x7 = Integer.rotateLeft(x7 ^ x11, 12);
      x3 += x7; x15 = Integer.rotateLeft(x15 ^ x3, 8); x11 += x15; x7 = Integer.rotateLeft(x7 ^ x11, 7);
      // diagonal rounds
      x0 += x5; x15 = Integer.rotateLeft(x15 ^ x0, 16); x10 += x15; x5 = Integer.rotateLeft(x5 ^ x10, 12);
      x0 += x5; x15 = Integer.rotateLeft(x15 ^ x0, 8); x10 += x15; x5 = Integer.rotateLeft(x5 ^ x10, 7);
      x1 += x6; x12 = Integer.rotateLeft(x12 ^ x1, 16); x11 += x12; x6 = Integer.rotateLeft(x6 ^ x11, 12);
      x1 += x6; x12 = Integer.rotateLeft(x12 ^ x1, 8); x11 += x12; x6 = Integer.rotateLeft(x6 ^ x11, 7);
      x2 += x7; x13 = Integer.rotateLeft(x13 ^ x2, 16); x8 += x13; x7 = Integer.rotateLeft(x7 ^ x8, 12);
      x2 += x7; x13 = Integer.rotateLeft(x13 ^ x2, 8); x8 += x13; x7 = Integer.rotateLeft(x7 ^ x8, 7);
      x3 += x4; x14 = Integer.rotateLeft(x14 ^ x3, 16); x9 += x14; x4 = Integer.rotateLeft(x4 ^ x9, 12);
      x3 += x4; x14 = Integer.rotateLeft(x14 ^ x3, 8); x9 += x14; x4 = Integer.rotateLeft(x4 ^ x9, 7);
    }
    long[] out = buffer;
    out[offset] = pack(x0 + s[0], x1 + s[1]);
    out[offset + 1] = pack(x2 + s[2], x3 + s[3]);
    out[offset + 2] = pack(x4 + s[4], x5 + s[5]);
    out[offset + 3] = pack(x6 + s[6], x7 + s[7]);
    out[offset + 4] = pack(x8 + s[8], x9 + s[9]);
    out[offset + 5] = pack(x10 + s[10], x11 + s[11]);
    out[offset + 6] = pack(x12 + s[12], x13 + s[13]);
    out[offset + 7] = pack(x14 + s[14], x15 + s[15]);
  }

  /** Little-endian pairing of two keystream words, as the byte stream would be read. */
  private static long pack(int lo, int hi) {
    return (lo & 0xffffffffL) | ((long) hi << 32);
  }

  /** First 16 output words of the block at the current counter, for known-answer tests. */
  public int[] testBlockWords() {
    long[] saved = buffer.clone();
    block(0);
    int[] words = new int[16];
    for (int i = 0; i < 8; i++) {
      words[2 * i] = (int) buffer[i];
      words[2 * i + 1] = (int) (buffer[i] >>> 32);
    }
    System.arraycopy(saved, 0, buffer, 0, saved.length);
    return words;
  }

  /** Sets the 32-bit block counter (RFC 8439 layout uses word 12 as counter and 13..15 as nonce). */
  public void testSetWords(int w12, int w13, int w14, int w15) {
    state[12] = w12;
    state[13] = w13;
    state[14] = w14;
    state[15] = w15;
    position = buffer.length;
  }
}
