package dev.aisec.api;

import java.util.List;

/**
 * A check that finds something in a text. Implementations must be thread-safe (one instance serves every thread of
 * a {@link Guard}), must not keep per-call state, must run in time linear in the text's length, and must report spans
 * in the ORIGINAL text (use {@link dev.aisec.api.text.TextView#toOriginalStart(int)} and
 * {@link dev.aisec.api.text.TextView#toOriginalEnd(int)} when matching on the normalised view).
 *
 * <p>A detector may throw; the Guard then fails closed for that check unless the policy marks the detector fail-open.
 */
public interface Detector {

  /** A stable, lower-case id used by policies and audit records, for example {@code prompt-injection}. */
  String id();

  /** Finds what this detector looks for. Returns an empty list, never null, when there is nothing. */
  List<Finding> detect(DetectionContext context);
}
