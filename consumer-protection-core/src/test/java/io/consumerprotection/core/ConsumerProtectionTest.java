package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.Violation;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConsumerProtectionTest {

    @Test
    void buildFailsNamingEveryMissingProvider() {
        assertThatThrownBy(() -> ConsumerProtection.builder().auditSink(new InMemoryAuditSink()).build())
                .isInstanceOfSatisfying(MissingProviderException.class, e -> {
                    assertThat(e.code()).isEqualTo("MISSING_PROVIDER");
                    assertThat(e.violations()).extracting(Violation::field)
                            .containsExactly("complaintStore", "notificationSender");
                });
    }

    @Test
    @SuppressWarnings("deprecation")
    void buildsWithExplicitWiring() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        Clock clock = Clock.fixed(Instant.parse("2024-09-20T02:15:00Z"), ZoneOffset.UTC);
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .clock(clock).build();
        assertThat(cp.complaintStore()).isSameAs(store);
        assertThat(cp.clock()).isSameAs(clock);
    }

    @Test
    void anOptionalCapabilityIsPresentOnlyWhenItsProviderIsWired() {
        ConsumerProtection bare = ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink()).build();
        assertThat(bare.findPersonalDataAccess()).isEmpty();
        assertThat(bare.findSharingPolicy()).isEmpty();
        assertThat(bare.findAppraisalFacts()).isEmpty();
        assertThat(bare.findReviews()).isEmpty();

        var facts = new io.consumerprotection.testkit.InMemoryAppraisalFactsSource();
        ConsumerProtection wired = ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .permissionCheck(new io.consumerprotection.testkit.InMemoryPermissionCheck())
                .consentRegistry(new io.consumerprotection.testkit.InMemoryConsentRegistry())
                .appraisalFactsSource(facts).build();
        assertThat(wired.findPersonalDataAccess()).isPresent();
        assertThat(wired.findSharingPolicy()).isPresent();
        var unit = io.consumerprotection.core.appraisal.UnitId.of("ZX");
        var period = io.consumerprotection.core.appraisal.AppraisalPeriod.parse("2025");
        assertThat(wired.findAppraisalFacts().orElseThrow().derive(unit, period))
                .isEqualTo(io.consumerprotection.core.appraisal.FactIndicators.derive(facts, unit, period));
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedAccessorsStillThrowWhenNothingWasWired() {
        ConsumerProtection bare = ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink()).build();
        assertThatThrownBy(bare::personalDataAccess).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PermissionCheck");
        assertThatThrownBy(bare::sharingPolicy).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ConsentRegistry");
        assertThatThrownBy(() -> bare.appraisalFacts(io.consumerprotection.core.appraisal.UnitId.of("ZX"),
                io.consumerprotection.core.appraisal.AppraisalPeriod.parse("2025")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AppraisalFactsSource");
    }

    @Test
    void discoveryWithNoRegisteredProviderStillFailsAtBuild() {
        assertThatThrownBy(() -> ConsumerProtection.builder().discoverProviders().build())
                .isInstanceOf(MissingProviderException.class);
    }

    @Test
    void scorecardsAreBuiltInAndABadHostScorecardFailsAtBuild() {
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink()).build();
        assertThat(cp.scorecards().ids()).contains(io.consumerprotection.core.appraisal.ScorecardId.BRANCH_2025,
                io.consumerprotection.core.appraisal.ScorecardId.NFRA_2025);
        assertThat(cp.findAppraisalFacts()).isEmpty();

        var provider = new io.consumerprotection.testkit.InMemoryScorecardProvider()
                .put(new io.consumerprotection.spi.appraisal.ScorecardDefinition("HOST-1", "test", "not a scorecard"));
        assertThatThrownBy(() -> ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .scorecardProvider(provider).build())
                .isInstanceOf(io.consumerprotection.spi.ConsumerProtectionException.class);
    }

    @Test
    void anUnknownComplaintPolicyFailsAtBuild() {
        assertThatThrownBy(() -> ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .complaintPolicies(io.consumerprotection.core.deadline.PolicyId.of("NO-SUCH-POLICY")).build())
                .isInstanceOf(io.consumerprotection.spi.ConsumerProtectionException.class)
                .hasMessageContaining("NO-SUCH-POLICY");
    }

    private static ConsumerProtection at(String instant) {
        return ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).build();
    }

    @Test
    void calendarHealthReportsEachCalendarInUseOnceAsOfTheClocksToday() {
        var report = at("2026-12-03T02:00:00Z").calendarHealth();
        assertThat(report.today()).isEqualTo(java.time.LocalDate.of(2026, 12, 3));
        assertThat(report.calendars()).singleElement().satisfies(h -> {
            assertThat(h.calendarId().toString()).isEqualTo("CN");
            assertThat(h.coverageEnd()).isEqualTo(java.time.LocalDate.of(2026, 10, 10));
            assertThat(h.daysLeft()).isEqualTo(-54);
            assertThat(h.status()).isEqualTo(io.consumerprotection.core.calendar.CalendarHealth.Status.ENDED);
        });
        assertThat(report.status()).isEqualTo(io.consumerprotection.core.calendar.CalendarHealth.Status.ENDED);
        assertThat(report.needingAttention()).hasSize(1);
    }

    @Test
    void calendarHealthIsOkWellBeforeTheEndAndEndsSoonWithinSixtyDays() {
        assertThat(at("2026-08-10T00:00:00Z").calendarHealth().status())
                .isEqualTo(io.consumerprotection.core.calendar.CalendarHealth.Status.OK);
        assertThat(at("2026-08-11T00:00:00Z").calendarHealth().status())
                .isEqualTo(io.consumerprotection.core.calendar.CalendarHealth.Status.ENDS_SOON);
        assertThat(at("2026-08-11T00:00:00Z").calendarHealth().needingAttention()).singleElement()
                .satisfies(h -> assertThat(h.daysLeft()).isEqualTo(60));
    }

    @Test
    void thePureCheckFollowsTransferredPolicies() {
        var engine = io.consumerprotection.core.deadline.DeadlineEngine.builder().build();
        var report = ConsumerProtection.calendarHealth(engine,
                java.util.List.of(io.consumerprotection.core.deadline.PolicyId.NFRA_2020_3,
                        io.consumerprotection.core.deadline.PolicyId.INTERNAL_3_5_10),
                java.time.LocalDate.of(2025, 1, 2));
        assertThat(report.calendars()).extracting(h -> h.calendarId().toString()).containsExactly("CN");
        assertThat(report.status()).isEqualTo(io.consumerprotection.core.calendar.CalendarHealth.Status.OK);
    }

    /** What {@code build()} logs at {@code asOf} (slf4j-simple, the test binding, writes to System.err). */
    private static String logOfBuildAt(String instant, boolean provisional) {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                    .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                    .allowProvisionalCalendar(provisional)
                    .clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).build();
        } finally {
            System.setErr(err);
        }
        return captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static java.util.List<String> coverageLines(String log) {
        return log.lines().filter(l -> l.contains("calendar coverage")).toList();
    }

    @Test
    void buildWarnsWithinSixtyDaysOfTheCoverageEndNamingTheEndAndTheRemedy() {
        // the bundled CN data ends on 2026-10-10: 2026-08-11 is 60 days before it
        assertThat(coverageLines(logOfBuildAt("2026-08-11T00:00:00Z", false))).singleElement().satisfies(line -> {
            assertThat(line).contains(" WARN ").contains(ConsumerProtection.class.getName())
                    .contains("ENDS_SOON").contains("calendar CN version 2026a data ends on 2026-10-10")
                    .contains("60 days from today 2026-08-11")
                    .contains("calendar import-notice").contains("HolidayCalendarProvider")
                    .contains("allowProvisionalCalendar(true)");
        });
        assertThat(coverageLines(logOfBuildAt("2026-10-10T12:00:00Z", false))).singleElement()
                .satisfies(line -> assertThat(line).contains(" WARN ").contains("0 days from today"));
        assertThat(coverageLines(logOfBuildAt("2026-12-03T02:00:00Z", false))).singleElement()
                .satisfies(line -> assertThat(line).contains(" WARN ").contains("ENDED").contains("-54 days"));
    }

    @Test
    void buildDoesNotWarnSixtyOneDaysOrMoreBeforeTheCoverageEnd() {
        assertThat(coverageLines(logOfBuildAt("2026-08-10T00:00:00Z", false))).isEmpty();
        assertThat(coverageLines(logOfBuildAt("2026-03-01T00:00:00Z", false))).isEmpty();
    }

    @Test
    void withProvisionalAnswersTheWarningSaysTheyAreInUseUntilTheNextNotice() {
        assertThat(coverageLines(logOfBuildAt("2026-09-01T00:00:00Z", true))).singleElement().satisfies(line ->
                assertThat(line).contains(" WARN ").contains("2026-10-10").contains("provisional Monday-Friday answers are in use")
                        .contains("calendar import-notice"));
    }
}
