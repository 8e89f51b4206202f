package dev.aisec.prompt.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token-sequence signatures of injection families, loaded from {@code rules.txt}. A rule is a sequence of elements
 * with bounded gaps; an element is a set of alternatives, each one or more tokens ({@code a_b} for a phrase, a
 * trailing {@code *} for a prefix, CJK words split per character). Matching is linear: rules are indexed by their
 * first element, and the work per start token is bounded by the product of the (small) gaps. Immutable.
 */
public final class RuleSet {

  /** One signature. */
  public static final class Rule {
    public final int index;
    public final String family;
    public final String name;
    public final double userScore;
    public final double indirectScore;
    final String[][][] elems; // elem -> alt -> tokens
    final boolean[][][] prefix;
    final int[] gaps; // gap before elem j (j >= 1)
    /** Per element: single-token exact alternatives, for O(1) membership (probed with the token's hash). */
    final StrTable<Boolean>[] singles;
    /** Per element: indexes of the other alternatives (prefixes, phrases). */
    final int[][] others;
    /**
     * Per element, parallel to {@link #others}: a necessary condition on the token where the alternative starts, as
     * one number ({@link #firstFilter}): for a prefix first token its first three characters packed by {@link #pack},
     * for an exact first token {@link #EXACT_TAG} with its hash. A token with another {@link #pack} key and another
     * hash cannot start the alternative, so its strings are not compared.
     */
    final long[][] otherKeys;
    /**
     * Per element: its id in the {@link RuleSet} that holds the rule ({@link RuleSet#need}); the orders of an any-order
     * rule share their elements' ids. Filled by that rule set.
     */
    int[] elemIds;

    Rule(int index, String family, String name, double u, double ind, String[][][] elems, boolean[][][] prefix,
        int[] gaps) {
      this.index = index;
      this.family = family;
      this.name = name;
      this.userScore = u;
      this.indirectScore = ind;
      this.elems = elems;
      this.prefix = prefix;
      this.gaps = gaps;
      @SuppressWarnings("unchecked")
      StrTable<Boolean>[] sg = new StrTable[elems.length];
      int[][] ot = new int[elems.length][];
      for (int e = 0; e < elems.length; e++) {
        Map<String, Boolean> set = new HashMap<>();
        List<Integer> rest = new ArrayList<>();
        for (int a = 0; a < elems[e].length; a++) {
          if (elems[e][a].length == 1 && !prefix[e][a][0]) {
            set.put(elems[e][a][0], Boolean.TRUE);
          } else {
            rest.add(a);
          }
        }
        sg[e] = new StrTable<>(set);
        ot[e] = rest.stream().mapToInt(Integer::intValue).toArray();
      }
      this.singles = sg;
      this.others = ot;
      long[][] ok = new long[elems.length][];
      for (int e = 0; e < elems.length; e++) {
        ok[e] = new long[ot[e].length];
        for (int q = 0; q < ot[e].length; q++) {
          ok[e][q] = firstFilter(elems[e][ot[e][q]][0], prefix[e][ot[e][q]][0]);
        }
      }
      this.otherKeys = ok;
    }

    /** {@code family/name}. */
    public String id() {
      return family + "/" + name;
    }
  }

  /**
   * Tag of an exact first token's filter value in {@link Rule#otherKeys}: above every {@link #pack} key (48 bits), so
   * a hash filter never equals a key filter.
   */
  static final long EXACT_TAG = 1L << 62;

  /**
   * The filter value of an alternative's first token: its packed first three characters when it is a prefix (at
   * least three characters by construction), else {@link #EXACT_TAG} with its hash.
   */
  static long firstFilter(String first, boolean isPrefix) {
    return isPrefix ? pack(first) : hashFilter(first.hashCode());
  }

  /** {@link #firstFilter} of an exact token with hash {@code h}. */
  static long hashFilter(int h) {
    return EXACT_TAG | (h & 0xFFFFFFFFL);
  }

  /** One match: token range {@code [startTok, endTok)}. */
  public record Hit(Rule rule, int startTok, int endTok) {}

  private final List<Rule> rules;
  private final Map<String, List<Rule>> exactFirst = new HashMap<>();
  private final Map<String, List<Rule>> prefixFirst = new HashMap<>();
  /**
   * (round 18) Every exact token of every rule (in any element, at any place in a phrase) with its id, open addressing
   * probed with the token's precomputed hash ({@link #wordIdOf}).
   */
  private final int[] wordHash;
  private final String[] wordKey;
  private final int[] wordId;
  private final int wordShift;
  /**
   * Every prefix of every rule keyed by its packed first three characters, open addressing (no allocation per
   * lookup): {@code pids} its id (after the exact words' ids; -1 marks an empty slot).
   */
  private final long[] pkeys;
  private final int[] pids;
  /** Number of ids: exact words and prefix keys. */
  private final int wordCount;
  /** Per word id (exact words, then prefix keys): the rules whose first element may start with it, or null. */
  private final Rule[][] firstById;
  /**
   * Per distinct element (by identity: the orders of an any-order rule share theirs), per alternative: the word ids
   * its tokens need among the text's tokens (an exact token: that word; a prefix: a token with its first three
   * characters); null for an element with an empty alternative (always possible).
   */
  private final int[][][] need;
  /** Per element id: its alternatives of two or more tokens as in {@link #need} (null when that is null). */
  private final int[][][] phrases;
  /** Per word id: the ids of the elements (with a non-null {@link #need}) that have it as a one-token alternative. */
  private final int[][] singleIn;

  /** Every word the rules name (exact alternatives and prefixes), lower-case: the public attack vocabulary. */
  private final java.util.Set<String> vocabulary = new java.util.HashSet<>();

  private static final RuleSet STANDARD = load("/dev/aisec/prompt/rules.txt");

  private RuleSet(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    final int n = rules.size();
    for (Rule r : rules) {
      for (String[][] alts : r.elems) {
        for (String[] alt : alts) {
          for (String w : alt) {
            vocabulary.add(w.toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    for (Rule r : rules) {
      String[][] alts = r.elems[0];
      for (int a = 0; a < alts.length; a++) {
        String first = alts[a][0];
        if (r.prefix[0][a][0]) {
          String key = first.substring(0, Math.min(3, first.length()));
          List<Rule> l = prefixFirst.computeIfAbsent(key, k -> new ArrayList<>());
          if (!l.contains(r)) {
            l.add(r);
          }
        } else {
          List<Rule> l = exactFirst.computeIfAbsent(first, k -> new ArrayList<>());
          if (!l.contains(r)) {
            l.add(r);
          }
        }
      }
    }
    // ids of every exact word and prefix key of the rules, in rule order (deterministic)
    Map<String, Integer> exactIds = new java.util.LinkedHashMap<>();
    Map<Long, Integer> prefixKeys = new java.util.LinkedHashMap<>();
    for (Rule r : rules) {
      for (int e = 0; e < r.elems.length; e++) {
        for (int a = 0; a < r.elems[e].length; a++) {
          for (int k = 0; k < r.elems[e][a].length; k++) {
            if (!r.prefix[e][a][k]) {
              exactIds.putIfAbsent(r.elems[e][a][k], exactIds.size());
            }
          }
        }
      }
    }
    for (Rule r : rules) {
      for (int e = 0; e < r.elems.length; e++) {
        for (int a = 0; a < r.elems[e].length; a++) {
          for (int k = 0; k < r.elems[e][a].length; k++) {
            if (r.prefix[e][a][k]) {
              prefixKeys.putIfAbsent(pack(r.elems[e][a][k]), exactIds.size() + prefixKeys.size());
            }
          }
        }
      }
    }
    wordCount = exactIds.size() + prefixKeys.size();
    int wcap = 4;
    while (wcap < 2 * exactIds.size()) {
      wcap <<= 1;
    }
    wordHash = new int[wcap];
    wordKey = new String[wcap];
    wordId = new int[wcap];
    wordShift = 32 - Integer.numberOfTrailingZeros(wcap);
    for (Map.Entry<String, Integer> e : exactIds.entrySet()) {
      int h = e.getKey().hashCode();
      int i = (h * 0x9E3779B9) >>> wordShift;
      while (wordKey[i] != null) {
        i = (i + 1) & (wcap - 1);
      }
      wordHash[i] = h;
      wordKey[i] = e.getKey();
      wordId[i] = e.getValue();
    }
    int cap = Integer.highestOneBit(Math.max(4, prefixKeys.size() * 4)) * 2;
    pkeys = new long[cap];
    pids = new int[cap];
    java.util.Arrays.fill(pids, -1);
    for (Map.Entry<Long, Integer> e : prefixKeys.entrySet()) {
      long k = e.getKey();
      int i = slot(k, cap - 1);
      while (pids[i] >= 0) {
        i = (i + 1) & (cap - 1);
      }
      pkeys[i] = k;
      pids[i] = e.getValue();
    }
    firstById = new Rule[wordCount][];
    for (Map.Entry<String, List<Rule>> e : exactFirst.entrySet()) {
      firstById[exactIds.get(e.getKey())] = e.getValue().toArray(new Rule[0]);
    }
    for (Map.Entry<String, List<Rule>> e : prefixFirst.entrySet()) {
      firstById[prefixKeys.get(pack(e.getKey()))] = e.getValue().toArray(new Rule[0]);
    }
    Map<String[][], Integer> elemIds = new java.util.IdentityHashMap<>();
    List<int[][]> needs = new ArrayList<>();
    for (Rule r : rules) {
      r.elemIds = new int[r.elems.length];
      for (int e = 0; e < r.elems.length; e++) {
        Integer id = elemIds.get(r.elems[e]);
        if (id == null) {
          id = needs.size();
          elemIds.put(r.elems[e], id);
          int[][] ne = new int[r.elems[e].length][];
          for (int a = 0; a < r.elems[e].length; a++) {
            String[] alt = r.elems[e][a];
            if (alt.length == 0) {
              ne = null; // an empty alternative: the element is always possible
              break;
            }
            ne[a] = new int[alt.length];
            for (int k = 0; k < alt.length; k++) {
              ne[a][k] = r.prefix[e][a][k] ? prefixKeys.get(pack(alt[k])) : exactIds.get(alt[k]);
            }
          }
          needs.add(ne);
        }
        r.elemIds[e] = id;
      }
    }
    need = needs.toArray(new int[0][][]);
    phrases = new int[need.length][][];
    List<List<Integer>> single = new ArrayList<>();
    for (int w = 0; w < wordCount; w++) {
      single.add(new ArrayList<>());
    }
    for (int eid = 0; eid < need.length; eid++) {
      if (need[eid] == null) {
        continue;
      }
      List<int[]> multi = new ArrayList<>();
      for (int[] alt : need[eid]) {
        if (alt.length == 1) {
          List<Integer> l = single.get(alt[0]);
          if (l.isEmpty() || l.get(l.size() - 1) != eid) {
            l.add(eid);
          }
        } else {
          multi.add(alt);
        }
      }
      phrases[eid] = multi.toArray(new int[0][]);
    }
    singleIn = new int[wordCount][];
    for (int w = 0; w < wordCount; w++) {
      singleIn[w] = single.get(w).stream().mapToInt(Integer::intValue).toArray();
    }
    final int wc = wordCount;
    final int ec = need.length;
    int levels = 1;
    for (Rule r : rules) {
      levels = Math.max(levels, r.elems.length);
    }
    final int lv = levels;
    this.matchState = ThreadLocal.withInitial(() -> new MatchState(n, wc, ec, lv));
  }

  /**
   * Whether a word belongs to the rules' own vocabulary (or starts with one of their prefixes of 4+ letters).
   * Explanations quote only such words, so a finding's detail never repeats arbitrary input text.
   */
  public boolean isRuleWord(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (vocabulary.contains(w)) {
      return true;
    }
    for (int k = Math.min(w.length(), 12); k >= 4; k--) {
      if (vocabulary.contains(w.substring(0, k))) {
        return true;
      }
    }
    return false;
  }

  private static long pack(CharSequence s) {
    return ((long) s.charAt(0) << 32) | ((long) s.charAt(1) << 16) | s.charAt(2);
  }

  private static int slot(long k, int mask) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  private static long pack(char[] c, int p) {
    return ((long) c[p] << 32) | ((long) c[p + 1] << 16) | c[p + 2];
  }

  /** The slot of prefix key {@code k} in {@link #pkeys}, or -1 when no rule has a prefix with that key. */
  private int prefixSlot(long k) {
    int mask = pkeys.length - 1;
    for (int i = slot(k, mask); ; i = (i + 1) & mask) {
      if (pids[i] < 0) {
        return -1;
      }
      if (pkeys[i] == k) {
        return i;
      }
    }
  }

  /** The shipped rules. */
  public static RuleSet standard() {
    return STANDARD;
  }

  public List<Rule> rules() {
    return rules;
  }

  static RuleSet load(String resource) {
    try (InputStream in = RuleSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Rule> out = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = br.readLine()) != null) {
        n++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\s*\\|\\s*");
        if (f.length != 4) {
          throw new IllegalStateException(resource + ":" + n + ": expected 4 fields");
        }
        String[] fn = f[0].split("/");
        String[] parts = f[3].split("\\s*>(\\d+)>\\s*", -1);
        List<Integer> gaps = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(">(\\d+)>").matcher(f[3]);
        gaps.add(0);
        while (m.find()) {
          gaps.add(Integer.parseInt(m.group(1)));
        }
        String[][][] elems = new String[parts.length][][];
        boolean[][][] pre = new boolean[parts.length][][];
        for (int e = 0; e < parts.length; e++) {
          String[] alts = parts[e].trim().split("\\s+");
          elems[e] = new String[alts.length][];
          pre[e] = new boolean[alts.length][];
          for (int a = 0; a < alts.length; a++) {
            List<String> toks = new ArrayList<>();
            for (String piece : alts[a].split("_")) {
              if (!piece.isEmpty() && Tokens.isCjk(piece.charAt(0))) {
                for (int k = 0; k < piece.length(); k++) {
                  toks.add(String.valueOf(piece.charAt(k)));
                }
              } else if (!piece.isEmpty()) {
                toks.add(piece);
              }
            }
            elems[e][a] = new String[toks.size()];
            pre[e][a] = new boolean[toks.size()];
            for (int k = 0; k < toks.size(); k++) {
              String t = toks.get(k);
              boolean p = t.endsWith("*");
              if (p) {
                t = t.substring(0, t.length() - 1);
                if (t.length() < 3) {
                  throw new IllegalStateException(resource + ":" + n + ": prefix shorter than 3: " + t);
                }
              }
              elems[e][a][k] = t.toLowerCase(java.util.Locale.ROOT);
              pre[e][a][k] = p;
            }
          }
        }
        int[] g = gaps.stream().mapToInt(Integer::intValue).toArray();
        String name = fn.length > 1 ? fn[1] : fn[0];
        if (name.endsWith("~")) {
          // (p12gen) an any-order rule ("family/name~"): its elements may come in any order, each gap at most the
          // rule's largest gap; expanded here into one sequence rule per order (at most 4 elements: 24 rules), all
          // with the same id
          name = name.substring(0, name.length() - 1);
          if (parts.length > 4) {
            throw new IllegalStateException(resource + ":" + n + ": an any-order rule has at most 4 elements");
          }
          int maxGap = 0;
          for (int x : g) {
            maxGap = Math.max(maxGap, x);
          }
          int[] gg = new int[g.length];
          java.util.Arrays.fill(gg, maxGap);
          gg[0] = 0;
          for (int[] perm : permutations(parts.length)) {
            String[][][] pe = new String[parts.length][][];
            boolean[][][] pp = new boolean[parts.length][][];
            for (int k = 0; k < perm.length; k++) {
              pe[k] = elems[perm[k]];
              pp[k] = pre[perm[k]];
            }
            out.add(new Rule(out.size(), fn[0], name, Double.parseDouble(f[1]), Double.parseDouble(f[2]), pe, pp,
                gg));
          }
          continue;
        }
        out.add(new Rule(out.size(), fn[0], name, Double.parseDouble(f[1]),
            Double.parseDouble(f[2]), elems, pre, g));
      }
      return new RuleSet(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All orders of {@code 0..n-1}, in lexicographic order. */
  static List<int[]> permutations(int n) {
    List<int[]> out = new ArrayList<>();
    permute(new int[n], new boolean[n], 0, out);
    return out;
  }

  private static void permute(int[] cur, boolean[] used, int k, List<int[]> out) {
    if (k == cur.length) {
      out.add(cur.clone());
      return;
    }
    for (int i = 0; i < cur.length; i++) {
      if (!used[i]) {
        used[i] = true;
        cur[k] = i;
        permute(cur, used, k + 1, out);
        used[i] = false;
      }
    }
  }

  /**
   * Per-thread state of {@link #match}, kept across calls so that a call neither allocates nor clears arrays sized by
   * the rule count. A rule's entries are valid only when its {@code stamp} is the current call's {@code gen}; the
   * first touch in a call resets them (the values a fresh zeroed array would hold).
   */
  private static final class MatchState {
    final int[] stamp;
    final int[] count;
    /** Per rule: 1 + the token index of its last tried start (0 = none yet). */
    final int[] lastStart;
    final int[] nextFree;
    /** Per rule: 0 = not yet known, 1 = {@link #possible}, 2 = not possible. */
    final byte[] possible;
    /** Elements of the longest rule: the slots per rule of {@link #failLo} and {@link #failHi}. */
    final int levels;
    /**
     * (review18) Per rule and element {@code j >= 1}: token positions {@code [failLo, failHi)} from none of which the
     * rest of the rule (element {@code j} there, then the elements after it within their gaps) can be matched in this
     * call's tokens. A later walk of element {@code j} that starts inside the run skips it, so a position is walked at
     * most about once per element however many starts and middle matches ask for it (was: once per asking start,
     * up to 61 + 15 x middle matches per frame word of {@code persona/frame-ask-harm}).
     */
    final int[] failLo;
    final int[] failHi;
    /** Per slot: the call ({@link #gen}) whose run {@code failLo/failHi} hold; another call's run counts as empty. */
    final int[] failGen;
    /** Positions walked by {@link #matchFrom} on this thread since it was made (a work count for tests). */
    long walked;
    /** Per word id of the rules: {@code gen} when the word (or a token with the prefix key) is among the tokens. */
    final int[] seen;
    /**
     * Per word id: {@code gen} when none of the rules that may start with it can still add a hit in this call (each is
     * not {@link #possible} or has its hits), so its further occurrences are skipped.
     */
    final int[] dead;
    /** Per element id: {@code gen} when {@link #elemOk} holds this call's answer. */
    final int[] elemStamp;
    /** Per element id: whether one of its alternatives has all its words among the tokens. */
    final boolean[] elemOk;
    /**
     * (p20speed) The two ids of recent token strings, direct-mapped by hash and keyed by the string object (a
     * {@link Tokens} instance hands out the same object for a repeated word): {@link #wordIdOf} and the prefix id are
     * functions of the token's text alone, so a hit gives the ids computing them again would.
     */
    final String[] idKey = new String[ID_MEMO];
    final int[] idExact = new int[ID_MEMO];
    final int[] idPrefix = new int[ID_MEMO];
    /** Per token: the id of its word among the rules' exact words, and of its first three characters (or -1). */
    int[] exactId = new int[256];
    int[] prefixId = new int[256];
    int gen;
    boolean busy;

    MatchState(int rules, int words, int elems, int levels) {
      stamp = new int[rules];
      count = new int[rules];
      lastStart = new int[rules];
      nextFree = new int[rules];
      possible = new byte[rules];
      seen = new int[words];
      dead = new int[words];
      elemStamp = new int[elems];
      elemOk = new boolean[elems];
      this.levels = levels;
      failLo = new int[rules * levels];
      failHi = new int[rules * levels];
      failGen = new int[rules * levels];
    }

    /** Starts a call over {@code tokens} tokens: a new generation, room per token. */
    void begin(int tokens) {
      if (++gen == 0) { // after 2^32 calls: stamps of old calls could match again
        java.util.Arrays.fill(stamp, 0);
        java.util.Arrays.fill(failGen, 0);
        java.util.Arrays.fill(seen, 0);
        java.util.Arrays.fill(dead, 0);
        java.util.Arrays.fill(elemStamp, 0);
        gen = 1;
      }
      if (exactId.length < tokens) {
        exactId = new int[Math.max(tokens, 2 * exactId.length)];
        prefixId = new int[exactId.length];
      }
    }

    /** Resets rule {@code r}'s entries when this call has not touched it yet. */
    void touch(int r) {
      if (stamp[r] != gen) {
        stamp[r] = gen;
        count[r] = 0;
        lastStart[r] = 0;
        nextFree[r] = 0;
        possible[r] = 0;
      }
    }
  }

  private final ThreadLocal<MatchState> matchState;
  private static final int ID_MEMO_BITS = 9;
  private static final int ID_MEMO = 1 << ID_MEMO_BITS;

  /**
   * All matches in the tokens, at most {@code perRule} per rule (the first ones), in token order.
   */
  public List<Hit> match(Tokens t, int perRule) {
    MatchState st = matchState.get();
    if (st.busy) {
      st = new MatchState(rules.size(), wordCount, need.length, st.levels); // not reached today: match calls no match
    }
    st.busy = true;
    try {
      return match(t, perRule, st);
    } finally {
      st.busy = false;
    }
  }

  private List<Hit> match(Tokens t, int perRule, MatchState st) {
    List<Hit> hits = new ArrayList<>();
    st.begin(t.size);
    final int[] coff = t.coff;
    // (round 18) one pass over the tokens: which of the rules' words are present (exactly, not a Bloom filter: with
    // many alternatives per element, a Bloom filter's false positives let nearly every rule through); a rule one of
    // whose elements has no alternative with all its words present is skipped without matching
    final int[] seen = st.seen;
    final int gen = st.gen;
    final int[] exactId = st.exactId;
    final int[] prefixId = st.prefixId;
    final String[] idKey = st.idKey;
    final int[] idExact = st.idExact;
    final int[] idPrefix = st.idPrefix;
    for (int i = 0; i < t.size; i++) {
      final String word = t.text[i];
      final int h = t.hash[i];
      final int ms = (h * 0x9E3779B9) >>> (32 - ID_MEMO_BITS);
      int id;
      int pid;
      if (idKey[ms] == word) {
        id = idExact[ms];
        pid = idPrefix[ms];
      } else {
        id = wordIdOf(word, h);
        pid = -1;
        if (coff[i + 1] - coff[i] >= 3) {
          int slot = prefixSlot(pack(t.chars, coff[i]));
          if (slot >= 0) {
            pid = pids[slot];
          }
        }
        idKey[ms] = word;
        idExact[ms] = id;
        idPrefix[ms] = pid;
      }
      if (id >= 0 && seen[id] != gen) {
        see(id, st);
      }
      exactId[i] = id;
      if (pid >= 0 && seen[pid] != gen) {
        see(pid, st);
      }
      prefixId[i] = pid;
    }
    final int[] dead = st.dead;
    final Rule[][] first = firstById;
    for (int i = 0; i < t.size; i++) {
      int id = exactId[i];
      if (id >= 0 && dead[id] != gen && first[id] != null && !tryRules(first[id], t, i, hits, perRule, st)) {
        dead[id] = gen;
      }
      id = prefixId[i];
      if (id >= 0 && dead[id] != gen && first[id] != null && !tryRules(first[id], t, i, hits, perRule, st)) {
        dead[id] = gen;
      }
    }
    return hits;
  }

  /** The id of exact word {@code s} (hash {@code h}) of the rules, or -1. */
  private int wordIdOf(String s, int h) {
    final int mask = wordKey.length - 1;
    for (int i = (h * 0x9E3779B9) >>> wordShift; ; i = (i + 1) & mask) {
      String k = wordKey[i];
      if (k == null) {
        return -1;
      }
      if (wordHash[i] == h && k.equals(s)) {
        return wordId[i];
      }
    }
  }

  /**
   * Marks word id {@code id} present in this call, and with it every element that has it as a one-token alternative.
   */
  private void see(int id, MatchState st) {
    final int gen = st.gen;
    st.seen[id] = gen;
    for (int eid : singleIn[id]) {
      st.elemStamp[eid] = gen;
      st.elemOk[eid] = true;
    }
  }

  /**
   * Whether every element of {@code r} has an alternative all of whose words are among the tokens (a necessary
   * condition for a match anywhere in them). An element with a one-token alternative present is known from the pass
   * over the tokens ({@link #see}); otherwise only its phrases are read, once per call.
   */
  private boolean possible(Rule r, MatchState st) {
    final int gen = st.gen;
    for (int eid : r.elemIds) {
      if (st.elemStamp[eid] != gen) {
        st.elemStamp[eid] = gen;
        st.elemOk[eid] = anyPresent(phrases[eid], st.seen, gen);
      }
      if (!st.elemOk[eid]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code alts} is null (always possible) or one of its alternatives has all its word ids seen. */
  static boolean anyPresent(int[][] alts, int[] seen, int gen) {
    if (alts == null) {
      return true;
    }
    for (int[] alt : alts) {
      boolean all = true;
      for (int id : alt) {
        if (seen[id] != gen) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tries the candidate rules at token {@code i}; returns whether one of them may still add a hit in this call (it is
   * possible and has not reached {@code perRule}).
   */
  private boolean tryRules(Rule[] cands, Tokens t, int i, List<Hit> hits, int perRule, MatchState st) {
    final int[] count = st.count;
    final int[] lastStart = st.lastStart;
    final int[] nextFree = st.nextFree;
    final byte[] possible = st.possible;
    boolean alive = false;
    for (Rule r : cands) {
      final int x = r.index;
      st.touch(x);
      if (count[x] >= perRule) {
        continue;
      }
      if (possible[x] == 0) {
        possible[x] = possible(r, st) ? (byte) 1 : (byte) 2;
      }
      if (possible[x] == 2) {
        continue;
      }
      if (lastStart[x] == i + 1 || i < nextFree[x]) {
        alive = true;
        continue;
      }
      lastStart[x] = i + 1;
      int e = matchElem(t, i, r, 0);
      if (e >= 0) {
        int end = r.elems.length == 1 ? e : matchFrom(t, r, 1, e, st);
        if (end >= 0) {
          hits.add(new Hit(r, i, end));
          count[x]++;
          nextFree[x] = end;
        }
      }
      alive |= count[x] < perRule;
    }
    return alive;
  }

  /** Size in bits of the token Bloom filters of {@link Pasted}, {@link AgentOrders} and {@link Engine}. */
  static final int BLOOM_BITS = 1 << 13;

  /** The bit of a token hash in a filter of {@link #BLOOM_BITS}. */
  static int hashBit(int h) {
    return (h * 0x9E3779B9) >>> 19;
  }

  /**
   * Plain backtracking: the end of the first match of elements {@code j..} with element {@code j} starting in
   * {@code [pos, pos + gap]}, or -1. The reference the memoised walk of {@link #match} must agree with (tests).
   */
  static int matchFrom(Tokens t, Rule r, int j, int pos) {
    int limit = Math.min(t.size, pos + r.gaps[j] + 1);
    for (int p = pos; p < limit; p++) {
      int e = matchElem(t, p, r, j);
      if (e >= 0) {
        int end = j == r.elems.length - 1 ? e : matchFrom(t, r, j + 1, e);
        if (end >= 0) {
          return end;
        }
      }
    }
    return -1;
  }

  /**
   * The end of the first match of elements {@code j..} with element {@code j} starting in {@code [pos, pos + gap]}
   * (in position order, each element's longest alternative), or -1. A pure function of the tokens, the rule, {@code j}
   * and {@code pos}, so positions already known to fail ({@link MatchState#failLo}) are skipped: same answer.
   */
  private static int matchFrom(Tokens t, Rule r, int j, int pos, MatchState st) {
    int limit = Math.min(t.size, pos + r.gaps[j] + 1);
    int slot = r.index * st.levels + j;
    boolean known = st.failGen[slot] == st.gen;
    int lo = known ? st.failLo[slot] : 0;
    int hi = known ? st.failHi[slot] : 0;
    final int from = pos >= lo && pos < hi ? hi : pos;
    for (int p = from; p < limit; p++) {
      int e = matchElem(t, p, r, j);
      if (e >= 0) {
        if (j == r.elems.length - 1) {
          st.walked += p + 1 - from;
          return e;
        }
        int end = matchFrom(t, r, j + 1, e, st);
        if (end >= 0) {
          st.walked += p + 1 - from;
          return end;
        }
      }
    }
    st.walked += Math.max(0, limit - from);
    // every position of [pos, limit) fails: join it to the known run when they touch, else it becomes the run
    if (known && pos >= lo && pos <= hi) {
      st.failHi[slot] = Math.max(hi, limit);
    } else {
      st.failGen[slot] = st.gen;
      st.failLo[slot] = pos;
      st.failHi[slot] = limit;
    }
    return -1;
  }

  /** Positions walked by rule matching on the calling thread so far (a work count for tests). */
  long walked() {
    return matchState.get().walked;
  }

  static int matchElem(Tokens t, int i, Rule r, int j) {
    if (i >= t.size) {
      return -1;
    }
    String[][] alts = r.elems[j];
    boolean[][] pre = r.prefix[j];
    int best = r.singles[j].contains(t.text[i], t.hash[i]) ? i + 1 : -1;
    final int[] others = r.others[j];
    final long[] keys = r.otherKeys[j];
    if (others.length == 0) {
      return best;
    }
    int p = t.coff[i];
    long key = t.coff[i + 1] - p >= 3 ? pack(t.chars, p) : -2;
    long hk = hashFilter(t.hash[i]);
    outer:
    for (int q = 0; q < others.length; q++) {
      long ak = keys[q];
      if (ak != key && ak != hk) {
        continue; // the first token cannot equal or start with the alternative's first token
      }
      int a = others[q];
      String[] alt = alts[a];
      if (i + alt.length > t.size) {
        continue;
      }
      for (int k = 0; k < alt.length; k++) {
        String tok = t.text[i + k];
        if (pre[a][k] ? !tok.startsWith(alt[k]) : !tok.equals(alt[k])) {
          continue outer;
        }
      }
      best = Math.max(best, i + alt.length);
    }
    return best;
  }
}
