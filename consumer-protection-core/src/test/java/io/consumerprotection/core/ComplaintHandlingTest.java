package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.ComplaintNotFoundException;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.complaint.ComplaintValidationException;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.IntakeResult;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.NotificationFailedException;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.core.complaint.Representation;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.VersionConflictException;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationDeliveryException;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.RecipientRole;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The complaint lifecycle through the facade, over the in-memory SPI implementations. */
class ComplaintHandlingTest {

    private final InMemoryComplaintStore store = new InMemoryComplaintStore();
    private final InMemoryNotificationSender sender = new InMemoryNotificationSender();
    private final InMemoryAuditSink auditSink = new InMemoryAuditSink();
    private final AtomicInteger ids = new AtomicInteger();
    private Complaints complaints;

    @BeforeEach
    void wire() {
        complaints = ConsumerProtection.builder().complaintStore(store).notificationSender(sender).auditSink(auditSink)
                .clock(Clock.fixed(Instant.parse("2024-09-20T03:00:00Z"), ZoneOffset.UTC))
                .complaintIds(() -> ComplaintId.of("CP-" + ids.incrementAndGet()))
                .build().complaints();
    }

    private Complaint registered(String reference) {
        return complaints.intake(ComplaintFixtures.intake(reference).build(), "EMP-001").complaint();
    }

    @Test
    void intakeStoresTheComplaintAndAuditsIt() {
        IntakeResult result = complaints.intake(ComplaintFixtures.intake("HL-1").build(), "EMP-001");

        assertThat(result.created()).isTrue();
        assertThat(result.complaint().version()).isEqualTo(1);
        assertThat(complaints.get(result.complaint().id())).isEqualTo(result.complaint());
        List<AuditRecord> trail = auditSink.records().toList();
        assertThat(trail).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("COMPLAINT_RECEIVED");
            assertThat(r.subjectId()).isEqualTo(result.complaint().id().value());
            assertThat(r.actor()).isEqualTo("EMP-001");
        });
    }

    @Test
    void aRepeatedChannelReferenceReturnsTheExistingComplaint() {
        Complaint first = registered("HL-7");
        IntakeResult again = complaints.intake(ComplaintFixtures.intake("HL-7").narrative("another text").build(), "EMP-009");

        assertThat(again.created()).isFalse();
        assertThat(again.complaint()).isEqualTo(first);
        assertThat(store.size()).isEqualTo(1);
        assertThat(complaints.findByChannelReference(Channel.HOTLINE, "HL-7")).contains(first);
    }

    @Test
    void anInvalidIntakeListsEveryViolationAndStoresNothing() {
        Intake bad = Intake.builder().channel(Channel.LETTER).channelReference(" ")
                .complainant(Complainant.person("", "张三").representedBy(Representation.AGENT, null))
                .request("").narrative("x".repeat(20001)).receivedAt(Instant.parse("2030-01-01T00:00:00Z"))
                .receivingUnit("BR-1").firstContactHandler(null).build();

        assertThatThrownBy(() -> complaints.intake(bad, "EMP-001"))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_COMPLAINT");
                    assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                            "channelReference", "complainant.reference", "complainant.representativeReference",
                            "request", "narrative", "receivedAt", "firstContactHandler");
                    assertThat(e.getMessage()).doesNotContain("张三");
                });
        assertThat(store.size()).isZero();
        assertThat(auditSink.records().toList()).isEmpty();
    }

    @Test
    void transitionsAreSavedAuditedAndNotified() {
        Complaint c = registered("HL-2");
        ComplaintId id = c.id();
        complaints.act(id, new ComplaintAction.Accept(), "EMP-001");
        complaints.act(id, new ComplaintAction.Assign("EMP-002"), "EMP-001");
        complaints.act(id, new ComplaintAction.StartInvestigation(), "EMP-002");
        complaints.act(id, new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, "调解"), "EMP-002");
        complaints.act(id, new ComplaintAction.Resume(), "EMP-002");
        complaints.act(id, new ComplaintAction.Extend(HandlingTier.COMPLEX, null, NoticeMethod.SMS, "复杂"), "EMP-002");
        complaints.act(id, new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-002");
        Complaint decided = complaints.act(id, new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002");

        assertThat(decided.status()).isEqualTo(ComplaintStatus.DECIDED);
        assertThat(decided.version()).isEqualTo(9);
        assertThat(store.findById(id.value()).orElseThrow().timeline()).hasSize(9);
        assertThat(sender.delivered()).extracting(Notification::kind).containsExactly(
                NotificationKind.ACKNOWLEDGEMENT, NotificationKind.PAUSE_NOTICE, NotificationKind.EXTENSION_NOTICE,
                NotificationKind.DECISION_NOTICE);
        assertThat(sender.delivered()).allSatisfy(n -> {
            assertThat(n.recipient()).isEqualTo(RecipientRole.CUSTOMER);
            assertThat(n.text()).doesNotContain("欧阳");
        });
        assertThat(auditSink.records().map(AuditRecord::action).toList()).hasSize(9)
                .endsWith("COMPLAINT_DECIDED");
    }

    @Test
    void aMajorComplaintAlertsTheSupervisorAndTheRegulatorLiaison() {
        complaints.intake(ComplaintFixtures.intake("BC-9").channel(Channel.BRANCH_COUNTER)
                .complainant(Complainant.person("CUST-2", "群体").withJointComplainants(25)).build(), "EMP-001");

        assertThat(sender.delivered()).extracting(Notification::kind, Notification::recipient).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NotificationKind.MAJOR_COMPLAINT_ALERT, RecipientRole.SUPERVISOR),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.MAJOR_COMPLAINT_ALERT, RecipientRole.REGULATOR_LIAISON));
        try (Stream<io.consumerprotection.spi.complaint.ComplaintRecord> s = store.stream(ComplaintQuery.all())) {
            assertThat(s.map(r -> r.level()).toList()).containsExactly(ComplaintLevel.MAJOR.name());
        }
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Complaint c = registered("HL-3");
        complaints.act(c.id(), 1, new ComplaintAction.Accept(), "EMP-001");

        assertThatThrownBy(() -> complaints.act(c.id(), 1, new ComplaintAction.Decline(
                io.consumerprotection.core.complaint.DeclineReason.NOT_A_COMPLAINT, "咨询"), "EMP-005"))
                .isInstanceOf(VersionConflictException.class);
        assertThat(complaints.get(c.id()).status()).isEqualTo(ComplaintStatus.ACCEPTED);
    }

    @Test
    void twoHandlersAtOnceOneWinsTheOtherGetsTheConflict() throws Exception {
        Complaint c = registered("HL-4");
        ComplaintId id = c.id();
        complaints.act(id, new ComplaintAction.Accept(), "EMP-001");
        complaints.act(id, new ComplaintAction.Assign("EMP-002"), "EMP-001");
        long version = complaints.get(id).version();
        int handlers = 2;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(handlers);
        try {
            List<Future<?>> futures = List.of(
                    pool.submit(() -> race(start, wins, conflicts, () -> complaints.act(id, version,
                            new ComplaintAction.HandOver("EMP-100", "A"), "EMP-002"))),
                    pool.submit(() -> race(start, wins, conflicts, () -> complaints.act(id, version,
                            new ComplaintAction.HandOver("EMP-200", "B"), "EMP-002"))));
            start.countDown();
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wins.get()).isEqualTo(1);
        assertThat(conflicts.get()).isEqualTo(1);
        Complaint after = complaints.get(id);
        assertThat(after.version()).isEqualTo(version + 1);
        assertThat(after.timeline().stream().filter(e -> e.type() == ComplaintEventType.HANDED_OVER)).hasSize(1);
    }

    private static Void race(CountDownLatch start, AtomicInteger wins, AtomicInteger conflicts, Runnable action)
            throws InterruptedException {
        start.await();
        try {
            action.run();
            wins.incrementAndGet();
        } catch (VersionConflictException e) {
            conflicts.incrementAndGet();
        }
        return null;
    }

    @Test
    void aRepeatIsMergedIntoTheEarlierComplaintAndBothRecordIt() {
        Complaint earlier = registered("HL-5");
        Complaint repeat = registered("HL-6");

        Complaint merged = complaints.merge(repeat.id(), earlier.id(), "EMP-001");

        assertThat(merged.status()).isEqualTo(ComplaintStatus.MERGED);
        assertThat(merged.relatedComplaintId()).isEqualTo(earlier.id());
        assertThat(complaints.get(earlier.id()).lastEvent().type()).isEqualTo(ComplaintEventType.REPEAT_MERGED);
    }

    @Test
    void anInvalidMergeChangesNeitherComplaint() {
        Complaint earlier = registered("HL-10");
        Complaint repeat = registered("HL-11");
        complaints.act(repeat.id(), new ComplaintAction.Withdraw("撤诉"), "EMP-001");

        assertThatThrownBy(() -> complaints.merge(repeat.id(), earlier.id(), "EMP-001"))
                .isInstanceOf(io.consumerprotection.core.complaint.IllegalTransitionException.class);
        assertThat(complaints.get(earlier.id()).timeline()).hasSize(1);
    }

    @Test
    void aFailedNotificationIsReportedWithTheSavedComplaint() {
        Complaints failing = ConsumerProtection.builder().complaintStore(store).auditSink(auditSink)
                .notificationSender(n -> {
                    throw new NotificationDeliveryException(n.id(), "gateway down");
                }).build().complaints();
        Complaint c = failing.intake(ComplaintFixtures.intake("HL-8").build(), "EMP-001").complaint();

        assertThatThrownBy(() -> failing.act(c.id(), new ComplaintAction.Accept(), "EMP-001"))
                .isInstanceOfSatisfying(NotificationFailedException.class, e -> {
                    assertThat(e.complaint().status()).isEqualTo(ComplaintStatus.ACCEPTED);
                    assertThat(e.notification().kind()).isEqualTo(NotificationKind.ACKNOWLEDGEMENT);
                    assertThat(e.getCause()).isInstanceOf(NotificationDeliveryException.class);
                });
        assertThat(failing.get(c.id()).status()).isEqualTo(ComplaintStatus.ACCEPTED);
    }

    @Test
    void theLifecycleKeepsTheDueDatesOfTheRegulationAndTheInternalStandard() {
        Complaint c = registered("HL-20");   // received Fri 2024-09-20 10:15 in Shanghai

        assertThat(c.dueDates()).containsEntry("DECISION", java.time.LocalDate.of(2024, 10, 8))
                .containsKeys("CONTACT", "PLAN", "RESOLVE");
        Complaint extended = complaints.act(c.id(), new ComplaintAction.Accept(), "EMP-001");
        extended = complaints.act(extended, new ComplaintAction.Assign("EMP-002"), "EMP-001");
        extended = complaints.act(extended, new ComplaintAction.Extend(HandlingTier.COMPLEX, null, NoticeMethod.SMS, "复杂"),
                "EMP-002");
        assertThat(extended.dueDates().get("DECISION")).isAfter(c.dueDates().get("DECISION"));
    }

    @Test
    void aComplaintPastTheCalendarDataIsRegisteredWithoutAWrongDueDate() {
        Instant lateIn2026 = Instant.parse("2026-11-20T02:00:00Z");
        Complaints strict = ConsumerProtection.builder().complaintStore(store).notificationSender(sender)
                .auditSink(auditSink).clock(Clock.fixed(lateIn2026, ZoneOffset.UTC)).build().complaints();
        Complaint c = strict.intake(ComplaintFixtures.intake("HL-21").receivedAt(lateIn2026).build(), "EMP-001").complaint();
        assertThat(c.dueDates()).doesNotContainKey("DECISION");

        Complaints provisional = ConsumerProtection.builder().complaintStore(store).notificationSender(sender)
                .auditSink(auditSink).clock(Clock.fixed(lateIn2026, ZoneOffset.UTC)).allowProvisionalCalendar(true)
                .build().complaints();
        Complaint p = provisional.intake(ComplaintFixtures.intake("HL-22").receivedAt(lateIn2026).build(), "EMP-001")
                .complaint();
        assertThat(p.dueDates()).containsEntry("DECISION", java.time.LocalDate.of(2026, 12, 7));
    }

    @Test
    void theIntakeScrubsPersonalDataAndNeverStoresC3() {
        String id = "11010519491231002X";
        String card = "6222021234567890128";
        Complaint c = complaints.intake(ComplaintFixtures.intake("HL-30")
                .narrative("身份证" + id + "，卡号" + card + "被盗刷，短信验证码836271我没有告诉任何人。").build(), "EMP-001")
                .complaint();

        String stored = store.findById(c.id().value()).orElseThrow().narrative();
        assertThat(stored).doesNotContain(id, card, "836271").contains("被盗刷");
        assertThat(c.narrative()).isEqualTo(stored);
    }

    @Test
    void everyTransitionIsOnATamperEvidentAuditChain() {
        Complaint c = registered("HL-31");
        complaints.act(c.id(), new ComplaintAction.Accept(), "EMP-001");
        complaints.act(c.id(), new ComplaintAction.Assign("EMP-002"), "EMP-001");

        List<AuditRecord> trail = auditSink.records().toList();
        assertThat(trail).hasSize(3);
        assertThat(trail.get(0).previousHash()).isEmpty();
        assertThat(trail.get(1).previousHash()).isEqualTo(trail.get(0).hash()).isNotEmpty();
        assertThat(io.consumerprotection.core.privacy.AuditTrail.verify(trail.stream()).isIntact()).isTrue();
    }

    @Test
    void theAuditOfTheFacadeFindsALateDecisionAndCitesPolicyAndCalendar() {
        MutableClock clock = new MutableClock(Instant.parse("2024-09-20T02:15:00Z"));
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(store).notificationSender(sender)
                .auditSink(auditSink).clock(clock).build();
        Complaints handling = cp.complaints();
        Complaint c = handling.intake(ComplaintFixtures.intake("HL-40").build(), "EMP-001").complaint();
        c = handling.act(c, new ComplaintAction.Accept(), "EMP-001");
        c = handling.act(c, new ComplaintAction.Assign("EMP-002"), "EMP-001");
        c = handling.act(c, new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-002");
        clock.set(Instant.parse("2024-10-10T02:00:00Z"));                        // due 2024-10-08
        handling.act(c, new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002");

        List<io.consumerprotection.core.audit.Finding> findings = new java.util.ArrayList<>();
        cp.audit(io.consumerprotection.core.audit.BuiltInRules.complaints()).build().execute(findings::add);

        assertThat(findings).filteredOn(f -> f.ruleId().toString().equals("CP-COMPLAINT-001")
                        && f.kind() == io.consumerprotection.core.audit.FindingKind.FAIL)
                .singleElement().satisfies(f -> assertThat(f.message())
                        .contains("2024-10-08", "NFRA-2020-3", "CN 2026a", "2024-10-10", "2 days late"));
    }

    @Test
    void anExtensionAfterTheDueDateIsRefusedNamingTheDueDateAndStoresNothing() {
        // issue 16: received 2025-03-03, due 03-18; an extension recorded on 03-25 cannot revive the period (art. 18)
        MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"));
        Complaints handling = ConsumerProtection.builder().complaintStore(store).notificationSender(sender)
                .auditSink(auditSink).clock(clock).build().complaints();
        Complaint c = handling.intake(ComplaintFixtures.intake("HL-41").receivedAt(Instant.parse("2025-03-03T02:00:00Z"))
                .build(), "EMP-001").complaint();
        c = handling.act(c, new ComplaintAction.Accept(), "EMP-001");
        Complaint accepted = handling.act(c, new ComplaintAction.Assign("EMP-002"), "EMP-001");
        assertThat(accepted.dueDates()).containsEntry("DECISION", java.time.LocalDate.parse("2025-03-18"));
        clock.set(Instant.parse("2025-03-25T02:00:00Z"));
        assertThatThrownBy(() -> handling.act(accepted, new ComplaintAction.Extend(HandlingTier.COMPLEX, null,
                NoticeMethod.SMS, "案情复杂"), "EMP-002"))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::rule).containsExactly("EXTENSION_AFTER_DUE_DATE");
                    assertThat(e.violations().get(0).message()).contains("2025-03-18", "art. 18");
                });
        assertThat(handling.get(accepted.id()).version()).isEqualTo(accepted.version());
        // on the last day the extension is still in time: 03-03 + 30 = 04-02
        clock.set(Instant.parse("2025-03-18T15:00:00Z"));                        // 23:00 in Shanghai
        Complaint extended = handling.act(accepted, new ComplaintAction.Extend(HandlingTier.COMPLEX, null,
                NoticeMethod.SMS, "案情复杂"), "EMP-002");
        assertThat(extended.dueDates()).containsEntry("DECISION", java.time.LocalDate.parse("2025-04-02"));
    }

    @Test
    void theLifecycleCountsTheReviewWindowOnItsPolicysCalendar() {
        // issue 16: decided 2024-09-01, review asked 2024-10-08: day 30 is 国庆 (10-01), the period ends 10-08
        MutableClock clock = new MutableClock(Instant.parse("2024-09-01T01:00:00Z"));
        Complaints handling = ConsumerProtection.builder().complaintStore(store).notificationSender(sender)
                .auditSink(auditSink).clock(clock).build().complaints();
        Complaint c = handling.intake(ComplaintFixtures.intake("HL-42").receivedAt(Instant.parse("2024-09-01T01:00:00Z"))
                .build(), "EMP-001").complaint();
        c = handling.act(c, new ComplaintAction.Accept(), "EMP-001");
        c = handling.act(c, new ComplaintAction.Assign("EMP-002"), "EMP-001");
        c = handling.act(c, new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-002");
        Complaint decided = handling.act(c, new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002");
        clock.set(Instant.parse("2024-10-09T02:00:00Z"));
        assertThatThrownBy(() -> handling.act(decided, new ComplaintAction.RequestReview("不服"), "EMP-009"))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("REVIEW_WINDOW"));
        clock.set(Instant.parse("2024-10-08T02:00:00Z"));
        assertThat(handling.act(decided, new ComplaintAction.RequestReview("不服"), "EMP-009").status())
                .isEqualTo(io.consumerprotection.core.complaint.ComplaintStatus.REVIEW_REQUESTED);
    }

    @Test
    void aGroupWithMoreThanFiveRepresentativesInPersonIsRefusedAndNothingIsStored() {
        Intake six = ComplaintFixtures.intake("PT-7").channel(io.consumerprotection.core.complaint.Channel.PETITION)
                .complainant(io.consumerprotection.core.complaint.Complainant.person("CUST-9", "群体")
                        .withJointComplainants(25)).representatives(6).build();
        assertThatThrownBy(() -> complaints.intake(six, "EMP-001"))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule()).containsExactly("representatives GROUP_REPRESENTATIVES"));
        assertThat(store.findByChannelReference("PETITION", "PT-7")).isEmpty();
        Complaint major = complaints.intake(ComplaintFixtures.intake("PT-8")
                .channel(io.consumerprotection.core.complaint.Channel.PETITION)
                .complainant(io.consumerprotection.core.complaint.Complainant.person("CUST-9", "群体")
                        .withJointComplainants(25)).representatives(5).build(), "EMP-001").complaint();
        assertThat(major.level()).isEqualTo(io.consumerprotection.core.complaint.ComplaintLevel.MAJOR);
    }

    @Test
    void aForwardedComplaintKeepsTheRegulatorsDatesAndRecordsTheFeedback() {
        // art. 33: the regulator received it on 09-10 and wants feedback by 10-15; the bank received it on 09-20
        Intake forwarded = ComplaintFixtures.intake("NFRA-88").channel(io.consumerprotection.core.complaint.Channel.REGULATOR_TRANSFER)
                .regulatorReceivedOn(java.time.LocalDate.parse("2024-09-10"))
                .regulatorFeedbackDue(java.time.LocalDate.parse("2024-10-15")).build();
        Complaint c = complaints.intake(forwarded, "EMP-001").complaint();
        assertThat(c.findRegulatorReceivedOn()).contains(java.time.LocalDate.parse("2024-09-10"));
        assertThat(c.findRegulatorFeedbackDue()).contains(java.time.LocalDate.parse("2024-10-15"));
        // the bank's own period runs from its receipt (09-20 + 15 = 10-05, 国庆 → 10-08), not from the regulator's
        assertThat(c.dueDates()).containsEntry("DECISION", java.time.LocalDate.parse("2024-10-08"))
                .containsEntry("REGULATOR_FEEDBACK", java.time.LocalDate.parse("2024-10-15"));
        assertThat(store.findById(c.id().value()).orElseThrow().timeline().get(0).details())
                .containsEntry(EventDetail.REGULATOR_RECEIVED_ON, "2024-09-10");
        c = complaints.act(c, new ComplaintAction.Accept(), "EMP-001");
        c = complaints.act(c, new ComplaintAction.Assign("EMP-002"), "EMP-001");
        c = complaints.act(c, new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002");
        c = complaints.act(c, new ComplaintAction.ReportToRegulator("已向监管部门反馈处理结果"), "EMP-002");
        assertThat(c.lastEvent().type()).isEqualTo(ComplaintEventType.REGULATOR_FEEDBACK);
        assertThat(c.status()).isEqualTo(io.consumerprotection.core.complaint.ComplaintStatus.DECIDED);
    }

    @Test
    void theRegulatorsDatesBelongToAForwardedComplaintOnly() {
        Intake hotline = ComplaintFixtures.intake("HL-88").regulatorReceivedOn(java.time.LocalDate.parse("2024-09-10")).build();
        assertThatThrownBy(() -> complaints.intake(hotline, "EMP-001"))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule()).containsExactly("regulatorReceivedOn NOT_FORWARDED"));
        Intake backwards = ComplaintFixtures.intake("NFRA-89").channel(io.consumerprotection.core.complaint.Channel.REGULATOR_TRANSFER)
                .regulatorReceivedOn(java.time.LocalDate.parse("2024-09-21"))
                .regulatorFeedbackDue(java.time.LocalDate.parse("2024-09-19")).build();
        assertThatThrownBy(() -> complaints.intake(backwards, "EMP-001"))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule()).containsExactly(
                                "regulatorFeedbackDue FEEDBACK_DUE_ORDER", "regulatorReceivedOn REGULATOR_RECEIPT_ORDER"));
        Complaint own = registered("HL-90");
        Complaint decided = complaints.act(complaints.act(complaints.act(complaints.act(own, new ComplaintAction.Accept(),
                "EMP-001"), new ComplaintAction.Assign("EMP-002"), "EMP-001"),
                new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-002"),
                new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002");
        assertThatThrownBy(() -> complaints.act(decided, new ComplaintAction.ReportToRegulator("反馈"), "EMP-002"))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("NOT_FORWARDED"));
    }

    /** A clock a test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void getThrowsAndFindIsEmptyForAnUnknownId() {
        ComplaintId unknown = ComplaintId.of("nope");
        assertThat(complaints.find(unknown)).isEmpty();
        assertThatThrownBy(() -> complaints.get(unknown)).isInstanceOf(ComplaintNotFoundException.class)
                .hasMessageContaining("nope");
    }
}
