package dev.aisec.data.poison.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * k-nearest-neighbour distances (Euclidean). Exact brute force up to {@link #EXACT_LIMIT} reference rows; above it
 * an approximate random-projection forest (Annoy-style hyperplane trees) proposes candidates whose exact distances
 * are then computed.
 */
public final class Neighbours {

  public static final int EXACT_LIMIT = 20_000;
  private static final int TREES = 10;
  private static final int LEAF = 48;

  private final double[][] ref;
  private final List<Node> roots;

  private Neighbours(double[][] ref, List<Node> roots) {
    this.ref = ref;
    this.roots = roots;
  }

  public static Neighbours build(double[][] ref, long seed) {
    if (ref.length <= EXACT_LIMIT) {
      return new Neighbours(ref, null);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Node> roots = new ArrayList<>();
    int[] all = new int[ref.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    for (int t = 0; t < TREES; t++) {
      roots.add(grow(ref, all.clone(), 0, all.length, rnd, 0));
    }
    return new Neighbours(ref, roots);
  }

  public boolean exact() {
    return roots == null;
  }

  private static final class Node {
    double[] normal;
    double offset;
    Node left;
    Node right;
    int[] items;
  }

  private static Node grow(double[][] x, int[] idx, int from, int to, SplittableRandom rnd, int depth) {
    Node node = new Node();
    int m = to - from;
    if (m <= LEAF || depth > 40) {
      node.items = Arrays.copyOfRange(idx, from, to);
      return node;
    }
    int d = x[0].length;
    double[] a = x[idx[from + rnd.nextInt(m)]];
    double[] b = x[idx[from + rnd.nextInt(m)]];
    double[] normal = new double[d];
    double off = 0;
    boolean nonzero = false;
    for (int j = 0; j < d; j++) {
      normal[j] = a[j] - b[j];
      off += normal[j] * (a[j] + b[j]) * 0.5;
      nonzero |= normal[j] != 0;
    }
    if (!nonzero) {
      for (int j = 0; j < d; j++) {
        normal[j] = rnd.nextGaussian();
      }
      off = 0;
      for (int j = 0; j < d; j++) {
        off += normal[j] * a[j];
      }
    }
    int i = from;
    int k = to - 1;
    while (i <= k) {
      if (dot(normal, x[idx[i]]) < off) {
        i++;
      } else {
        int t = idx[i];
        idx[i] = idx[k];
        idx[k] = t;
        k--;
      }
    }
    if (i == from || i == to) {
      // degenerate split: random halves
      i = from + m / 2;
    }
    node.normal = normal;
    node.offset = off;
    node.left = grow(x, idx, from, i, rnd, depth + 1);
    node.right = grow(x, idx, i, to, rnd, depth + 1);
    return node;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }

  private static double dist2(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      double t = a[j] - b[j];
      s += t * t;
    }
    return s;
  }

  /**
   * Distances to the k nearest reference rows of {@code q}, ascending; {@code self} is a reference index to skip
   * (the query row itself) or -1.
   */
  public double[] knn(double[] q, int k, int self) {
    double[] best = new double[k];
    Arrays.fill(best, Double.POSITIVE_INFINITY);
    if (roots == null) {
      for (int i = 0; i < ref.length; i++) {
        if (i == self) {
          continue;
        }
        double dd = dist2(q, ref[i]);
        if (dd < best[k - 1]) {
          insert(best, dd);
        }
      }
    } else {
      java.util.HashSet<Integer> seen = new java.util.HashSet<>();
      for (Node r : roots) {
        Node node = r;
        while (node.items == null) {
          node = dot(node.normal, q) < node.offset ? node.left : node.right;
        }
        for (int i : node.items) {
          if (i == self || !seen.add(i)) {
            continue;
          }
          double dd = dist2(q, ref[i]);
          if (dd < best[k - 1]) {
            insert(best, dd);
          }
        }
      }
    }
    for (int i = 0; i < k; i++) {
      best[i] = Math.sqrt(best[i]);
    }
    return best;
  }

  private static void insert(double[] best, double v) {
    int i = best.length - 1;
    while (i > 0 && best[i - 1] > v) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = v;
  }
}
