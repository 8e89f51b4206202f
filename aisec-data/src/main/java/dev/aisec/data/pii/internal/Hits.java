package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Candidate spans of one scan, stored in parallel arrays that are only allocated when the first candidate appears
 * (so a scan that finds nothing allocates nothing). Not thread-safe: one instance per scan.
 */
public final class Hits {
  int n;
  int[] starts;
  int[] ends;
  String[] types;
  double[] scores;
  String[] details;
  /** Scan state of the engine: end of the last plain lower-case word (-1 if none) and whether it is a cue word. */
  int plainEnd = -1;
  boolean plainCue;

  public void add(int start, int end, String type, double score, String detail) {
    if (starts == null) {
      starts = new int[16];
      ends = new int[16];
      types = new String[16];
      scores = new double[16];
      details = new String[16];
    } else if (n == starts.length) {
      int cap = n * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      types = Arrays.copyOf(types, cap);
      scores = Arrays.copyOf(scores, cap);
      details = Arrays.copyOf(details, cap);
    }
    starts[n] = start;
    ends[n] = end;
    types[n] = type;
    scores[n] = Math.max(0.0, Math.min(1.0, score));
    details[n] = detail;
    n++;
  }

  public int size() {
    return n;
  }

  public boolean isEmpty() {
    return n == 0;
  }

  /**
   * Resolves overlaps: keeps the candidates with a score at or above their threshold, preferring higher score, then
   * longer span, then earlier start; the result is sorted by start and never overlaps.
   */
  public List<PiiSpan> resolve(Map<String, Double> thresholds, double defaultThreshold) {
    if (n == 0) {
      return List.of();
    }
    Integer[] idx = new Integer[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      Double t = thresholds.get(types[i]);
      if (scores[i] >= (t == null ? defaultThreshold : t) && ends[i] > starts[i]) {
        idx[m++] = i;
      }
    }
    Integer[] keep = Arrays.copyOf(idx, m);
    Arrays.sort(keep, (a, b) -> {
      int c = Double.compare(scores[b], scores[a]);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(ends[b] - starts[b], ends[a] - starts[a]);
      return c != 0 ? c : Integer.compare(starts[a], starts[b]);
    });
    TreeMap<Integer, Integer> chosen = new TreeMap<>();
    for (int i : keep) {
      Map.Entry<Integer, Integer> lo = chosen.floorEntry(starts[i]);
      if (lo != null && ends[lo.getValue()] > starts[i]) {
        continue;
      }
      Map.Entry<Integer, Integer> hi = chosen.ceilingEntry(starts[i]);
      if (hi != null && hi.getKey() < ends[i]) {
        continue;
      }
      chosen.put(starts[i], i);
    }
    List<PiiSpan> out = new ArrayList<>(chosen.size());
    for (int i : chosen.values()) {
      out.add(new PiiSpan(starts[i], ends[i], types[i], round(scores[i]), details[i]));
    }
    return out;
  }

  private static double round(double s) {
    return Math.round(s * 1000.0) / 1000.0;
  }
}
