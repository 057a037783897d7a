package io.consumerprotection.core.complaint;

/** The handling period tier of NFRA Order 2020 No. 3 art. 18: 15, 30 or 60 days. */
public enum HandlingTier {
    /** Decision within 15 days of receipt. */
    SIMPLE,
    /** Complex: extended to 30 days. */
    COMPLEX,
    /** Very complex or special reason: a further 30 days, 60 at most, with approval and notice. */
    VERY_COMPLEX
}
