package dev.aisec.privacy.internal;

import dev.aisec.privacy.random.NoiseSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Timing hardening: before each sample, exactly {@code budget} 64-bit words are drawn in one bulk read from the
 * underlying source, and the sampler consumes only from that block. The number of words taken from the underlying
 * source therefore does not depend on the sampled value. If a sample would need more than the budget (the budgets are
 * chosen so this is astronomically rare; see docs/privacy.md) further words are drawn and the event is counted.
 * Not thread-safe; each use creates its own instance.
 */
public final class FixedDrawSource extends WordSource {
  private static final AtomicLong OVERRUNS = new AtomicLong();
  private final NoiseSource base;
  private final long[] block;
  private int next;

  public FixedDrawSource(NoiseSource base, int budget) {
    base = base.forCurrentThread();
    this.base = base;
    this.block = new long[budget];
    for (int i = 0; i < budget; i++) {
      block[i] = base.nextLong();
    }
  }

  @Override
  protected long nextWord() {
    if (next < block.length) {
      return block[next++];
    }
    if (next++ == block.length) {
      OVERRUNS.incrementAndGet();
    }
    return base.nextLong();
  }

  /** Words consumed by the sampler from this block (may exceed the budget on an overrun). */
  public int used() {
    return next;
  }

  /** Process-wide count of samples that needed more than their fixed budget. */
  public static long overruns() {
    return OVERRUNS.get();
  }
}
