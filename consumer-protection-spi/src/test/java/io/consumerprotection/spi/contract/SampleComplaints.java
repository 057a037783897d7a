package io.consumerprotection.spi.contract;

import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Complaint records with every field filled, for contract tests. */
public final class SampleComplaints {

    private SampleComplaints() {
    }

    /** A complaint with every field set to a non-default value. */
    public static ComplaintRecord complete(String id, String channelReference, Instant receivedAt) {
        return new ComplaintRecord(
                id, 0, "HOTLINE", channelReference, "HOTLINE",
                new ComplainantRecord("PERSON", "CUST-" + id, "张三丰", "AGENT", "AGENT-" + id, 2),
                "Branch 0101 teller 7788",
                "退还年费 refund the annual fee",
                "信用卡年费未经告知被扣收 300 元，要求退还。Fee charged without notice.",
                Map.of("BUSINESS", "06022", "CAUSE", "0703", "RIGHT", "02|04"),
                "COMPLEX", "INVESTIGATING", receivedAt, "BR-0101", "EMP-001", "EMP-002", "REL-" + id,
                List.of(
                        event(1, "RECEIVED", receivedAt, "EMP-001", "", Map.of()),
                        event(2, "ACCEPTED", receivedAt.plusSeconds(60), "EMP-001", "from the complainant's agent",
                                Map.of("representation", "AGENT")),
                        event(3, "PAUSED", receivedAt.plusSeconds(3600), "EMP-002", "mediation agreed",
                                Map.of("pauseReason", "MEDIATION", "noticeMethod", "SMS"))),
                Map.of("DECISION", LocalDate.of(2024, 10, 8), "CONTACT", LocalDate.of(2024, 9, 25)));
    }

    /** A copy of the record with one more event at the end of its timeline. */
    public static ComplaintRecord withEvent(ComplaintRecord r, String type, String actor) {
        List<TimelineEventRecord> timeline = new ArrayList<>(r.timeline());
        Instant at = timeline.isEmpty() ? r.receivedAt() : timeline.get(timeline.size() - 1).at().plusSeconds(1);
        timeline.add(event(timeline.size() + 1, type, at, actor, "", Map.of()));
        return new ComplaintRecord(r.id(), r.version(), r.channel(), r.channelReference(), r.source(), r.complainant(),
                r.respondent(), r.request(), r.narrative(), r.classification(), r.level(), r.status(), r.receivedAt(),
                r.receivingUnit(), r.firstContactHandler(), r.currentHandler(), r.relatedComplaintId(), timeline,
                r.dueDates());
    }

    /** A copy of the record with another status and channel. */
    public static ComplaintRecord with(ComplaintRecord r, String status, String channel, String unit) {
        return new ComplaintRecord(r.id(), r.version(), channel, r.channelReference(), r.source(), r.complainant(),
                r.respondent(), r.request(), r.narrative(), r.classification(), r.level(), status, r.receivedAt(),
                unit, r.firstContactHandler(), r.currentHandler(), r.relatedComplaintId(), r.timeline(),
                r.dueDates());
    }

    static TimelineEventRecord event(int seq, String type, Instant at, String actor, String reason,
                                     Map<String, String> details) {
        return new TimelineEventRecord(seq, type, at, actor, reason, details);
    }
}
