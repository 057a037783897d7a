package io.consumerprotection.core.audit;

import io.consumerprotection.core.internal.audit.IsoText;
import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A milestone's due date as the deadline engine computed it, with the policy and calendar versions it
 * used, so that a finding can cite them: {@code due 2024-10-08 (NFRA-2020-3, calendar CN 2026a)}.
 *
 * @param milestone     the milestone, for example {@code DECISION}
 * @param date          the last day on which the milestone is on time (inclusive)
 * @param policy        the deadline policy id, for example {@code NFRA-2020-3}
 * @param policyVersion the policy's version, for example {@code 2020-03-01}; empty when unknown
 * @param calendar      the calendar id and data version, for example {@code CN 2026a}
 * @param lateExtensions the timeline sequence numbers of extensions recorded after the due date then in force,
 *                       which this date ignores (NFRA Order 2020 No. 3 art. 18); empty when there are none or
 *                       when the evaluator does not know (stored due dates)
 */
public record DueDate(String milestone, LocalDate date, String policy, String policyVersion, String calendar,
                      List<Integer> lateExtensions) {

    public DueDate {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(policy, "policy");
        policyVersion = policyVersion == null ? "" : policyVersion;
        Objects.requireNonNull(calendar, "calendar");
        lateExtensions = lateExtensions == null || lateExtensions.isEmpty() ? List.of() : List.copyOf(lateExtensions);
    }

    /** A due date without late extensions. */
    public DueDate(String milestone, LocalDate date, String policy, String policyVersion, String calendar) {
        this(milestone, date, policy, policyVersion, calendar, List.of());
    }

    /** The citation of the date: {@code 2024-10-08 (NFRA-2020-3, calendar CN 2026a)}. */
    public String cite() {
        return IsoText.of(date) + " (" + policy + ", calendar " + calendar + ")";
    }

    /**
     * Whether the date is provisional: it lies beyond the calendar's data and was projected as an ordinary
     * week (the calendar then reads {@code CN 2026a (provisional)}); findings on it say so.
     */
    public boolean provisional() {
        return calendar.endsWith(" (provisional)");
    }

    /** The policy with its version, for example {@code NFRA-2020-3 2020-03-01}. */
    public String policyWithVersion() {
        return policyVersion.isEmpty() ? policy : policy + " " + policyVersion;
    }

    @Override
    public String toString() {
        return "DueDate[milestone=" + Redaction.code(milestone) + ", date=" + date + ", policy=" + Redaction.code(policy)
                + ", policyVersion=" + Redaction.code(policyVersion) + ", calendar="
                + (calendar == null ? null : Redaction.codes(List.of(calendar.split(" "))))
                + (lateExtensions.isEmpty() ? "" : ", lateExtensions=" + lateExtensions) + "]";
    }
}
