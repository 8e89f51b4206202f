package dev.aisec.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One audited decision. It carries no raw text: the input is represented by its length and a keyed hash.
 *
 * @param time when the decision was made
 * @param event {@code check}, {@code authorize} or another event name
 * @param principal principal id
 * @param roles principal roles
 * @param channel channel name, or null for events without one
 * @param action the decided action or, for {@code authorize}, {@code ALLOW} or {@code BLOCK}
 * @param policyVersion version of the policy that decided
 * @param prompt {@code name@version} of the system prompt in force, or null
 * @param inputLength length of the input text in UTF-16 code units
 * @param inputHash hex HMAC-SHA-256 of the input under the Guard's audit key (first 32 hex digits), or null
 * @param findings the findings, without matched values
 * @param capability the capability asked for ({@code authorize} events), or null
 * @param elapsedNanos how long the decision took
 * @param attributes the input's attributes (non-sensitive by contract)
 */
public record AuditEvent(Instant time, String event, String principal, Set<String> roles, String channel,
    String action, String policyVersion, String prompt, int inputLength, String inputHash,
    List<AuditFinding> findings, String capability, long elapsedNanos, Map<String, String> attributes) {

  public AuditEvent {
    if (time == null || event == null || principal == null || action == null || policyVersion == null) {
      throw new IllegalArgumentException("audit event needs time, event, principal, action and policyVersion");
    }
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    findings = findings == null ? List.of() : List.copyOf(findings);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /**
   * One finding as audited.
   *
   * @param detector detector id
   * @param type finding type
   * @param start span start in the original text
   * @param end span end (exclusive)
   * @param score score in 0..1
   * @param action assigned action
   */
  public record AuditFinding(String detector, String type, int start, int end, double score, String action) {}
}
