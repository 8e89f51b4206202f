package dev.aisec.api;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One text to check, with where it comes from and for whom.
 *
 * @param principal who the text is checked for
 * @param channel where the text comes from
 * @param text the original text; never null (use {@code ""})
 * @param attributes free-form context for detectors and audit (for example {@code conversation} or {@code prompt},
 *     the name of the registered system prompt in force). Values are recorded in audit events, so they must not hold
 *     sensitive text.
 */
public record Input(Principal principal, Channel channel, String text, Map<String, String> attributes) {

  /** Attribute key naming the conversation, used to scope pseudonyms and canaries. */
  public static final String CONVERSATION = "conversation";
  /** Attribute key naming the registered system prompt in force for this input. */
  public static final String PROMPT = "prompt";

  public Input {
    if (principal == null) {
      throw new IllegalArgumentException("input.principal must not be null");
    }
    if (channel == null) {
      throw new IllegalArgumentException("input.channel must not be null");
    }
    if (text == null) {
      throw new IllegalArgumentException("input.text must not be null");
    }
    if (attributes != null) {
      for (Map.Entry<String, String> e : attributes.entrySet()) {
        // a NullPointerException from TreeMap or Map.copyOf named nothing; the API promises messages naming the field
        if (e.getKey() == null || e.getValue() == null) {
          throw new IllegalArgumentException("input.attributes must not hold a null key or value");
        }
      }
    }
    attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
  }

  /** A user message from the principal with the given id and roles. */
  public static Input user(String principalId, Set<String> roles, String text) {
    return new Input(new Principal(principalId, roles), Channel.USER_INPUT, text, Map.of());
  }

  /** A user message from the principal. */
  public static Input user(Principal principal, String text) {
    return new Input(principal, Channel.USER_INPUT, text, Map.of());
  }

  /** A retrieved document passed to the model on the principal's behalf. */
  public static Input retrieved(Principal principal, String text) {
    return new Input(principal, Channel.RETRIEVED, text, Map.of());
  }

  /** A tool result passed back to the model on the principal's behalf. */
  public static Input toolResult(Principal principal, String text) {
    return new Input(principal, Channel.TOOL_RESULT, text, Map.of());
  }

  /** A model answer on its way to the principal. */
  public static Input modelOutput(Principal principal, String text) {
    return new Input(principal, Channel.MODEL_OUTPUT, text, Map.of());
  }

  /** A text on any channel. */
  public static Input of(Principal principal, Channel channel, String text) {
    return new Input(principal, channel, text, Map.of());
  }

  /** A copy with one more attribute. */
  public Input withAttribute(String key, String value) {
    if (key == null || value == null) {
      throw new IllegalArgumentException("input attribute key and value must not be null");
    }
    TreeMap<String, String> m = new TreeMap<>(attributes);
    m.put(key, value);
    return new Input(principal, channel, text, m);
  }

  /** A copy with another text, same principal, channel and attributes. */
  public Input withText(String newText) {
    return new Input(principal, channel, newText, attributes);
  }

  /** The attribute value or {@code null}. */
  public String attribute(String key) {
    return attributes.get(key);
  }
}
