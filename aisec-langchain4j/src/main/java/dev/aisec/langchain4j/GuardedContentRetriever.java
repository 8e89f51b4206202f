package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

import dev.aisec.api.Action;
import dev.aisec.api.Channel;
import dev.aisec.api.Finding;
import dev.aisec.api.Guard;
import dev.aisec.api.Spans;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.internal.Checks;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps any {@link ContentRetriever} so every retrieved document is checked on the RETRIEVED channel (indirect
 * prompt injection, personal data, hidden characters, as the Guard's detectors and policy say) before it can reach
 * the prompt.
 *
 * <ul>
 *   <li>BLOCK: the document is dropped ({@link Treatment#DROP}, the default) or kept spotlighted
 *       ({@link Treatment#SPOTLIGHT}) per {@link Builder#onBlock(Treatment)}.</li>
 *   <li>REDACT: the redacted text replaces the document.</li>
 *   <li>FLAG: the document is spotlighted (default) or kept as it is, per {@link Builder#onFlag(Treatment)}.</li>
 *   <li>ALLOW: kept as it is, or spotlighted too with {@link Builder#spotlightAll(boolean)}.</li>
 * </ul>
 *
 * <p>Spotlighting uses the configured {@link Spotlighter} ({@link Spotlighter#standard()} by default). The
 * principal comes from the query's invocation context ({@link AisecContextResolver#standard()}). Documents come back
 * as contents that {@link AisecInputGuardrail} recognises as already checked. A failure while treating one document
 * drops that document (fail closed). Thread-safe when the delegate is.
 */
public final class GuardedContentRetriever implements ContentRetriever {

  /** What happens to a document with a given verdict. */
  public enum Treatment {
    /** Pass the document unchanged. */
    KEEP,
    /** Pass the document marked as untrusted data. */
    SPOTLIGHT,
    /** Do not pass the document. */
    DROP
  }

  private final ContentRetriever delegate;
  private final Guard guard;
  private final AisecContextResolver resolver;
  private final Spotlighter spotlighter;
  private final Treatment onBlock;
  private final Treatment onFlag;
  private final boolean spotlightAll;

  private GuardedContentRetriever(Builder b) {
    this.delegate = b.delegate;
    this.guard = b.guard;
    this.resolver = b.resolver;
    this.spotlighter = b.spotlighter;
    this.onBlock = b.onBlock;
    this.onFlag = b.onFlag;
    this.spotlightAll = b.spotlightAll;
  }

  /** Wraps a retriever with the defaults: drop blocked documents, spotlight flagged ones. */
  public static GuardedContentRetriever wrap(ContentRetriever delegate, Guard guard) {
    return builder(delegate, guard).build();
  }

  /** A builder. */
  public static Builder builder(ContentRetriever delegate, Guard guard) {
    return new Builder(delegate, guard);
  }

  @Override
  public List<Content> retrieve(Query query) {
    AisecContext ctx = AisecContextResolver.safely(resolver,
        query == null || query.metadata() == null ? null : query.metadata().invocationContext());
    List<Content> found = delegate.retrieve(query);
    if (found == null || found.isEmpty()) {
      return List.of();
    }
    List<Content> out = new ArrayList<>(found.size());
    for (Content c : found) {
      if (c == null || c.textSegment() == null) {
        continue;
      }
      try {
        Content safe = treat(ctx, c);
        if (safe != null) {
          out.add(safe);
        }
      } catch (RuntimeException e) {
        // fail closed: a document we could not treat is not passed on
      }
    }
    return out;
  }

  private Content treat(AisecContext ctx, Content c) {
    TextSegment seg = c.textSegment();
    String text = seg.text();
    Verdict v = Checks.check(guard, ctx, Channel.RETRIEVED, text, "retriever", null);
    Treatment t;
    String base = v.text();
    switch (v.action()) {
      case BLOCK:
        if (failedClosed(v)) {
          // a detector, redactor or audit sink failed, or the deadline stopped the check: nothing is known about this
          // text (a PII detector that threw or never ran has redacted nothing), so it is dropped even when blocked
          // documents are to be spotlighted
          return null;
        }
        t = onBlock;
        // A blocked verdict carries no text; spotlighting keeps the original words, marked as data, with every
        // span the policy wants redacted replaced by its type tag.
        base = Spans.replace(text, redactions(v), f -> "[" + f.type() + "]");
        break;
      case FLAG:
        t = onFlag;
        break;
      default:
        t = spotlightAll ? Treatment.SPOTLIGHT : Treatment.KEEP;
        break;
    }
    if (t == Treatment.DROP) {
      return null;
    }
    String result = t == Treatment.SPOTLIGHT ? spotlighter.spotlight(base) : base;
    if (result == null) {
      return null;
    }
    return new CheckedContent(TextSegment.from(result, seg.metadata()), c.metadata(), v.action());
  }

  private static boolean failedClosed(Verdict v) {
    for (Finding f : v.findings()) {
      // every finding of the Guard itself (GUARD_ERROR, AUDIT_ERROR, DEADLINE_EXCEEDED, and any it adds later) means
      // some detector did not run or its result is lost; DETECTOR_ERROR means one failed
      if (f.type().equals("DETECTOR_ERROR") || f.detector().equals(Guard.GUARD_ID)) {
        return true;
      }
    }
    return false;
  }

  private static List<Finding> redactions(Verdict v) {
    List<Finding> r = new ArrayList<>();
    for (Finding f : v.findings()) {
      if (f.action() == Action.REDACT) {
        r.add(f);
      }
    }
    return r;
  }

  /** Builds a {@link GuardedContentRetriever}. */
  public static final class Builder {
    private final ContentRetriever delegate;
    private final Guard guard;
    private AisecContextResolver resolver = AisecContextResolver.standard();
    private Spotlighter spotlighter = Spotlighter.standard();
    private Treatment onBlock = Treatment.DROP;
    private Treatment onFlag = Treatment.SPOTLIGHT;
    private boolean spotlightAll;

    private Builder(ContentRetriever delegate, Guard guard) {
      checkArgument(delegate != null, "delegate must not be null");
      checkArgument(guard != null, "guard must not be null");
      this.delegate = delegate;
      this.guard = guard;
    }

    /** How to find the principal of the query's invocation. */
    public Builder contextResolver(AisecContextResolver r) {
      checkArgument(r != null, "contextResolver must not be null");
      this.resolver = r;
      return this;
    }

    /** How untrusted text is marked (default {@link Spotlighter#standard()}). */
    public Builder spotlighter(Spotlighter s) {
      checkArgument(s != null, "spotlighter must not be null");
      this.spotlighter = s;
      return this;
    }

    /**
     * Treatment of blocked documents: DROP (default) or SPOTLIGHT; KEEP is refused. A document blocked because a
     * detector, the redactor or the audit sink failed is always dropped.
     */
    public Builder onBlock(Treatment t) {
      if (t == null || t == Treatment.KEEP) {
        throw new IllegalArgumentException("onBlock must be DROP or SPOTLIGHT");
      }
      this.onBlock = t;
      return this;
    }

    /** Treatment of flagged documents: SPOTLIGHT (default), KEEP or DROP. */
    public Builder onFlag(Treatment t) {
      checkArgument(t != null, "onFlag must not be null");
      this.onFlag = t;
      return this;
    }

    /** Whether allowed and redacted documents are spotlighted too (default false). */
    public Builder spotlightAll(boolean all) {
      this.spotlightAll = all;
      return this;
    }

    public GuardedContentRetriever build() {
      return new GuardedContentRetriever(this);
    }
  }
}
