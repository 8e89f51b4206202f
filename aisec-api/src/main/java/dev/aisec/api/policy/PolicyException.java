package dev.aisec.api.policy;

/**
 * A policy is invalid. The message starts with the path of the bad field, for example
 * {@code detectors.prompt-injection.thresholds.BLOCK: must be a number in 0..1, got 1.5}.
 */
public final class PolicyException extends IllegalArgumentException {

  private final String path;

  public PolicyException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  public PolicyException(String path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
  }

  /** The path of the bad field, dot-separated, with list indices in brackets. */
  public String path() {
    return path;
  }
}
