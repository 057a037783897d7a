package io.consumerprotection.core.complaint;

/** The complaint's level (普通, 复杂, 重大). */
public enum ComplaintLevel {
    /** Ordinary. */
    ORDINARY,
    /** Complex. */
    COMPLEX,
    /**
     * Major (重大): from a major disaster, accident or public-health event, 20 or more joint in-person
     * complainants, or so designated by the regulator (NFRA Order 2020 No. 3 art. 29).
     */
    MAJOR
}
