package io.consumerprotection.core.reporting;

import io.consumerprotection.core.statistics.ReportingPeriod;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A report owed for one period: its due date from the reporting calendar and its submission, if recorded.
 * The audit checks it as subject {@code REPORT_OBLIGATION}.
 *
 * @param kind            the report
 * @param period          its period
 * @param dueDate         the last day to submit, inclusive
 * @param submittedAt     when it was submitted, if recorded
 * @param calendarVersion the reporting calendar version that gave the due date
 */
public record ReportObligation(ReportKind kind, ReportingPeriod period, java.time.LocalDate dueDate,
                               Optional<Instant> submittedAt, String calendarVersion) {

    public ReportObligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
    }

    @Override
    public String toString() {
        return "ReportObligation[kind=" + kind + ", period=" + period + ", dueDate=" + dueDate + ", submittedAt="
                + submittedAt.map(Instant::toString).orElse("-") + ", calendarVersion="
                + io.consumerprotection.spi.internal.Redaction.code(calendarVersion) + "]";
    }

    /** The subject id: {@code MONTHLY_TABLE/2025-03}. */
    public String id() {
        return kind + "/" + period;
    }
}
