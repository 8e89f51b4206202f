package dev.aisec.data.pii;

import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.Redactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Redactor} for the Guard: REDACT findings are replaced with an {@link Anonymizer}, or, in pseudonymising
 * mode, with consistent {@code <TYPE_n>} tokens kept in one {@link PseudonymVault} per conversation (the input's
 * {@link Input#CONVERSATION} attribute; inputs without one share a vault per principal). At most
 * {@code maxConversations} vaults are kept (least recently used are dropped). Thread-safe.
 */
public final class PiiRedactor implements Redactor {

  private final Anonymizer anonymizer;
  private final Map<String, PseudonymVault> vaults;

  private PiiRedactor(Anonymizer anonymizer, int maxConversations) {
    this.anonymizer = anonymizer;
    this.vaults = maxConversations <= 0 ? null : new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, PseudonymVault> e) {
        return size() > maxConversations;
      }
    };
  }

  /** Replaces values with {@code <TYPE>} tags. */
  public static PiiRedactor typeTags() {
    return new PiiRedactor(Anonymizer.of(Operators.replace()), 0);
  }

  /** Replaces values with the given anonymizer. */
  public static PiiRedactor of(Anonymizer anonymizer) {
    if (anonymizer == null) {
      throw new IllegalArgumentException("anonymizer must not be null");
    }
    return new PiiRedactor(anonymizer, 0);
  }

  /** Pseudonymises with one vault per conversation, keeping at most {@code maxConversations} vaults. */
  public static PiiRedactor pseudonymizing(int maxConversations) {
    if (maxConversations < 1) {
      throw new IllegalArgumentException("maxConversations must be at least 1");
    }
    return new PiiRedactor(null, maxConversations);
  }

  /** The vault of a conversation (created on first use); only in pseudonymising mode. */
  public PseudonymVault vault(String conversation) {
    if (vaults == null) {
      throw new IllegalStateException("not a pseudonymising redactor");
    }
    synchronized (vaults) {
      return vaults.computeIfAbsent(conversation, k -> PseudonymVault.create());
    }
  }

  @Override
  public String redact(Input input, List<Finding> findings) {
    List<PiiSpan> spans = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      spans.add(new PiiSpan(f.start(), Math.min(f.end(), input.text().length()), f.type(), f.score(), f.detail()));
    }
    Anonymizer a = anonymizer;
    if (a == null) {
      String conv = input.attribute(Input.CONVERSATION);
      if (conv == null) {
        conv = "principal:" + input.principal().id();
      }
      a = Anonymizer.of(Operators.pseudonymize(vault(conv)));
    }
    return a.anonymize(input.text(), spans).text();
  }
}
