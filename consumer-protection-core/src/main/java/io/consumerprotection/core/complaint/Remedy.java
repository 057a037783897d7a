package io.consumerprotection.core.complaint;

/** The remedies a decision notice must state (NFRA Order 2020 No. 3 art. 19). */
public enum Remedy {
    /** Review (核查) by the superior unit. */
    REVIEW,
    /** Mediation. */
    MEDIATION,
    /** Arbitration. */
    ARBITRATION,
    /** Litigation. */
    LITIGATION
}
