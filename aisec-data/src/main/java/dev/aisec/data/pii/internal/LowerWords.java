package dev.aisec.data.pii.internal;

/**
 * A per-thread memo of the context-free facts the engine's lower-case word loop asks about each word: whether it is a
 * cue word ({@link Names#cueWord}), a verb ({@link Names#verbWord}), a possible listed name or place
 * ({@link Engine#lowerName}), a common word (the gazetteer's {@code common} set) and a word the name rules can never
 * use ({@link Names#lowerDead}). Each is a pure function of the
 * word's characters, so a remembered answer is exactly the computed one. Words of 1-12 lower-case ASCII letters are
 * packed into a {@code long} (5 bits a letter, so the key also fixes the length) and kept in a two-way table of
 * 4,096 slots (36 KB with the flag bytes, allocated once per thread, never grows; a colliding word simply replaces the
 * slot; key 0 never occurs, so an empty slot matches no word). Longer words
 * are answered without the memo. The table holds only packed words and six flag bits and is never logged or
 * exposed. Not thread-safe: one instance per thread (held by the per-thread {@link Hits}).
 */
final class LowerWords {

  static final int CUE = 1;
  static final int VERB = 2;
  static final int NAME = 4;
  static final int COMMON = 8;
  /** {@link Names#lowerDead}: the full path can find nothing at this word, whatever its neighbours. */
  static final int DEAD = 16;
  /**
   * {@link Names#lowerDead} is not known from the word's tags alone (it needs the word's spelling and name-model
   * score): {@link #resolveDead} answers it and remembers the answer in place of this bit.
   */
  static final int DEAD_UNKNOWN = 32;
  /**
   * (pii20q) A number word a digit can be read out with ("oh", "zero", "one" ... "nine", "double", "triple",
   * "plus"): two of them in a row make {@link Engine} read a number spelled out in words.
   */
  static final int SPELL = 64;

  static final int MAX_LEN = 12;
  private static final int SLOT_BITS = 12;

  private final long[] slots = new long[1 << SLOT_BITS];
  private final byte[] flagsOf = new byte[1 << SLOT_BITS];

  /** The word the engine's lower-case loop last handed to the full path, and its flags ({@code lastStart} -1: none). */
  int lastStart = -1;
  int lastEnd;
  int lastFlags;

  /** Where {@code Engine.plainStretch} stopped: the word it left to the general step, and that word's flags. */
  int runStart;
  int runEnd;
  int runFlags;

  /** The packed key of the word last read by {@link #end} (0 when it is longer than 12 letters). */
  long key;

  /**
   * The end of the run of lower-case ASCII letters starting at {@code s} (where {@code t[s]} is one), packing the
   * word into {@link #key} on the way.
   */
  int end(CharSequence t, int s, int n) {
    long k = 0;
    int e = s;
    while (e < n) {
      char d = t.charAt(e);
      if (d >= 'a' && d <= 'z') {
        k = k << 5 | (d - ('a' - 1));
        e++;
      } else {
        break;
      }
    }
    key = e - s <= MAX_LEN ? k : 0;
    return e;
  }

  /**
   * The flags of {@code t[s, e)}, a non-empty range of lower-case ASCII letters only: {@link #compute}, or its value
   * with {@link #DEAD_UNKNOWN} already replaced by {@link #resolveDead}.
   */
  int flags(CharSequence t, int s, int e) {
    if (e - s > MAX_LEN) {
      return compute(t, s, e);
    }
    long key = 0;
    for (int k = s; k < e; k++) {
      key = key << 5 | (t.charAt(k) - ('a' - 1));
    }
    return flags(t, s, e, key);
  }

  /** As {@link #flags(CharSequence, int, int)} with the word's key from {@link #end} (0: not packed). */
  int flags(CharSequence t, int s, int e, long key) {
    if (key == 0) {
      return compute(t, s, e);
    }
    // two-way: a word lives in one of the two slots of its pair; a new word goes to the first, pushing the older
    // entry to the second (so two frequent words with the same pair do not evict each other)
    int idx = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - SLOT_BITS)) & ~1;
    long[] sl = slots;
    byte[] fl = flagsOf;
    if (sl[idx] == key) {
      return fl[idx];
    }
    if (sl[idx + 1] == key) {
      return fl[idx + 1];
    }
    int f = compute(t, s, e);
    sl[idx + 1] = sl[idx];
    fl[idx + 1] = fl[idx];
    sl[idx] = key;
    fl[idx] = (byte) f;
    return f;
  }

  /** The flags computed from the word lists (what {@link #flags} remembers). */
  static int compute(CharSequence t, int s, int e) {
    // one probe of the tag table answers the name and common-word questions (the table is the union of the sets)
    int tags = Gazetteer.get().tagged.flags(t, s, e, WordSet.hashOf(t, s, e));
    return (NameCues.cueWord(t, s, e) ? CUE : 0) | (NameCues.verbWord(t, s, e) ? VERB : 0)
        | (Engine.lowerName(tags, e - s) ? NAME : 0) | ((tags & Gazetteer.T_COMMON) != 0 ? COMMON : 0)
        | NameLower.lowerDeadByTags(tags, e - s) | (Engine.digitWord(t, s, e) != Engine.NOT_A_DIGIT_WORD ? SPELL : 0);
  }

  /**
   * {@link Names#lowerDead} of {@code t[s, e)} (lower-case ASCII letters), for a word whose flags hold
   * {@link #DEAD_UNKNOWN}; the answer replaces that bit in the word's slot when the word is still there.
   */
  boolean resolveDead(CharSequence t, int s, int e) {
    boolean dead = NameLower.lowerDead(t, s, e);
    if (e - s <= MAX_LEN) {
      long key = 0;
      for (int k = s; k < e; k++) {
        key = key << 5 | (t.charAt(k) - ('a' - 1));
      }
      int idx = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - SLOT_BITS)) & ~1;
      for (int j = idx; j < idx + 2; j++) {
        if (slots[j] == key) {
          flagsOf[j] = (byte) (flagsOf[j] & ~DEAD_UNKNOWN | (dead ? DEAD : 0));
        }
      }
    }
    return dead;
  }
}
