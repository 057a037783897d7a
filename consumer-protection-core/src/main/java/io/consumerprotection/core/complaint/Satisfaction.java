package io.consumerprotection.core.complaint;

/** The complainant's satisfaction with the decision. */
public enum Satisfaction {
    /** Satisfied (满意). */
    SATISFIED,
    /** Basically satisfied (基本满意). */
    BASICALLY_SATISFIED,
    /** Unsatisfied (不满意). */
    UNSATISFIED
}
