package dev.aisec.langchain4j.internal;

/** Model and tool names as aisec records them. Stateless. */
public final class Names {

  private Names() {}

  /**
   * Whether a name is a plain identifier: 1 to 128 characters of {@code [A-Za-z0-9_.:/-]} (what providers and MCP
   * servers use for tool and model names). A name the model wrote that is not one (a hallucinated tool name can carry
   * any text the model saw) is never recorded or authorised as it is.
   */
  public static boolean plain(String n) {
    if (n == null || n.isEmpty() || n.length() > 128) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
          || c == ':' || c == '/')) {
        return false;
      }
    }
    return true;
  }

  /** The name when {@link #plain}, else {@code "?"}. */
  public static String safe(String n) {
    return plain(n) ? n : "?";
  }
}
