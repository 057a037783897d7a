package io.consumerprotection.core.complaint;

/** Why a complaint is declined instead of handled. */
public enum DeclineReason {
    /** Not from the complainant, a legal representative or an authorised agent (NFRA Order 2020 No. 3 art. 18). */
    NOT_FROM_COMPLAINANT_OR_AGENT,
    /** Not a complaint in the sense of art. 2 (no dispute over a product or service of the bank). */
    NOT_A_COMPLAINT,
    /** Already decided, and no new facts or reasons are given. */
    ALREADY_DECIDED_NO_NEW_FACTS,
    /** Pending before a court, an arbitration body or a mediation body. */
    PENDING_ELSEWHERE
}
