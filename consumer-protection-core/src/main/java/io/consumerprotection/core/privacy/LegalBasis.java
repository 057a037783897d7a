package io.consumerprotection.core.privacy;

/** The legal basis of processing under PIPL art. 13 para. 1. */
public enum LegalBasis {
    /** Item 1: the individual's consent. */
    CONSENT,
    /** Item 2: needed to conclude or perform a contract the individual is party to, or for HR management. */
    CONTRACT,
    /** Item 3: needed to fulfil a statutory duty or obligation (regulatory reporting, AML, courts). */
    LEGAL_OBLIGATION,
    /** Item 4: needed for a public-health emergency or to protect life, health and property in an emergency. */
    EMERGENCY,
    /** Item 5: news reporting and public-opinion supervision in the public interest, within a reasonable scope. */
    PUBLIC_INTEREST,
    /** Item 6: information the individual disclosed or lawfully disclosed, within a reasonable scope. */
    PUBLICLY_DISCLOSED,
    /** Item 7: other circumstances provided by laws and administrative regulations. */
    OTHER_LAW
}
