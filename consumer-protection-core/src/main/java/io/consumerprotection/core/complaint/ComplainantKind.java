package io.consumerprotection.core.complaint;

/** Whether the complainant is a natural person or an organisation. */
public enum ComplainantKind {
    /** A natural person. */
    PERSON,
    /** An organisation (a company, an association). */
    ORGANISATION
}
