package dev.aisec.langchain4j;

import dev.aisec.api.Action;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import java.util.Map;
import java.util.Objects;

/**
 * A retrieved content that a {@link GuardedContentRetriever} already checked (and possibly redacted or spotlighted).
 * The {@link AisecInputGuardrail} recognises it by type, so a document is not checked twice; a document cannot
 * forge this mark because it is a Java type, not data.
 */
final class CheckedContent implements Content {

  private final TextSegment segment;
  private final Map<ContentMetadata, Object> metadata;
  private final Action action;

  CheckedContent(TextSegment segment, Map<ContentMetadata, Object> metadata, Action action) {
    this.segment = segment;
    this.metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    this.action = action;
  }

  @Override
  public TextSegment textSegment() {
    return segment;
  }

  @Override
  public Map<ContentMetadata, Object> metadata() {
    return metadata;
  }

  /** The Guard's action on the original document. */
  Action action() {
    return action;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CheckedContent c && segment.equals(c.segment) && metadata.equals(c.metadata)
        && action == c.action;
  }

  @Override
  public int hashCode() {
    return Objects.hash(segment, metadata, action);
  }

  @Override
  public String toString() {
    return "CheckedContent{action=" + action + ", length=" + segment.text().length() + "}";
  }
}
