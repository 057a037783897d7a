package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link RecordedDueDates} plans each channel's milestones once, with start and end events as event types read
 * against the subject's index; it must answer exactly as the algorithm below, which reads the stored event names
 * of the record: the same due dates, the same fall-back to the engine, the same exceptions. Complaints get random raw events (bypassing the lifecycle), random
 * recorded dates, and every channel; the policy lists include a repeated policy (repeated milestone names).
 */
class RecordedDueDatesProperties {

    private static final DeadlineEngine ENGINE = DeadlineEngine.builder().allowProvisional(true).build();
    private static final List<List<PolicyId>> POLICY_LISTS = List.of(
            List.of(PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10),
            List.of(PolicyId.INTERNAL_3_5_10, PolicyId.NFRA_2020_3),
            List.of(PolicyId.NFRA_2020_3, PolicyId.NFRA_2020_3),
            List.of(PolicyId.PBOC_2020_5, PolicyId.INTERNAL_3_5_10, PolicyId.NFRA_2020_3),
            List.of(PolicyId.INTERNAL_3_5_10));
    private static final ComplaintEventType[] EVENTS = {ComplaintEventType.ACCEPTED, ComplaintEventType.CUSTOMER_CONTACTED,
        ComplaintEventType.PLAN_PROPOSED, ComplaintEventType.DECIDED, ComplaintEventType.REVIEW_REQUESTED,
        ComplaintEventType.REVIEWED, ComplaintEventType.WITHDRAWN, ComplaintEventType.NEW_FACTS, ComplaintEventType.CLOSED};
    private static final String[] MILESTONES = {"DECISION", "REVIEW", "CONTACT", "PLAN", "RESOLVE", "OTHER"};

    @Property(tries = 1000)
    void answersAsThePlainAlgorithm(@ForAll("cases") Case c) {
        DeadlineEvaluator recorded = DeadlineEvaluator.recorded(ENGINE, c.policies.toArray(PolicyId[]::new));
        DeadlineEvaluator reference = reference(ENGINE, c.policies);
        ComplaintSubject subject = ComplaintSubject.of(c.complaint);
        Object expected;
        try {
            expected = new TreeMap<>(reference.dueDates(subject, c.asOf));
        } catch (RuntimeException e) {
            expected = e.getClass() + ": " + e.getMessage();
        }
        Object actual;
        try {
            Map<String, DueDate> map = recorded.dueDates(subject, c.asOf);
            for (String m : MILESTONES) {
                assertThat(map.get(m)).isEqualTo(map.entrySet().stream().filter(e -> e.getKey().equals(m))
                        .map(Map.Entry::getValue).findFirst().orElse(null));
            }
            actual = new TreeMap<>(map);
        } catch (RuntimeException e) {
            actual = e.getClass() + ": " + e.getMessage();
        }
        assertThat(actual).isEqualTo(expected);
    }

    record Case(Complaint complaint, List<PolicyId> policies, Instant asOf) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Channel> channels = Arbitraries.of(Channel.values());
        Arbitrary<List<ComplaintEventType>> events = Arbitraries.of(EVENTS).list().ofMaxSize(5);
        Arbitrary<Map<String, Integer>> stored = Arbitraries.maps(Arbitraries.of(MILESTONES), Arbitraries.integers().between(0, 90))
                .ofMaxSize(6);
        Arbitrary<List<PolicyId>> policies = Arbitraries.of(POLICY_LISTS);
        Arbitrary<Integer> asOfDays = Arbitraries.integers().between(0, 400);
        return Combinators.combine(channels, events, stored, policies, asOfDays).as((channel, types, dates, ids, days) -> {
            Complaint c = AuditFixtures.received("C-1", channel);
            Instant at = c.receivedAt();
            for (ComplaintEventType type : types) {
                at = at.plusSeconds(86_400L * 2);
                c = AuditFixtures.append(c, type, at, Map.of(), "", null);
            }
            Map<String, LocalDate> due = new HashMap<>();
            LocalDate received = LocalDate.of(2024, 9, 20);
            dates.forEach((m, d) -> due.put(m, received.plusDays(d)));
            return new Case(c.withDueDates(due), ids, c.receivedAt().plusSeconds(86_400L * days));
        });
    }

    /** The recorded-dates algorithm over the record's stored names. */
    private static DeadlineEvaluator reference(DeadlineEngine engine, List<PolicyId> ids) {
        DeadlineEvaluator full = DeadlineEvaluator.engine(engine, ids.toArray(PolicyId[]::new));
        return (subject, asOf) -> {
            ComplaintRecord record = subject.record();
            Map<String, LocalDate> stored = record.dueDates();
            Map<String, DueDate> out = new HashMap<>(8);
            for (PolicyId id : ids) {
                var policy = engine.policyFor(record, id);
                var calendar = engine.calendarFor(policy);
                String calendarText = calendar.id() + " " + calendar.version();
                for (var rule : policy.milestones()) {
                    if (out.containsKey(rule.name()) || !started(subject, rule.startEvent())) {
                        continue;
                    }
                    LocalDate date = stored.get(rule.name());
                    if (date == null || !ended(subject, rule.endEvents())) {
                        return full.dueDates(subject, asOf);
                    }
                    out.put(rule.name(), new DueDate(rule.name(), date, policy.id().toString(), policy.version(), calendarText));
                }
            }
            return out;
        };
    }

    private static boolean started(ComplaintSubject subject, String startEvent) {
        return "RECEIVED".equals(startEvent) || hasEvent(subject, startEvent);
    }

    private static boolean ended(ComplaintSubject subject, Set<String> endEvents) {
        if (hasEvent(subject, "WITHDRAWN")) {
            return true;
        }
        for (String end : endEvents) {
            if (hasEvent(subject, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the stored timeline has an event of this type (read from the record, not the subject's index). */
    private static boolean hasEvent(ComplaintSubject subject, String type) {
        return subject.record().timeline().stream().anyMatch(e -> e.type().equals(type));
    }
}
