package io.consumerprotection.core.statistics;

/** The length of a reporting period: the regulator's monthly, quarterly, half-year and annual tables, or any range. */
public enum PeriodKind {
    /** A calendar month. */
    MONTH,
    /** A calendar quarter. */
    QUARTER,
    /** A calendar half-year. */
    HALF_YEAR,
    /** A calendar year. */
    YEAR,
    /** Any range of days. */
    CUSTOM
}
