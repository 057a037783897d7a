package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.appraisal.Appraisal;
import io.consumerprotection.core.appraisal.AppraisalPeriod;
import io.consumerprotection.core.appraisal.Assessment;
import io.consumerprotection.core.appraisal.ComplaintIndicators;
import io.consumerprotection.core.appraisal.IndicatorId;
import io.consumerprotection.core.appraisal.IndicatorValues;
import io.consumerprotection.core.appraisal.Scorecard;
import io.consumerprotection.core.appraisal.ScorecardId;
import io.consumerprotection.core.appraisal.UnitId;
import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.FindingKind;
import io.consumerprotection.core.review.Checklist;
import io.consumerprotection.core.review.Launch;
import io.consumerprotection.core.review.MarketingChannel;
import io.consumerprotection.core.review.MarketingItem;
import io.consumerprotection.core.review.NotApprovedException;
import io.consumerprotection.core.review.Review;
import io.consumerprotection.core.review.ReviewAudit;
import io.consumerprotection.core.review.ReviewBook;
import io.consumerprotection.core.review.ReviewId;
import io.consumerprotection.core.review.ReviewIndicators;
import io.consumerprotection.core.review.ReviewOutcome;
import io.consumerprotection.core.review.ReviewScanner;
import io.consumerprotection.core.review.ReviewStatistics;
import io.consumerprotection.core.review.ReviewSubject;
import io.consumerprotection.core.review.ReviewSubjectKind;
import io.consumerprotection.core.review.SubjectUse;
import io.consumerprotection.core.calendar.CalendarCoverageException;
import io.consumerprotection.core.calendar.CalendarHealth;
import io.consumerprotection.core.calendar.CalendarHealthReport;
import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.core.classification.SuggestionFloor;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.DeadlineEvaluation;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.core.audit.JsonLinesFindings;
import io.consumerprotection.core.audit.RunRecord;
import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.InvalidClassificationException;
import io.consumerprotection.core.classification.Suggestions;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.Decision;
import io.consumerprotection.core.complaint.DecisionOutcome;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.core.statistics.GroupFigures;
import io.consumerprotection.core.statistics.Grouping;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.statistics.StatisticsReport;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.testkit.InMemoryAppraisalFactsSource;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import io.consumerprotection.testkit.InMemoryConsentRegistry;
import io.consumerprotection.testkit.InMemoryPermissionCheck;
import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.core.privacy.IdentifierType;
import io.consumerprotection.core.privacy.InvalidReason;
import io.consumerprotection.core.privacy.LegalBasis;
import io.consumerprotection.core.privacy.Masker;
import io.consumerprotection.core.privacy.MaskingChannel;
import io.consumerprotection.core.privacy.PersonalDataAccess;
import io.consumerprotection.core.privacy.Recipient;
import io.consumerprotection.core.privacy.RevealRequest;
import io.consumerprotection.core.privacy.ScrubResult;
import io.consumerprotection.core.privacy.SharingDecision;
import io.consumerprotection.core.privacy.SharingReason;
import io.consumerprotection.core.privacy.SharingRequest;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets, line for line (ReadmeSnippetsTest checks that every code line of a snippet marked
 * {@code <!-- runs in ReadmeExampleTest -->} in README.md and README.zh-CN.md is here), so they cannot rot.
 */
class ReadmeExampleTest {

    @Test
    void theQuickStartRunsAsDocumented() {
        ComplaintStore store = new InMemoryComplaintStore();
        InMemoryNotificationSender sender = new InMemoryNotificationSender();
        AuditSink auditSink = new InMemoryAuditSink();
        Instant receivedAt = Instant.parse("2024-09-20T02:15:00Z");
        ConsumerProtection cp = ConsumerProtection.builder()
                .complaintStore(store)
                .notificationSender(sender)
                .auditSink(auditSink)
                .clock(Clock.fixed(receivedAt.plusSeconds(3600), ZoneOffset.UTC))
                .build();
        Complaints complaints = cp.complaints();

        Complaint c = complaints.intake(Intake.builder()
                .channel(Channel.HOTLINE).channelReference("95588-20240920-0001")
                .complainant(Complainant.person("CUST-10086", "欧阳娜娜"))
                .request("退还信用卡年费").narrative("信用卡年费未经告知被扣收300元，要求退还。")
                .receivedAt(receivedAt).receivingUnit("BR-0101").firstContactHandler("EMP-001")
                .build(), "EMP-001").complaint();

        c = complaints.act(c, new ComplaintAction.Accept(), "EMP-001");
        c = complaints.act(c, new ComplaintAction.Assign("EMP-002"), "EMP-001");
        c = complaints.act(c, new ComplaintAction.StartInvestigation(), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, "调解"), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Resume(), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX, "HO-SM-01", NoticeMethod.POST, "外部鉴定"), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Classify(Map.of("CHANNEL", "01032", "BUSINESS", "06022",
                "CAUSE", "0703", "RESPONSIBILITY", "01")), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Decide(Decision.withAllRemedies(
                DecisionOutcome.UPHELD, "findings", "grounds", NoticeMethod.SMS, "SMS-0001")), "EMP-002");
        c.dueDates();
        c.timeline();

        assertThat(c.status()).isEqualTo(ComplaintStatus.DECIDED);
        assertThat(c.classification()).containsEntry("SOURCE", "01").containsEntry("LEVEL", "01");
        assertThat(c.dueDates()).containsKeys("DECISION", "CONTACT", "PLAN", "RESOLVE");
        // extended to 60 days: received 2024-09-20, day 60 is 2024-11-19, a Tuesday
        assertThat(c.dueDates().get("DECISION")).isEqualTo(LocalDate.of(2024, 11, 19));
        assertThat(c.timeline()).hasSize(9);
        assertThat(sender.delivered()).hasSize(4);

        classificationAndStatistics(cp, store);
        audit(cp);
        appraisal(store, sender, auditSink);
        personalFinancialInformation(store, sender, auditSink);
    }

    private static String loadIdNumber() {
        return "11010519491231002X";
    }

    /** The README's personal financial information snippet, on the quick start's store, sender and audit sink. */
    private static void personalFinancialInformation(ComplaintStore store, InMemoryNotificationSender sender,
                                                     AuditSink auditSink) {
        InMemoryPermissionCheck permissions = new InMemoryPermissionCheck()
                .grant("EMP-7", PersonalDataAccess.permission(FieldType.RESIDENT_ID));
        ConsumerProtection cp = ConsumerProtection.builder()
                .complaintStore(store).notificationSender(sender).auditSink(auditSink)
                .permissionCheck(permissions).consentRegistry(new InMemoryConsentRegistry())
                .build();
        Masker masker = cp.masker();
        masker.mask(FieldType.BANK_CARD, "6222021234567890128");
        masker.mask(FieldType.NAME, "欧阳娜娜", MaskingChannel.PRINTED_SLIP);
        IdentifierType.RESIDENT_ID.check("110105194912310021").reason();
        ScrubResult r = cp.scrubber().scrub("卡号6222021234567890128，验证码836271");
        r.text();
        RevealRequest request = new RevealRequest("EMP-7", FieldType.RESIDENT_ID, "CUST-1", "核实身份后办理挂失");
        cp.findPersonalDataAccess().orElseThrow().reveal(request, () -> loadIdNumber());
        SharingRequest sharingRequest = new SharingRequest("EMP-7", "CUST-1", "INSURANCE_AGENCY",
                new Recipient("INSURER-9", false), Map.of(FieldType.NAME, "张三"), LegalBasis.CONTRACT, "CN", null);
        cp.findSharingPolicy().orElseThrow().decide(sharingRequest);
        cp.verifyAuditTrail();

        assertThat(masker.mask(FieldType.BANK_CARD, "6222021234567890128")).isEqualTo("622202*********0128");
        assertThat(masker.mask(FieldType.NAME, "欧阳娜娜", MaskingChannel.PRINTED_SLIP)).isEqualTo("欧阳**");
        assertThat(IdentifierType.RESIDENT_ID.check("110105194912310021").reason())
                .hasValue(InvalidReason.ID_CHECK_CHARACTER_MISMATCH);
        assertThat(r.text()).isEqualTo("卡号622202*********0128，验证码******");
        assertThat(cp.findPersonalDataAccess().orElseThrow().reveal(request, () -> loadIdNumber()).value()).contains(loadIdNumber());
        assertThat(cp.findPersonalDataAccess().orElseThrow().reveal(new RevealRequest("EMP-8", FieldType.RESIDENT_ID, "CUST-1", "好奇"),
                () -> loadIdNumber()).isGranted()).isFalse();
        SharingDecision d = cp.findSharingPolicy().orElseThrow().decide(sharingRequest);
        assertThat(d.outcome()).isEqualTo(SharingDecision.Outcome.DENY);
        assertThat(d.reasons()).extracting(SharingReason::code).containsExactly("OUTSIDE_COOPERATION_SCOPE");
        assertThat(d.reasons().get(0).citation()).contains("JR/T 0171");
        assertThat(cp.verifyAuditTrail().isIntact()).isTrue();
    }

    /** The README's appraisal snippet, on the quick start's store, sender and audit sink. */
    private static void appraisal(ComplaintStore store, InMemoryNotificationSender sender, AuditSink auditSink) {
        InMemoryAppraisalFactsSource facts = new InMemoryAppraisalFactsSource();
        ConsumerProtection scoring = ConsumerProtection.builder()
                .complaintStore(store).notificationSender(sender).auditSink(auditSink)
                .appraisalFactsSource(facts)
                .build();
        AppraisalPeriod period = AppraisalPeriod.parse("2024-H2");
        StatisticsReport half = scoring.statistics(ReportingPeriod.parse("2024-H2")).groupBy(Grouping.receivingUnit()).build()
                .compute(store.stream(ComplaintQuery.all()));
        GroupFigures branch = half.groups(Grouping.receivingUnit()).get(0);
        IndicatorValues values = scoring.findAppraisalFacts().orElseThrow().derive(UnitId.of("BR-0101"), period)
                .with(ComplaintIndicators.of(branch.current(), branch.yearBefore()))
                .with(IndicatorId.of("product.pre-review-coverage"), new BigDecimal("0.95"));
        Scorecard card = scoring.scorecards().get(ScorecardId.BRANCH_2025);
        Appraisal ap = card.assess(period, Map.of(UnitId.of("BR-0101"), values /*, more units */));
        Assessment a = ap.get(UnitId.of("BR-0101"));
        a.explain();
        ap.whatIf(UnitId.of("BR-0101"), IndicatorId.COMPLAINT_ON_TIME_RATE, new BigDecimal("0.02")).pointsGained();

        assertThat(branch.key()).containsExactly("BR-0101");
        assertThat(a.unit()).isEqualTo(UnitId.of("BR-0101"));
        assertThat(a.explain()).isNotBlank();
        assertThat(ConsumerProtection.builder().complaintStore(store).notificationSender(sender)
                .auditSink(auditSink).build().findAppraisalFacts()).isEmpty();
    }

    /** The README's working days and deadlines snippet, and the calendar health one, each on a cp of its own. */
    @Test
    void workingDaysAndDeadlinesRunAsDocumented() {
        ComplaintStore store = new InMemoryComplaintStore();
        Instant receivedAt = Instant.parse("2024-09-20T02:15:00Z");
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .clock(Clock.fixed(receivedAt.plusSeconds(3600), ZoneOffset.UTC)).build();
        Complaint c = cp.complaints().intake(Intake.builder()
                .channel(Channel.HOTLINE).channelReference("95588-20240920-0002")
                .complainant(Complainant.person("CUST-10087", "张三"))
                .request("退还信用卡年费").narrative("信用卡年费未经告知被扣收。")
                .receivedAt(receivedAt).receivingUnit("BR-0101").firstContactHandler("EMP-001")
                .build(), "EMP-001").complaint();

        WorkingCalendar cn = WorkingCalendars.chinaMainland();
        cn.isWorkingDay(LocalDate.of(2024, 2, 18));
        cn.addWorkingDays(LocalDate.of(2024, 2, 8), 3);
        cn.workingDaysBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 19));
        try {
            cn.isWorkingDay(LocalDate.of(2027, 1, 4));
            org.assertj.core.api.Assertions.fail("a day past the data is not guessed");
        } catch (CalendarCoverageException expected) {
            assertThat(expected.code()).isEqualTo("CALENDAR_COVERAGE");
        }

        ComplaintRecord record = store.findById(c.id().value()).orElseThrow();
        DeadlineEngine engine = cp.deadlines();
        engine.dueDates(record, PolicyId.NFRA_2020_3);
        DeadlineEvaluation e = engine.evaluate(record, PolicyId.NFRA_2020_3);
        cp.deadlineScan().run(ComplaintQuery.all(), PolicyId.NFRA_2020_3, Instant.now());

        assertThat(cn.version()).isEqualTo("2026a");
        assertThat(cn.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
        assertThat(cn.addWorkingDays(LocalDate.of(2024, 2, 8), 3)).isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(cn.workingDaysBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 19))).isEqualTo(3);
        assertThat(engine.dueDates(record, PolicyId.NFRA_2020_3)).containsEntry("DECISION", LocalDate.of(2024, 10, 8));
        assertThat(e).isNotNull();
        calendarHealth(store);
    }

    private static void calendarHealth(ComplaintStore store) {
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .clock(Clock.fixed(Instant.parse("2026-12-03T04:00:00Z"), ZoneOffset.UTC)).build();
        CalendarHealthReport health = cp.calendarHealth();
        health.status();
        health.calendars().get(0);

        assertThat(health.status()).isEqualTo(CalendarHealth.Status.ENDED);
        assertThat(health.calendars().get(0).coverageEnd()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(health.calendars().get(0).daysLeft()).isEqualTo(-54);
    }

    /** The README's classification and statistics snippet, on the quick start's cp and store. */
    private static void classificationAndStatistics(ConsumerProtection cp, ComplaintStore store) {
        Suggestions s = cp.narrativeClassifier().suggest("信用卡没有被盗刷，但年费被扣了，要求退还");
        s.top(Dimension.BUSINESS);
        SuggestionFloor.defaults().find(s, Dimension.BUSINESS);
        ClassificationScheme version = cp.classificationValidator().validate(Map.of("BUSINESS", "06022", "CAUSE", "0703", "RIGHT", "02|04"),
                LocalDate.of(2025, 3, 1), false);
        StatisticsReport r = cp.statistics(ReportingPeriod.parse("2024-H2"))
                .groupBy(Grouping.by(Dimension.BUSINESS, 2), Grouping.receivingUnit()).build()
                .compute(store.stream(ComplaintQuery.all()));
        r.yearOnYear().percent();
        r.regulatorTable();

        assertThat(s.top(Dimension.BUSINESS).orElseThrow().code()).isEqualTo("06022");
        assertThat(s.top(Dimension.BUSINESS).orElseThrow().evidence()).contains("信用卡", "年费").doesNotContain("盗刷");
        assertThat(version.version()).isEqualTo("2018.1");
        assertThatThrownBy(() -> cp.classificationValidator().validate(Map.of("BUSINESS", "9999"), LocalDate.of(2025, 3, 1), false))
                .isInstanceOf(InvalidClassificationException.class).hasMessageContaining("BUSINESS");
        assertThat(r.total().complaints()).isEqualTo(1);
        assertThat(r.yearOnYear().percent()).isEmpty();
    }

    /** The README's audit snippet. */
    private static void audit(ConsumerProtection cp) {
        StringWriter writer = new StringWriter();
        RunRecord run = cp.audit(BuiltInRules.complaints())
                .parallelism(2)
                .build()
                .execute(JsonLinesFindings.to(writer));
        run.summaries();
        run.dataVersions();

        assertThat(run.inputCounts()).containsEntry("COMPLAINT", 1L);
        assertThat(run.summaries()).isNotEmpty();
        assertThat(run.dataVersions()).isNotEmpty();
    }

    /** The README's 消保审查 snippet: the register, the launch gate, statistics, the indicator and the audit rules. */
    @Test
    void reviewsRunAsDocumented() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        ReviewSubject product = ReviewSubject.of(ReviewSubjectKind.PRODUCT, "zxy-sd", "“智享盈”结构性存款");
        ReviewSubject sms = ReviewSubject.of(ReviewSubjectKind.MARKETING, "sms-0412", "理财到期提醒短信");
        String text = "到期提醒：本产品不保本。";
        Review review = Review.request(ReviewId.of("RV-9"), sms, "1", "个人金融部", day, Checklist.builtIn())
                .decide(ReviewOutcome.PASSED, day.plusDays(3));
        ReviewBook book = ReviewBook.empty().with(review).with(MarketingItem.active(sms, "1", MarketingChannel.SMS, text));
        assertThat(book.requireApproved("sms-0412", "1").id()).isEqualTo(ReviewId.of("RV-9"));
        try {
            book.requireApproved("zxy-sd", "1.0");
            org.assertj.core.api.Assertions.fail("a product never reviewed is not approved");
        } catch (NotApprovedException expected) {
            assertThat(expected.code()).isEqualTo("NOT_APPROVED");
            assertThat(expected.getMessage()).contains("无审查、不上线");
        }
        book = book.withdraw("sms-0412", "含“稳赚”表述", review.id(), day.plusDays(10));
        try {
            book.requireApproved("sms-0412", "1");
            org.assertj.core.api.Assertions.fail("a withdrawn marketing item is not approved");
        } catch (NotApprovedException expected) {
            assertThat(expected.code()).isEqualTo("MARKETING_WITHDRAWN");
        }
        AppraisalPeriod period = AppraisalPeriod.parse("2025-H1");
        ReviewStatistics.of(book.reviews(), period.from(), period.to(), period.to());
        List<Launch> launches = List.of(new Launch(product, "1.0", day.plusDays(5)));
        ReviewIndicators.derive(book, launches, period);
        List<SubjectUse> uses = List.of(new SubjectUse(sms, "1", day.plusDays(20)));
        AuditContext ctx = AuditContext.builder(Instant.parse("2025-06-01T00:00:00Z")).zone(ZoneId.of("Asia/Shanghai")).build();
        ReviewAudit.check(book, uses, ReviewScanner.builtIn(), ctx);

        ReviewStatistics stats = ReviewStatistics.of(book.reviews(), period.from(), period.to(), period.to());
        assertThat(stats.reviews()).isEqualTo(1);
        assertThat(stats.byKind()).containsEntry(ReviewSubjectKind.MARKETING, 1);
        assertThat(ReviewIndicators.derive(book, launches, period).find(IndicatorId.of("product.pre-review-coverage")))
                .isPresent();
        List<Finding> findings = ReviewAudit.check(book, uses, ReviewScanner.builtIn(), ctx);
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.ruleId().value()).startsWith("CP-REVIEW-"));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.subjectId()).isEqualTo("sms-0412@1");
            assertThat(f.ruleId().value()).isEqualTo("CP-REVIEW-003");
            assertThat(f.kind()).isEqualTo(FindingKind.FAIL);
        });
    }
}
