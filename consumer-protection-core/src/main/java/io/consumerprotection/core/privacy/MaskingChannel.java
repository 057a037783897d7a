package io.consumerprotection.core.privacy;

/** Where a masked value is shown or written; each channel has its own {@link MaskingProfile}. */
public enum MaskingChannel {
    /** A general on-screen display (the default). */
    DISPLAY,
    /** A teller's or call-centre agent's screen. */
    TELLER_SCREEN,
    /** A printed slip or letter handed to the customer. */
    PRINTED_SLIP,
    /** A file exported for reporting or analysis. */
    EXPORT,
    /** A log line. */
    LOG
}
