package dev.aisec.api;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Versioned system prompts and templates. Every registered text gets a content-hash version, so the audit trail shows
 * which prompt was in force, and output checks can compare a model's answer with the prompt it must not leak.
 * Registering the same text again returns the same version; registering a changed text under the same name makes it
 * the current version and keeps the history. Thread-safe.
 */
public final class PromptRegistry {

  private static final PromptRegistry EMPTY = new PromptRegistry(true);

  private final Map<String, List<PromptVersion>> byName = new ConcurrentHashMap<>();
  private final boolean frozen;

  private PromptRegistry(boolean frozen) {
    this.frozen = frozen;
  }

  /** A new, empty registry that accepts registrations. */
  public static PromptRegistry create() {
    return new PromptRegistry(false);
  }

  /** A shared registry that holds nothing and refuses registrations. */
  public static PromptRegistry empty() {
    return EMPTY;
  }

  /**
   * The content-hash version of a text: the first 32 hex digits (128 bits) of its UTF-8 SHA-256, so finding two texts
   * with one version takes about 2^64 hashes. A text with an unpaired surrogate has no UTF-8 form (the encoder writes
   * {@code '?'} for each, so {@code "a\uD800"}, {@code "a\uDC00"} and {@code "a?"} shared one version): it is hashed
   * as the byte 0xFF, which no UTF-8 text holds, followed by its UTF-16BE code units, so two different texts never
   * get one version by their encoding.
   */
  public static String versionOf(String text) {
    if (!wellFormed(text)) {
      com.google.common.hash.Hasher h = Hashing.sha256().newHasher();
      h.putByte((byte) 0xFF);
      for (int i = 0; i < text.length(); i++) {
        h.putByte((byte) (text.charAt(i) >>> 8)).putByte((byte) text.charAt(i));
      }
      return h.hash().toString().substring(0, 32);
    }
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 32);
  }

  /** Whether the string has no unpaired surrogate (so it has a UTF-8 form). */
  static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Registers a prompt text under a name and returns its version. */
  public PromptVersion register(String name, String text) {
    if (frozen) {
      throw new UnsupportedOperationException("the empty prompt registry does not accept registrations");
    }
    if (text == null) {
      throw new IllegalArgumentException("prompt text must not be null");
    }
    PromptVersion v = new PromptVersion(name, versionOf(text), text);
    List<PromptVersion> history = byName.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>());
    synchronized (history) {
      // compare the texts, not only the versions: a new text is never silently replaced by an older one
      if (history.isEmpty() || !history.get(history.size() - 1).text().equals(text)) {
        history.add(v);
      }
      return history.get(history.size() - 1);
    }
  }

  /** The current version of the named prompt. */
  public Optional<PromptVersion> current(String name) {
    List<PromptVersion> history = name == null ? null : byName.get(name);
    if (history == null || history.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(history.get(history.size() - 1));
  }

  /** Every version ever registered under the name, oldest first (empty for an unknown or null name). */
  public List<PromptVersion> history(String name) {
    List<PromptVersion> history = name == null ? null : byName.get(name);
    return history == null ? List.of() : List.copyOf(history);
  }

  /** The current version of every registered prompt. */
  public Collection<PromptVersion> currentVersions() {
    List<PromptVersion> out = new ArrayList<>();
    for (String name : byName.keySet()) {
      current(name).ifPresent(out::add);
    }
    return out;
  }

  /** Whether the registry holds no prompt. */
  public boolean isEmpty() {
    return byName.isEmpty();
  }
}
