package io.consumerprotection.core.reporting;

import io.consumerprotection.core.statistics.ReportingPeriod;
import java.time.Instant;
import java.util.Objects;

/**
 * The host's record that a report was submitted (to the regulator, the board or the bank).
 *
 * @param kind        the report
 * @param period      its period
 * @param submittedAt when it was submitted
 */
public record ReportSubmission(ReportKind kind, ReportingPeriod period, Instant submittedAt) {

    public ReportSubmission {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
