package io.consumerprotection.core.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of a personal-data incident (PBoC Order 2020 No. 5 art. 34): for each {@link IncidentDuty}, the due
 * instant is the discovery instant plus the policy's term (at once when the incident may endanger safety,
 * otherwise 72 hours); the duty is met by its earliest event at or before the instant evaluated (so a past
 * status can be recomputed) ({@link IncidentDuty#metBy()}); an open duty is
 * {@code AT_RISK} after the policy's share of the term and {@code OVERDUE} after the due instant. Closing an
 * incident does not meet a duty. Stateless and thread-safe.
 */
public final class IncidentClock {

    private final IncidentPolicy policy;

    private IncidentClock(IncidentPolicy policy) {
        this.policy = policy;
    }

    /** A clock under this policy. */
    public static IncidentClock of(IncidentPolicy policy) {
        return new IncidentClock(Objects.requireNonNull(policy, "policy"));
    }

    /** The policy. */
    public IncidentPolicy policy() {
        return policy;
    }

    /** Every duty of the incident at instant {@code at}, in {@link IncidentDuty} order. */
    public List<IncidentDue> evaluate(DataIncident incident, Instant at) {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(at, "at");
        List<IncidentDue> dues = new ArrayList<>(IncidentDuty.values().length);
        for (IncidentDuty duty : IncidentDuty.values()) {
            dues.add(evaluate(incident, duty, at));
        }
        return List.copyOf(dues);
    }

    /** One duty of the incident at instant {@code at}. */
    public IncidentDue evaluate(DataIncident incident, IncidentDuty duty, Instant at) {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(at, "at");
        IncidentPolicy.Term term = policy.term(duty, incident.mayEndangerSafety());
        Instant due = incident.discoveredAt().plus(term.duration());
        String why = duty.titleZh() + ": 发现于 " + incident.discoveredAt() + " + " + term.duration() + " ("
                + (incident.mayEndangerSafety() ? "可能危及人身、财产安全" : "不危及人身、财产安全") + ") = " + due + "; "
                + term.citation() + ", conf. " + term.confidence() + ", policy " + policy.version();
        Optional<IncidentEvent> met = incident.findEarliest(duty.metBy()).filter(e -> !e.at().isAfter(at));
        if (met.isPresent()) {
            Instant metAt = met.get().at();
            return new IncidentDue(duty, due, metAt.isAfter(due) ? DutyStatus.MET_LATE : DutyStatus.MET, metAt, why);
        }
        DutyStatus status;
        if (at.isAfter(due)) {
            status = DutyStatus.OVERDUE;
        } else {
            long used = Duration.between(incident.discoveredAt(), at).toMillis();
            long whole = term.duration().toMillis();
            status = used >= policy.atRiskShare() * whole ? DutyStatus.AT_RISK : DutyStatus.ON_TRACK;
        }
        return new IncidentDue(duty, due, status, null, why);
    }
}
