package dev.aisec.api;

/**
 * One version of a registered system prompt or template.
 *
 * @param name the name the application registered it under
 * @param version the first 32 hex digits (128 bits) of the SHA-256 of the prompt's UTF-8 text: equal texts always get equal
 *     versions, and the audit trail can show exactly which prompt was in force
 * @param text the prompt text (kept in memory only; audit records carry the name and version, never the text)
 */
public record PromptVersion(String name, String version, String text) {

  public PromptVersion {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("prompt.name must not be blank");
    }
    if (version == null || text == null) {
      throw new IllegalArgumentException("prompt.version and prompt.text must not be null");
    }
  }

  /** {@code name@version}, the form used in audit records. */
  public String id() {
    return name + "@" + version;
  }

  @Override
  public String toString() {
    return "PromptVersion[" + id() + ", length=" + text.length() + "]";
  }
}
