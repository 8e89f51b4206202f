package dev.aisec.api;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who a text is checked for: an identifier and the roles the application granted. Role names are case-sensitive.
 * The identifier is recorded in audit events; do not use an e-mail address or other personal data as the id when the
 * audit trail must stay free of personal data.
 *
 * @param id non-blank identifier of the user or service
 * @param roles the roles held; copied into an immutable sorted set
 */
public record Principal(String id, Set<String> roles) {

  private static final Principal ANONYMOUS = new Principal("anonymous", Set.of());

  public Principal {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("principal.id must not be blank");
    }
    if (roles == null) {
      throw new IllegalArgumentException("principal.roles must not be null");
    }
    for (String r : roles) {
      if (r == null || r.isBlank()) {
        throw new IllegalArgumentException("principal.roles must not contain a blank role");
      }
    }
    roles = Set.copyOf(new TreeSet<>(roles));
  }

  /** A principal with the given id and roles. */
  public static Principal of(String id, String... roles) {
    return new Principal(id, Set.of(roles));
  }

  /** The principal used when the application does not say who is asking: no roles, so nothing is granted. */
  public static Principal anonymous() {
    return ANONYMOUS;
  }

  /** Whether this principal holds the role. */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
