package dev.aisec.data.pii.internal;

/**
 * A per-thread memo of the context-free facts the name rules and the name tagger read about the word they start at:
 * its shape ({@link Names#shape}), its gazetteer tags ({@code Gazetteer.tagged}), whether it is spelled like an
 * English word ({@link Names#englishWord}), whether it has a surname ending ({@link Names#surnameSuffix}), whether a
 * place of several words may start with it ({@code Gazetteer.place.mayStartPhrase}), whether it is a street prefix
 * ({@link Names#streetPrefixWord}) and whether it is a weekday or month name ({@link Names#dateWord}). Each is
 * a pure function of the word's characters, so a remembered answer is exactly the computed one. Words of 1-20 ASCII
 * letters (either case) are packed into two {@code long}s (6 bits a letter, ten letters in each, so the key also
 * fixes the length and the case) and kept in a two-way table of 512 slots (about 11 KB, allocated once per thread,
 * never grows; a colliding word replaces the slot); other words are computed each time. The table holds only packed
 * words and their facts and is never logged or exposed; like {@link LowerWords} it keeps recent words (names among
 * them) until they are overwritten. Not thread-safe: one instance per thread (held by the per-thread {@link Hits}).
 */
final class CapWords {

  private static final int MAX_LEN = 20;
  private static final int SLOT_BITS = 9;
  private static final int ENGLISH = 1 << 2;
  private static final int SURNAME = 1 << 3;
  private static final int PLACE_START = 1 << 4;
  private static final int STREET_PREFIX = 1 << 5;
  private static final int DATE_WORD = 1 << 6;

  private final long[] keys = new long[1 << SLOT_BITS];
  /** The letters after the tenth (0 for shorter words). */
  private final long[] keys2 = new long[1 << SLOT_BITS];
  private final int[] tagsOf = new int[1 << SLOT_BITS];
  private final byte[] factsOf = new byte[1 << SLOT_BITS];

  /** The facts of the word last given to {@link #look}. */
  int shape;
  int tags;
  boolean english;
  boolean surname;
  boolean placeStart;
  boolean streetPrefix;
  boolean dateWord;

  /**
   * The word whose facts the fields hold ({@code lastText} null: none). The rules and then the tagger ask about the
   * same word one after the other; the text does not change during a scan, and {@link #forget} is called before and
   * after each scan (so a reused mutable text is read again, and no text is kept after its scan).
   */
  private CharSequence lastText;
  private int lastStart;
  private int lastEnd;

  void forget() {
    lastText = null;
  }

  /** Looks up (or computes and remembers) the facts of {@code t[s, e)} (a non-empty range) into the fields. */
  CapWords look(CharSequence t, int s, int e) {
    if (t == lastText && s == lastStart && e == lastEnd) {
      return this;
    }
    lastText = t;
    lastStart = s;
    lastEnd = e;
    int mid = Math.min(e, s + 10);
    long key = e - s <= MAX_LEN ? pack(t, s, mid) : 0;
    long key2 = key != 0 && mid < e ? pack(t, mid, e) : 0;
    if (key == 0 || mid < e && key2 == 0) {
      compute(t, s, e);
      return this;
    }
    int idx = (int) (((key + key2 * 0xC2B2AE3D27D4EB4FL) * 0x9E3779B97F4A7C15L) >>> (64 - SLOT_BITS)) & ~1;
    long[] k = keys;
    long[] k2 = keys2;
    if (k[idx] == key && k2[idx] == key2) {
      return load(idx);
    }
    if (k[idx + 1] == key && k2[idx + 1] == key2) {
      return load(idx + 1);
    }
    compute(t, s, e);
    if ((shape & ~3) != 0) {
      return this; // two bits of shape are stored
    }
    // the new word goes to the first slot of its pair, the older entry to the second
    k[idx + 1] = k[idx];
    k2[idx + 1] = k2[idx];
    tagsOf[idx + 1] = tagsOf[idx];
    factsOf[idx + 1] = factsOf[idx];
    k[idx] = key;
    k2[idx] = key2;
    tagsOf[idx] = tags;
    factsOf[idx] = (byte) (shape | (english ? ENGLISH : 0) | (surname ? SURNAME : 0) | (placeStart ? PLACE_START : 0)
        | (streetPrefix ? STREET_PREFIX : 0) | (dateWord ? DATE_WORD : 0));
    return this;
  }

  private CapWords load(int idx) {
    int f = factsOf[idx];
    shape = f & 3;
    tags = tagsOf[idx];
    english = (f & ENGLISH) != 0;
    surname = (f & SURNAME) != 0;
    placeStart = (f & PLACE_START) != 0;
    streetPrefix = (f & STREET_PREFIX) != 0;
    dateWord = (f & DATE_WORD) != 0;
    return this;
  }

  private void compute(CharSequence t, int s, int e) {
    shape = NameWords.shape(t, s, e);
    Gazetteer g = Gazetteer.get();
    tags = g.tagged.flags(t, s, e, WordSet.hashOf(t, s, e));
    english = NameWords.englishWord(t, s, e);
    surname = NameWords.surnameSuffix(t, s, e);
    placeStart = g.place.mayStartPhrase(t, s, e);
    streetPrefix = NameStreets.streetPrefixWord(t, s, e);
    dateWord = NameDates.dateWord(t, s, e);
  }

  /** 6 bits a letter: a-z as 1-26, A-Z as 27-52; 0 when a character is not an ASCII letter. */
  static long pack(CharSequence t, int s, int e) {
    long k = 0;
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      int v;
      if (c >= 'a' && c <= 'z') {
        v = c - 'a' + 1;
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 27;
      } else {
        return 0;
      }
      k = k << 6 | v;
    }
    return k;
  }
}
