package io.consumerprotection.spi.audit;

import java.util.stream.Stream;

/**
 * The host's governance facts for the audit rules: yearly governance profiles (the 双查 checklist) and the
 * log of deleted complaint files. Not to be confused with {@link AuditSink}, the audit trail.
 *
 * @implSpec Implementations are thread-safe. Each method returns a new, lazily read stream that the caller
 * closes; it never returns {@code null}. Calling a method twice without changes in between gives equal
 * elements in the same order. The contract tests in
 * {@code io.consumerprotection.spi.contract.GovernanceFactsSourceContractTest} check it.
 */
public interface GovernanceFactsSource {

    /** Every governance profile, one per institution and year. The caller closes the stream. */
    Stream<GovernanceProfileRecord> profiles();

    /** Every deletion of a complaint file. The caller closes the stream. */
    Stream<ComplaintFileDeletionRecord> complaintFileDeletions();
}
