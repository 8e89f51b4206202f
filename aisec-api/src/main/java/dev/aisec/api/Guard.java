package dev.aisec.api;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import dev.aisec.api.audit.AuditEvent;
import dev.aisec.api.audit.AuditSink;
import dev.aisec.api.policy.DetectorRule;
import dev.aisec.api.policy.Policy;
import dev.aisec.api.text.TextView;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs detectors under a policy and decides what happens to a text.
 *
 * <p>A Guard is immutable and thread-safe: build it once and share it. {@link #check(Input)} normalises the text once
 * ({@link TextView}), runs every detector the policy enables for the input's channel and the principal's roles on that
 * shared view, maps each finding's score to an action with the policy's thresholds, takes the strictest action,
 * rewrites REDACT spans with the {@link Redactor}, and records an audit event that holds no raw text.
 *
 * <p>Fail closed: a detector that throws, a span outside the text, a redactor that throws and an audit sink that
 * cannot record all make the verdict BLOCK, with the error recorded as a finding of type {@code DETECTOR_ERROR}
 * or {@code GUARD_ERROR} (exception class only, never its message, which could quote the input). A detector the
 * policy marks {@code failOpen} is flagged instead of blocked.
 *
 * <p>Run time: every detector shipped with aisec runs in time linear in the text (hand-written scanners, bounded
 * look-ahead, no backtracking regular expressions), so a check is bounded by the text length. A third-party detector
 * is trusted to be bounded too. As a further guard, {@link Builder#checkDeadline} sets an optional per-check deadline:
 * the Guard looks at the clock after each detector (no extra thread, no interruption), and once the deadline has passed
 * it runs no further detector and BLOCKs with a {@code DEADLINE_EXCEEDED} finding. A single detector that never
 * returns is not stopped by it; run checks on an executor with a timeout for that.
 */
public final class Guard {

  /** Id under which the Guard reports its own errors. */
  public static final String GUARD_ID = "guard";

  private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

  private final List<Detector> detectors;
  /** The ids read once when the Guard was built (a detector's id() is not called again). */
  private final List<String> ids;
  private final Policy policy;
  private final List<AuditSink> sinks;
  private final Redactor redactor;
  private final PromptRegistry prompts;
  private final HashFunction inputHash;
  private final Clock clock;
  private final long deadlineNanos;

  private Guard(Builder b) {
    this.detectors = List.copyOf(b.detectors.values());
    this.ids = List.copyOf(b.detectors.keySet());
    this.policy = b.policy == null ? Policy.defaults() : b.policy;
    this.sinks = List.copyOf(b.sinks);
    this.redactor = b.redactor;
    this.prompts = b.prompts;
    this.inputHash = Hashing.hmacSha256(b.auditKey != null ? b.auditKey : randomKey());
    this.clock = b.clock;
    this.deadlineNanos = b.deadline == null ? 0 : saturatedNanos(b.deadline);
  }

  /** A fresh audit key for a Guard built without one (drawn per Guard, never kept by the builder). */
  private static byte[] randomKey() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  private static long saturatedNanos(java.time.Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** A builder for a Guard. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  /** The prompt registry (registered system prompts are never scored as attacks against themselves). */
  public PromptRegistry prompts() {
    return prompts;
  }

  /** The installed detectors, in the order they run. */
  public List<Detector> detectors() {
    return detectors;
  }

  /** Checks one input. Never throws for any input; errors fail closed as described on the class. */
  public Verdict check(Input input) {
    if (input == null) {
      throw new IllegalArgumentException("input must not be null");
    }
    long t0 = System.nanoTime();
    String text = input.text();
    List<Finding> findings = new ArrayList<>();
    TextView view;
    try {
      view = TextView.of(text);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
      findings.add(error(GUARD_ID, "GUARD_ERROR", text, "normalisation failed: " + e.getClass().getName(),
          Action.BLOCK));
      return finish(input, findings, Action.BLOCK, "", t0);
    }
    DetectionContext ctx = new DetectionContext(input, view, prompts);
    Action action = Action.ALLOW;
    for (int di = 0; di < detectors.size(); di++) {
      Detector d = detectors.get(di);
      String id = ids.get(di);
      DetectorRule rule = policy.resolve(id, input.channel(), input.principal().roles());
      if (!rule.runsOn(input.channel())) {
        continue;
      }
      try {
        List<Finding> found = d.detect(ctx);
        if (found == null) {
          throw new IllegalStateException("detector returned null");
        }
        for (Finding f : found) {
          if (!Spans.inside(f, text.length())) {
            throw new IllegalStateException("detector reported a span outside the text");
          }
          Action a = rule.actionFor(f.type(), f.score());
          Finding decided = (f.detector().equals(id) ? f
              : new Finding(id, f.type(), f.start(), f.end(), f.score(), f.detail(), null)).withAction(a);
          findings.add(decided);
          action = Action.strictest(action, a);
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
        // LinkageError covers ExceptionInInitializerError and NoClassDefFoundError: a detector whose model or
        // resources failed to load must block like any other failure, not escape check()
        Action a = rule.failOpen() ? Action.FLAG : Action.BLOCK;
        LOG.warn("detector {} failed with {}; {}", id, e.getClass().getName(),
            rule.failOpen() ? "failing open (FLAG)" : "failing closed (BLOCK)");
        findings.add(error(id, "DETECTOR_ERROR", text, "detector failed: " + e.getClass().getName(), a));
        action = Action.strictest(action, a);
      }
      if (deadlineNanos > 0 && System.nanoTime() - t0 > deadlineNanos) {
        LOG.warn("check exceeded its deadline after detector {}; failing closed (BLOCK)", id);
        findings.add(error(GUARD_ID, "DEADLINE_EXCEEDED", text, "check exceeded its deadline of "
            + deadlineNanos / 1_000_000 + " ms (after detector " + id + "); later detectors did not run",
            Action.BLOCK));
        action = Action.BLOCK;
        break;
      }
    }
    String safeText = text;
    if (action == Action.BLOCK) {
      safeText = "";
    } else if (action == Action.REDACT) {
      List<Finding> toRedact = new ArrayList<>();
      for (Finding f : findings) {
        if (f.action() == Action.REDACT) {
          toRedact.add(f);
        }
      }
      toRedact.sort(Comparator.comparingInt(Finding::start));
      try {
        safeText = redactor.redact(input, toRedact);
        if (safeText == null) {
          throw new IllegalStateException("redactor returned null");
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
        LOG.warn("redactor failed with {}; failing closed (BLOCK)", e.getClass().getName());
        findings.add(error(GUARD_ID, "GUARD_ERROR", text, "redactor failed: " + e.getClass().getName(),
            Action.BLOCK));
        action = Action.BLOCK;
        safeText = "";
      }
    }
    return finish(input, findings, action, safeText, t0);
  }

  private Verdict finish(Input input, List<Finding> findings, Action action, String safeText, long t0) {
    findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
    long elapsed = System.nanoTime() - t0;
    Verdict v = new Verdict(action, safeText, findings, policy.version(), elapsed);
    if (!sinks.isEmpty()) {
      try {
        audit(checkEvent(input, v));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
        LOG.error("audit sink failed with {}; failing closed (BLOCK)", e.getClass().getName());
        List<Finding> fs = new ArrayList<>(v.findings());
        fs.add(Finding.of(GUARD_ID, "AUDIT_ERROR", 0, 0, 1.0, "audit failed: " + e.getClass().getName())
            .withAction(Action.BLOCK));
        v = new Verdict(Action.BLOCK, "", fs, policy.version(), System.nanoTime() - t0);
      }
    }
    return v;
  }

  /** Attribute that {@link #recordReuse} adds to the audit event of a reused verdict (value {@code "true"}). */
  public static final String REUSED_ATTRIBUTE = "reused";

  /**
   * Records the audit event of a verdict the caller reuses instead of checking the same input again (a verdict cache
   * keyed by everything that can change the verdict: this Guard, its policy version, the registered prompts, the
   * principal and roles, the channel, the attributes and the text). The detectors do not run; the event is the one
   * {@link #check} records for this input and verdict, with the time of the reuse, the reuse's own elapsed time and
   * the extra attribute {@link #REUSED_ATTRIBUTE}{@code =true}, so an auditor sees every time the text passed the
   * Guard and can tell fresh checks from reuses. Fails closed like {@link #check}: when an audit sink cannot record,
   * the result is a BLOCK verdict (empty text) with a {@code guard}/{@code AUDIT_ERROR} finding; otherwise it is
   * {@code verdict} itself. Without audit sinks it records nothing and returns {@code verdict}.
   *
   * @throws IllegalArgumentException when {@code input} or {@code verdict} is null, or the verdict was decided under
   *     another policy version than this Guard's
   */
  public Verdict recordReuse(Input input, Verdict verdict) {
    if (input == null || verdict == null) {
      throw new IllegalArgumentException("input and verdict must not be null");
    }
    if (!verdict.policyVersion().equals(policy.version())) {
      throw new IllegalArgumentException("verdict.policyVersion is not this Guard's policy version");
    }
    if (sinks.isEmpty()) {
      return verdict;
    }
    long t0 = System.nanoTime();
    try {
      AuditEvent e = checkEvent(input.withAttribute(REUSED_ATTRIBUTE, "true"), verdict);
      audit(new AuditEvent(e.time(), e.event(), e.principal(), e.roles(), e.channel(), e.action(), e.policyVersion(),
          e.prompt(), e.inputLength(), e.inputHash(), e.findings(), e.capability(), System.nanoTime() - t0,
          e.attributes()));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError ex) {
      LOG.error("audit sink failed with {}; failing closed (BLOCK)", ex.getClass().getName());
      List<Finding> fs = new ArrayList<>(verdict.findings());
      fs.add(Finding.of(GUARD_ID, "AUDIT_ERROR", 0, 0, 1.0, "audit failed: " + ex.getClass().getName())
          .withAction(Action.BLOCK));
      return new Verdict(Action.BLOCK, "", fs, policy.version(), System.nanoTime() - t0);
    }
    return verdict;
  }

  /**
   * Whether the principal may use a capability ({@code model:NAME}, {@code tool:NAME}, {@code data:NAME} by
   * convention). Default deny; every decision is audited.
   */
  public boolean authorize(Principal principal, String capability) {
    long t0 = System.nanoTime();
    boolean ok = policy.permits(principal, capability);
    if (!sinks.isEmpty() && principal != null) {
      AuditEvent e = new AuditEvent(clock.instant(), "authorize", principal.id(), principal.roles(), null,
          ok ? "ALLOW" : "BLOCK", policy.version(), null, 0, null, List.of(), String.valueOf(capability),
          System.nanoTime() - t0, Map.of());
      try {
        audit(e);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError ex) {
        LOG.error("audit sink failed with {}; denying capability", ex.getClass().getName());
        return false;
      }
    }
    return ok;
  }

  /** Like {@link #authorize} but throws {@link CapabilityDeniedException} when refused. */
  public void requireAuthorized(Principal principal, String capability) {
    if (!authorize(principal, capability)) {
      throw new CapabilityDeniedException(principal == null ? "null" : principal.id(), capability);
    }
  }

  /**
   * Keyed hash of a text as it appears in audit records (first 32 hex digits of HMAC-SHA-256 of its UTF-8 form). A
   * text with an unpaired surrogate, which has no UTF-8 form, is hashed as the byte 0xFF (never in UTF-8) followed by
   * its UTF-16BE code units, so it does not share its hash with the text that has {@code '?'} in its place.
   */
  public String auditHash(String text) {
    if (!PromptRegistry.wellFormed(text)) {
      com.google.common.hash.Hasher h = inputHash.newHasher();
      h.putByte((byte) 0xFF);
      for (int i = 0; i < text.length(); i++) {
        h.putByte((byte) (text.charAt(i) >>> 8)).putByte((byte) text.charAt(i));
      }
      return h.hash().toString().substring(0, 32);
    }
    return inputHash.hashString(text, StandardCharsets.UTF_8).toString().substring(0, 32);
  }

  private AuditEvent checkEvent(Input input, Verdict v) {
    List<AuditEvent.AuditFinding> fs = new ArrayList<>(v.findings().size());
    for (Finding f : v.findings()) {
      fs.add(new AuditEvent.AuditFinding(f.detector(), f.type(), f.start(), f.end(), f.score(),
          String.valueOf(f.action())));
    }
    String prompt = null;
    String promptName = input.attribute(Input.PROMPT);
    if (promptName != null) {
      prompt = prompts.current(promptName).map(PromptVersion::id).orElse(promptName + "@unregistered");
    }
    return new AuditEvent(clock.instant(), "check", input.principal().id(), input.principal().roles(),
        input.channel().name(), v.action().name(), v.policyVersion(), prompt, input.text().length(),
        auditHash(input.text()), fs, null, v.elapsedNanos(), input.attributes());
  }

  private void audit(AuditEvent e) {
    for (AuditSink s : sinks) {
      s.record(e);
    }
  }

  private static Finding error(String detector, String type, String text, String detail, Action action) {
    return Finding.of(detector, type, 0, text.length(), 1.0, detail).withAction(action);
  }

  /** Builds a Guard; validates on {@link #build()}. */
  public static final class Builder {
    private final Map<String, Detector> detectors = new LinkedHashMap<>();
    private Policy policy;
    private final List<AuditSink> sinks = new ArrayList<>();
    private Redactor redactor = Redactor.typeTags();
    private PromptRegistry prompts = PromptRegistry.create();
    private byte[] auditKey;
    private Clock clock = Clock.systemUTC();
    private java.time.Duration deadline;

    private Builder() {}

    /** Adds a detector; its id must be unique within the Guard. */
    public Builder detector(Detector detector) {
      if (detector == null) {
        throw new IllegalArgumentException("detector must not be null");
      }
      String id = detector.id();
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("detector.id must not be blank");
      }
      if (detectors.putIfAbsent(id, detector) != null) {
        throw new IllegalArgumentException("detector id '" + id + "' is installed twice");
      }
      return this;
    }

    /** Adds several detectors. */
    public Builder detectors(Iterable<? extends Detector> ds) {
      for (Detector d : ds) {
        detector(d);
      }
      return this;
    }

    /** The policy; {@link Policy#defaults()} when not set. */
    public Builder policy(Policy p) {
      if (p == null) {
        throw new IllegalArgumentException("policy must not be null");
      }
      this.policy = p;
      return this;
    }

    /** Adds an audit sink. */
    public Builder auditSink(AuditSink sink) {
      if (sink == null) {
        throw new IllegalArgumentException("auditSink must not be null");
      }
      sinks.add(sink);
      return this;
    }

    /** The redactor for REDACT findings; {@link Redactor#typeTags()} when not set. */
    public Builder redactor(Redactor r) {
      if (r == null) {
        throw new IllegalArgumentException("redactor must not be null");
      }
      this.redactor = r;
      return this;
    }

    /** The prompt registry shared with detectors; a new empty one when not set. */
    public Builder prompts(PromptRegistry registry) {
      if (registry == null) {
        throw new IllegalArgumentException("prompts must not be null");
      }
      this.prompts = registry;
      return this;
    }

    /**
     * The key for the keyed input hashes in audit records (at least 16 bytes). When not set, a random key from
     * {@link SecureRandom} is used: hashes then link records within this Guard's lifetime only.
     */
    public Builder auditKey(byte[] key) {
      if (key == null || key.length < 16) {
        throw new IllegalArgumentException("auditKey must hold at least 16 bytes");
      }
      this.auditKey = key.clone();
      return this;
    }

    /** The clock for audit timestamps. */
    public Builder clock(Clock c) {
      if (c == null) {
        throw new IllegalArgumentException("clock must not be null");
      }
      this.clock = c;
      return this;
    }

    /**
     * An optional deadline per check (none by default). It is checked after each detector, without a thread per
     * call: once it has passed, the remaining detectors are skipped and the verdict is BLOCK with a
     * {@code DEADLINE_EXCEEDED} finding. It does not interrupt a detector that is running.
     */
    public Builder checkDeadline(java.time.Duration d) {
      if (d == null || d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException("checkDeadline must be a positive duration");
      }
      this.deadline = d;
      return this;
    }

    public Guard build() {
      // without auditKey each Guard draws its own key; the builder used to keep the first one it drew, so every
      // Guard built from it shared the key its documentation says is private to one Guard's lifetime
      return new Guard(this);
    }
  }
}
