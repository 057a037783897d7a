package io.consumerprotection.core.complaint;

import java.util.Optional;

/**
 * Complaint handling against the host's store: intake, the named transitions, lookups. Obtained from
 * {@code ConsumerProtection.complaints()}.
 *
 * <p>Every change is saved with an optimistic version check: of two handlers changing the same complaint
 * at once, one wins and the other gets {@link io.consumerprotection.spi.complaint.VersionConflictException}
 * with nothing written. Each change is appended to the audit trail, and the notifications the rules
 * require (acknowledgement, pause, extension, decision, major-complaint alert) are sent after the save.
 *
 * @implSpec Implementations are thread-safe.
 */
public interface Complaints {

    /**
     * Registers a complaint. A repeated channel reference returns the complaint already registered
     * ({@link IntakeResult#created()} is {@code false}) and changes nothing.
     *
     * @param intake the complaint as received
     * @param actor  who registers it
     * @throws ComplaintValidationException listing every violation; nothing is stored
     */
    IntakeResult intake(Intake intake, String actor);

    /**
     * The complaint with this id.
     *
     * @throws ComplaintNotFoundException when none is stored
     */
    Complaint get(ComplaintId id);

    /** The complaint with this id, if stored. */
    Optional<Complaint> find(ComplaintId id);

    /** The complaint received on this channel with this reference, if stored. */
    Optional<Complaint> findByChannelReference(Channel channel, String channelReference);

    /**
     * Applies an action to the complaint as the caller last read it.
     *
     * @param expectedVersion the version the caller read
     * @throws io.consumerprotection.spi.complaint.VersionConflictException when it changed since
     * @throws IllegalTransitionException   when the state does not allow the action
     * @throws ComplaintValidationException when the action's data breaks a rule
     * @throws NotificationFailedException  when the change was saved but a required notification failed
     */
    Complaint act(ComplaintId id, long expectedVersion, ComplaintAction action, String actor);

    /** Applies an action to the complaint's current version (still optimistic: a concurrent change conflicts). */
    Complaint act(ComplaintId id, ComplaintAction action, String actor);

    /**
     * Applies an action to the complaint as the caller holds it, without reading it again: the save's
     * version check still rejects it when it changed since ({@code current.version()} is the expected version).
     */
    Complaint act(Complaint current, ComplaintAction action, String actor);

    /**
     * Merges a repeat complaint into an earlier one on the same matter (NFRA Order 2020 No. 3 art. 18): the
     * earlier complaint records the repeat, then the repeat is marked merged. Both changes are checked before
     * either is written. When the host's store is an {@link io.consumerprotection.spi.complaint.AtomicComplaintStore}
     * (and not an outbox store) they are one atomic save: a concurrent change to either complaint, or a failure of
     * the store, writes neither. When it is an
     * {@link io.consumerprotection.spi.complaint.AtomicAuditedComplaintStore} (the JDBC store is one) both versions,
     * their notifications and their two audit records are one transaction of the store. Otherwise they are two
     * saves, the earlier complaint first.
     *
     * @return the repeat, merged
     */
    Complaint merge(ComplaintId repeat, ComplaintId earlier, String actor);
}
