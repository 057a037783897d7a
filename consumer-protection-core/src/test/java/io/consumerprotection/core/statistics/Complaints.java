package io.consumerprotection.core.statistics;

import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A builder of complaint records for statistics tests; days are in Asia/Shanghai. */
final class Complaints {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicLong IDS = new AtomicLong();

    private final Instant received;
    private String channel = "HOTLINE";
    private final Map<String, String> classification = new HashMap<>();
    private final List<TimelineEventRecord> events = new ArrayList<>();
    private final Map<String, LocalDate> due = new HashMap<>();
    private String related;
    private String unit = "BR-01";

    private Complaints(Instant received) {
        this.received = received;
        events.add(new TimelineEventRecord(1, "RECEIVED", received, "EMP", "", Map.of()));
    }

    static Complaints on(LocalDate day) {
        return new Complaints(day.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant());
    }

    static Complaints at(Instant received) {
        return new Complaints(received);
    }

    Complaints channel(String c) {
        channel = c;
        return this;
    }

    Complaints unit(String u) {
        unit = u;
        return this;
    }

    Complaints code(String dimension, String code) {
        classification.put(dimension, code);
        return this;
    }

    Complaints business(String code) {
        return code("BUSINESS", code);
    }

    Complaints cause(String code) {
        return code("CAUSE", code);
    }

    Complaints due(LocalDate day) {
        due.put("DECISION", day);
        return this;
    }

    Complaints event(String type, Instant at, Map<String, String> details) {
        events.add(new TimelineEventRecord(events.size() + 1, type, at, "EMP", "", details));
        return this;
    }

    Complaints decidedAt(Instant at) {
        return event("DECIDED", at, Map.of());
    }

    Complaints decidedOn(LocalDate day) {
        return decidedAt(day.atTime(LocalTime.of(16, 0)).atZone(SHANGHAI).toInstant());
    }

    Complaints satisfaction(String s) {
        return event("SATISFACTION_RECORDED", received.plusSeconds(86_400 * 20), Map.of("satisfaction", s));
    }

    Complaints escalated() {
        return event("ESCALATED", received.plusSeconds(3600), Map.of("unit", "HQ"));
    }

    Complaints related(String id) {
        related = id;
        return this;
    }

    ComplaintRecord build() {
        String id = "C-" + IDS.incrementAndGet();
        return new ComplaintRecord(id, 1, channel, "REF-" + id, "01",
                new ComplainantRecord("PERSON", "P-" + id, "客户", "SELF", null, 1), "", "", "",
                classification, "ORDINARY", "CLOSED", received, unit, "EMP", "EMP", related, events, due);
    }

    /** {@code n} copies built by the same recipe (each with its own id). */
    static List<ComplaintRecord> times(int n, java.util.function.Supplier<Complaints> recipe) {
        List<ComplaintRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(recipe.get().build());
        }
        return out;
    }
}
