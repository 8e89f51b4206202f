package dev.aisec.api.audit;

/**
 * The outcome of verifying an audit log.
 *
 * @param intact true when every record verifies and the last line is complete
 * @param verifiedRecords how many records verified, counted from the first
 * @param firstBadLine 1-based line number of the first record that does not verify, or 0 when none
 * @param problem what is wrong with that record (or the torn tail), or the empty string
 * @param tornTail true when the file ends in an incomplete line (a crash mid-write, or a cut)
 * @param headHash hex SHA-256 of the last verified record: keep it elsewhere to detect later truncation
 */
public record AuditVerification(boolean intact, long verifiedRecords, long firstBadLine, String problem,
    boolean tornTail, String headHash) {}
