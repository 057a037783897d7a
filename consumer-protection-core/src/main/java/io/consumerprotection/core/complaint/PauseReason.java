package io.consumerprotection.core.complaint;

/**
 * Why handling is paused. Only these reasons stop the clock under NFRA Order 2020 No. 3; waiting for the
 * customer's materials is not one of them (arts 13, 18).
 */
public enum PauseReason {
    /** Mediation agreed by the complainant and applied to a mediation body: not counted (art. 23). */
    MEDIATION,
    /** Outside appraisal, testing or evaluation: may be excluded, complainant told promptly (art. 18). */
    OUTSIDE_APPRAISAL
}
