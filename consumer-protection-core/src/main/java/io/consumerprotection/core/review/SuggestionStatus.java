package io.consumerprotection.core.review;

/** Where a review suggestion (审查建议) stands; overdue is computed against its response date. */
public enum SuggestionStatus {
    /** Awaiting the business unit's answer (待反馈). */
    OPEN,
    /** Adopted (已采纳). */
    ADOPTED,
    /** Rejected by the business unit, with its reason (未采纳). */
    REJECTED
}
