package io.consumerprotection.core.deadline;

import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds complaint records with timelines for the deadline tests. */
final class Timelines {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final String id;
    private final String channel;
    private final Instant receivedAt;
    private final List<TimelineEventRecord> events = new ArrayList<>();

    private Timelines(String id, String channel, Instant receivedAt) {
        this.id = id;
        this.channel = channel;
        this.receivedAt = receivedAt;
        events.add(new TimelineEventRecord(1, "RECEIVED", receivedAt, "intake", "", Map.of()));
    }

    static Timelines received(String isoLocalShanghai) {
        return new Timelines("C-1", "HOTLINE", at(isoLocalShanghai));
    }

    static Timelines received(String id, String channel, Instant at) {
        return new Timelines(id, channel, at);
    }

    /** An instant from a Shanghai local date-time or date ({@code 2024-09-25} means 10:00 that day). */
    static Instant at(String isoLocal) {
        LocalDateTime t = isoLocal.length() == 10 ? LocalDate.parse(isoLocal).atTime(10, 0) : LocalDateTime.parse(isoLocal);
        return t.atZone(SHANGHAI).toInstant();
    }

    Timelines event(String type, String when, Map<String, String> details) {
        events.add(new TimelineEventRecord(events.size() + 1, type, at(when), "handler-7", "", details));
        return this;
    }

    Timelines event(String type, String when) {
        return event(type, when, Map.of());
    }

    Timelines paused(String when, String reason) {
        return event("PAUSED", when, Map.of("pauseReason", reason, "noticeMethod", "SMS"));
    }

    Timelines resumed(String when) {
        return event("RESUMED", when);
    }

    Timelines extended(String when, String tier) {
        return event("EXTENDED", when, Map.of("tier", tier, "approver", "head-office-1", "noticeMethod", "SMS"));
    }

    ComplaintRecord record() {
        return new ComplaintRecord(id, 1, channel, "ref-" + id, "HOTLINE",
                new ComplainantRecord("PERSON", "cust-1", "某某", "SELF", null, 1), "", "", "", Map.of(), "ORDINARY",
                "ACCEPTED", receivedAt, "branch-1", "staff-1", "staff-1", null, events, Map.of());
    }
}
