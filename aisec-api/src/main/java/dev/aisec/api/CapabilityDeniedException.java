package dev.aisec.api;

/** A principal asked for a capability (model, tool, data source) that the policy does not grant to any of its roles. */
public final class CapabilityDeniedException extends RuntimeException {

  private final String principalId;
  private final String capability;

  public CapabilityDeniedException(String principalId, String capability) {
    super("principal '" + principalId + "' is not granted capability '" + capability + "'");
    this.principalId = principalId;
    this.capability = capability;
  }

  /** Id of the refused principal. */
  public String principalId() {
    return principalId;
  }

  /** The refused capability. */
  public String capability() {
    return capability;
  }
}
