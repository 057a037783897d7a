package io.consumerprotection.core.reporting;

/**
 * A report computed by {@link ComplaintReporting}: the monthly table, the quarterly bulletin or an analysis
 * report, each a typed document with its {@linkplain ReportHeader header} (kind, period, due date, data
 * versions). Renderers switch on the three cases.
 */
public sealed interface Report permits MonthlyStatisticsTable, QuarterlyBulletin, AnalysisReport {

    /** The kind, period, due date and data versions. */
    ReportHeader header();
}
