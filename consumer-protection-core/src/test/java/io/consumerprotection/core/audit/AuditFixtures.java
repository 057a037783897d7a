package io.consumerprotection.core.audit;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.complaint.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Complaints, contexts and deadline stubs for the audit tests. */
final class AuditFixtures {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Received Fri 2024-09-20 10:15 in China. */
    static final Instant RECEIVED = ComplaintFixtures.RECEIVED;

    private AuditFixtures() {
    }

    /** Noon in China on this day. */
    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(CHINA).toInstant();
    }

    static Instant noon(String day) {
        return noon(LocalDate.parse(day));
    }

    static Complaint received(String id) {
        return Complaint.received(ComplaintId.of(id), ComplaintFixtures.intake("REF-" + id).build(), ComplaintLevel.ORDINARY,
                "EMP-001");
    }

    static Complaint received(String id, Channel channel) {
        return Complaint.received(ComplaintId.of(id), ComplaintFixtures.intake("REF-" + id).channel(channel).build(),
                ComplaintLevel.ORDINARY, "EMP-001");
    }

    /** Accepted, classified, assigned to EMP-002 and under investigation, one hour apart from receipt. */
    static Complaint investigating(Complaint c) {
        Instant t = c.receivedAt();
        c = c.apply(new ComplaintAction.Accept(), "EMP-001", t.plusSeconds(3600));
        c = c.apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-001", t.plusSeconds(7200));
        c = c.apply(new ComplaintAction.Assign("EMP-002"), "EMP-001", t.plusSeconds(10800));
        return c.apply(new ComplaintAction.StartInvestigation(), "EMP-002", t.plusSeconds(14400));
    }

    static Complaint decidedAt(Complaint c, Instant at) {
        return investigating(c).apply(new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002", at);
    }

    /** The complaint with one raw event appended (bypassing the lifecycle checks), and perhaps a new status. */
    static Complaint append(Complaint c, ComplaintEventType type, Instant at, Map<String, String> details, String reason,
                            ComplaintStatus status) {
        List<TimelineEvent> events = new ArrayList<>(c.timeline());
        events.add(new TimelineEvent(events.size() + 1, type, at, "EMP-009", reason, details));
        return new Complaint(c.id(), c.version(), c.channel(), c.channelReference(), c.source(), c.complainant(),
                c.respondent(), c.request(), c.narrative(), c.classification(), c.level(), status == null ? c.status() : status,
                c.receivedAt(), c.receivingUnit(), c.firstContactHandler(), c.currentHandler(), c.relatedComplaintId(),
                events, c.dueDates());
    }

    /** A copy with other top-level fields. */
    static Complaint with(Complaint c, String narrative, String request, String firstContactHandler, String currentHandler,
                          Map<String, String> classification, ComplaintLevel level) {
        return new Complaint(c.id(), c.version(), c.channel(), c.channelReference(), c.source(), c.complainant(),
                c.respondent(), request, narrative, classification, level, c.status(), c.receivedAt(), c.receivingUnit(),
                firstContactHandler, currentHandler, c.relatedComplaintId(), c.timeline(), c.dueDates());
    }

    /** A deadline evaluator with fixed due dates, citing NFRA-2020-3 and calendar CN 2026a. */
    static DeadlineEvaluator due(Object... milestoneAndDate) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (int i = 0; i < milestoneAndDate.length; i += 2) {
            dates.put((String) milestoneAndDate[i], LocalDate.parse((String) milestoneAndDate[i + 1]));
        }
        Map<String, DueDate> due = new HashMap<>();
        dates.forEach((m, d) -> due.put(m, new DueDate(m, d, "NFRA-2020-3", "2020-03-01", "CN 2026a")));
        return (subject, asOf) -> due;
    }

    static AuditContext context(String asOfDay) {
        return AuditContext.builder(noon(asOfDay)).build();
    }

    static AuditContext context(String asOfDay, DeadlineEvaluator deadlines) {
        return AuditContext.builder(noon(asOfDay)).deadlines(deadlines).build();
    }

    @SuppressWarnings("unchecked")
    static Rule<ComplaintSubject> complaintRule(String id) {
        return FindingMessagesTest.inChinese((Rule<ComplaintSubject>) BuiltInRules.all().get(RuleId.of(id)));
    }

    /** The built-in rule; every outcome it gives in a test is also checked to have a Chinese message. */
    @SuppressWarnings("unchecked")
    static <S> Rule<S> rule(String id) {
        return FindingMessagesTest.inChinese((Rule<S>) BuiltInRules.all().get(RuleId.of(id)));
    }

    static Outcome check(String ruleId, Complaint c, AuditContext ctx) {
        return complaintRule(ruleId).check(ComplaintSubject.of(c), ctx);
    }
}
