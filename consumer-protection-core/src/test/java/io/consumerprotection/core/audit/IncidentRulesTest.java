package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.privacy.AffectedConsumers;
import io.consumerprotection.core.privacy.DataIncident;
import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.core.privacy.IncidentEvent;
import io.consumerprotection.core.privacy.IncidentEventType;
import io.consumerprotection.core.privacy.IncidentId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentRulesTest {

    private static final Instant FOUND = Instant.parse("2026-03-02T01:30:00Z");

    private static DataIncident incident(String id, boolean endangers, String cause, String rect, IncidentEvent... events) {
        return new DataIncident(IncidentId.of(id), "BR-001", FOUND, Set.of(FieldType.MOBILE),
                AffectedConsumers.of("PERSONAL_CUSTOMERS", 120), cause, endangers, rect, "2026a", List.of(events), 3);
    }

    private static IncidentEvent at(IncidentEventType type, Duration after, long count) {
        return new IncidentEvent(type, FOUND.plus(after), "S", "", count);
    }

    private static FindingKind kind(String rule, DataIncident i, Duration asOfAfter) {
        Rule<DataIncident> r = AuditFixtures.rule(rule);
        return r.check(i, AuditContext.builder(FOUND.plus(asOfAfter)).build()).kind();
    }

    @Test
    void reportedLateOrNotAtAll() {
        Duration later = Duration.ofDays(10);
        assertThat(kind("CP-PRIVACY-005", incident("A", false, "", "", at(IncidentEventType.REGULATOR_REPORTED, Duration.ofHours(70), 0)), later))
                .isEqualTo(FindingKind.PASS);
        assertThat(kind("CP-PRIVACY-005", incident("B", false, "", "", at(IncidentEventType.REGULATOR_REPORTED, Duration.ofHours(73), 0)), later))
                .isEqualTo(FindingKind.FAIL);
        assertThat(kind("CP-PRIVACY-005", incident("C", true, "", "", at(IncidentEventType.REGULATOR_REPORTED, Duration.ofHours(2), 0)), later))
                .isEqualTo(FindingKind.FAIL);
        assertThat(kind("CP-PRIVACY-005", incident("D", false, "", ""), later)).isEqualTo(FindingKind.FAIL);
        assertThat(kind("CP-PRIVACY-005", incident("E", false, "", ""), Duration.ofHours(3))).isEqualTo(FindingKind.NOT_APPLICABLE);
    }

    @Test
    void consumersNotToldToldLateOrOnlySome() {
        Duration later = Duration.ofDays(10);
        assertThat(kind("CP-PRIVACY-006", incident("A", false, "", ""), later)).isEqualTo(FindingKind.FAIL);
        assertThat(kind("CP-PRIVACY-006", incident("B", false, "", "", at(IncidentEventType.CONSUMERS_NOTIFIED, Duration.ofHours(80), 120)), later))
                .isEqualTo(FindingKind.FAIL);
        assertThat(kind("CP-PRIVACY-006", incident("C", false, "", "", at(IncidentEventType.CONSUMERS_NOTIFIED, Duration.ofHours(8), 100)), later))
                .isEqualTo(FindingKind.NEEDS_REVIEW);
        assertThat(kind("CP-PRIVACY-006", incident("D", false, "", "", at(IncidentEventType.CONSUMERS_NOTIFIED, Duration.ofHours(8), 100),
                at(IncidentEventType.CONSUMERS_NOTIFIED, Duration.ofHours(9), 20)), later)).isEqualTo(FindingKind.PASS);
        assertThat(kind("CP-PRIVACY-006", incident("E", false, "", ""), Duration.ofHours(1))).isEqualTo(FindingKind.NOT_APPLICABLE);
    }

    @Test
    void closedWithoutCauseOrRectificationFails() {
        IncidentEvent closed = at(IncidentEventType.CLOSED, Duration.ofDays(3), 0);
        Duration later = Duration.ofDays(10);
        assertThat(kind("CP-PRIVACY-007", incident("A", false, "cause", "RECT-1", closed), later)).isEqualTo(FindingKind.PASS);
        assertThat(kind("CP-PRIVACY-007", incident("B", false, "", "RECT-1", closed), later)).isEqualTo(FindingKind.FAIL);
        assertThat(kind("CP-PRIVACY-007", incident("C", false, "cause", "", closed), later)).isEqualTo(FindingKind.FAIL);
        assertThat(kind("CP-PRIVACY-007", incident("D", false, "", ""), later)).isEqualTo(FindingKind.NEEDS_REVIEW);
        assertThat(kind("CP-PRIVACY-007", incident("E", false, "", ""), Duration.ofHours(5))).isEqualTo(FindingKind.NOT_APPLICABLE);
    }

    @Test
    void anAuditRunChecksIncidentsFromAHostSource() {
        List<DataIncident> incidents = List.of(incident("A", false, "", ""),
                incident("B", false, "c", "R-1", at(IncidentEventType.REGULATOR_REPORTED, Duration.ofHours(1), 0),
                        at(IncidentEventType.CONSUMERS_NOTIFIED, Duration.ofHours(1), 120)));
        List<Finding> findings = new ArrayList<>();
        RunRecord run = AuditRun.builder(BuiltInRules.privacy(), AuditContext.builder(FOUND.plus(Duration.ofDays(10))).build())
                .facts(SubjectKind.DATA_INCIDENT, incidents::stream).emit(EnumSet.allOf(FindingKind.class)).build()
                .execute(findings::add);
        assertThat(run.findSummary(RuleId.of("CP-PRIVACY-005")).orElseThrow().fail()).isEqualTo(1);
        assertThat(run.findSummary(RuleId.of("CP-PRIVACY-005")).orElseThrow().pass()).isEqualTo(1);
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.FAIL).extracting(Finding::subjectId).containsOnly("A");
    }
}
