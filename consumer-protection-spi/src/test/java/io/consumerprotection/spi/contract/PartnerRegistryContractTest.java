package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.StaleWriteException;
import io.consumerprotection.spi.partner.PartnerEvaluationRecord;
import io.consumerprotection.spi.partner.PartnerRecord;
import io.consumerprotection.spi.partner.PartnerRegistry;
import io.consumerprotection.spi.partner.PartnerStatusRecord;
import java.time.Instant;
import java.time.LocalDate;
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
 * The contract every {@link PartnerRegistry} meets: partners are kept field for field with their history and
 * evaluations in order, written optimistically by version, never deleted, listed by id. A host extends this
 * class and implements {@link #newRegistry()}, which returns a new, empty registry.
 */
public abstract class PartnerRegistryContractTest {

    private static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");

    protected PartnerRegistry registry;

    /** A new, empty registry. */
    protected abstract PartnerRegistry newRegistry();

    @BeforeEach
    void createRegistry() {
        registry = newRegistry();
    }

    protected static PartnerRecord pending(String id) {
        return new PartnerRecord(id, "某某人寿保险股份有限公司", "INSURER", "PENDING", "", Set.of(), Set.of(), null, 0, null,
                List.of(new PartnerStatusRecord("PENDING", T0, "STAFF-1", "申请准入")), List.of(), 1);
    }

    @Test
    void isEmptyAtFirst() {
        assertThat(registry.find("P-1")).isEmpty();
        assertThat(registry.findAll()).isEmpty();
    }

    @Test
    void keepsEveryFieldWithHistoryAndEvaluationsInOrder() {
        registry.save(pending("P-1"), 0);
        PartnerRecord admitted = new PartnerRecord("P-1", "某某人寿保险股份有限公司", "INSURER", "WATCHED", "AGR-2026-01",
                Set.of("NAME", "MOBILE"), Set.of("FORWARD_COMPLAINTS_1_DAY", "JOINT_HANDLING"), LocalDate.of(2026, 1, 10), 12,
                LocalDate.of(2027, 1, 10),
                List.of(new PartnerStatusRecord("PENDING", T0, "STAFF-1", "申请准入"),
                        new PartnerStatusRecord("ADMITTED", T0.plusSeconds(86_400), "STAFF-2", "准入评审通过"),
                        new PartnerStatusRecord("WATCHED", T0.plusSeconds(90_000), "STAFF-2", "代销投诉占比上升")),
                List.of(new PartnerEvaluationRecord(LocalDate.of(2026, 2, 1), "STAFF-3", 72, "WATCH", "专项评估")), 2);
        registry.save(admitted, 1);

        assertThat(registry.find("P-1")).contains(admitted);
        assertThat(registry.find("P-1").orElseThrow().history()).extracting(PartnerStatusRecord::status)
                .containsExactly("PENDING", "ADMITTED", "WATCHED");
    }

    @Test
    void refusesATakenIdAStaleVersionAndAWrongNextVersion() {
        PartnerRecord first = pending("P-1");
        registry.save(first, 0);
        assertThatThrownBy(() -> registry.save(pending("P-1"), 0)).isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> registry.save(pending("P-1").withVersion(3), 2)).isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> registry.save(pending("P-1").withVersion(5), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.save(pending("P-2").withVersion(2), 1)).isInstanceOf(StaleWriteException.class);
        assertThat(registry.find("P-1")).contains(first);
        assertThat(registry.find("P-2")).isEmpty();
    }

    @Test
    void listsEveryPartnerById() {
        registry.save(pending("P-3"), 0);
        registry.save(pending("P-1"), 0);
        registry.save(pending("P-2"), 0);
        assertThat(registry.findAll()).extracting(PartnerRecord::id).containsExactly("P-1", "P-2", "P-3");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> registry.save(null, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> registry.find(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofConcurrentWritersOfOneVersionExactlyOneWins() throws Exception {
        registry.save(pending("P-1"), 0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String reason = "理由" + i;
            writers.add(() -> {
                try {
                    registry.save(new PartnerRecord("P-1", "x", "INSURER", "EXITED", "", Set.of(), Set.of(), null, 0, null,
                            List.of(new PartnerStatusRecord("EXITED", T0, "S", reason)), List.of(), 2), 1);
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
        assertThat(registry.find("P-1").orElseThrow().version()).isEqualTo(2);
    }
}
