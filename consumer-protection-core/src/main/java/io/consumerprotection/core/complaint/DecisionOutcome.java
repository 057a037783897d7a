package io.consumerprotection.core.complaint;

/** What the decision granted. */
public enum DecisionOutcome {
    /** The request was upheld. */
    UPHELD,
    /** Upheld in part. */
    PARTLY_UPHELD,
    /** Not upheld. */
    NOT_UPHELD
}
