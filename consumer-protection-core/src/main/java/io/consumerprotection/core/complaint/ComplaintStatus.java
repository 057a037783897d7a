package io.consumerprotection.core.complaint;

/** Where a complaint is in its lifecycle. */
public enum ComplaintStatus {
    /** Registered, not yet accepted or declined. */
    RECEIVED,
    /** Accepted for handling. */
    ACCEPTED,
    /** Declined, for example not from the complainant or an authorised agent (NFRA Order 2020 No. 3 art. 18). */
    DECLINED,
    /** Assigned to a handler. */
    ASSIGNED,
    /** Under investigation. */
    INVESTIGATING,
    /** Paused for mediation or an outside appraisal, testing or evaluation (arts 18, 23). */
    PAUSED,
    /** Decided, with the decision notice given. */
    DECIDED,
    /** The complainant asked the superior unit to review a branch's decision (art. 20). */
    REVIEW_REQUESTED,
    /** The review is decided. */
    REVIEWED,
    /** Withdrawn by the complainant (art. 15). */
    WITHDRAWN,
    /** Merged into an earlier complaint on the same matter (art. 18). */
    MERGED,
    /** Closed. */
    CLOSED;

    /** Whether handling has ended (no deadline runs). */
    public boolean isTerminal() {
        return this == DECLINED || this == WITHDRAWN || this == MERGED || this == CLOSED;
    }

    /** Whether the complaint is still being handled before a decision. */
    public boolean isOpen() {
        return this == RECEIVED || this == ACCEPTED || this == ASSIGNED || this == INVESTIGATING || this == PAUSED;
    }
}
