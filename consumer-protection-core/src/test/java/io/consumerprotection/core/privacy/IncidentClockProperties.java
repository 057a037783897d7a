package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The incident clock against a naive reading of art. 34, written from the rule text in seconds. */
class IncidentClockProperties {

    private static final Instant FOUND = Instant.parse("2026-03-02T01:30:00Z");

    /** Naive: due = found + 3600 s (endangering, report) or + 259200 s; met by the event with the earliest instant not after now; 80% at risk. */
    private static DutyStatus naive(boolean endangers, boolean report, Long metAfterSeconds, long nowAfterSeconds) {
        long term = endangers && report ? 3_600 : 259_200;
        if (metAfterSeconds != null) {
            return metAfterSeconds <= term ? DutyStatus.MET : DutyStatus.MET_LATE;
        }
        if (nowAfterSeconds > term) {
            return DutyStatus.OVERDUE;
        }
        return nowAfterSeconds * 10 >= term * 8 ? DutyStatus.AT_RISK : DutyStatus.ON_TRACK;
    }

    @Property(tries = 500)
    void statusMatchesTheNaiveReading(@ForAll boolean endangers, @ForAll boolean report,
                                      @ForAll @LongRange(min = -1, max = 400_000) long metAfter,
                                      @ForAll @LongRange(min = -1, max = 400_000) long secondMetAfter,
                                      @ForAll @LongRange(min = 0, max = 400_000) long nowAfter,
                                      @ForAll boolean closedEarly) {
        IncidentEventType type = report ? IncidentEventType.REGULATOR_REPORTED : IncidentEventType.CONSUMERS_NOTIFIED;
        List<IncidentEvent> events = new ArrayList<>();
        if (closedEarly) {
            events.add(new IncidentEvent(IncidentEventType.CLOSED, FOUND.plusSeconds(5), "S", "", 0));
        }
        Long earliest = null;
        for (long after : new long[] {metAfter, secondMetAfter}) {
            if (after >= 0) {
                events.add(new IncidentEvent(type, FOUND.plusSeconds(after), "S", "", 1));
                if (after > nowAfter) {
                    continue;
                }
                earliest = earliest == null ? after : Math.min(earliest, after);
            }
        }
        DataIncident incident = new DataIncident(IncidentId.of("INC-P"), "BR", FOUND, Set.of(FieldType.NAME),
                AffectedConsumers.of("G", 1), "", endangers, "", "2026a", events, 1);
        IncidentDuty duty = report ? IncidentDuty.REPORT_REGULATOR : IncidentDuty.NOTIFY_CONSUMERS;
        IncidentDue due = IncidentClock.of(IncidentPolicy.bundled()).evaluate(incident, duty, FOUND.plusSeconds(nowAfter));

        assertThat(due.status()).isEqualTo(naive(endangers, report, earliest, nowAfter));
        assertThat(Duration.between(FOUND, due.dueAt()).getSeconds()).isEqualTo(endangers && report ? 3_600 : 259_200);
    }
}
