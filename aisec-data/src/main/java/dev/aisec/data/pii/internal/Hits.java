package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  /** (pii20q) End of the last run of number words that {@code Engine.spelledWords} read and declined (-1: none). */
  int spelledEnd = -1;

  int plainEnd = -1;
  boolean plainCue;
  /** The engine's last context window in this scan (windows depend only on the text and their range). */
  Context.Window lastWindow;
  /**
   * (round 22) The name model's score of {@code nameText[nameStart, nameEnd)} last computed by {@code Names.rules}
   * ({@code nameText} null: none); the score is a pure function of those characters, so a remembered one is the
   * computed one. Replaces a {@code double[1]} that the rules allocated for every capitalised word they looked at.
   */
  CharSequence nameText;
  int nameStart;
  int nameEnd;
  double nameScore;
  /** (round 22) The name rules' reusable context window ({@code Names.rules}), made when first asked. */
  private Context.RuleWindow ruleWindow;

  Context.RuleWindow ruleWindow() {
    Context.RuleWindow w = ruleWindow;
    if (w == null) {
      w = ruleWindow = new Context.RuleWindow();
    }
    return w;
  }
  /** Text positions {@code [pipeFrom, pipeClearTo)} of the scanned text hold no {@code '|'} (-1: nothing known). */
  private int pipeFrom;
  private int pipeClearTo = -1;

  /** Forgets what {@link #mayHavePipe} knows (a new text). */
  void forgetPipes() {
    pipeClearTo = -1;
  }

  /**
   * Whether {@code t[from, to)} (the text of this scan) may hold a {@code '|'}: false only when it holds none.
   * Remembers the pipe-free stretch it scanned (up to the next {@code '|'} in a String, up to 4 Ki characters past
   * {@code to} in other texts), so the questions of one scan, whose ranges move forward, read each character about
   * once.
   */
  boolean mayHavePipe(CharSequence t, int from, int to) {
    if (pipeClearTo >= 0 && pipeFrom <= from && to <= pipeClearTo) {
      return false;
    }
    int k;
    if (t instanceof String) {
      // String.indexOf reads a compact string many characters at a time: look as far as the next '|'
      k = ((String) t).indexOf('|', from);
      if (k < 0) {
        k = t.length();
      }
    } else {
      int limit = (int) Math.min(t.length(), (long) to + 4096);
      k = from;
      while (k < limit && t.charAt(k) != '|') {
        k++;
      }
    }
    pipeFrom = from;
    pipeClearTo = k;
    return k < to;
  }

  /** Per-thread memo of lower-case word facts for the engine (created on first use, kept with the buffer). */
  private LowerWords lowerWords;

  /** Per-thread memo of {@code +} phone number validity (created on first use, kept with the buffer). */
  private PlusNumbers plusNumbers;

  PlusNumbers plusNumbers() {
    PlusNumbers p = plusNumbers;
    if (p == null) {
      p = plusNumbers = new PlusNumbers();
    }
    return p;
  }

  /** At most this many numbers are kept by {@link #nationalPhone(String, boolean)} in one scan. */
  static final int PHONE_MEMO_MAX = 256;

  /**
   * libphonenumber's answer for national numbers ({@link Engine}'s region loop, a pure function of the number's
   * text) asked in this scan, by the number's exact text: a digit-rich text repeats numbers, and each answer costs
   * a parse per region. Created on first use; bounded ({@link #PHONE_MEMO_MAX}); emptied by {@link #release} (and
   * {@link #forgetPhones}), so no number outlives the scan that read it.
   */
  private HashMap<String, Boolean> nationalPhones;

  /** 1 when {@code num} was found valid in this scan, 0 when not, -1 when not asked yet. */
  int nationalPhone(String num) {
    HashMap<String, Boolean> m = nationalPhones;
    if (m == null) {
      return -1;
    }
    Boolean v = m.get(num);
    return v == null ? -1 : v ? 1 : 0;
  }

  /** Remembers libphonenumber's answer for {@code num} for the rest of this scan (unless the memo is full). */
  void nationalPhone(String num, boolean valid) {
    HashMap<String, Boolean> m = nationalPhones;
    if (m == null) {
      m = nationalPhones = new HashMap<>();
    }
    if (m.size() < PHONE_MEMO_MAX) {
      m.put(num, valid);
    }
  }

  /** How many numbers the phone memo holds (for tests). */
  int phoneMemoSize() {
    return nationalPhones == null ? 0 : nationalPhones.size();
  }

  /** Empties the phone memo. */
  void forgetPhones() {
    if (nationalPhones != null && !nationalPhones.isEmpty()) {
      nationalPhones.clear();
    }
  }

  /**
   * The engine's scratch for context windows and masks (created on first use, kept with the buffer so that windows
   * need no thread-local lookup; its cleaned characters are wiped at release).
   */
  private Context.Scratch contextScratch;
  private boolean contextScratchUsed;

  Context.Scratch contextScratch() {
    Context.Scratch s = contextScratch;
    if (s == null) {
      s = contextScratch = Context.newScratch();
    }
    contextScratchUsed = true;
    return s;
  }

  /** Per-thread digit buffer of the check-digit validators (created on first use, wiped at release). */
  private DigitBuffer digits;

  /** The digits of groups {@code 0..k-1} of a number in this thread's {@link DigitBuffer}. */
  DigitBuffer digits(CharSequence t, int[] gs, int[] ge, int k) {
    DigitBuffer d = digits;
    if (d == null) {
      d = digits = new DigitBuffer();
    }
    return d.of(t, gs, ge, k);
  }

  private int[][] scratch;

  /** The engine's per-thread scratch arrays for digit groups. */
  int[][] scratch() {
    int[][] s = scratch;
    if (s == null) {
      s = scratch = Engine.newScratch();
    }
    return s;
  }

  /** Per-thread memo of the name rules' word facts (created on first use, kept with the buffer). */
  private CapWords capWords;

  CapWords capWords() {
    CapWords w = capWords;
    if (w == null) {
      w = capWords = new CapWords();
    }
    return w;
  }

  /** Forgets the word whose facts {@link #capWords} holds (before and after each scan). */
  void forgetWords() {
    if (capWords != null) {
      capWords.forget();
    }
  }

  LowerWords lowerWords() {
    LowerWords w = lowerWords;
    if (w == null) {
      w = lowerWords = new LowerWords();
    }
    return w;
  }

  private static final ThreadLocal<Hits> PER_THREAD = ThreadLocal.withInitial(Hits::new);
  /** Buffers larger than this many candidates are not kept for the next scan of the thread. */
  private static final int KEEP_MAX = 4096;
  private boolean inUse;

  /**
   * An empty buffer for one scan: the calling thread's own when it is free (no allocation), else a new one. Hand it
   * back with {@link #release} when the scan's result has been built.
   */
  public static Hits acquire() {
    Hits h = PER_THREAD.get();
    if (h.inUse) {
      return new Hits();
    }
    h.inUse = true;
    return h;
  }

  /** Empties the buffer and returns it to its thread (large arrays are dropped). */
  public void release() {
    if (starts != null && starts.length > KEEP_MAX) {
      starts = null;
      ends = null;
      types = null;
      scores = null;
      details = null;
    } else if (types != null) {
      Arrays.fill(types, 0, n, null);
      Arrays.fill(details, 0, n, null);
    }
    n = 0;
    plainEnd = -1;
    lastWindow = null;
    nameText = null;
    if (ruleWindow != null) {
      ruleWindow.wipe();
    }
    pipeClearTo = -1;
    forgetWords();
    forgetPhones();
    if (digits != null) {
      digits.wipe();
    }
    if (contextScratchUsed) {
      Context.wipe(contextScratch);
      contextScratchUsed = false;
    }
    inUse = false;
  }

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
   *
   * <p>The greedy choice (in priority order, a candidate is kept when it overlaps no kept one) is made separately in
   * each group of candidates connected by overlaps: whether a candidate is kept depends only on the candidates it
   * overlaps, which are all in its group, so this is exactly the choice over all candidates at once
   * ({@link #resolvePlain}, kept as the reference of {@code ResolvePropertiesTest}). Most groups have one member,
   * which needs no sort and no overlap test.
   */
  public List<PiiSpan> resolve(Map<String, Double> thresholds, double defaultThreshold) {
    if (n == 0) {
      return List.of();
    }
    // the kept candidates as start << 32 | index, in text order (the engine adds them almost in order)
    long[] byStart = new long[n];
    int m = 0;
    boolean sorted = true;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      Double t = thresholds.isEmpty() ? null : thresholds.get(types[i]);
      if (scores[i] >= (t == null ? defaultThreshold : t) && ends[i] > starts[i]) {
        long v = (long) starts[i] << 32 | i;
        sorted &= v > last;
        last = v;
        byStart[m++] = v;
      }
    }
    if (m == 0) {
      return List.of();
    }
    if (!sorted) {
      Arrays.sort(byStart, 0, m);
    }
    List<PiiSpan> out = new ArrayList<>(m); // at most m spans: sized once, never regrown
    int[] group = null;
    int[] tmp = null;
    long[] k1 = null;
    long[] k2 = null;
    long[] chosen = null;
    java.util.BitSet used = null;
    int g = 0;
    while (g < m) {
      // the group: following candidates that start before the furthest end so far
      int first = (int) byStart[g];
      int groupEnd = ends[first];
      int h = g + 1;
      while (h < m && (int) (byStart[h] >>> 32) < groupEnd) {
        groupEnd = Math.max(groupEnd, ends[(int) byStart[h]]);
        h++;
      }
      if (h - g == 1) {
        out.add(span(first));
        g = h;
        continue;
      }
      int size = h - g;
      if (group == null || group.length < size) {
        int cap = Math.max(size, 16);
        group = new int[cap];
        tmp = new int[cap];
        chosen = new long[cap];
      }
      if (k1 == null) {
        k1 = new long[n];
        k2 = new long[n];
        used = new java.util.BitSet();
      }
      int lo = (int) (byStart[g] >>> 32);
      for (int j = 0; j < size; j++) {
        int i = (int) byStart[g + j];
        group[j] = i;
        k1[i] = Double.doubleToLongBits(scores[i]);
        k2[i] = (long) (ends[i] - starts[i]) << 32 | (0xFFFFFFFFL - starts[i]);
      }
      sort(group, 0, size, tmp, k1, k2);
      // greedy choice; a bit per covered character (offset lo) tells whether a candidate overlaps a chosen one
      int c = 0;
      for (int j = 0; j < size; j++) {
        int i = group[j];
        int s = starts[i] - lo;
        int e = ends[i] - lo;
        int next = used.nextSetBit(s);
        if (next >= 0 && next < e) {
          continue;
        }
        used.set(s, e);
        chosen[c++] = (long) starts[i] << 32 | i;
      }
      used.clear(0, groupEnd - lo);
      Arrays.sort(chosen, 0, c);
      for (int j = 0; j < c; j++) {
        out.add(span((int) chosen[j]));
      }
      g = h;
    }
    return out;
  }

  private PiiSpan span(int i) {
    return new PiiSpan(starts[i], ends[i], types[i], round(scores[i]), details[i]);
  }

  /** The plain resolution {@link #resolve} replaces: one priority sort and one greedy pass over all candidates. */
  List<PiiSpan> resolvePlain(Map<String, Double> thresholds, double defaultThreshold) {
    if (n == 0) {
      return List.of();
    }
    int[] keep = new int[n];
    int m = 0;
    int lo = Integer.MAX_VALUE;
    int hi = 0;
    for (int i = 0; i < n; i++) {
      Double t = thresholds.isEmpty() ? null : thresholds.get(types[i]);
      if (scores[i] >= (t == null ? defaultThreshold : t) && ends[i] > starts[i]) {
        keep[m++] = i;
        lo = Math.min(lo, starts[i]);
        hi = Math.max(hi, ends[i]);
      }
    }
    if (m == 0) {
      return List.of();
    }
    // priority: higher score, then longer, then earlier start, then earlier candidate (a total order), compared on
    // two precomputed keys per candidate: the score's bits (scores are clamped to [0, 1] or NaN, whose bit patterns
    // order as Double.compare does) and length << 32 | (2^32 - 1 - start)
    long[] k1 = new long[n];
    long[] k2 = new long[n];
    for (int j = 0; j < m; j++) {
      int i = keep[j];
      k1[i] = Double.doubleToLongBits(scores[i]);
      k2[i] = (long) (ends[i] - starts[i]) << 32 | (0xFFFFFFFFL - starts[i]);
    }
    sort(keep, 0, m, new int[m], k1, k2);
    java.util.BitSet used = new java.util.BitSet(hi - lo);
    long[] chosen = new long[m];
    int c = 0;
    for (int j = 0; j < m; j++) {
      int i = keep[j];
      int s = starts[i] - lo;
      int e = ends[i] - lo;
      int next = used.nextSetBit(s);
      if (next >= 0 && next < e) {
        continue;
      }
      used.set(s, e);
      chosen[c++] = (long) starts[i] << 32 | i;
    }
    Arrays.sort(chosen, 0, c);
    List<PiiSpan> out = new ArrayList<>(c);
    for (int j = 0; j < c; j++) {
      out.add(span((int) chosen[j]));
    }
    return out;
  }

  /**
   * Whether candidate {@code a} comes before {@code b} in the resolution order (higher score, then longer, then
   * earlier start, then earlier candidate), on the keys of {@link #resolve}.
   */
  private static boolean before(int a, int b, long[] k1, long[] k2) {
    long x = k1[a];
    long y = k1[b];
    if (x != y) {
      return x > y;
    }
    x = k2[a];
    y = k2[b];
    return x != y ? x > y : a < b;
  }

  /** Merge sort of {@code a[from, to)} by {@link #before} (no boxing; stable). */
  private void sort(int[] a, int from, int to, int[] tmp, long[] k1, long[] k2) {
    if (to - from < 16) {
      for (int i = from + 1; i < to; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= from && before(v, a[j], k1, k2)) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, from, mid, tmp, k1, k2);
    sort(a, mid, to, tmp, k1, k2);
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      a[k++] = before(tmp[j], tmp[i], k1, k2) ? tmp[j++] : tmp[i++];
    }
    while (i < mid) {
      a[k++] = tmp[i++];
    }
    while (j < to) {
      a[k++] = tmp[j++];
    }
  }

  private static double round(double s) {
    return Math.round(s * 1000.0) / 1000.0;
  }
}
