package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentClockTest {

    static final Instant FOUND = Instant.parse("2026-03-02T01:30:00Z");
    private final IncidentClock clock = IncidentClock.of(IncidentPolicy.bundled());

    static DataIncident incident(boolean endangers, IncidentEvent... events) {
        return new DataIncident(IncidentId.of("INC-1"), "BR-001", FOUND, Set.of(FieldType.MOBILE, FieldType.NAME),
                AffectedConsumers.of("PERSONAL_CUSTOMERS", 120), "", endangers, "", "2026a", List.of(events), 1);
    }

    static IncidentEvent event(IncidentEventType type, Duration after) {
        return new IncidentEvent(type, FOUND.plus(after), "STAFF-1", "", type == IncidentEventType.CONSUMERS_NOTIFIED ? 120 : 0);
    }

    @Test
    void anIncidentThatDoesNotEndangerSafetyIsReportedAndToldWithin72Hours() {
        List<IncidentDue> dues = clock.evaluate(incident(false), FOUND.plus(Duration.ofHours(10)));
        assertThat(dues).extracting(IncidentDue::duty).containsExactly(IncidentDuty.REPORT_REGULATOR, IncidentDuty.NOTIFY_CONSUMERS);
        assertThat(dues).extracting(IncidentDue::dueAt).containsOnly(Instant.parse("2026-03-05T01:30:00Z"));
        assertThat(dues).extracting(IncidentDue::status).containsOnly(DutyStatus.ON_TRACK);
        assertThat(dues.get(0).explanation()).contains("PT72H", "art. 34", "2026a");
    }

    @Test
    void anIncidentThatMayEndangerSafetyIsReportedAtOnce() {
        IncidentDue report = clock.evaluate(incident(true), IncidentDuty.REPORT_REGULATOR, FOUND.plus(Duration.ofMinutes(30)));
        assertThat(report.dueAt()).isEqualTo(Instant.parse("2026-03-02T02:30:00Z"));
        assertThat(report.status()).isEqualTo(DutyStatus.ON_TRACK);
        assertThat(clock.evaluate(incident(true), IncidentDuty.REPORT_REGULATOR, FOUND.plus(Duration.ofMinutes(49))).status())
                .isEqualTo(DutyStatus.AT_RISK);
        assertThat(clock.evaluate(incident(true), IncidentDuty.REPORT_REGULATOR, FOUND.plus(Duration.ofMinutes(61))).status())
                .isEqualTo(DutyStatus.OVERDUE);
    }

    @Test
    void theFirstEventMeetsTheDutyOnTimeOrLate() {
        DataIncident onTime = incident(false, event(IncidentEventType.REGULATOR_REPORTED, Duration.ofHours(72)));
        DataIncident late = incident(false, event(IncidentEventType.REGULATOR_REPORTED, Duration.ofHours(80)),
                event(IncidentEventType.REGULATOR_REPORTED, Duration.ofHours(72).plusSeconds(1)));
        Instant later = FOUND.plus(Duration.ofDays(30));
        assertThat(clock.evaluate(onTime, IncidentDuty.REPORT_REGULATOR, later).status()).isEqualTo(DutyStatus.MET);
        IncidentDue lateDue = clock.evaluate(late, IncidentDuty.REPORT_REGULATOR, later);
        assertThat(lateDue.status()).isEqualTo(DutyStatus.MET_LATE);
        assertThat(lateDue.metAt()).isEqualTo(FOUND.plus(Duration.ofHours(72).plusSeconds(1)));
    }

    @Test
    void aPastInstantIgnoresStepsTakenAfterIt() {
        DataIncident reported = incident(false, event(IncidentEventType.REGULATOR_REPORTED, Duration.ofHours(30)));
        assertThat(clock.evaluate(reported, IncidentDuty.REPORT_REGULATOR, FOUND.plus(Duration.ofHours(29))).status())
                .isEqualTo(DutyStatus.ON_TRACK);
        assertThat(clock.evaluate(reported, IncidentDuty.REPORT_REGULATOR, FOUND.plus(Duration.ofHours(30))).status())
                .isEqualTo(DutyStatus.MET);
    }

    @Test
    void closingDoesNotMeetADuty() {
        DataIncident closed = incident(false, event(IncidentEventType.CLOSED, Duration.ofHours(2)));
        assertThat(clock.evaluate(closed, FOUND.plus(Duration.ofDays(4)))).extracting(IncidentDue::status)
                .containsOnly(DutyStatus.OVERDUE);
    }

    @Test
    void aHostPolicyChangesTheTermsAndItsVersionIsCited() {
        IncidentPolicy mine = IncidentPolicy.bundled().withTerm(IncidentDuty.REPORT_REGULATOR, true,
                new IncidentPolicy.Term(Duration.ofMinutes(30), "host rule 7", "host"), "host-1");
        IncidentDue due = IncidentClock.of(mine).evaluate(incident(true), IncidentDuty.REPORT_REGULATOR, FOUND);
        assertThat(due.dueAt()).isEqualTo(FOUND.plus(Duration.ofMinutes(30)));
        assertThat(due.explanation()).contains("host rule 7", "host-1");
    }

    @Test
    void aTableMissingATermIsRefusedNamingTheDuty() {
        String table = "version\tx\ndue\tREPORT_REGULATOR\ttrue\tPT1H\tc\tA\ndue\tREPORT_REGULATOR\tfalse\tPT72H\tc\tA\n";
        assertThatThrownBy(() -> IncidentPolicy.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOTIFY_CONSUMERS");
        String bad = "version\tx\ndue\tREPORT_REGULATOR\ttrue\t72 hours\tc\tA\n";
        assertThatThrownBy(() -> IncidentPolicy.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    }
}
