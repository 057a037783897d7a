package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.rectification.AccountabilityRecord;
import io.consumerprotection.spi.rectification.RectificationConflictException;
import io.consumerprotection.spi.rectification.RectificationRecord;
import io.consumerprotection.spi.rectification.RectificationStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RectificationStore} meets: optimistic versioned saves that write nothing on a
 * conflict, exact round trips, items listed per unit and rule in opening order, accountability records
 * tied to an existing item. A host extends this class and implements {@link #newStore()}, which returns a
 * new, empty store.
 */
public abstract class RectificationStoreContractTest {

    private static final Instant T0 = Instant.parse("2025-03-10T02:15:30.123456Z");

    protected RectificationStore store;

    /** A new, empty store. */
    protected abstract RectificationStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** An open item, never saved, opened {@code minutes} after a fixed instant. */
    protected static RectificationRecord item(String id, String unit, String rule, int minutes) {
        return new RectificationRecord(id, "AUDIT_FINDING", "F-" + id, rule, unit, "BRANCH-HEAD", "投诉未在时限内办结",
                "", LocalDate.of(2025, 4, 30), T0.plusSeconds(60L * minutes), null, null, List.of(), null, "", "", 0);
    }

    private static RectificationRecord finished(RectificationRecord r) {
        return new RectificationRecord(r.id(), r.sourceKind(), r.sourceReference(), r.ruleKey(), r.unitId(),
                r.ownerRole(), r.problem(), "培训并修订流程", r.dueDate(), r.openedAt(), T0.plusSeconds(3600),
                T0.plusSeconds(7200), List.of("DOC-2", "DOC-1"), T0.plusSeconds(9000), "CP-DEPT-07", "R-0", r.version());
    }

    @Test
    void isEmptyAtFirst() {
        assertThat(store.findAll()).isEmpty();
        assertThat(store.find("R-1")).isEmpty();
        assertThat(store.findByUnitAndRule("U1", "CP-X-1")).isEmpty();
        assertThat(store.accountability("R-1")).isEmpty();
    }

    @Test
    void insertGivesVersionOneAndEveryFieldRoundTrips() {
        RectificationRecord saved = store.save(item("R-1", "U1", "CP-X-1", 0));
        assertThat(saved.version()).isEqualTo(1);

        RectificationRecord done = store.save(finished(saved));
        assertThat(done.version()).isEqualTo(2);
        assertThat(store.find("R-1")).contains(done);
        assertThat(store.find("R-1").orElseThrow().evidence()).containsExactly("DOC-2", "DOC-1");
        assertThat(store.find("R-1").orElseThrow().doneAt()).isEqualTo(T0.plusSeconds(7200));
        assertThat(store.find("R-1").orElseThrow().openedAt()).isEqualTo(T0);
    }

    @Test
    void staleOrDuplicateSavesThrowAndWriteNothing() {
        RectificationRecord v1 = store.save(item("R-1", "U1", "CP-X-1", 0));
        RectificationRecord v2 = store.save(finished(v1));

        assertThatThrownBy(() -> store.save(item("R-1", "U9", "CP-X-9", 5)))
                .isInstanceOf(RectificationConflictException.class);
        assertThatThrownBy(() -> store.save(v1)).isInstanceOf(RectificationConflictException.class);
        assertThatThrownBy(() -> store.save(item("R-2", "U1", "CP-X-1", 0).withVersion(3)))
                .isInstanceOf(RectificationConflictException.class);
        assertThat(store.find("R-1")).contains(v2);
        assertThat(store.find("R-2")).isEmpty();
        assertThat(store.findAll()).containsExactly(v2);
    }

    @Test
    void listsByUnitAndRuleInOpeningOrder() {
        RectificationRecord late = store.save(item("R-A", "U1", "CP-X-1", 30));
        RectificationRecord early = store.save(item("R-B", "U1", "CP-X-1", 10));
        RectificationRecord otherRule = store.save(item("R-C", "U1", "CP-X-2", 20));
        RectificationRecord otherUnit = store.save(item("R-D", "U2", "CP-X-1", 0));

        assertThat(store.findByUnitAndRule("U1", "CP-X-1")).containsExactly(early, late);
        assertThat(store.findByUnitAndRule("U2", "CP-X-1")).containsExactly(otherUnit);
        assertThat(store.findAll()).containsExactly(otherUnit, early, otherRule, late);
    }

    @Test
    void accountabilityIsTiedToAnExistingItemInRecordingOrder() {
        store.save(item("R-1", "U1", "CP-X-1", 0));
        AccountabilityRecord b = new AccountabilityRecord("A-2", "R-1", "STAFF-0042", "超时未整改", "CRITICISM", "", T0);
        AccountabilityRecord a = new AccountabilityRecord("A-1", "R-1", "BRANCH-HEAD", "重复发生", "DEDUCTION",
                "CP-2025-0001", T0.plusSeconds(5));
        store.recordAccountability(b);
        store.recordAccountability(a);

        assertThat(store.accountability("R-1")).containsExactly(b, a);
        assertThatThrownBy(() -> store.recordAccountability(b)).isInstanceOf(IllegalStateException.class);
        AccountabilityRecord orphan = new AccountabilityRecord("A-3", "R-404", "X", "Y", "Z", "", T0);
        assertThatThrownBy(() -> store.recordAccountability(orphan)).isInstanceOf(IllegalStateException.class);
        assertThat(store.accountability("R-404")).isEmpty();
        assertThat(store.accountability("R-1")).containsExactly(b, a);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> store.save(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.find(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.findByUnitAndRule("U1", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.recordAccountability(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void concurrentWritersOfOneVersionHaveExactlyOneWinner() throws Exception {
        RectificationRecord v1 = store.save(item("R-1", "U1", "CP-X-1", 0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    try {
                        store.save(finished(v1));
                        return true;
                    } catch (RectificationConflictException e) {
                        return false;
                    }
                }));
            }
            int winners = 0;
            for (Future<Boolean> f : results) {
                winners += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(store.find("R-1").orElseThrow().version()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
