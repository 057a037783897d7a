package io.consumerprotection.core.audit;

import io.consumerprotection.core.internal.audit.IsoText;
import java.time.LocalDate;
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
 */
public record DueDate(String milestone, LocalDate date, String policy, String policyVersion, String calendar) {

    public DueDate {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(policy, "policy");
        policyVersion = policyVersion == null ? "" : policyVersion;
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The citation of the date: {@code 2024-10-08 (NFRA-2020-3, calendar CN 2026a)}. */
    public String cite() {
        return IsoText.of(date) + " (" + policy + ", calendar " + calendar + ")";
    }

    /** The policy with its version, for example {@code NFRA-2020-3 2020-03-01}. */
    public String policyWithVersion() {
        return policyVersion.isEmpty() ? policy : policy + " " + policyVersion;
    }
}
