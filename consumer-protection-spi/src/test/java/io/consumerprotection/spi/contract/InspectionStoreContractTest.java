package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.StaleWriteException;
import io.consumerprotection.spi.inspection.CadenceRecord;
import io.consumerprotection.spi.inspection.InspectionPlanRecord;
import io.consumerprotection.spi.inspection.InspectionProblemRecord;
import io.consumerprotection.spi.inspection.InspectionStore;
import io.consumerprotection.spi.inspection.ServiceInspectionRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link InspectionStore} meets: plans and inspections kept field for field, written
 * optimistically by version; cadence records appended once; lists ordered as the interface says. A host extends
 * this class and implements {@link #newStore()}, which returns a new, empty store.
 */
public abstract class InspectionStoreContractTest {

    private static final LocalDate D = LocalDate.of(2026, 4, 8);

    protected InspectionStore store;

    /** A new, empty store. */
    protected abstract InspectionStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    protected static InspectionPlanRecord plan(String id) {
        return new InspectionPlanRecord(id, "MYSTERY_SHOPPER", "HQ", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 30,
                "SERVICE-6", List.of("BR-003", "BR-001"), 1);
    }

    protected static ServiceInspectionRecord inspection(String id, LocalDate on) {
        return new ServiceInspectionRecord(id, "PLAN-1", "MYSTERY_SHOPPER", "BR-001", on, "FIRM-A", "SERVICE-6", "2026a",
                Map.of("ENVIRONMENT", 18, "TELLER", 15),
                List.of(new InspectionProblemRecord("TELLER", "未执行唱收唱付", false, "RECT-1"),
                        new InspectionProblemRecord("ENVIRONMENT", "宣传折页过期", true, "RECT-2")), 1);
    }

    @Test
    void isEmptyAtFirst() {
        assertThat(store.findPlans()).isEmpty();
        assertThat(store.findPlan("PLAN-1")).isEmpty();
        assertThat(store.findInspection("I-1")).isEmpty();
        assertThat(store.findInspections(D.minusYears(1), D.plusYears(1))).isEmpty();
        assertThat(store.findCadence(D.minusYears(1), D.plusYears(1))).isEmpty();
    }

    @Test
    void keepsPlansAndInspectionsFieldForFieldAndReplacesByVersion() {
        store.savePlan(plan("PLAN-2"), 0);
        store.savePlan(plan("PLAN-1"), 0);
        InspectionPlanRecord v2 = new InspectionPlanRecord("PLAN-1", "SPOT_CHECK", "SUB-1", D, D.plusDays(30), 100, "OWN-1",
                List.of("BR-009"), 2);
        store.savePlan(v2, 1);
        assertThat(store.findPlan("PLAN-1")).contains(v2);
        assertThat(store.findPlans()).extracting(InspectionPlanRecord::id).containsExactly("PLAN-1", "PLAN-2");

        ServiceInspectionRecord i = inspection("I-1", D);
        store.saveInspection(i, 0);
        assertThat(store.findInspection("I-1")).contains(i);
        assertThat(store.findInspection("I-1").orElseThrow().problems()).extracting(InspectionProblemRecord::rectificationId)
                .containsExactly("RECT-1", "RECT-2");
        ServiceInspectionRecord i2 = new ServiceInspectionRecord("I-1", "", "SELF_CHECK", "BR-002", D, "STAFF-1", "SERVICE-6",
                "2026a", Map.of(), List.of(), 2);
        store.saveInspection(i2, 1);
        assertThat(store.findInspection("I-1")).contains(i2);
    }

    @Test
    void refusesTakenIdsStaleVersionsAndWrongNextVersions() {
        store.savePlan(plan("PLAN-1"), 0);
        store.saveInspection(inspection("I-1", D), 0);
        assertThatThrownBy(() -> store.savePlan(plan("PLAN-1"), 0)).isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> store.saveInspection(inspection("I-1", D), 0)).isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> store.saveInspection(inspection("I-1", D).withVersion(3), 2))
                .isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> store.saveInspection(inspection("I-9", D).withVersion(2), 1))
                .isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> store.savePlan(plan("PLAN-1").withVersion(4), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.findPlan("PLAN-1")).contains(plan("PLAN-1"));
        assertThat(store.findInspection("I-9")).isEmpty();
    }

    @Test
    void listsInspectionsAndCadenceByDayThenIdWithinInclusiveDays() {
        store.saveInspection(inspection("I-B", D), 0);
        store.saveInspection(inspection("I-A", D), 0);
        store.saveInspection(inspection("I-0", D.minusDays(1)), 0);
        store.saveInspection(inspection("I-Z", D.plusDays(2)), 0);
        assertThat(store.findInspections(D.minusDays(1), D.plusDays(1))).extracting(ServiceInspectionRecord::id)
                .containsExactly("I-0", "I-A", "I-B");

        CadenceRecord a = new CadenceRecord("C-2", "DAILY_REMINDER", "BR-001", D, "");
        CadenceRecord b = new CadenceRecord("C-1", "DAILY_REMINDER", "BR-002", D, "R-9");
        CadenceRecord c = new CadenceRecord("C-3", "MONTHLY_CHECK", "SUB-1", D.plusDays(1), "CHK-4");
        store.recordCadence(c);
        store.recordCadence(a);
        store.recordCadence(b);
        assertThatThrownBy(() -> store.recordCadence(new CadenceRecord("C-1", "X", "U", D, ""))).isInstanceOf(IllegalStateException.class);
        assertThat(store.findCadence(D, D.plusDays(1))).containsExactly(b, a, c);
        assertThat(store.findCadence(D.plusDays(1), D.plusDays(1))).containsExactly(c);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> store.savePlan(null, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.saveInspection(null, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.findInspection(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.findPlan(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.recordCadence(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.findInspections(null, D)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.findCadence(D, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofConcurrentWritersOfOneVersionExactlyOneWins() throws Exception {
        store.saveInspection(inspection("I-1", D), 0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String inspector = "STAFF-" + i;
            writers.add(() -> {
                try {
                    store.saveInspection(new ServiceInspectionRecord("I-1", "", "SELF_CHECK", "BR-1", D, inspector, "SERVICE-6",
                            "2026a", Map.of(), List.of(), 2), 1);
                    return true;
                } catch (StaleWriteException e) {
                    return false;
                }
            });
        }
        int won = 0;
        try {
            for (Future<Boolean> f : pool.invokeAll(writers, 60, TimeUnit.SECONDS)) {
                won += f.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(won).isEqualTo(1);
    }
}
