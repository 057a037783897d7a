package io.consumerprotection.core.audit;

import static io.consumerprotection.core.audit.AuditFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.core.internal.ComplaintMapper;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintReaderTest {

    @Test
    void readsRecordsExactlyAsTheMapperDoes() {
        Complaint merged = AuditFixtures.received("C-3").apply(new ComplaintAction.MergeInto(ComplaintId.of("C-1")), "EMP-1",
                noon("2024-09-21"));
        Complaint paused = AuditFixtures.investigating(AuditFixtures.received("C-4", Channel.PBOC_TRANSFER))
                .apply(new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, "调解"), "EMP-2", noon("2024-09-25"))
                .withDueDates(Map.of("DECISION", LocalDate.of(2024, 10, 8)));
        for (Complaint c : List.of(AuditFixtures.received("C-1"), AuditFixtures.decidedAt(AuditFixtures.received("C-2"),
                noon("2024-10-10")), merged, paused)) {
            ComplaintRecord r = ComplaintMapper.INSTANCE.toRecord(c);
            assertThat(ComplaintReader.read(r)).isEqualTo(ComplaintMapper.INSTANCE.toComplaint(r)).isEqualTo(c);
        }
    }

    @Test
    void anUnknownCodeIsAnIllegalArgument() {
        ComplaintRecord r = ComplaintMapper.INSTANCE.toRecord(AuditFixtures.received("C-1"));
        ComplaintRecord bad = new ComplaintRecord(r.id(), r.version(), "FAX", r.channelReference(), r.source(), r.complainant(),
                r.respondent(), r.request(), r.narrative(), r.classification(), r.level(), r.status(), r.receivedAt(),
                r.receivingUnit(), r.firstContactHandler(), r.currentHandler(), r.relatedComplaintId(), r.timeline(), r.dueDates());
        assertThatThrownBy(() -> ComplaintReader.read(bad)).isInstanceOf(IllegalArgumentException.class);
    }
}
