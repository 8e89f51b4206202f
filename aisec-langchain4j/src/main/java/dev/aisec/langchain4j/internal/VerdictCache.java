package dev.aisec.langchain4j.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.hash.HashCode;
import dev.aisec.api.Action;
import dev.aisec.api.Channel;
import dev.aisec.api.Finding;
import dev.aisec.api.Guard;
import dev.aisec.api.PromptVersion;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.AisecContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A bounded cache of Guard verdicts for texts the guarded model decorators see again and again (the history a chat
 * model receives on every call). Without it, an agent loop of N turns runs O(N²) checks.
 *
 * <p>Key: the SHA-256 digest of a random 32-byte secret (drawn from {@link SecureRandom} when the cache is created)
 * followed by a length-prefixed encoding of everything that can change a verdict: a per-Guard random nonce (so two Guards never
 * share entries), the policy version, the ids of the registered prompt versions (a newly registered prompt changes
 * what output-leak finds), the channel, the principal id and its sorted roles, the conversation key, the check's
 * source and tool attributes, and the text. The raw text is never stored as a key; the value is the verdict (its
 * safe text is what goes to the model anyway).
 *
 * <p>Not cached: verdicts with an error finding ({@code *_ERROR}, {@code DEADLINE_EXCEEDED}) or any finding of the
 * Guard itself, so a transient failure (failed closed or, for a {@code failOpen} detector, open) is checked again
 * next time instead of being pinned. Blocked verdicts are not cached either: a repeated attack is checked (and
 * audited) every time.
 *
 * <p>Audit of cache hits: a hit on a FLAG or REDACT verdict is recorded through {@link Guard#recordReuse} (the same
 * {@code check} event as the first check, with the attribute {@code reused=true}; an audit failure makes the result
 * BLOCK, as a fresh check would), so every time flagged or personal data passed towards the model there is a record,
 * and an auditor can tell fresh checks from reuses. A hit on an ALLOW verdict records nothing: the first check of that
 * exact text for this principal, roles, channel and conversation is in the audit trail (its keyed hash and length),
 * and a hit decides nothing new; record every model call with {@code AuditingChatModelListener} if you need one
 * record per call.
 *
 * <p>Memory is bounded by weight: an entry weighs 1 + (safe text length)/1024 + findings/8 units, and the cache
 * holds at most {@code maxWeight} units (Guava's size-bounded cache, approximately LRU). Thread-safe.
 *
 * <p>Assumes detectors are deterministic functions of the input and the prompt registry (every detector shipped with
 * aisec is); a detector whose verdict for the same text changes over time needs the cache turned off.
 */
public final class VerdictCache {

  /** Per-Guard random nonces, by identity, weakly held. */
  private static final Cache<Guard, byte[]> GUARD_NONCES = CacheBuilder.newBuilder().weakKeys().build();
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  });

  /** Random secret prefix of every key's digest, so keys cannot be computed (or texts confirmed) without it. */
  private final byte[] secret;
  private final Cache<HashCode, Verdict> cache;

  private VerdictCache(long maxWeight) {
    this.secret = new byte[32];
    RANDOM.nextBytes(secret);
    this.cache = CacheBuilder.newBuilder().maximumWeight(maxWeight)
        .weigher((HashCode k, Verdict v) -> (int) Math.min(Integer.MAX_VALUE,
            1L + v.text().length() / 1024 + v.findings().size() / 8))
        .build();
  }

  /** A cache holding at most {@code maxWeight} weight units (see the class comment); must be positive. */
  public static VerdictCache create(long maxWeight) {
    if (maxWeight <= 0) {
      throw new IllegalArgumentException("maxWeight must be positive: " + maxWeight);
    }
    return new VerdictCache(maxWeight);
  }

  /**
   * The verdict of {@link Checks#check} for these arguments, from the cache when an entry with the same key exists.
   * {@code cache} may be null (no caching).
   */
  public static Verdict check(VerdictCache cache, Guard guard, AisecContext ctx, Channel channel, String text,
      String source, String tool) {
    return cache == null ? Checks.check(guard, ctx, channel, text, source, tool)
        : cache.check(guard, ctx, channel, text, source, tool);
  }

  /** As {@link #check(VerdictCache, Guard, AisecContext, Channel, String, String, String)} through this cache. */
  public Verdict check(Guard guard, AisecContext ctx, Channel channel, String text, String source, String tool) {
    String t = text == null ? "" : text;
    HashCode key = key(guard, ctx, channel, t, source, tool);
    Verdict hit = cache.getIfPresent(key);
    if (hit != null) {
      if (hit.action() == Action.ALLOW) {
        return hit;
      }
      // FLAG and REDACT: the text passed the Guard again and was flagged or rewritten again, so the audit trail gets
      // the event (marked reused); an audit failure blocks, as in a fresh check
      return guard.recordReuse(Checks.input(ctx, channel, t, source, tool), hit);
    }
    Verdict v = Checks.check(guard, ctx, channel, t, source, tool);
    if (cacheable(v)) {
      cache.put(key, v);
    }
    return v;
  }

  /** Entries currently held (approximate; for tests and monitoring). */
  public long size() {
    return cache.size();
  }

  private static boolean cacheable(Verdict v) {
    if (v.blocked()) {
      // a repeated attack is checked (and audited) every time, so rate-based alerting on audit records keeps working
      return false;
    }
    for (Finding f : v.findings()) {
      if (Guard.GUARD_ID.equals(f.detector()) || f.type().endsWith("_ERROR")
          || "DEADLINE_EXCEEDED".equals(f.type())) {
        return false;
      }
    }
    return true;
  }

  private HashCode key(Guard guard, AisecContext ctx, Channel channel, String text, String source, String tool) {
    byte[] nonce;
    try {
      nonce = GUARD_NONCES.get(guard, () -> {
        byte[] n = new byte[16];
        RANDOM.nextBytes(n);
        return n;
      });
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("cannot create a guard nonce", e);
    }
    List<String> prompts = new ArrayList<>();
    for (PromptVersion pv : guard.prompts().currentVersions()) {
      prompts.add(pv.id());
    }
    prompts.sort(null);
    TreeSet<String> roles = new TreeSet<>(ctx.principal().roles());
    Encoder e = new Encoder(64 + 2 * text.length());
    e.bytes(nonce);
    e.string(guard.policy().version());
    e.integer(prompts.size());
    prompts.forEach(e::string);
    e.string(channel.name());
    e.string(ctx.principal().id());
    e.integer(roles.size());
    roles.forEach(e::string);
    e.integer(ctx.scoped() ? 1 : 0);
    e.string(ctx.conversationKey());
    e.string(source);
    e.string(tool);
    e.string(text);
    MessageDigest md = SHA256.get();
    md.reset();
    md.update(secret);
    md.update(e.buf, 0, e.len);
    return HashCode.fromBytes(md.digest());
  }

  /** A length-prefixed encoding of every UTF-16 unit as it is (lone surrogates cannot collide), one digest call. */
  private static final class Encoder {
    byte[] buf;
    int len;

    Encoder(int capacity) {
      buf = new byte[Math.max(64, capacity)];
    }

    private void ensure(int more) {
      if (len + more > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
      }
    }

    void bytes(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
    }

    void integer(int v) {
      ensure(4);
      buf[len++] = (byte) (v >>> 24);
      buf[len++] = (byte) (v >>> 16);
      buf[len++] = (byte) (v >>> 8);
      buf[len++] = (byte) v;
    }

    void string(String s) {
      if (s == null) {
        integer(-1);
        return;
      }
      integer(s.length());
      ensure(2 * s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        buf[len++] = (byte) (c >>> 8);
        buf[len++] = (byte) c;
      }
    }
  }
}
