package io.consumerprotection.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.rectification.RectificationId;
import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.RectificationSource;
import io.consumerprotection.core.rectification.RectificationStatus;
import io.consumerprotection.core.rectification.Rectifications;
import io.consumerprotection.core.rectification.SourceReference;
import io.consumerprotection.spi.inspection.CadenceRecord;
import io.consumerprotection.spi.inspection.InspectionPlanRecord;
import io.consumerprotection.spi.inspection.InspectionStore;
import io.consumerprotection.spi.inspection.ServiceInspectionRecord;
import io.consumerprotection.spi.rectification.AccountabilityRecord;
import io.consumerprotection.spi.rectification.RectificationRecord;
import io.consumerprotection.spi.rectification.RectificationStore;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryInspectionStore;
import io.consumerprotection.testkit.InMemoryRectificationStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recording an inspection with its problems writes all of it or, when the inspection store fails, none of it. */
class InspectionRecordingAtomicityTest {

    final InMemoryAuditSink sink = new InMemoryAuditSink();
    final Clock clock = Clock.fixed(InspectionsTest.NOW, ZoneOffset.UTC);
    final InMemoryRectificationStore itemStore = new InMemoryRectificationStore();
    final Rectifications rectifications = Rectifications.on(itemStore);

    static InspectionReport report() {
        return new InspectionReport("I-9", "", InspectionKind.MYSTERY_SHOPPER, "BR-009", InspectionsTest.DAY, "FIRM-A",
                "SERVICE-6", InspectionsTest.scores(8), List.of(ProblemFound.fixedOnSpot("ENVIRONMENT", "宣传折页过期"),
                ProblemFound.byDeadline("TELLER", "未执行唱收唱付", LocalDate.of(2026, 5, 15))), "STAFF-1");
    }

    @Test
    void whenTheInspectionSaveFailsNoRectificationItemIsOpenedAndNothingIsAudited() {
        InspectionStore failing = new Delegate(new InMemoryInspectionStore()) {
            @Override
            public void saveInspection(ServiceInspectionRecord inspection, long expectedVersion) {
                throw new IllegalStateException("database down");
            }
        };
        Inspections inspections = Inspections.of(failing, rectifications, AuditTrail.of(sink, clock), clock, InspectionsTest.CHINA);

        assertThatThrownBy(() -> inspections.record(report())).hasMessage("database down");

        assertThat(rectifications.all()).isEmpty();
        assertThat(inspections.find("I-9")).isEmpty();
        assertThat(sink.records()).isEmpty();
    }

    @Test
    void whenTheRectificationStoreFailsAfterTheInspectionTheMissingItemsAreOpenedOnRepairOnce() {
        int[] saves = {0};
        RectificationStore flaky = new Items(itemStore) {
            @Override
            public RectificationRecord save(RectificationRecord item) {
                if (++saves[0] == 3) {
                    throw new IllegalStateException("database down");
                }
                return super.save(item);
            }
        };
        InMemoryInspectionStore store = new InMemoryInspectionStore();
        Inspections inspections = Inspections.of(store, Rectifications.on(flaky), AuditTrail.of(sink, clock), clock,
                InspectionsTest.CHINA);

        assertThatThrownBy(() -> inspections.record(report())).hasMessage("database down");
        assertThat(inspections.find("I-9")).isPresent();
        assertThat(rectifications.all()).extracting(i -> i.id().value()).containsExactly("I-9-P1");

        List<RectificationItem> opened = inspections.openMissingItems(report());

        assertThat(opened).extracting(i -> i.id().value()).containsExactly("I-9-P2");
        assertThat(opened.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(rectifications.get(RectificationId.of("I-9-P1")).status(clock.instant(), InspectionsTest.CHINA))
                .isEqualTo(RectificationStatus.DONE);
        assertThat(inspections.openMissingItems(report())).isEmpty();
        assertThat(rectifications.all()).hasSize(2);
    }

    @Test
    void anItemAlreadyHoldingAProblemsIdIsAViolationAndNothingIsWritten() {
        rectifications.open(RectificationItem.open(RectificationId.of("I-9-P2"), SourceReference.of(RectificationSource.INSPECTION,
                "OTHER"), "X", "BR-009", "UNIT_HEAD", "已有整改项", LocalDate.of(2026, 5, 1), clock.instant(), InspectionsTest.CHINA));
        InMemoryInspectionStore store = new InMemoryInspectionStore();
        Inspections inspections = Inspections.of(store, rectifications, AuditTrail.of(sink, clock), clock, InspectionsTest.CHINA);

        assertThatThrownBy(() -> inspections.record(report())).isInstanceOf(InvalidInspectionException.class)
                .hasMessageContaining("problems[1]");

        assertThat(store.findInspection("I-9")).isEmpty();
        assertThat(rectifications.all()).hasSize(1);
    }

    @Test
    void theRepairOfAnUnrecordedInspectionIsAViolation() {
        Inspections inspections = Inspections.of(new InMemoryInspectionStore(), rectifications, AuditTrail.of(sink, clock), clock,
                InspectionsTest.CHINA);
        assertThatThrownBy(() -> inspections.openMissingItems(report())).isInstanceOf(InvalidInspectionException.class);
    }

    private static class Delegate implements InspectionStore {
        private final InspectionStore d;

        Delegate(InspectionStore d) {
            this.d = d;
        }

        @Override
        public void savePlan(InspectionPlanRecord plan, long expectedVersion) {
            d.savePlan(plan, expectedVersion);
        }

        @Override
        public Optional<InspectionPlanRecord> findPlan(String id) {
            return d.findPlan(id);
        }

        @Override
        public List<InspectionPlanRecord> findPlans() {
            return d.findPlans();
        }

        @Override
        public void saveInspection(ServiceInspectionRecord inspection, long expectedVersion) {
            d.saveInspection(inspection, expectedVersion);
        }

        @Override
        public Optional<ServiceInspectionRecord> findInspection(String id) {
            return d.findInspection(id);
        }

        @Override
        public List<ServiceInspectionRecord> findInspections(LocalDate from, LocalDate to) {
            return d.findInspections(from, to);
        }

        @Override
        public void recordCadence(CadenceRecord record) {
            d.recordCadence(record);
        }

        @Override
        public List<CadenceRecord> findCadence(LocalDate from, LocalDate to) {
            return d.findCadence(from, to);
        }
    }

    private static class Items implements RectificationStore {
        private final RectificationStore d;

        Items(RectificationStore d) {
            this.d = d;
        }

        @Override
        public RectificationRecord save(RectificationRecord item) {
            return d.save(item);
        }

        @Override
        public Optional<RectificationRecord> find(String itemId) {
            return d.find(itemId);
        }

        @Override
        public List<RectificationRecord> findByUnitAndRule(String unitId, String ruleKey) {
            return d.findByUnitAndRule(unitId, ruleKey);
        }

        @Override
        public List<RectificationRecord> findAll() {
            return d.findAll();
        }

        @Override
        public void recordAccountability(AccountabilityRecord record) {
            d.recordAccountability(record);
        }

        @Override
        public List<AccountabilityRecord> accountability(String itemId) {
            return d.accountability(itemId);
        }
    }
}
