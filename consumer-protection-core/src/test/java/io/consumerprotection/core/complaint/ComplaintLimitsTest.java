package io.consumerprotection.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounds of the timeline and the classification, and what reaches the audit trail. */
class ComplaintLimitsTest {

    private static final Instant T0 = ComplaintFixtures.RECEIVED;

    /** An accepted complaint whose timeline has this many events, each with this reason. */
    private static Complaint withEvents(int events, String reason) {
        Complaint received = Complaint.received(ComplaintId.of("CP-1"), ComplaintFixtures.intake("HL-1").build(),
                ComplaintLevel.ORDINARY, "EMP-001");
        List<TimelineEvent> timeline = new ArrayList<>(received.timeline());
        for (int i = 2; i <= events; i++) {
            timeline.add(new TimelineEvent(i, ComplaintEventType.NEW_FACTS, T0.plusSeconds(i), "EMP-001", reason, Map.of()));
        }
        return new Complaint(received.id(), 1, received.channel(), received.channelReference(), received.source(),
                received.complainant(), received.respondent(), received.request(), received.narrative(),
                received.classification(), received.level(), ComplaintStatus.ACCEPTED, received.receivedAt(),
                received.receivingUnit(), received.firstContactHandler(), null, null, timeline, Map.of());
    }

    @Test
    void theTimelineTakesAnEventWhileItAndItsNotificationsFit() {
        int fits = ComplaintLimits.TIMELINE_EVENTS - 1 - ComplaintLimits.NOTIFICATIONS_PER_EVENT;
        Instant at = T0.plusSeconds(100_000);
        assertThat(withEvents(fits, "").apply(new ComplaintAction.NewFacts("补充"), "EMP-001", at).timeline())
                .hasSize(fits + 1);
        assertThatThrownBy(() -> withEvents(fits + 1, "").apply(new ComplaintAction.NewFacts("补充"), "EMP-001", at))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule()).containsExactly("timeline TIMELINE_FULL"));
    }

    @Test
    void theTimelineHoldsAtMostItsTextInCodePoints() {
        // the received event and 40 of 4,990 astral code points plus the actor (7): the room left is under 100
        String reason = "😀".repeat(ComplaintLimits.SUMMARY - 10);
        Complaint full = withEvents(41, reason);
        long used = 0;
        for (TimelineEvent e : full.timeline()) {
            used += ComplaintLimits.textOf(e.actor(), e.reason(), e.details());
        }
        int room = (int) (ComplaintLimits.TIMELINE_TEXT - used - "EMP-001".length());
        Instant at = T0.plusSeconds(100_000);
        assertThat(full.apply(new ComplaintAction.NewFacts("𠀀".repeat(room)), "EMP-001", at).timeline()).hasSize(42);
        assertThatThrownBy(() -> full.apply(new ComplaintAction.NewFacts("𠀀".repeat(room + 1)), "EMP-001", at))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> {
                    assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule())
                            .containsExactly("timeline TIMELINE_FULL");
                    assertThat(e.violations().get(0).message()).contains(Integer.toString(ComplaintLimits.TIMELINE_TEXT));
                });
    }

    @Test
    void classificationCodesAreIdsAndAtMostThirtyTwo() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < ComplaintLimits.CLASSIFICATION_CODES + 1; i++) {
            many.put("D" + i, "C");
        }
        assertThat(ComplaintLimits.check(new ComplaintAction.Classify(many))).extracting(Violation::rule)
                .containsExactly("MAX_ENTRIES");
        many.remove("D0");
        assertThat(ComplaintLimits.check(new ComplaintAction.Classify(many))).isEmpty();
        assertThat(ComplaintLimits.check(new ComplaintAction.Classify(Map.of("BUSINESS", "😀".repeat(64))))).isEmpty();
        assertThat(ComplaintLimits.check(new ComplaintAction.Classify(Map.of("BUSINESS", "😀".repeat(65)))))
                .extracting(v -> v.field() + " " + v.rule()).containsExactly("classification[BUSINESS] MAX_LENGTH");
        assertThat(ComplaintLimits.check(new ComplaintAction.Classify(Map.of("BUS\u0000", "06022"))))
                .extracting(v -> v.field() + " " + v.rule()).containsExactly("classification[…] NUL_CHARACTER");
    }

    @Test
    void aHostValidatorDoesNotRefuseAstralTextWithinTheLimitsForItsUtf16Count() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Complaints complaints = ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                    .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                    .clock(Clock.fixed(Instant.parse("2024-09-21T00:00:00Z"), ZoneOffset.UTC))
                    .validator(factory.getValidator()).build().complaints();
            String unit = "🏦".repeat(ComplaintLimits.REFERENCE);
            assertThat(factory.getValidator().validate(ComplaintFixtures.intake("HL-1").receivingUnit(unit).build()))
                    .isNotEmpty();
            assertThat(complaints.intake(ComplaintFixtures.intake("HL-1").receivingUnit(unit).build(), "EMP-1")
                    .complaint().receivingUnit()).isEqualTo(unit);
            assertThatThrownBy(() -> complaints.intake(ComplaintFixtures.intake("HL-2").receivingUnit(unit + "🏦").build(),
                    "EMP-1")).isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                    .extracting(v -> v.field() + " " + v.rule()).containsExactly("receivingUnit MAX_LENGTH"));
        }
    }

    @Test
    void aTextWithinItsMaximumThatTheScrubberLengthensIsRefusedAsStored() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        Complaints complaints = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .clock(Clock.fixed(Instant.parse("2024-09-21T00:00:00Z"), ZoneOffset.UTC)).build().complaints();
        String secret = "密码1234";
        String narrative = "甲".repeat(ComplaintLimits.NARRATIVE - secret.length()) + secret;
        String scrubbed = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink()).build()
                .scrubber().scrub(narrative).text();
        assertThat(scrubbed.codePointCount(0, scrubbed.length())).isGreaterThan(ComplaintLimits.NARRATIVE);

        assertThatThrownBy(() -> complaints.intake(ComplaintFixtures.intake("HL-1").narrative(narrative).build(), "EMP-1"))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> {
                    assertThat(e.getMessage()).contains("once personal data is masked").doesNotContain(secret);
                    assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule())
                            .containsExactly("narrative MAX_LENGTH");
                });
        assertThat(store.size()).isZero();
    }

    @Test
    void whatTheLifecycleAuditsFitsTheAuditColumns() {
        // audit_record: id VARCHAR(200), actor VARCHAR(200) (H2: 100 astral code points), action VARCHAR(100),
        // subject_id VARCHAR(200); the actor is at most 64 code points, the rest is the SDK's own ASCII
        InMemoryAuditSink audit = new InMemoryAuditSink();
        Complaints complaints = ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(audit)
                .clock(Clock.fixed(Instant.parse("2024-09-21T00:00:00Z"), ZoneOffset.UTC)).build().complaints();
        String actor = "👩".repeat(ComplaintLimits.REFERENCE);
        Complaint c = complaints.intake(ComplaintFixtures.intake("HL-1").build(), actor).complaint();
        complaints.act(c, new ComplaintAction.Withdraw("撤回"), actor);
        for (ComplaintEventType type : ComplaintEventType.values()) {
            assertThat(("COMPLAINT_" + type.name()).length()).isLessThanOrEqualTo(100);
        }
        assertThat(audit.records().toList()).hasSize(2).allSatisfy((AuditRecord r) -> {
            assertThat(r.actor()).isEqualTo(actor);
            assertThat(r.actor().length()).isLessThanOrEqualTo(2 * ComplaintLimits.REFERENCE);
            assertThat(r.id().length()).isLessThanOrEqualTo(200);
            assertThat(r.subjectId().length()).isLessThanOrEqualTo(ComplaintLimits.REFERENCE);
            assertThat(r.purpose().length()).isLessThanOrEqualTo(ComplaintLimits.REFERENCE);
        });
    }
}
