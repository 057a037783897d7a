package io.consumerprotection.core.audit;

/** What a rule concluded about one subject. */
public enum FindingKind {
    /** The subject meets the rule. */
    PASS,
    /** The subject breaks the rule. */
    FAIL,
    /** The rule does not apply to the subject (or not yet). */
    NOT_APPLICABLE,
    /** The facts are not enough to decide: a person must look. */
    NEEDS_REVIEW
}
