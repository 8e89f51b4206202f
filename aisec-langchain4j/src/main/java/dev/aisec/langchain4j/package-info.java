/**
 * aisec for LangChain4j: {@link dev.aisec.langchain4j.AisecInputGuardrail} and
 * {@link dev.aisec.langchain4j.AisecOutputGuardrail} for AI services, {@link dev.aisec.langchain4j.GuardedChatModel}
 * for direct model calls and agent loops, {@link dev.aisec.langchain4j.GuardedContentRetriever} for RAG,
 * {@link dev.aisec.langchain4j.AisecTools} for tool capability checks, and
 * {@link dev.aisec.langchain4j.AuditingChatModelListener} for an observe-only audit trail. The current user travels as
 * an {@link dev.aisec.langchain4j.AisecContext} in LangChain4j's {@code InvocationParameters}. See docs/langchain4j.md.
 */
package dev.aisec.langchain4j;
