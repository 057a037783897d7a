package io.consumerprotection.core.reporting;

import io.consumerprotection.core.statistics.ReportingPeriod;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What every report states about itself.
 *
 * @param kind            the report
 * @param period          its period
 * @param dueDate         the submission due date from the reporting calendar
 * @param dataVersions    the versions of the data it used, by name ({@code classification}, {@code reportingCalendar},
 *                        {@code reporting}, {@code warning}), sorted by name
 * @param complaintsRead  how many complaints the pass read (all periods, skipped ones included)
 */
public record ReportHeader(ReportKind kind, ReportingPeriod period, LocalDate dueDate,
                           Map<String, String> dataVersions, long complaintsRead) {

    public ReportHeader {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueDate, "dueDate");
        dataVersions = Collections.unmodifiableMap(new TreeMap<>(dataVersions));
    }

    /** The report's id, {@code QUARTERLY_BULLETIN/2025-Q2}: the source reference of advice it drafts. */
    public String id() {
        return kind + "/" + period;
    }

    @Override
    public String toString() {
        return "ReportHeader[kind=" + kind + ", period=" + period + ", dueDate=" + dueDate + ", dataVersions="
                + io.consumerprotection.spi.internal.Redaction.codes(dataVersions) + ", complaintsRead=" + complaintsRead + "]";
    }

    /** The Chinese title with the period: {@code 2025-Q2 季度投诉通报}. */
    public String titleZh() {
        return period + " " + kind.chinese();
    }
}
