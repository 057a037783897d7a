package io.consumerprotection.core.warning;

/** The bucket in which complaints are counted for the early warning. */
public enum Granularity {
    /** Calendar days; the baseline is the same weekday of earlier weeks (weekly seasonality). */
    DAY,
    /** ISO weeks (Monday to Sunday); the baseline is the preceding weeks. */
    WEEK
}
