package io.consumerprotection.core.audit;

import static io.consumerprotection.core.audit.AuditFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.core.internal.ComplaintDecoder;
import io.consumerprotection.core.internal.ComplaintMapper;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintDecoderTest {

    @Test
    void readsBackWhatTheMapperWrote() {
        Complaint merged = AuditFixtures.received("C-3").apply(new ComplaintAction.MergeInto(ComplaintId.of("C-1")), "EMP-1",
                noon("2024-09-21"));
        Complaint paused = AuditFixtures.investigating(AuditFixtures.received("C-4", Channel.PBOC_TRANSFER))
                .apply(new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, "调解"), "EMP-2", noon("2024-09-25"))
                .withDueDates(Map.of("DECISION", LocalDate.of(2024, 10, 8)));
        for (Complaint c : List.of(AuditFixtures.received("C-1"), AuditFixtures.decidedAt(AuditFixtures.received("C-2"),
                noon("2024-10-10")), merged, paused)) {
            assertThat(ComplaintDecoder.decode(ComplaintMapper.INSTANCE.toRecord(c))).isEqualTo(c);
        }
    }

    @Test
    void indexesTheFirstEventOfEachTypeAsATimelineScanFindsIt() {
        Complaint decided = AuditFixtures.decidedAt(AuditFixtures.received("C-2"), noon("2024-10-10"));
        // a second event of types already on the timeline: the index keeps the first
        Complaint twice = AuditFixtures.append(AuditFixtures.append(decided, ComplaintEventType.DECIDED, noon("2024-10-12"),
                Map.of(), "again", null), ComplaintEventType.RECEIVED, noon("2024-10-13"), Map.of(), null, null);
        Complaint withdrawn = AuditFixtures.append(AuditFixtures.received("C-5"), ComplaintEventType.WITHDRAWN,
                noon("2024-09-22"), Map.of(), "withdrawn", null);
        for (Complaint c : List.of(AuditFixtures.received("C-1"), decided, twice, withdrawn)) {
            ComplaintRecord r = ComplaintMapper.INSTANCE.toRecord(c);
            ComplaintSubject fromRecord = ComplaintSubject.read(r, null);
            ComplaintSubject direct = ComplaintSubject.of(c);
            assertThat(fromRecord.complaint()).isEqualTo(c);
            assertThat(fromRecord.eventCount()).isEqualTo(c.timeline().size());
            for (int i = 0; i < c.timeline().size(); i++) {
                assertThat(fromRecord.eventType(i)).isEqualTo(c.timeline().get(i).type());
                assertThat(fromRecord.event(i)).isEqualTo(r.timeline().get(i));
            }
            for (ComplaintEventType type : ComplaintEventType.values()) {
                TimelineEventRecord scanned = null;
                List<Integer> all = new ArrayList<>();
                for (TimelineEventRecord e : r.timeline()) {
                    if (e.type().equals(type.name())) {
                        scanned = scanned == null ? e : scanned;
                        all.add(e.sequence() - 1);
                    }
                }
                List<Integer> walked = new ArrayList<>();
                for (int i = fromRecord.next(type, 0); i >= 0; i = fromRecord.next(type, i + 1)) {
                    walked.add(i);
                }
                assertThat(walked).as(c.id() + " " + type).isEqualTo(all);
                assertThat(fromRecord.first(type)).as(c.id() + " " + type).isEqualTo(scanned);
                assertThat(direct.first(type)).as(c.id() + " " + type).isEqualTo(scanned);
                assertThat(fromRecord.has(type.ordinal())).as(c.id() + " " + type).isEqualTo(scanned != null);
                assertThat(direct.has(type.ordinal())).as(c.id() + " " + type).isEqualTo(scanned != null);
            }
        }
        assertThat(ComplaintSubject.of(twice).first(ComplaintEventType.DECIDED).reason()).isNotEqualTo("again");
    }

    @Test
    void anUnknownCodeIsAnIllegalArgument() {
        ComplaintRecord r = ComplaintMapper.INSTANCE.toRecord(AuditFixtures.received("C-1"));
        ComplaintRecord bad = new ComplaintRecord(r.id(), r.version(), "FAX", r.channelReference(), r.source(), r.complainant(),
                r.respondent(), r.request(), r.narrative(), r.classification(), r.level(), r.status(), r.receivedAt(),
                r.receivingUnit(), r.firstContactHandler(), r.currentHandler(), r.relatedComplaintId(), r.timeline(), r.dueDates());
        assertThatThrownBy(() -> ComplaintDecoder.decode(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel 'FAX' is not a known code");
        ComplaintRecord card = new ComplaintRecord(r.id(), r.version(), "6222021234567890128", r.channelReference(),
                r.source(), r.complainant(), r.respondent(), r.request(), r.narrative(), r.classification(), r.level(),
                r.status(), r.receivedAt(), r.receivingUnit(), r.firstContactHandler(), r.currentHandler(),
                r.relatedComplaintId(), r.timeline(), r.dueDates());
        // a value that is not code-shaped is described, never echoed
        assertThatThrownBy(() -> ComplaintDecoder.decode(card)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("6222021234567890128").hasMessageStartingWith("channel (19 digits)");
    }

    @Test
    void anUnknownCodeNamesItsFieldAndValueWhicheverFieldItIs() {
        ComplaintRecord r = ComplaintMapper.INSTANCE.toRecord(AuditFixtures.received("C-1"));
        ComplainantRecord c = r.complainant();
        ComplainantRecord oddKind = new ComplainantRecord("ROBOT", c.reference(), c.name(), c.representation(),
                c.representativeReference(), c.jointComplainants());
        ComplainantRecord oddAgent = new ComplainantRecord(c.kind(), c.reference(), c.name(), "PROXY",
                c.representativeReference(), c.jointComplainants());
        Map<String, ComplaintRecord> bad = new LinkedHashMap<>();
        bad.put("status 'LOST'", copy(r, r.complainant(), r.level(), "LOST"));
        bad.put("level 'URGENT'", copy(r, r.complainant(), "URGENT", r.status()));
        bad.put("complainant.kind 'ROBOT'", copy(r, oddKind, r.level(), r.status()));
        bad.put("complainant.representation 'PROXY'", copy(r, oddAgent, r.level(), r.status()));
        bad.forEach((field, record) -> {
            assertThatThrownBy(() -> ComplaintDecoder.decode(record)).as(field).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(field + " is not a known code");
            // an audit run reports the record unreadable with the same words
            assertThatThrownBy(() -> ComplaintSubject.read(record, null)).as(field)
                    .hasMessage(field + " is not a known code");
        });
    }

    @Test
    void aMalformedIdNamesWhichIdItIs() {
        ComplaintRecord r = ComplaintMapper.INSTANCE.toRecord(AuditFixtures.received("C-1"));
        ComplaintRecord badId = new ComplaintRecord("C 1", r.version(), r.channel(), r.channelReference(), r.source(),
                r.complainant(), r.respondent(), r.request(), r.narrative(), r.classification(), r.level(), r.status(),
                r.receivedAt(), r.receivingUnit(), r.firstContactHandler(), r.currentHandler(), null, r.timeline(), r.dueDates());
        ComplaintRecord badRelated = new ComplaintRecord(r.id(), r.version(), r.channel(), r.channelReference(), r.source(),
                r.complainant(), r.respondent(), r.request(), r.narrative(), r.classification(), r.level(), r.status(),
                r.receivedAt(), r.receivingUnit(), r.firstContactHandler(), r.currentHandler(), "see C-0!", r.timeline(),
                r.dueDates());
        assertThatThrownBy(() -> ComplaintSubject.read(badId, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id: complaint id must be 1-64 characters of [A-Za-z0-9._-], got 3 characters");
        assertThatThrownBy(() -> ComplaintSubject.read(badRelated, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("relatedComplaintId: complaint id must be 1-64 characters of [A-Za-z0-9._-], got 8 characters");
    }

    private static ComplaintRecord copy(ComplaintRecord r, ComplainantRecord complainant, String level, String status) {
        return new ComplaintRecord(r.id(), r.version(), r.channel(), r.channelReference(), r.source(), complainant,
                r.respondent(), r.request(), r.narrative(), r.classification(), level, status, r.receivedAt(),
                r.receivingUnit(), r.firstContactHandler(), r.currentHandler(), r.relatedComplaintId(), r.timeline(), r.dueDates());
    }
}
