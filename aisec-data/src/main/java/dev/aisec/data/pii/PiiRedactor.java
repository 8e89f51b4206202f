package dev.aisec.data.pii;

import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.Redactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Redactor} for the Guard: REDACT findings are replaced with an {@link Anonymizer}, or, in pseudonymising
 * mode, with consistent {@code <TYPE_n>} tokens kept in one {@link PseudonymVault} per scope. At most
 * {@code maxConversations} vaults are kept (least recently used are dropped). Thread-safe.
 *
 * <p>Scope: a vault belongs to one principal <em>and</em> one conversation, the pair ({@link Principal#id()}, the
 * input's {@link Input#CONVERSATION} attribute), compared as a pair (never concatenated), so two users who use the same
 * conversation id never share a vault and cannot get each other's originals back. An input without a conversation
 * attribute uses the principal's conversation-less vault ({@code vault(principalId, null)}). The
 * {@linkplain Principal#anonymous() anonymous principal} (any principal with its id, whatever its roles) without a
 * conversation attribute has no scope at all (every
 * unidentified caller would share it): its values are still pseudonymised, but with a fresh vault per call that is
 * never stored, so nothing can ever be restored from it (fail closed).
 *
 * <p>Reads never change the cache: {@link #existingVault} and {@link #restore} neither create a vault nor count as a
 * use, so restoring (or probing) cannot push another conversation's vault out. Only redacting (and {@link #vault})
 * creates a vault or marks it recently used. Token numbers never repeat within a scope for the redactor's lifetime:
 * each scope draws its numbers from one of 1,024 per-type sequences chosen by a keyed hash (HMAC-SHA-256 with a
 * random per-redactor key) of the scope, and a sequence only grows. So after a vault was evicted its scope gets a new
 * vault whose tokens never repeat the old ones, and a stale {@code <EMAIL_ADDRESS_1>} still in a chat memory is left
 * as it is and can never be restored to a different value (fail closed). A new conversation normally starts at
 * {@code _1}; it starts higher only when its slot is shared with another scope, which a caller cannot arrange. Numbers restart when the redactor is recreated (e.g. a restart): drop chat memories holding
 * tokens of an earlier redactor.
 */
public final class PiiRedactor implements Redactor {

  private final Anonymizer anonymizer;
  private final Map<Scope, PseudonymVault> vaults;
  /** Slots of the token-number table (a power of two); scopes are spread over them by a keyed hash. */
  private static final int SLOTS = 1024;
  /**
   * Per type, the highest token number issued to the scopes of each slot (guarded by itself). Numbers in a slot only
   * grow, so a scope whose vault was evicted continues above every token it was ever given; scopes that share a slot
   * simply share its sequence.
   */
  private final Map<String, int[]> issued = new java.util.HashMap<>();
  /** Random per redactor, so a caller can neither predict nor arrange which scopes share a slot. */
  private final byte[] slotKey = new byte[32];

  private PseudonymVault.Numbering numberingFor(Scope k) {
    int slot = slotOf(k);
    return type -> {
      synchronized (issued) {
        int[] t = issued.computeIfAbsent(type, x -> new int[SLOTS]);
        if (t[slot] == Integer.MAX_VALUE) {
          throw new IllegalStateException("token numbers of one type exhausted");
        }
        return ++t[slot];
      }
    };
  }

  private int slotOf(Scope k) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(slotKey, "HmacSHA256"));
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8);
      byte[] p = k.principal().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] c = k.conversation() == null ? null : k.conversation().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      b.putInt(p.length).putInt(c == null ? -1 : c.length);
      mac.update(b.array());
      mac.update(p);
      if (c != null) {
        mac.update(c);
      }
      byte[] h = mac.doFinal();
      return ((h[0] & 0xff) << 8 | (h[1] & 0xff)) & (SLOTS - 1);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** The key of one vault: principal id and conversation (null when the input names none), compared as a pair. */
  private record Scope(String principal, String conversation) {}

  /** Channel names whose values {@link #restore} puts back. */
  private final java.util.Set<String> restorable;

  private PiiRedactor(Anonymizer anonymizer, int maxConversations, java.util.Set<dev.aisec.api.Channel> restorable) {
    this.anonymizer = anonymizer;
    new java.security.SecureRandom().nextBytes(slotKey);
    java.util.Set<String> names = new java.util.HashSet<>();
    restorable.forEach(c -> names.add(c.name()));
    this.restorable = java.util.Set.copyOf(names);
    this.vaults = maxConversations <= 0 ? null : new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Scope, PseudonymVault> e) {
        return size() > maxConversations;
      }
    };
  }

  /** Replaces values with {@code <TYPE>} tags. */
  public static PiiRedactor typeTags() {
    return new PiiRedactor(Anonymizer.of(Operators.replace()), 0, java.util.Set.of());
  }

  /** Replaces values with the given anonymizer. */
  public static PiiRedactor of(Anonymizer anonymizer) {
    if (anonymizer == null) {
      throw new IllegalArgumentException("anonymizer must not be null");
    }
    return new PiiRedactor(anonymizer, 0, java.util.Set.of());
  }

  /**
   * Pseudonymises with one vault per conversation, keeping at most {@code maxConversations} vaults; {@link #restore}
   * puts back only values that came from the user's own input ({@link dev.aisec.api.Channel#USER_INPUT}), so
   * third-party personal data from a retrieved document or a tool result never reaches the user through an echoed
   * token.
   */
  public static PiiRedactor pseudonymizing(int maxConversations) {
    return pseudonymizing(maxConversations, java.util.EnumSet.of(dev.aisec.api.Channel.USER_INPUT));
  }

  /**
   * As {@link #pseudonymizing(int)}, restoring values first seen on any of {@code restorableChannels} (a value the
   * user later typed counts as USER_INPUT too).
   *
   * @throws IllegalArgumentException when {@code maxConversations < 1} or {@code restorableChannels} is null or empty
   */
  public static PiiRedactor pseudonymizing(int maxConversations,
      java.util.Set<dev.aisec.api.Channel> restorableChannels) {
    if (maxConversations < 1) {
      throw new IllegalArgumentException("maxConversations must be at least 1");
    }
    if (restorableChannels == null || restorableChannels.isEmpty() || restorableChannels.contains(null)) {
      throw new IllegalArgumentException("restorableChannels must name at least one channel");
    }
    return new PiiRedactor(null, maxConversations, restorableChannels);
  }

  /**
   * The vault of one principal's conversation (created on first use, and marked recently used: this is the write
   * side; to read, use {@link #existingVault} or {@link #restore}); only in pseudonymising mode. Pass the
   * principal id and the {@link Input#CONVERSATION} attribute of the checked inputs ({@code null} for inputs that
   * carried none). Vaults of other principals are never returned, whatever the conversation id.
   *
   * @throws IllegalArgumentException when {@code principalId} is null or blank, or {@code conversation} is blank
   * @throws IllegalStateException when this redactor does not pseudonymise
   */
  public PseudonymVault vault(String principalId, String conversation) {
    if (principalId == null || principalId.isBlank()) {
      throw new IllegalArgumentException("principalId must not be blank");
    }
    if (conversation != null && conversation.isBlank()) {
      throw new IllegalArgumentException("conversation must be null or not blank");
    }
    if (vaults == null) {
      throw new IllegalStateException("not a pseudonymising redactor");
    }
    Scope k = new Scope(principalId, conversation);
    synchronized (vaults) {
      PseudonymVault v = vaults.remove(k); // re-inserted last: most recently used
      if (v == null) {
        v = PseudonymVault.create(numberingFor(k));
      }
      vaults.put(k, v);
      return v;
    }
  }

  /** Whether this redactor pseudonymises (keeps vaults that {@link #restore} reads). */
  public boolean pseudonymizing() {
    return vaults != null;
  }

  /**
   * The vault of one principal's conversation if it exists; never creates one and does not count as a use (an
   * evicted or never-used scope gives empty). Same arguments as {@link #vault}.
   *
   * @throws IllegalArgumentException when {@code principalId} is null or blank, or {@code conversation} is blank
   * @throws IllegalStateException when this redactor does not pseudonymise
   */
  public java.util.Optional<PseudonymVault> existingVault(String principalId, String conversation) {
    if (principalId == null || principalId.isBlank()) {
      throw new IllegalArgumentException("principalId must not be blank");
    }
    if (conversation != null && conversation.isBlank()) {
      throw new IllegalArgumentException("conversation must be null or not blank");
    }
    if (vaults == null) {
      throw new IllegalStateException("not a pseudonymising redactor");
    }
    synchronized (vaults) {
      return java.util.Optional.ofNullable(vaults.get(new Scope(principalId, conversation)));
    }
  }

  /**
   * Restores the pseudonyms of one principal's conversation in {@code text}; a read ({@link #existingVault}): with
   * no vault for the scope, the text is returned unchanged. Unknown and stale tokens stay as they are, and so do
   * tokens of values that came only from channels this redactor does not restore (by default all but USER_INPUT).
   */
  public String restore(String principalId, String conversation, String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    return existingVault(principalId, conversation).map(v -> v.restore(text, restorable)).orElse(text);
  }

  @Override
  public String redact(Input input, List<Finding> findings) {
    if (findings.isEmpty()) {
      return input.text();
    }
    List<PiiSpan> spans = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      spans.add(new PiiSpan(f.start(), Math.min(f.end(), input.text().length()), f.type(), f.score(), f.detail()));
    }
    Anonymizer a = anonymizer;
    if (a == null) {
      String conv = input.attribute(Input.CONVERSATION);
      if (conv != null && conv.isBlank()) {
        conv = null;
      }
      // (review19) by id: Principal.of("anonymous", "guest") is every unidentified guest too, and used to get one
      // stored vault that each of them could restore from
      PseudonymVault v = conv == null && input.principal().id().equals(Principal.anonymous().id())
          ? PseudonymVault.create() // no scope: pseudonymise, but keep nothing that could be restored
          : vault(input.principal().id(), conv);
      String origin = input.channel().name();
      a = Anonymizer.of((value, span) -> v.tokenFor(span.type(), value, origin));
    }
    return a.anonymize(input.text(), spans).text();
  }
}
