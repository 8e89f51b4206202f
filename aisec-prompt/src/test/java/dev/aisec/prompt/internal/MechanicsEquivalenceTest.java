package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast paths of the scanning mechanics give exactly the results of the plain implementations they replaced
 * (kept here, String-based, as references): tokens, feature hashes and weight sums (bit for bit), case-insensitive
 * marker comparison, and space-separated hex detection.
 */
class MechanicsEquivalenceTest {

  private static final String[] PIECES = {"a", "B", "z", " ", "  ", "\n", ".", "-", "@", "$", "0", "1", "3", "7",
      "ignore", "IGNORE", "1gn0r3", "pr3v10us", "p@$$w0rd", "r00t", "é", "Ü", "İ", "ı", "ſ", "\u212A", "ß", "\u0301",
      "中", "文", "ア", "한", "Привет", "x".repeat(70), "49 ", "6e,", "ff", "dead ", "%41", "<|im_start|>", "System:",
      "sYsTeM", "hahaha", "aaaa", "lol", "\uD800", "\uDC00", "\uD83D\uDE00", "\t", "the", "you", "instructions", "prompt"};

  static Gen<String> texts(int maxPieces) {
    return integers().between(0, maxPieces).zip(integers().between(0, Integer.MAX_VALUE), (n, seed) -> {
      Random r = new Random(seed);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      return sb.toString();
    });
  }

  @Test
  void repeatedTokensAreCutLikeTheReference() {
    Tokens t = new Tokens();
    for (String s : new String[] {"<|im_start|>中1gn0r3アアアア", "lol lol lol lol lol", "ab cd ab cd ab cd ab cd ab",
        "a a a b a a a a", "x y z x y z x y z x y z x",
        "アapromptyouignoreéz<|im_start|><|im_start|><|im_start|><|im_start|>"}) {
      t.tokenize(s, 0, s.length());
      RefTokens ref = RefTokens.tokenize(s, 0, s.length());
      assertEquals(ref.text.size(), t.size, s);
      for (int i = 0; i < t.size; i++) {
        assertEquals(ref.text.get(i), t.text[i], s);
        assertEquals((int) ref.start.get(i), t.start[i], s);
      }
    }
  }

  @Test
  void tokensMatchTheReferenceTokeniser() {
    Tokens t = new Tokens();
    qt().withExamples(3000).forAll(texts(60)).check(s -> {
      int from = s.isEmpty() ? 0 : s.length() / 7;
      t.tokenize(s, from, s.length());
      RefTokens ref = RefTokens.tokenize(s, from, s.length());
      if (t.size != ref.text.size() || t.leetFolded != ref.leetFolded) {
        return false;
      }
      for (int i = 0; i < t.size; i++) {
        String w = ref.text.get(i);
        if (!w.equals(t.text[i]) || t.start[i] != ref.start.get(i) || t.end[i] != ref.end.get(i)
            || t.cjk[i] != ref.cjk.get(i) || t.hash[i] != w.hashCode()
            || !w.equals(new String(t.chars, t.coff[i], t.length(i)))
            || !refCollapse(w).equals(new String(t.gchars, t.goff[i], t.goff[i + 1] - t.goff[i]))) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void featuresAndWeightSumsMatchTheReference() {
    float[] w = quantisedWeights(7);
    int limit = Features.exactSumLimit(w);
    assertTrue(limit >= 1 << 14, "limit " + limit);
    Tokens t = new Tokens();
    qt().withExamples(1500).forAll(texts(60)).check(s -> {
      t.tokenize(s, 0, s.length());
      if (Features.count(t, 0, t.size) > limit) {
        return false;
      }
      List<int[]> got = new ArrayList<>();
      Features.extract(t, 0, t.size, (tok, idx, sign) -> got.add(new int[] {tok, idx, (int) sign}));
      List<int[]> want = new ArrayList<>();
      refExtract(t, (tok, idx, sign) -> want.add(new int[] {tok, idx, (int) sign}));
      if (got.size() != want.size() || got.size() != Features.count(t, 0, t.size)) {
        return false;
      }
      for (int i = 0; i < got.size(); i++) {
        if (!Arrays.equals(got.get(i), want.get(i))) {
          return false;
        }
      }
      double[] seq = {0};
      double[] c = new double[t.size + 1];
      int[] k = new int[t.size + 1];
      Features.extract(t, 0, t.size, (tok, idx, sign) -> {
        seq[0] += w[idx] * sign;
        c[tok + 1] += w[idx] * sign;
        k[tok + 1]++;
      });
      double[] c2 = new double[t.size + 1];
      int[] k2 = new int[t.size + 1];
      Features.perToken(t, 0, t.size, w, c2, k2);
      double[] c3 = new double[t.size + 1];
      int[] k3 = new int[t.size + 1];
      Features.perTokenExact(t, 0, t.size, w, c3, k3);
      long bits = Double.doubleToRawLongBits(seq[0]);
      return bits == Double.doubleToRawLongBits(Features.dot(t, 0, t.size, w))
          && bits == Double.doubleToRawLongBits(Features.dotExact(t, 0, t.size, w))
          && Arrays.equals(c, c2) && Arrays.equals(k, k2) && Arrays.equals(c, c3) && Arrays.equals(k, k3);
    });
  }

  @Test
  void twoModelPassEqualsTwoSinglePasses() {
    float[] w = quantisedWeights(7);
    float[] w2 = quantisedWeights(11);
    Model m = new Model(w, -0.3f, "a");
    Model mw = new Model(w2, 0.2f, "b");
    Engine withWindow = new Engine(RuleSet.standard(), m, false, null, null, null, mw);
    Engine plain = new Engine(RuleSet.standard(), m, false, null, null, null, null);
    int limit = Math.min(Features.exactSumLimit(w), Features.exactSumLimit(w2));
    Tokens t = new Tokens();
    qt().withExamples(1500).forAll(texts(120)).check(s -> {
      t.tokenize(s, 0, s.length());
      double[] c = new double[t.size + 1];
      double[] c2 = new double[t.size + 1];
      int[] k = new int[t.size + 1];
      Features.perTokenExact2(t, 0, t.size, w, w2, c, c2, k);
      double[] r = new double[t.size + 1];
      double[] r2 = new double[t.size + 1];
      int[] rk = new int[t.size + 1];
      int[] rk2 = new int[t.size + 1];
      Features.perTokenExact(t, 0, t.size, w, r, rk);
      Features.perTokenExact(t, 0, t.size, w2, r2, rk2);
      if (Features.count(t, 0, t.size) <= limit
          && !(Arrays.equals(c, r) && Arrays.equals(c2, r2) && Arrays.equals(k, rk) && Arrays.equals(k, rk2))) {
        return false;
      }
      double[] sub = new double[2];
      double p = withWindow.classifyWithSubAndWindow(t, sub);
      double[] ref = new double[1];
      double rp = plain.classifyWithSub(t, ref);
      double[] none = new double[2];
      double np = plain.classifyWithSubAndWindow(t, none);
      return p == rp && sub[0] == ref[0] && sub[1] == Engine.maxWindow(mw, t, Features.exactSumLimit(w2))
          && np == rp && none[0] == ref[0] && none[1] == ref[0];
    });
  }

  @Test
  void interleavedWeightsWithAMemoKeptAcrossTextsEqualTwoArrays() {
    float[] w = quantisedWeights(7);
    float[] w2 = quantisedWeights(11);
    float[] ww = Features.interleave(w, w2);
    int limit = Math.min(Features.exactSumLimit(w), Features.exactSumLimit(w2));
    Features.OwnMemo memo = new Features.OwnMemo(); // one memo for every example, as one thread keeps it
    Tokens t = new Tokens();
    qt().withExamples(2000).forAll(texts(120)).check(s -> {
      t.tokenize(s, 0, s.length());
      if (Features.count(t, 0, t.size) > limit) {
        return true;
      }
      double[] c = new double[t.size + 1];
      double[] c2 = new double[t.size + 1];
      int[] k = new int[t.size + 1];
      Features.perTokenExact2(t, 0, t.size, ww, memo, c, c2, k);
      double[] r = new double[t.size + 1];
      double[] r2 = new double[t.size + 1];
      int[] rk = new int[t.size + 1];
      Features.perTokenExact2(t, 0, t.size, w, w2, r, r2, rk);
      // Engine.explainTop reads these per-token sums in place of the ordered ones (equal values; a zero's sign aside)
      double[] ordered = new double[t.size + 1];
      Features.perToken(t, 0, t.size, w, ordered, new int[t.size + 1]);
      for (int i = 0; i <= t.size; i++) {
        if (c[i] != ordered[i]) {
          return false;
        }
      }
      return Arrays.equals(c, r) && Arrays.equals(c2, r2) && Arrays.equals(k, rk);
    });
  }

  @Test
  void sigmoidIsNonDecreasingSoTheSigmoidOfTheHighestLogitIsTheHighestSigmoid() {
    // Engine.classifyWithSubAndWindow takes one sigmoid of the highest window logit instead of the highest sigmoid
    Random r = new Random(5);
    for (int i = 0; i < 2_000_000; i++) {
      double a = (r.nextDouble() - 0.5) * (i % 3 == 0 ? 80 : 8);
      double b = i % 2 == 0 ? Math.nextUp(a) : a + r.nextDouble() * 1e-6;
      assertTrue(Model.sigmoid(a) <= Model.sigmoid(b), a + " " + b);
    }
    qt().withExamples(3000).forAll(integers().between(0, Integer.MAX_VALUE)).check(seed -> {
      Random q = new Random(seed);
      double maxSig = 0;
      double maxZ = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < 1 + q.nextInt(30); j++) {
        double z = (q.nextDouble() - 0.5) * 40;
        maxSig = Math.max(maxSig, Model.sigmoid(z));
        maxZ = Math.max(maxZ, z);
      }
      return Double.doubleToRawLongBits(maxSig) == Double.doubleToRawLongBits(Math.max(0, Model.sigmoid(maxZ)));
    });
  }

  @Test
  void segmentSumsMatchASink() {
    float[] w = quantisedWeights(11);
    float[] w2 = quantisedWeights(12);
    Tokens t = new Tokens();
    qt().withExamples(800).forAll(texts(80), integers().between(1, 9)).check((s, segs) -> {
      t.tokenize(s, 0, s.length());
      int[] seg = new int[t.size];
      for (int i = 0; i < t.size; i++) {
        seg[i] = Math.min(segs - 1, i * segs / Math.max(1, t.size));
      }
      double[] a = new double[segs];
      int[] ac = new int[segs];
      double[] b = new double[segs];
      int[] bc = new int[segs];
      Features.extract(t, 0, t.size, (tok, idx, sign) -> {
        a[seg[tok]] += w[idx] * sign;
        ac[seg[tok]]++;
        b[seg[tok]] += w2[idx] * sign;
        bc[seg[tok]]++;
      });
      double[] a2 = new double[segs];
      int[] ac2 = new int[segs];
      double[] b2 = new double[segs];
      int[] bc2 = new int[segs];
      Features.segmentSums(t, seg, w, a2, ac2, w2, b2, bc2);
      double[] a3 = new double[segs];
      int[] ac3 = new int[segs];
      Features.segmentSums(t, seg, w, a3, ac3, null, null, null);
      return Arrays.equals(a, a2) && Arrays.equals(ac, ac2) && Arrays.equals(b, b2) && Arrays.equals(bc, bc2)
          && Arrays.equals(a, a3) && Arrays.equals(ac, ac3);
    });
  }

  @Test
  void exactSumLimitFollowsTheExponentRange() {
    assertEquals(Integer.MAX_VALUE, Features.exactSumLimit(new float[8]));
    assertEquals(0, Features.exactSumLimit(new float[] {1f, Float.NaN}));
    assertEquals(0, Features.exactSumLimit(new float[] {1e-30f, 1e30f}));
    assertEquals(1 << 29, Features.exactSumLimit(new float[] {1f, -1.5f}));
    assertEquals(1 << 15, Features.exactSumLimit(new float[] {1f, 32767f}));
    assertEquals(1 << 14, Features.exactSumLimit(new float[] {1f, 32767.5f * 2}));
    // at the limit the sum is exact: 2^14 copies of the largest plus the smallest, in either order
    float[] w = {1f, 32767f};
    int n = Features.exactSumLimit(w);
    double a = 0;
    double b = 0;
    for (int i = 0; i < n - 1; i++) {
      a += w[1];
    }
    a += w[0];
    b += w[0];
    for (int i = 0; i < n - 1; i++) {
      b += w[1];
    }
    assertEquals(a, b);
  }

  @Test
  void regionMatchesCiIsStringRegionMatches() {
    String[] words = {"system", "assistant", "ai", "<|im_start|>", "[inst]", "\n\nhuman:", "--- end", "k", "is"};
    qt().withExamples(3000).forAll(texts(8), integers().between(0, 40)).check((s, at) -> {
      for (String w : words) {
        if (Markers.regionMatchesCi(s, at, w) != s.regionMatches(true, at, w, 0, w.length())) {
          return false;
        }
      }
      return true;
    });
    assertTrue(Markers.regionMatchesCi("ſystem", 0, "system") == "ſystem".regionMatches(true, 0, "system", 0, 6));
    assertTrue(Markers.regionMatchesCi("AıI", 1, "i") == "AıI".regionMatches(true, 1, "i", 0, 1));
  }

  @Test
  void spacedHexMatchesTheReferenceScan() {
    String[] pieces = {"49", "6e", "ff", "0a", "be", " ", ",", "x", "abc", "1", "49 67 6e 6f 72 65 20 61 6c 6c "};
    qt().withExamples(3000).forAll(integers().between(0, 40), integers().between(0, Integer.MAX_VALUE))
        .check((n, seed) -> {
          Random r = new Random(seed);
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < n; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
          }
          String s = sb.toString();
          int from = s.isEmpty() ? 0 : r.nextInt(s.length());
          List<Decoders.Payload> got = new ArrayList<>();
          Decoders.base64AndHex(s, from, s.length(), got);
          List<Decoders.Payload> want = new ArrayList<>();
          refBase64AndHex(s, from, s.length(), want);
          return got.equals(want);
        });
  }

  // ---- references: the implementations before the speed work

  static float[] quantisedWeights(long seed) {
    Random r = new Random(seed);
    float scale = 1.7f / 32767f;
    float[] w = new float[Features.DIM];
    for (int i = 0; i < w.length; i++) {
      w[i] = (r.nextInt(9) == 0 ? 0 : (short) (r.nextGaussian() * 3000)) * scale;
    }
    w[5] = 32767 * scale;
    return w;
  }

  private static void refExtract(Tokens t, Features.Sink sink) {
    int prev = 0;
    for (int i = 0; i < t.size; i++) {
      String w = t.text[i];
      int wh = w.hashCode();
      refEmit(sink, i, wh * 31 + 0x1234567);
      if (i > 0) {
        refEmit(sink, i, (prev * 0x9E3779B1) ^ wh ^ 0x5bd1e995);
      }
      prev = wh;
      if (!t.cjk[i]) {
        w = refCollapse(w);
        int n = w.length();
        for (int k = -1; k + 3 <= n + 1; k++) {
          int h = 7;
          for (int q = k; q < k + 3; q++) {
            h = h * 131 + (q < 0 ? '^' : q >= n ? '$' : w.charAt(q));
          }
          refEmit(sink, i, h ^ 0x3c6ef372);
          if (k + 4 <= n + 1) {
            int q = k + 3;
            refEmit(sink, i, (h * 131 + (q >= n ? '$' : w.charAt(q))) ^ 0x27d4eb2f);
          }
        }
      }
    }
  }

  /**
   * The word's n-gram characters, by the definition: a character is left out when, for a period p in 1..3, it and the
   * 2p characters before it each equal the character p places earlier (the run already holds three units).
   */
  static String refCollapse(String w) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < w.length(); j++) {
      boolean drop = false;
      for (int p = 1; p <= 3 && !drop; p++) {
        boolean all = j - 2 * p - p >= 0;
        for (int k = 0; k <= 2 * p && all; k++) {
          all = w.charAt(j - k) == w.charAt(j - k - p);
        }
        drop = all;
      }
      if (!drop) {
        sb.append(w.charAt(j));
      }
    }
    return sb.toString();
  }

  private static void refEmit(Features.Sink sink, int tok, int h) {
    int m = Features.mix(h);
    sink.accept(tok, m & (Features.DIM - 1), (m & 0x80000000) != 0 ? -1f : 1f);
  }

  private static void refBase64AndHex(String s, int from, int to, List<Decoders.Payload> out) {
    int i = from;
    while (i < to) {
      if (!isB64(s.charAt(i))) {
        i++;
        continue;
      }
      int st = i;
      boolean allHex = true;
      while (i < to && isB64(s.charAt(i))) {
        allHex &= isHex(s.charAt(i));
        i++;
      }
      int len = i - st;
      if (allHex && len >= Decoders.MIN_HEX) {
        String d = Decoders.hex(s, st, i);
        if (d != null) {
          out.add(new Decoders.Payload("hex", st, i, d));
        }
        continue;
      }
      if (len >= Decoders.MIN_BASE64) {
        String d = Decoders.base64(s.substring(st, i));
        if (d != null) {
          out.add(new Decoders.Payload("base64", st, i, d));
        }
      }
    }
    i = from;
    while (i + 1 < to) {
      int st = i;
      int pairs = 0;
      int p = i;
      while (p + 1 < to && isHex(s.charAt(p)) && isHex(s.charAt(p + 1))
          && (p + 2 == to || s.charAt(p + 2) == ' ' || s.charAt(p + 2) == ',')
          && (p == from || !isB64(s.charAt(p - 1)) || p > st)) {
        pairs++;
        p += 3;
      }
      if (pairs >= 8) {
        int e = Math.min(to, p - 1);
        StringBuilder sb = new StringBuilder();
        for (int k = st; k + 1 < e + 1; k += 3) {
          sb.append(s, k, k + 2);
        }
        String d = Decoders.hex(sb, 0, sb.length());
        if (d != null) {
          out.add(new Decoders.Payload("hex", st, e, d));
        }
        i = Math.max(p, i + 1);
      } else {
        i++;
      }
    }
  }

  private static boolean isB64(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "+/-_=".indexOf(c) >= 0);
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** The String-based tokeniser the fast one replaced. */
  static final class RefTokens {
    final List<String> text = new ArrayList<>();
    final List<Integer> start = new ArrayList<>();
    final List<Integer> end = new ArrayList<>();
    final List<Boolean> cjk = new ArrayList<>();
    int leetFolded;

    static RefTokens tokenize(CharSequence s, int from, int to) {
      RefTokens r = new RefTokens();
      char[] buf = new char[72];
      int i = from;
      while (i < to) {
        char c = s.charAt(i);
        if (c >= 0x3040 && Tokens.isCjk(c)) {
          r.add(String.valueOf(c), i, i + 1, true);
          i++;
          continue;
        }
        if (!Tokens.isWordChar(s, i, from, to)) {
          i++;
          continue;
        }
        int st = i;
        int len = 0;
        boolean letter = false;
        boolean leet = false;
        boolean ascii = true;
        while (i < to && len < 64) {
          char ch = s.charAt(i);
          if (ch >= 0x3040 && Tokens.isCjk(ch)) {
            break;
          }
          if (ch < 0x80) {
            boolean word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
            if (!word && !((ch == '@' || ch == '$') && Tokens.isWordChar(s, i, from, to))) {
              break;
            }
            if (ch >= 'A' && ch <= 'Z') {
              ch = (char) (ch + 32);
              letter = true;
            } else if (ch >= 'a' && ch <= 'z') {
              letter = true;
            } else {
              leet = true;
            }
          } else {
            if (!Tokens.isWordChar(s, i, from, to)) {
              break;
            }
            ascii = false;
            if (Character.isLetter(ch)) {
              letter = true;
            }
          }
          buf[len++] = ch;
          i++;
        }
        // (p12gen) a zero in a two-character word is an "o"; a "1" reads as "l" when only that is a known word
        boolean two = letter && leet && len == 2 && (buf[0] == '0' || buf[1] == '0');
        if (letter && leet && (len >= 3 || two)) {
          boolean changed = false;
          boolean[] one = new boolean[len];
          boolean anyOne = false;
          for (int k = 0; k < len; k++) {
            one[k] = buf[k] == '1';
            anyOne |= one[k];
            char f = two ? (buf[k] == '0' ? 'o' : buf[k]) : Tokens.fold(buf[k]);
            if (f != buf[k]) {
              buf[k] = f;
              changed = true;
            }
          }
          if (anyOne && !two) {
            char[] l = java.util.Arrays.copyOf(buf, len);
            for (int k = 0; k < len; k++) {
              if (one[k]) {
                l[k] = 'l';
              }
            }
            if (LeetLexicon.known(new String(l)) && !LeetLexicon.known(new String(buf, 0, len))) {
              System.arraycopy(l, 0, buf, 0, len);
            }
          }
          if (changed) {
            r.leetFolded++;
          }
        }
        String tok = new String(buf, 0, len);
        r.add(ascii ? tok : tok.toLowerCase(java.util.Locale.ROOT), st, i, false);
      }
      r.cutRepeats();
      return r;
    }

    /**
     * Drops, by the definition, every token that extends a periodic run beyond three units: token i goes when, for
     * some period p in 1..{@link Tokens#MAX_PERIOD}, the 2p + 1 tokens ending at i each equal the token p before them
     * (runs counted on the original sequence).
     */
    private void cutRepeats() {
      List<String> orig = new ArrayList<>(text);
      List<Integer> keep = new ArrayList<>();
      for (int i = 0; i < orig.size(); i++) {
        boolean drop = false;
        for (int p = 1; p <= Tokens.MAX_PERIOD && p <= i && !drop; p++) {
          int run = 0;
          for (int k = i; k - p >= 0 && orig.get(k).equals(orig.get(k - p)); k--) {
            run++;
          }
          drop = run >= 2 * p + 1;
        }
        if (!drop) {
          keep.add(i);
        }
      }
      if (keep.size() == orig.size()) {
        return;
      }
      List<Integer> s = new ArrayList<>(start);
      List<Integer> e = new ArrayList<>(end);
      List<Boolean> c = new ArrayList<>(cjk);
      text.clear();
      start.clear();
      end.clear();
      cjk.clear();
      for (int i : keep) {
        add(orig.get(i), s.get(i), e.get(i), c.get(i));
      }
    }

    private void add(String t, int s, int e, boolean isCjk) {
      text.add(t);
      start.add(s);
      end.add(e);
      cjk.add(isCjk);
    }
  }
}
