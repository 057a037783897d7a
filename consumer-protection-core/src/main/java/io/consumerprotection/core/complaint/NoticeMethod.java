package io.consumerprotection.core.complaint;

/** How the complainant was told (NFRA Order 2020 No. 3 art. 21 says what proves each). */
public enum NoticeMethod {
    /** Written notice handed over. */
    WRITTEN_IN_PERSON,
    /** Written notice posted. */
    POST,
    /** SMS. */
    SMS,
    /** E-mail. */
    EMAIL,
    /** A phone call. */
    PHONE,
    /** In the app or online banking. */
    ONLINE
}
