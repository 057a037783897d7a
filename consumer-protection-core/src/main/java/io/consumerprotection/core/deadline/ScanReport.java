package io.consumerprotection.core.deadline;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link DeadlineScan} run did: how many complaints it evaluated, how many milestones were at risk
 * or due and how many overdue, how many notifications it handed to the sender, and the complaints it could
 * not evaluate or notify about (with the error code; never personal data).
 *
 * @param complaints    complaints evaluated
 * @param warnings      milestones at risk or due today
 * @param breaches      milestones overdue
 * @param notifications notifications handed to the sender (a re-run hands over the same ids again)
 * @param failures      complaints skipped, each as {@code id: CODE message}
 */
public record ScanReport(int complaints, int warnings, int breaches, int notifications, List<String> failures) {

    public ScanReport {
        failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    }

    @Override
    public String toString() {
        return "ScanReport[complaints=" + complaints + ", warnings=" + warnings + ", breaches=" + breaches
                + ", notifications=" + notifications + ", failures=" + failures.size() + "]";
    }
}
