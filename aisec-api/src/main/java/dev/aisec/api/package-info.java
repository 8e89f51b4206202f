/**
 * The aisec Guard API: one thread-safe {@link dev.aisec.api.Guard} runs the {@link dev.aisec.api.Detector}s that a
 * {@link dev.aisec.api.policy.Policy} enables for an {@link dev.aisec.api.Input}'s channel and principal, on one shared
 * normalised view of the text ({@link dev.aisec.api.text.TextView}), and returns a {@link dev.aisec.api.Verdict}.
 *
 * <p>Every value type in this package is immutable. No method throws a checked exception. Spans in findings always
 * refer to the caller's original string (UTF-16 indices, end exclusive).
 */
package dev.aisec.api;
