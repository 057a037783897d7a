package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.StaleWriteException;
import io.consumerprotection.spi.privacy.IncidentEventRecord;
import io.consumerprotection.spi.privacy.IncidentRecord;
import io.consumerprotection.spi.privacy.IncidentStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link IncidentStore} meets: incidents are kept field for field with their events in
 * order, written optimistically by version, never deleted, listed by discovery instant. A host extends this
 * class and implements {@link #newStore()}, which returns a new, empty store.
 */
public abstract class IncidentStoreContractTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:30:00Z");

    protected IncidentStore store;

    /** A new, empty store. */
    protected abstract IncidentStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    protected static IncidentRecord incident(String id, Instant discoveredAt) {
        return new IncidentRecord(id, "BR-001", discoveredAt, Set.of("MOBILE", "NAME"), "PERSONAL_CUSTOMERS", 120, "",
                false, "", "2026a", List.of(), 1);
    }

    @Test
    void isEmptyAtFirst() {
        assertThat(store.find("INC-1")).isEmpty();
        assertThat(store.findDiscoveredBetween(Instant.EPOCH, T0.plusSeconds(1_000_000))).isEmpty();
    }

    @Test
    void keepsEveryFieldAndTheEventsInOrder() {
        IncidentRecord first = incident("INC-1", T0);
        store.save(first, 0);
        List<IncidentEventRecord> events = List.of(
                new IncidentEventRecord("CONTAINED", T0.plusSeconds(600), "STAFF-7", "", 0),
                new IncidentEventRecord("CONSUMERS_NOTIFIED", T0.plusSeconds(7200), "STAFF-7", "SMS-BATCH-3", 120),
                new IncidentEventRecord("REGULATOR_REPORTED", T0.plusSeconds(3600), "STAFF-8", "PBOC-RCPT-1", 0));
        IncidentRecord second = new IncidentRecord("INC-1", "BR-001", T0, Set.of("MOBILE", "NAME", "ACCOUNT"),
                "CARD_HOLDERS", 121, "外包人员违规导出", true, "RECT-9", "2026a", events, 2);
        store.save(second, 1);

        IncidentRecord kept = store.find("INC-1").orElseThrow();
        assertThat(kept).isEqualTo(second);
        assertThat(kept.events()).containsExactlyElementsOf(events);
    }

    @Test
    void refusesATakenIdAndKeepsTheFirst() {
        IncidentRecord first = incident("INC-1", T0);
        store.save(first, 0);

        assertThatThrownBy(() -> store.save(incident("INC-1", T0.plusSeconds(5)), 0))
                .isInstanceOf(StaleWriteException.class);
        assertThat(store.find("INC-1")).contains(first);
    }

    @Test
    void refusesAStaleVersionAndWritesNothing() {
        store.save(incident("INC-1", T0), 0);
        IncidentRecord v2 = incident("INC-1", T0).withVersion(2);
        store.save(v2, 1);

        IncidentRecord stale = new IncidentRecord("INC-1", "BR-002", T0, Set.of("NAME"), "PERSONAL_CUSTOMERS", 3, "x",
                false, "", "2026a", List.of(), 2);
        assertThatThrownBy(() -> store.save(stale, 1)).isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> store.save(incident("INC-2", T0).withVersion(4), 3))
                .isInstanceOf(StaleWriteException.class);
        assertThat(store.find("INC-1")).contains(v2);
        assertThat(store.find("INC-2")).isEmpty();
    }

    @Test
    void refusesARecordWhoseVersionIsNotTheNextOne() {
        assertThatThrownBy(() -> store.save(incident("INC-1", T0).withVersion(3), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find("INC-1")).isEmpty();
    }

    @Test
    void listsByDiscoveryInstantThenIdWithinAHalfOpenRange() {
        IncidentRecord b = incident("INC-B", T0.plusSeconds(60));
        IncidentRecord a = incident("INC-A", T0.plusSeconds(60));
        IncidentRecord early = incident("INC-0", T0);
        IncidentRecord atEnd = incident("INC-Z", T0.plusSeconds(120));
        store.save(b, 0);
        store.save(atEnd, 0);
        store.save(early, 0);
        store.save(a, 0);

        assertThat(store.findDiscoveredBetween(T0, T0.plusSeconds(120))).containsExactly(early, a, b);
        assertThat(store.findDiscoveredBetween(T0.plusSeconds(1), T0.plusSeconds(121))).containsExactly(a, b, atEnd);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> store.save(null, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.find(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.findDiscoveredBetween(null, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.findDiscoveredBetween(T0, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofConcurrentWritersOfOneVersionExactlyOneWins() throws Exception {
        store.save(incident("INC-1", T0), 0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long count = 200 + i;
            writers.add(() -> {
                try {
                    store.save(new IncidentRecord("INC-1", "BR-001", T0, Set.of("NAME"), "PERSONAL_CUSTOMERS", count, "",
                            false, "", "2026a", List.of(), 2), 1);
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
        assertThat(store.find("INC-1").orElseThrow().version()).isEqualTo(2);
    }
}
