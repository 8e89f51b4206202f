/**
 * Audit events and sinks. Events never hold raw input text: only lengths, keyed hashes, finding types, spans and
 * scores. {@link dev.aisec.api.audit.AuditSinks#jsonLines(java.nio.file.Path)} writes a hash-chained, optionally
 * HMAC-keyed JSON Lines log that {@link dev.aisec.api.audit.AuditLogVerifier} checks record by record.
 */
package dev.aisec.api.audit;
