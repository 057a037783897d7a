package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.internal.ComplaintMapper;
import io.consumerprotection.core.privacy.PersonalDataArbitraries;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * With generated valid resident IDs and card numbers in the complainant and the narrative, no complaint
 * type's {@code toString()}, no stored narrative and no exception message of the lifecycle contains them raw.
 */
class ComplaintPrivacyProperties {

    @Provide
    Arbitrary<String> residentIds() {
        return PersonalDataArbitraries.residentIds();
    }

    @Provide
    Arbitrary<String> cards() {
        return PersonalDataArbitraries.cards();
    }

    @Property(tries = 200)
    void noComplaintTypeOrErrorShowsARawIdentifier(@ForAll("residentIds") String id, @ForAll("cards") String card) {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        InMemoryAuditSink trail = new InMemoryAuditSink();
        Complaints complaints = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new InMemoryNotificationSender()).auditSink(trail)
                .clock(Clock.fixed(Instant.parse("2024-09-21T00:00:00Z"), ZoneOffset.UTC))
                .complaintIds(() -> ComplaintId.of("CP-P")).build().complaints();
        Intake intake = ComplaintFixtures.intake("HL-" + card.substring(card.length() - 4))
                .complainant(Complainant.person(id, "欧阳" + id))
                .narrative("身份证号" + id + "，银行卡" + card + "被盗刷").request("退还" + card + "的年费").build();

        Complaint c = complaints.intake(intake, "EMP-1").complaint();

        for (String text : new String[] {intake.toString(), c.toString(), c.complainant().toString(),
                ComplaintMapper.INSTANCE.toRecord(c).toString(), c.narrative(), c.request(),
                store.findById(c.id().value()).orElseThrow().narrative(), trail.records().toList().toString()}) {
            assertThat(text).doesNotContain(id).doesNotContain(card);
        }
        assertThatThrownBy(() -> complaints.intake(intake.withNarrative(" ").withRequest(""), "EMP-1"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(id).doesNotContain(card));
        assertThatThrownBy(() -> complaints.act(c, new ComplaintAction.Decide(
                new io.consumerprotection.core.complaint.Decision(null, card, id, java.util.Set.of(), null, null)), "EMP-1"))
                .isInstanceOf(ConsumerProtectionException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(id).doesNotContain(card));
    }
}
