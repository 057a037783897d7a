package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.StaleWriteException;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.privacy.IncidentStore;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryIncidentStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IncidentRegisterTest {

    private static final Instant FOUND = Instant.parse("2026-03-02T01:30:00Z");
    private static final IncidentId ID = IncidentId.of("INC-2026-001");

    private final SettableClock clock = new SettableClock(FOUND.plus(Duration.ofMinutes(10)));
    private final InMemoryAuditSink sink = new InMemoryAuditSink();
    private final IncidentStore store = new InMemoryIncidentStore();
    private final IncidentRegister register = IncidentRegister.of(store, AuditTrail.of(sink, clock), clock);

    private static IncidentReport report(String cause, boolean endangers) {
        return new IncidentReport(ID, "BR-001", FOUND, Set.of(FieldType.MOBILE, FieldType.NAME),
                AffectedConsumers.of("PERSONAL_CUSTOMERS", 120), cause, endangers, "STAFF-7");
    }

    private List<AuditRecord> trail() {
        try (Stream<AuditRecord> s = sink.records()) {
            return s.toList();
        }
    }

    @Test
    void everyStepIsStoredAndAuditedInOrder() {
        register.record(report("", false));
        register.contain(ID, "STAFF-7", FOUND.plus(Duration.ofMinutes(5)));
        clock.advance(Duration.ofHours(20));
        register.reportToRegulator(ID, "STAFF-8", clock.instant(), "PBOC-RCPT-1");
        register.notifyConsumers(ID, "STAFF-7", clock.instant(), 120, "SMS-BATCH-3");
        register.recordCause(ID, "STAFF-9", "外包人员违规导出客户清单");
        register.linkRectification(ID, "STAFF-9", "RECT-2026-9");
        DataIncident closed = register.close(ID, "STAFF-9", clock.instant());

        assertThat(register.get(ID)).isEqualTo(closed);
        assertThat(closed.version()).isEqualTo(7);
        assertThat(closed.events()).extracting(IncidentEvent::type).containsExactly(IncidentEventType.CONTAINED,
                IncidentEventType.REGULATOR_REPORTED, IncidentEventType.CONSUMERS_NOTIFIED, IncidentEventType.CLOSED);
        assertThat(register.dues(closed)).extracting(IncidentDue::status).containsOnly(DutyStatus.MET);

        List<AuditRecord> records = trail();
        assertThat(records).extracting(AuditRecord::action).containsExactly("INCIDENT_RECORDED", "INCIDENT_CONTAINED",
                "INCIDENT_REGULATOR_REPORTED", "INCIDENT_CONSUMERS_NOTIFIED", "INCIDENT_CAUSE_RECORDED",
                "INCIDENT_RECTIFICATION_LINKED", "INCIDENT_CLOSED");
        assertThat(records).extracting(AuditRecord::subjectId).containsOnly(ID.value());
        assertThat(records).extracting(AuditRecord::subjectType).containsOnly("DATA_INCIDENT");
        assertThat(records.get(0).details()).containsEntry("REPORT_REGULATOR.dueAt", "2026-03-05T01:30:00Z")
                .containsEntry("affectedCount", "120").containsEntry("policyVersion", "2026a");
        assertThat(records.get(2).details()).containsEntry("status", "MET").containsEntry("reference", "PBOC-RCPT-1");
        assertThat(records.get(4).details()).doesNotContainValue("外包人员违规导出客户清单");
        assertThat(records.get(6).previousHash()).isEqualTo(records.get(5).hash());
    }

    @Test
    void badInputListsEveryViolationAndWritesNothing() {
        IncidentReport bad = new IncidentReport(ID, " ", FOUND.plus(Duration.ofDays(1)), Set.of(),
                AffectedConsumers.of("张三 13812345678", 0), "", false, "");
        assertThatThrownBy(() -> register.record(bad)).isInstanceOfSatisfying(InvalidIncidentException.class, e -> {
            assertThat(e.code()).isEqualTo("INVALID_INCIDENT");
            assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("actor", "unitId",
                    "affected.group", "affected.count", "dataKinds", "discoveredAt");
            assertThat(e.getMessage()).doesNotContain("13812345678", "张三");
        });
        assertThat(store.find(ID.value())).isEmpty();
        assertThat(trail()).isEmpty();
    }

    @Test
    void aStepBeforeDiscoveryInTheFutureOrAfterClosingIsRefused() {
        register.record(report("", false));
        assertThatThrownBy(() -> register.contain(ID, "S", FOUND.minusSeconds(1))).isInstanceOf(InvalidIncidentException.class)
                .hasMessageContaining("NotBeforeDiscovery");
        assertThatThrownBy(() -> register.contain(ID, "S", clock.instant().plusSeconds(1)))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("NotInFuture");
        assertThatThrownBy(() -> register.notifyConsumers(ID, "S", clock.instant(), 0, ""))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("count");
        register.close(ID, "S", clock.instant());
        assertThatThrownBy(() -> register.reportToRegulator(ID, "S", clock.instant(), "R"))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("NotClosed");
        assertThat(register.get(ID).events()).hasSize(1);
        assertThat(trail()).hasSize(2);
    }

    @Test
    void aRepeatedIdAndAnUnknownIdAreTypedErrors() {
        register.record(report("", false));
        assertThatThrownBy(() -> register.record(report("", true))).isInstanceOf(InvalidIncidentException.class)
                .hasMessageContaining("Unique");
        assertThatThrownBy(() -> register.get(IncidentId.of("NOPE"))).isInstanceOf(IncidentNotFoundException.class);
        assertThat(register.find(IncidentId.of("NOPE"))).isEmpty();
    }

    @Test
    void aWriterThatReadAnOlderVersionLosesAndNothingIsAudited() {
        register.record(report("", false));
        DataIncident read = register.get(ID);
        register.contain(ID, "S", clock.instant());
        int audited = trail().size();
        assertThatThrownBy(() -> store.save(IncidentRecords.encode(
                read.withCause("x"), read.version() + 1), read.version())).isInstanceOf(StaleWriteException.class);
        assertThat(trail()).hasSize(audited);
    }

    @Test
    void toStringShowsNoCauseText() {
        DataIncident i = register.record(report("客户张三手机13812345678被泄露", true));
        assertThat(i.toString()).doesNotContain("13812345678", "张三").contains("text(");
    }

    @Test
    void theClockOfAnEndangeringIncidentShowsTheImmediateReportOverdueAfterAnHour() {
        DataIncident i = register.record(report("", true));
        clock.advance(Duration.ofMinutes(51));
        assertThat(register.dues(i)).extracting(IncidentDue::status)
                .containsExactly(DutyStatus.OVERDUE, DutyStatus.ON_TRACK);
    }
}
