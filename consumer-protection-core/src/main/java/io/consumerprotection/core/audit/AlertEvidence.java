package io.consumerprotection.core.audit;

import java.util.Optional;

/**
 * Whether the major-complaint alert (NFRA Order 2020 No. 3 art. 29) was sent for a complaint, from the
 * host's notification log. When the host's store is an {@code OutboxComplaintStore}, the lifecycle queues the
 * alert in the same transaction and records a {@code NOTIFIED} timeline event with
 * {@code notificationKind=MAJOR_COMPLAINT_ALERT}, which is evidence enough; with a plain
 * {@code NotificationSender} the send happens after the save and is not on the timeline, so the audit needs
 * this host fact.
 *
 * @implSpec Implementations are thread-safe.
 */
@FunctionalInterface
public interface AlertEvidence {

    /**
     * Whether the alert was sent for the complaint: {@code true} sent, {@code false} known not sent, empty
     * when this source cannot tell.
     */
    Optional<Boolean> majorComplaintAlertSent(String complaintId);

    /** No evidence source: a major complaint without a {@code NOTIFIED} event then needs review. */
    static AlertEvidence none() {
        return id -> Optional.empty();
    }
}
