package io.consumerprotection.spi.notification;

/** What a notification is about. */
public enum NotificationKind {
    /** The complaint was received and accepted (or declined, with the reason). */
    ACKNOWLEDGEMENT,
    /** The handling period was extended (NFRA Order 2020 No. 3 art. 18). */
    EXTENSION_NOTICE,
    /** Handling is paused for mediation or an outside appraisal (arts 18, 23). */
    PAUSE_NOTICE,
    /** The decision, its grounds and the remedies (art. 19). */
    DECISION_NOTICE,
    /** A milestone is at risk or due. */
    DEADLINE_WARNING,
    /** A milestone was missed. */
    BREACH_ALERT,
    /** A major complaint was received (art. 29). */
    MAJOR_COMPLAINT_ALERT,
    /** A complaint hot spot: a surge, a new topic or a repeat threshold crossed (complaint id: the first narrative). */
    HOT_SPOT_ALERT
}
