package io.consumerprotection.core.complaint;

/** The keys of a timeline event's details, with their meaning. Values are plain strings. */
public final class EventDetail {

    /** The handler now in charge (staff id). */
    public static final String HANDLER = "handler";
    /** The handler before a hand-over. */
    public static final String FROM_HANDLER = "fromHandler";
    /** A {@link PauseReason} name. */
    public static final String PAUSE_REASON = "pauseReason";
    /** How the complainant was told: a {@link NoticeMethod} name. */
    public static final String NOTICE_METHOD = "noticeMethod";
    /** Proof of notice: a post receipt number, SMS id, call record id… */
    public static final String NOTICE_PROOF = "noticeProof";
    /** The day the complainant received a decision, ISO {@code 2024-09-02}; the review window runs from it. */
    public static final String NOTICE_RECEIVED_ON = "noticeReceivedOn";
    /** On the receipt of a forwarded complaint: the day the regulator received it, ISO (art. 33). */
    public static final String REGULATOR_RECEIVED_ON = "regulatorReceivedOn";
    /** On the receipt of a forwarded complaint: the day by which the regulator wants feedback, ISO, where it set one. */
    public static final String REGULATOR_FEEDBACK_DUE = "regulatorFeedbackDue";
    /** A {@link HandlingTier} name. */
    public static final String TIER = "tier";
    /** Who approved an extension (staff id of the superior body or head-office senior manager). */
    public static final String APPROVER = "approver";
    /** The unit escalated to. */
    public static final String UNIT = "unit";
    /** The other complaint of a merge or repeat. */
    public static final String RELATED_COMPLAINT = "relatedComplaint";
    /** Comma-separated {@link Remedy} names offered in the decision notice. */
    public static final String REMEDIES = "remedies";
    /** The decision's outcome: a {@link DecisionOutcome} name. */
    public static final String OUTCOME = "outcome";
    /** The decision's findings, in words (scrubbed of personal data). */
    public static final String FINDINGS = "findings";
    /** The decision's grounds, in words (scrubbed of personal data). */
    public static final String GROUNDS = "grounds";
    /** A {@link DeclineReason} name. */
    public static final String DECLINE_REASON = "declineReason";
    /** A {@link Satisfaction} name. */
    public static final String SATISFACTION = "satisfaction";
    /** A {@link ComplaintLevel} name. */
    public static final String LEVEL = "level";
    /** Classification as {@code dimension=code} pairs joined by commas. */
    public static final String CLASSIFICATION = "classification";
    /** The codes a narrative suggestion offered, as {@code dimension=code} pairs joined by commas. */
    public static final String SUGGESTED = "suggested";
    /** The dictionary version of the suggestion a handler overrode. */
    public static final String SUGGESTION_VERSION = "suggestionVersion";
    /** A notification kind name. */
    public static final String NOTIFICATION_KIND = "notificationKind";
    /** A recipient role name. */
    public static final String RECIPIENT = "recipient";

    private EventDetail() {
    }
}
