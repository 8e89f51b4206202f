package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

import dev.aisec.api.Guard;
import dev.aisec.langchain4j.internal.ModelGate;
import dev.aisec.langchain4j.internal.VerdictCache;

/**
 * The settings the builders of {@link GuardedChatModel} and {@link GuardedStreamingChatModel} share: defaults,
 * validation (with the messages both builders give) and the {@link ModelGate} they build. The two public builders keep
 * their own methods (their signatures are the API) and hand every setting to one of these. Not thread-safe, like a
 * builder.
 */
final class GateSettings {

  /** The no-op restorer both builders start with; setting it again means "no restorer" too. */
  static final Restorer NO_RESTORE = Restorer.none();

  final Guard guard;
  AisecContext context = AisecContext.anonymous();
  Restorer restorer = NO_RESTORE;
  boolean authorizeTools = true;
  boolean trustHistory;
  long verdictCache = GuardedChatModel.DEFAULT_VERDICT_CACHE;

  /**
   * @param delegate the model to wrap
   * @param alreadyGuarded whether {@code delegate} is already a guarded model of the same kind
   * @param kind the simple name of that kind, for the message
   */
  GateSettings(Object delegate, Guard guard, boolean alreadyGuarded, String kind) {
    checkArgument(delegate != null, "delegate must not be null");
    checkArgument(guard != null, "guard must not be null");
    if (alreadyGuarded) {
      throw new IllegalArgumentException("delegate is already a " + kind);
    }
    this.guard = guard;
  }

  void context(AisecContext ctx) {
    checkArgument(ctx != null, "context must not be null");
    this.context = ctx;
  }

  void restorer(Restorer r) {
    checkArgument(r != null, "restorer must not be null");
    this.restorer = r;
  }

  void verdictCache(long weight) {
    checkArgument(weight >= 0, "verdictCache must not be negative");
    this.verdictCache = weight;
  }

  /** Whether a restorer other than the no-op one is set. */
  boolean restoring() {
    return restorer != NO_RESTORE;
  }

  /** A new gate (with its own verdict cache) for the current settings. */
  ModelGate gate() {
    return new ModelGate(guard, restoring() ? restorer : null, authorizeTools,
        verdictCache == 0 ? null : VerdictCache.create(verdictCache), trustHistory);
  }
}
