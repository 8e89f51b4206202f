package dev.aisec.data.pii;

import dev.aisec.data.pii.internal.Crypto;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Consistent pseudonyms for one conversation: the same value of the same type always gets the same token
 * ({@code <PERSON_1>}, {@code <EMAIL_ADDRESS_2>}...), and {@link #restore} puts the originals back into a model's
 * answer even when the model changed the token's case, brackets or separator ({@code person_1}, {@code [PERSON-1]},
 * {@code <Person 1>}). {@link #restorer()} does the same on a stream of chunks where a token may be split.
 *
 * <p>Thread-safe (all methods synchronise on the vault). {@link #seal(byte[])} and {@link #open(byte[], byte[])}
 * store the vault encrypted at rest with AES-256-GCM.
 */
public final class PseudonymVault {

  /** The longest token text restore looks at (type name, separator, number, brackets). */
  static final int MAX_TOKEN = 64;

  private final Map<String, String> byValue = new HashMap<>();
  private final Map<String, String> byKey = new LinkedHashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();
  /** Where each value came from (token key to origin names); values minted without an origin are absent. */
  private final Map<String, java.util.Set<String>> origins = new HashMap<>();
  /**
   * {@link #key} of every type name that holds a digit ({@code IPV4}, {@code ICD10}): the token scan ends a token at
   * the end of its first digit run, which for such a type is inside the type name, so it continues past a separator
   * only after one of these.
   */
  private final java.util.Set<String> digitTypes = new java.util.HashSet<>();
  /** Where token numbers come from: this vault's own counters, or a source shared by several vaults. */
  private final Numbering numbering;

  /**
   * Issues the number of a new token of a type. A source shared by several vaults never issues a number twice, so no
   * two of those vaults (in particular a vault and the one that replaced it after eviction) mint the same token.
   */
  interface Numbering {
    int next(String type);
  }

  private PseudonymVault() {
    this.numbering = t -> counters.merge(t, 1, Integer::sum);
  }

  private PseudonymVault(Numbering shared) {
    this.numbering = shared;
  }

  /** An empty vault whose token numbers come from {@code shared} (package-private: used by {@link PiiRedactor}). */
  static PseudonymVault create(Numbering shared) {
    return new PseudonymVault(shared);
  }

  /** An empty vault. */
  public static PseudonymVault create() {
    return new PseudonymVault();
  }

  /** The token for {@code value} of {@code type}, created on first use. */
  public synchronized String tokenFor(String type, String value) {
    if (type == null || value == null) {
      throw new IllegalArgumentException("type and value must not be null");
    }
    String t = type.toUpperCase(Locale.ROOT);
    String k = t + '\u0000' + normalise(t, value);
    String tok = byValue.get(k);
    if (tok == null) {
      int n = numbering.next(t);
      counters.merge(t, n, Math::max);
      noteType(t);
      tok = "<" + t + "_" + n + ">";
      byValue.put(k, tok);
      byKey.put(key(t + "_" + n), value);
    }
    return tok;
  }

  /**
   * As {@link #tokenFor(String, String)}, and records where the value came from ({@code origin}, e.g. a channel name),
   * for {@link #restore(String, java.util.Set)}. A value seen from several origins keeps all of them.
   */
  public synchronized String tokenFor(String type, String value, String origin) {
    if (origin == null || origin.isBlank()) {
      throw new IllegalArgumentException("origin must not be blank");
    }
    String tok = tokenFor(type, value);
    origins.computeIfAbsent(key(tok), k -> new java.util.HashSet<>()).add(origin);
    return tok;
  }

  private void noteType(String type) {
    String k = key(type);
    if (!k.isEmpty() && Character.isDigit(k.charAt(k.length() - 1))) {
      digitTypes.add(k);
    }
  }

  private static String normalise(String type, String v) {
    String s = v.strip();
    if (type.equals(PiiEntity.PERSON) || type.equals(PiiEntity.EMAIL_ADDRESS) || type.equals(PiiEntity.LOCATION)
        || type.equals(PiiEntity.URL)) {
      s = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
    return s;
  }

  /** The original of a token (any case, brackets, separator), if the vault holds it. */
  public synchronized Optional<String> original(String token) {
    return Optional.ofNullable(byKey.get(key(token)));
  }

  /** How many distinct values the vault holds. */
  public synchronized int size() {
    return byKey.size();
  }

  private static String key(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  /** Replaces every token the vault knows with its original. */
  public String restore(String text) {
    return restore(text, false);
  }

  /**
   * Replaces only the tokens whose values came from one of {@code restorableOrigins} (see
   * {@link #tokenFor(String, String, String)}) or were minted without an origin; other tokens stay as they are.
   */
  public String restore(String text, java.util.Set<String> restorableOrigins) {
    if (restorableOrigins == null) {
      throw new IllegalArgumentException("restorableOrigins must not be null");
    }
    return restore(text, false, restorableOrigins);
  }

  /** As {@link #restore(String)}; {@code midWord}: the text continues a word, so its start is no word start. */
  String restore(String text, boolean midWord) {
    return restore(text, midWord, null);
  }

  private String restore(String text, boolean midWord, java.util.Set<String> allowed) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    List<int[]> ms = new ArrayList<>();
    List<String> vals = new ArrayList<>();
    matches(text, ms, vals, midWord, allowed);
    if (ms.isEmpty()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 32);
    int pos = 0;
    for (int k = 0; k < ms.size(); k++) {
      int[] m = ms.get(k);
      b.append(text, pos, m[0]).append(vals.get(k));
      pos = m[1];
    }
    b.append(text, pos, text.length());
    return b.toString();
  }

  /**
   * Finds tokens in {@code t}: at a word start, letters of a type name (with '_', '-' or ' ' between words), an
   * optional separator, a number; optionally wrapped in brackets. A candidate counts when it has an underscore, or
   * brackets, or an upper-case type name, so ordinary prose ("person 1") is left alone. Linear: bounded look-ahead
   * (at most {@link #MAX_TOKEN} characters from each word start).
   */
  synchronized void matches(CharSequence t, List<int[]> out, List<String> values) {
    matches(t, out, values, false);
  }

  /** As above; {@code midWord}: the text continues a word, so position 0 is no word start. */
  synchronized void matches(CharSequence t, List<int[]> out, List<String> values, boolean midWord) {
    matches(t, out, values, midWord, null);
  }

  /** As above; {@code allowed}: null for every token, else only tokens of those origins (or of no origin). */
  private synchronized void matches(CharSequence t, List<int[]> out, List<String> values, boolean midWord,
      java.util.Set<String> allowed) {
    if (byKey.isEmpty()) {
      return;
    }
    int n = t.length();
    int i = 0;
    // the next digit at or after i (n when none): a token holds a digit within MAX_TOKEN characters of its start, so
    // no start farther from one is scanned; the pointer only moves forward (linear)
    int nd = -1;
    while (i < n) {
      char c = t.charAt(i);
      if (!Character.isLetter(c) || i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)) || i == 0 && midWord) {
        i++;
        continue;
      }
      if (nd < i) {
        nd = i;
        while (nd < n && !Character.isDigit(t.charAt(nd))) {
          nd++;
        }
      }
      if (nd - i >= MAX_TOKEN) {
        i = nd >= n ? n : nd - MAX_TOKEN + 1;
        continue;
      }
      StringBuilder k = new StringBuilder(24);
      boolean underscore = false;
      boolean upper = true;
      int j = i;
      int found = -1;
      String val = null;
      boolean reachedDigits = false;
      while (j < n && j - i < MAX_TOKEN) {
        char d = t.charAt(j);
        if (Character.isLetter(d)) {
          if (k.length() > 0 && Character.isDigit(k.charAt(k.length() - 1))) {
            break;
          }
          upper &= Character.isUpperCase(d);
          k.append(Character.toUpperCase(d));
        } else if (Character.isDigit(d)) {
          reachedDigits = true;
          k.append(d);
          if (j + 1 >= n || !Character.isDigit(t.charAt(j + 1))) {
            String v = byKey.get(k.toString());
            if (v != null && allowed != null && origins.containsKey(k.toString())
                && java.util.Collections.disjoint(origins.get(k.toString()), allowed)) {
              v = null;
            }
            if (v != null) {
              found = j + 1;
              val = v;
            } else if (digitTypes.contains(k.toString()) && j + 2 < n && (t.charAt(j + 1) == '_'
                || t.charAt(j + 1) == '-' || t.charAt(j + 1) == ' ') && Character.isDigit(t.charAt(j + 2))) {
              // a type name ending in digits (IPV4_1): its number comes after the separator
              underscore |= t.charAt(j + 1) == '_';
              j += 2;
              continue;
            }
            break;
          }
        } else if (d == '_' || d == '-' || d == ' ') {
          underscore |= d == '_';
          if (j + 1 < n && t.charAt(j + 1) == d) {
            break;
          }
        } else {
          break;
        }
        j++;
      }
      if (found < 0 || found < n && Character.isLetter(t.charAt(found))) {
        // a scan that reached digits (or its length limit) may have run into a token through the space a token may
        // hold ("Contact PERSON_1" read CONTACTPERSON1): go on at the next word start, not after the token, which was
        // never restored. A scan that stopped before any digit stopped where a scan from any later start inside it
        // would stop too, so it still skips ahead. Every start scans at most MAX_TOKEN characters: linear
        i = reachedDigits || j - i >= MAX_TOKEN ? i + 1 : Math.max(i + 1, j);
        continue;
      }
      int s = i;
      int e = found;
      boolean bracket = false;
      int bs = s;
      while (bs > 0 && t.charAt(bs - 1) == ' ' && s - bs < 2) {
        bs--;
      }
      if (bs > 0 && "<[{(«\"'".indexOf(t.charAt(bs - 1)) >= 0) {
        s = bs - 1;
        bracket = true;
      }
      int be = e;
      while (be < n && t.charAt(be) == ' ' && be - e < 2) {
        be++;
      }
      if (be < n && ">]})»\"'".indexOf(t.charAt(be)) >= 0) {
        e = be + 1;
        bracket = true;
      }
      if (underscore || bracket || upper) {
        out.add(new int[] {s, e});
        values.add(val);
        i = e;
      } else {
        i = found;
      }
    }
  }

  /** A restorer for a streamed answer (one per stream; not thread-safe itself). */
  public StreamingRestorer restorer() {
    return new StreamingRestorer(this);
  }

  /**
   * The vault encrypted with AES-256-GCM under a key derived from {@code key} (at least 16 bytes). Format 3 (round 16)
   * stores every string as its UTF-16 code units, so a value of any length, also one holding an unpaired surrogate,
   * comes back exactly (format 2 wrote values as UTF-8, which turned such a surrogate into '?', and keys with
   * {@code writeUTF}, which refused a value longer than 64 KiB); {@link #open} reads formats 1 to 3.
   */
  public synchronized byte[] seal(byte[] key) {
    if (key == null || key.length < 16) {
      throw new IllegalArgumentException("key must hold at least 16 bytes");
    }
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bos)) {
      out.writeInt(3);
      out.writeInt(byValue.size());
      for (Map.Entry<String, String> e : byValue.entrySet()) {
        String tok = e.getValue();
        writeChars(out, e.getKey());
        writeChars(out, tok);
        writeChars(out, byKey.get(key(tok)));
      }
      out.writeInt(counters.size());
      for (Map.Entry<String, Integer> e : counters.entrySet()) {
        writeChars(out, e.getKey());
        out.writeInt(e.getValue());
      }
      out.writeInt(origins.size());
      for (Map.Entry<String, java.util.Set<String>> e : origins.entrySet()) {
        writeChars(out, e.getKey());
        out.writeInt(e.getValue().size());
        for (String o : e.getValue()) {
          writeChars(out, o);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return Crypto.encrypt(key, bos.toByteArray(), "aisec-vault-1".getBytes(StandardCharsets.UTF_8), false);
  }

  /** Opens a sealed vault; IllegalArgumentException when the key is wrong or the data was altered. */
  public static PseudonymVault open(byte[] sealed, byte[] key) {
    if (key == null || key.length < 16 || sealed == null) {
      throw new IllegalArgumentException("sealed vault and a key of at least 16 bytes are required");
    }
    byte[] plain = Crypto.decrypt(key, sealed, "aisec-vault-1".getBytes(StandardCharsets.UTF_8));
    PseudonymVault v = new PseudonymVault();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
      int format = in.readInt();
      if (format < 1 || format > 3) {
        throw new IllegalArgumentException("unknown vault format");
      }
      boolean chars = format == 3;
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String k = chars ? readChars(in) : in.readUTF();
        String tok = chars ? readChars(in) : in.readUTF();
        String val = chars ? readChars(in) : readLong(in);
        v.byValue.put(k, tok);
        v.byKey.put(key(tok), val);
      }
      int c = in.readInt();
      for (int i = 0; i < c; i++) {
        String type = chars ? readChars(in) : in.readUTF();
        v.counters.put(type, in.readInt());
        v.noteType(type);
      }
      if (format >= 2) {
        int o = in.readInt();
        for (int i = 0; i < o; i++) {
          String k = chars ? readChars(in) : in.readUTF();
          int m = in.readInt();
          if (m < 0 || m > 64) {
            throw new IOException("bad origin count");
          }
          java.util.Set<String> set = new java.util.HashSet<>();
          for (int j = 0; j < m; j++) {
            set.add(chars ? readChars(in) : in.readUTF());
          }
          v.origins.put(k, set);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("corrupt vault", e);
    }
    return v;
  }

  /** A string as its length and UTF-16 code units: lossless for any string (format 3). */
  private static void writeChars(DataOutputStream out, String s) throws IOException {
    out.writeInt(s.length());
    out.writeChars(s);
  }

  private static String readChars(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0 || len > (1 << 25)) {
      throw new IOException("bad length");
    }
    byte[] b = in.readNBytes(len * 2);
    if (b.length != len * 2) {
      throw new IOException("truncated");
    }
    // by hand: the UTF-16BE charset would replace an unpaired surrogate by U+FFFD
    char[] cs = new char[len];
    for (int i = 0; i < len; i++) {
      cs[i] = (char) ((b[2 * i] & 0xFF) << 8 | b[2 * i + 1] & 0xFF);
    }
    return new String(cs);
  }

  private static String readLong(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0 || len > (1 << 26)) {
      throw new IOException("bad length");
    }
    byte[] b = in.readNBytes(len);
    return new String(b, StandardCharsets.UTF_8);
  }
}
