package io.consumerprotection.core.deadline;

/** Where a milestone stands on the evaluation date. */
public enum DeadlineStatus {
    /** Not started yet: its start event has not happened (a review nobody asked for). */
    NOT_STARTED,
    /** Running, with less than the policy's at-risk share of the term used. */
    ON_TRACK,
    /** Running, with at least the at-risk share of the term used (80% by default). */
    AT_RISK,
    /** Running and paused (mediation, outside appraisal): the due date moves while the pause lasts. */
    PAUSED,
    /** Running, and today is the last day. */
    DUE_TODAY,
    /** Running past its last day. */
    OVERDUE,
    /** Met on or before its last day. */
    MET,
    /** Met after its last day. */
    MET_LATE,
    /** Ended without being met or missed: the complaint was withdrawn (art. 15). */
    ENDED;

    /** Whether the milestone is still running. */
    public boolean isOpen() {
        return this == ON_TRACK || this == AT_RISK || this == PAUSED || this == DUE_TODAY || this == OVERDUE;
    }
}
