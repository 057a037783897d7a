package io.consumerprotection.core.complaint;

/**
 * Who brings the complaint for the complainant. NFRA Order 2020 No. 3 art. 18 lets the bank decline a
 * complaint that comes from neither the complainant, a legal representative nor an authorised agent.
 */
public enum Representation {
    /** The complainant in person. */
    SELF,
    /** An agent with a power of attorney. */
    AGENT,
    /** A legal representative (guardian, or an organisation's legal representative). */
    LEGAL_REPRESENTATIVE,
    /** An heir of a deceased customer. */
    HEIR
}
