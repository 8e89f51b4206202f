package dev.aisec.data.poison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate floods: MinHash signatures ({@link MinHasher}, 128 permutations) banded for locality-sensitive
 * hashing (16 bands of 8 rows, a candidate threshold near Jaccard 0.7); candidate pairs whose estimated similarity
 * reaches {@code threshold} are joined, and connected components of at least two rows are reported with their size
 * and whether their labels agree. Deterministic; thread-safe.
 */
public final class NearDuplicates {

  /** A cluster of near-identical rows (0-based indices, ascending). */
  public record Cluster(int size, List<Integer> rows, boolean labelsAgree, List<String> labels) {}

  private static final int BANDS = 16;

  private NearDuplicates() {}

  /** Finds clusters; labels may be null. Largest clusters first. */
  public static List<Cluster> find(List<String> texts, List<String> labels, double threshold) {
    if (texts == null) {
      throw new IllegalArgumentException("texts must not be null");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]");
    }
    if (labels != null && labels.size() != texts.size()) {
      // used to fail late with IndexOutOfBoundsException, after all signatures were computed
      throw new IllegalArgumentException("labels has " + labels.size() + " entries for " + texts.size() + " texts");
    }
    MinHasher mh = MinHasher.standard();
    int n = texts.size();
    int[][] sig = new int[n][];
    for (int i = 0; i < n; i++) {
      sig[i] = mh.signature(texts.get(i));
    }
    int r = mh.permutations() / BANDS;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int band = 0; band < BANDS; band++) {
      Map<Long, Integer> first = new HashMap<>();
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int j = band * r; j < (band + 1) * r; j++) {
          h = (h ^ sig[i][j]) * 0x100000001b3L;
          h ^= h >>> 29;
        }
        buckets.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        if (bucket.size() < 2) {
          continue;
        }
        int anchor = bucket.get(0);
        for (int x = 1; x < bucket.size(); x++) {
          int i = bucket.get(x);
          if (find(parent, i) == find(parent, anchor)) {
            continue;
          }
          // compare with the anchor and, failing that, the previous member
          int j = bucket.get(x - 1);
          if (MinHasher.similarity(sig[i], sig[anchor]) >= threshold) {
            union(parent, i, anchor);
          } else if (MinHasher.similarity(sig[i], sig[j]) >= threshold) {
            union(parent, i, j);
          }
        }
      }
    }
    Map<Integer, List<Integer>> comps = new HashMap<>();
    for (int i = 0; i < n; i++) {
      comps.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Cluster> out = new ArrayList<>();
    for (List<Integer> c : comps.values()) {
      if (c.size() < 2) {
        continue;
      }
      List<String> ls = new ArrayList<>();
      boolean agree = true;
      if (labels != null) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (int i : c) {
          distinct.add(labels.get(i));
        }
        ls.addAll(distinct);
        agree = distinct.size() <= 1;
      }
      out.add(new Cluster(c.size(), List.copyOf(c), agree, List.copyOf(ls)));
    }
    out.sort(Comparator.comparingInt(Cluster::size).reversed().thenComparing(c -> c.rows().get(0)));
    return out;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
