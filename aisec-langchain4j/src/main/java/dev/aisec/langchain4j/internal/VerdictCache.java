package dev.aisec.langchain4j.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.aisec.api.Channel;
import dev.aisec.api.Finding;
import dev.aisec.api.Guard;
import dev.aisec.api.PromptVersion;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.AisecContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A bounded cache of Guard verdicts for texts the guarded model decorators see again and again (the history a chat
 * model receives on every call). Without it, an agent loop of N turns runs O(N²) checks.
 *
 * <p>Key: an HMAC-SHA-256, under a random key drawn from {@link SecureRandom} when the cache is created, of a
 * length-prefixed encoding of everything that can change a verdict: a per-Guard random nonce (so two Guards never
 * share entries), the policy version, the ids of the registered prompt versions (a newly registered prompt changes
 * what output-leak finds), the channel, the principal id and its sorted roles, the conversation key, the check's
 * source and tool attributes, and the text. The raw text is never stored as a key; the value is the verdict (its
 * safe text is what goes to the model anyway).
 *
 * <p>Not cached: verdicts with an error finding ({@code *_ERROR}, {@code DEADLINE_EXCEEDED}) or any finding of the
 * Guard itself, so a transient failure (failed closed or, for a {@code failOpen} detector, open) is checked again
 * next time instead of being pinned. A cache hit records no audit event (the first check did).
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

  private final HashFunction hmac;
  private final Cache<HashCode, Verdict> cache;

  private VerdictCache(long maxWeight) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    this.hmac = Hashing.hmacSha256(key);
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
      return hit;
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
    for (Finding f : v.findings()) {
      if (Guard.GUARD_ID.equals(f.detector()) || f.type().endsWith("_ERROR")
          || "DEADLINE_EXCEEDED".equals(f.type())) {
        return false;
      }
    }
    return true;
  }

  private HashCode key(Guard guard, AisecContext ctx, Channel channel, String text, String source, String tool) {
    Hasher h = hmac.newHasher();
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
    h.putBytes(nonce);
    put(h, guard.policy().version());
    List<String> prompts = new ArrayList<>();
    for (PromptVersion pv : guard.prompts().currentVersions()) {
      prompts.add(pv.id());
    }
    prompts.sort(null);
    h.putInt(prompts.size());
    prompts.forEach(p -> put(h, p));
    put(h, channel.name());
    put(h, ctx.principal().id());
    TreeSet<String> roles = new TreeSet<>(ctx.principal().roles());
    h.putInt(roles.size());
    roles.forEach(r -> put(h, r));
    h.putBoolean(ctx.scoped());
    put(h, ctx.conversationKey());
    put(h, source);
    put(h, tool);
    put(h, text);
    return h.hash();
  }

  private static void put(Hasher h, String s) {
    if (s == null) {
      h.putInt(-1);
      return;
    }
    h.putInt(s.length());
    h.putUnencodedChars(s); // every UTF-16 unit as it is: lone surrogates cannot collide
  }
}
