package dev.aisec.privacy.aggregate;

import dev.aisec.privacy.DiscreteLaplaceMechanism;
import dev.aisec.privacy.internal.Check;
import dev.aisec.privacy.random.NoiseSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Differentially private histogram (counts per key) with contribution bounding and partition selection, so a key
 * seen for few privacy units is never released. Each unit keeps at most {@code maxPartitionsPerUnit} keys (chosen
 * uniformly at random with the secure noise source when it has more) and at most {@code maxContributionsPerPartition}
 * records per key. Counts get discrete Laplace noise with L1 sensitivity {@code k * c}; a key is released only when its
 * noisy count reaches {@code c + ceil(b ln(k / delta))} with b = k c / epsilon, so a key contributed by a single unit
 * is released with probability at most delta in total: the release is (epsilon, delta)-DP.
 *
 * <p>Timing-hardened by default: each key's noise sample draws a fixed number of random words (see
 * {@link AggregationParams}; a few microseconds per released key); the seven-argument constructor can turn it off.
 *
 * <p>Thread-safe; {@link #merge} combines partial histograms whose privacy units are disjoint or whose per-unit data
 * is merged (bounding is re-applied on release); both must have the same epsilon, delta and bounds. Released once.
 */
public final class DpHistogram<K extends Comparable<K>> {
  private final double epsilon;
  private final double delta;
  private final int maxPartitions;
  private final int maxContributions;
  private final double confidence;
  private final NoiseSource noise;
  private final boolean timingHardened;
  private final Map<Object, Map<K, Integer>> perUnit = new HashMap<>();
  private boolean released;

  /** A timing-hardened histogram. */
  public DpHistogram(double epsilon, double delta, int maxPartitionsPerUnit, int maxContributionsPerPartition,
      double confidence, NoiseSource noise) {
    this(epsilon, delta, maxPartitionsPerUnit, maxContributionsPerPartition, confidence, noise, true);
  }

  /** A histogram; {@code timingHardened} as in {@link AggregationParams#timingHardened()}. */
  public DpHistogram(double epsilon, double delta, int maxPartitionsPerUnit, int maxContributionsPerPartition,
      double confidence, NoiseSource noise, boolean timingHardened) {
    this.timingHardened = timingHardened;
    this.epsilon = Check.epsilon(epsilon);
    this.delta = Check.delta(delta);
    this.maxPartitions = Check.positiveInt("maxPartitionsPerUnit", maxPartitionsPerUnit);
    this.maxContributions = Check.positiveInt("maxContributionsPerPartition", maxContributionsPerPartition);
    if ((long) maxPartitions * maxContributions > (1L << 40)) {
      // the discrete Laplace mechanism takes L1 sensitivities up to 2^40; refused here, not at release() after the
      // aggregator was consumed
      throw new IllegalArgumentException("maxPartitionsPerUnit * maxContributionsPerPartition must be <= 2^40, was "
          + (long) maxPartitions * maxContributions);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
    if (noise == null) {
      throw new IllegalArgumentException("noise must not be null");
    }
    this.confidence = confidence;
    this.noise = noise;
  }

  public static <K extends Comparable<K>> DpHistogram<K> of(double epsilon, double delta, int maxPartitionsPerUnit) {
    return new DpHistogram<>(epsilon, delta, maxPartitionsPerUnit, 1, 0.95, NoiseSource.secure());
  }

  /** Records one contribution of {@code unit} (a privacy unit id: user, device...) to {@code key}. */
  public synchronized DpHistogram<K> add(Object unit, K key) {
    if (released) {
      throw new IllegalStateException("aggregator already released or merged; create a new one");
    }
    if (unit == null || key == null) {
      throw new IllegalArgumentException("unit and key must not be null");
    }
    perUnit.computeIfAbsent(unit, u -> new LinkedHashMap<>()).merge(key, 1, DpHistogram::saturatedSum);
    return this;
  }

  public DpHistogram<K> merge(DpHistogram<K> other) {
    MergeLock.checkOther(this, other, "histogram");
    if (Double.compare(other.epsilon, epsilon) != 0 || Double.compare(other.delta, delta) != 0
        || other.maxPartitions != maxPartitions || other.maxContributions != maxContributions) {
      // the merged counts are released with this histogram's noise and threshold: a histogram built for a larger
      // epsilon, delta or contribution bound would leak more than either side declared
      throw new IllegalArgumentException(
          "other histogram was built with a different epsilon, delta, partition bound or contribution bound");
    }
    return MergeLock.both(this, other, () -> {
      if (released) {
        throw new IllegalStateException("aggregator already released or merged; create a new one");
      }
      if (other.released) {
        throw MergeLock.otherReleased();
      }
      other.perUnit.forEach((u, m) -> {
        Map<K, Integer> mine = perUnit.computeIfAbsent(u, x -> new LinkedHashMap<>());
        m.forEach((k, v) -> mine.merge(k, v, DpHistogram::saturatedSum));
      });
      other.released = true;
      return this;
    });
  }

  /**
   * Adds two per-unit record counts without wrapping: release() keeps at most maxContributions of them anyway, and a
   * wrapped (negative) count would let one unit move a key's count far beyond the sensitivity.
   */
  private static Integer saturatedSum(Integer a, Integer b) {
    long s = (long) a + b;
    return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) s;
  }

  public boolean timingHardened() {
    return timingHardened;
  }

  /** The release threshold on noisy counts. */
  public long threshold() {
    double b = (double) maxPartitions * maxContributions / epsilon;
    double tail = Math.ceil(b * Math.log(maxPartitions / delta));
    // saturate: (long) of a huge double is Long.MAX_VALUE, and adding c to that used to wrap to a negative threshold,
    // which released every key. A threshold beyond a long releases none
    if (!(tail < 0x1p62)) {
      return Long.MAX_VALUE;
    }
    return maxContributions + (long) tail;
  }

  /** Noisy counts of the selected keys, sorted by key. Consumes the aggregator. */
  public synchronized Map<K, DpRelease> release() {
    if (released) {
      throw new IllegalStateException("aggregator already released or merged; create a new one");
    }
    released = true;
    Map<K, Long> counts = new HashMap<>();
    for (Map<K, Integer> m : perUnit.values()) {
      List<K> keys = new ArrayList<>(m.keySet());
      // keep a uniformly random subset of at most maxPartitions keys (partial Fisher-Yates)
      int keep = Math.min(maxPartitions, keys.size());
      for (int i = 0; i < keep; i++) {
        int j = i + (int) noise.nextLong(keys.size() - i);
        K t = keys.get(i);
        keys.set(i, keys.get(j));
        keys.set(j, t);
        counts.merge(keys.get(i), (long) Math.min(maxContributions, m.get(keys.get(i))), Long::sum);
      }
    }
    DiscreteLaplaceMechanism mech = DiscreteLaplaceMechanism.of(epsilon, (long) maxPartitions * maxContributions,
        timingHardened, noise);
    long tau = threshold();
    double h = mech.confidenceHalfWidth(1 - confidence);
    Map<K, DpRelease> out = new TreeMap<>();
    for (Map.Entry<K, Long> e : counts.entrySet()) {
      long v = mech.release(e.getValue());
      if (v >= tau) {
        out.put(e.getKey(), new DpRelease("count[" + e.getKey() + "]", v, v - h, v + h, confidence, epsilon, delta));
      }
    }
    return out;
  }
}
