package io.consumerprotection.core.complaint;

/**
 * The kinds of event on a complaint's timeline. Deadline calculation and the audit rules read the
 * timeline; the detail keys each event carries are listed in {@link EventDetail}.
 */
public enum ComplaintEventType {
    /** Registered at intake. */
    RECEIVED,
    /** Accepted for handling. */
    ACCEPTED,
    /** Declined, with the reason. */
    DECLINED,
    /** Assigned to a handler ({@link EventDetail#HANDLER}). */
    ASSIGNED,
    /** Handed over from one handler to another ({@link EventDetail#FROM_HANDLER}, {@link EventDetail#HANDLER}). */
    HANDED_OVER,
    /** Investigation started. */
    INVESTIGATION_STARTED,
    /** The handler first contacted the customer (the "3" of the internal 3-5-10 standard). */
    CUSTOMER_CONTACTED,
    /** The handler gave the customer an initial plan (the "5" of the internal 3-5-10 standard). */
    PLAN_PROPOSED,
    /** Classified or reclassified ({@link EventDetail#CLASSIFICATION}). */
    CLASSIFIED,
    /** Level changed ({@link EventDetail#LEVEL}). */
    LEVEL_CHANGED,
    /** Paused ({@link EventDetail#PAUSE_REASON}, {@link EventDetail#NOTICE_METHOD}). */
    PAUSED,
    /** Resumed after a pause. */
    RESUMED,
    /** Period extended ({@link EventDetail#TIER}, {@link EventDetail#APPROVER}, {@link EventDetail#NOTICE_METHOD}). */
    EXTENDED,
    /** New facts and reasons received: the period restarts from this instant (art. 18). */
    NEW_FACTS,
    /** Escalated to a higher unit for a joint review (提级会商) ({@link EventDetail#UNIT}). */
    ESCALATED,
    /** Another complaint on the same matter was merged into this one ({@link EventDetail#RELATED_COMPLAINT}). */
    REPEAT_MERGED,
    /** This complaint was merged into an earlier one ({@link EventDetail#RELATED_COMPLAINT}). */
    MERGED,
    /** Decided, notice given ({@link EventDetail#REMEDIES}, {@link EventDetail#NOTICE_METHOD}, {@link EventDetail#NOTICE_PROOF}). */
    DECIDED,
    /** Satisfaction recorded ({@link EventDetail#SATISFACTION}). */
    SATISFACTION_RECORDED,
    /** Review of a branch's decision requested. */
    REVIEW_REQUESTED,
    /** Review decided. */
    REVIEWED,
    /** Withdrawn by the complainant. */
    WITHDRAWN,
    /** Closed. */
    CLOSED,
    /** A notification was sent ({@link EventDetail#NOTIFICATION_KIND}, {@link EventDetail#RECIPIENT}). */
    NOTIFIED,
    /**
     * Feedback (反馈) on the outcome given to the regulator that forwarded the complaint (NFRA Order 2020 No. 3
     * art. 33); due by {@link EventDetail#REGULATOR_FEEDBACK_DUE} of the receipt where the regulator set a date.
     */
    REGULATOR_FEEDBACK,
    /**
     * The handler classified the complaint differently from the narrative suggestion shown
     * ({@link EventDetail#CLASSIFICATION} the codes kept, {@link EventDetail#SUGGESTED} the codes suggested,
     * {@link EventDetail#SUGGESTION_VERSION} the suggestion's dictionary version): the complaint takes the handler's
     * codes, and the host can feed the event back as classified history.
     */
    SUGGESTION_OVERRIDDEN
}
