package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.privacy.ConsentRecord;
import io.consumerprotection.spi.privacy.ConsentRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ConsentRegistry} meets: consents are kept, never deleted, withdrawn with a
 * time, listed per customer in recording order. A host extends this class and implements
 * {@link #newRegistry()}, which returns a new, empty registry.
 */
public abstract class ConsentRegistryContractTest {

    private static final Instant T0 = Instant.parse("2024-09-20T02:15:00Z");

    protected ConsentRegistry registry;

    /** A new, empty registry. */
    protected abstract ConsentRegistry newRegistry();

    @BeforeEach
    void createRegistry() {
        registry = newRegistry();
    }

    protected static ConsentRecord consent(String id, String customer, String purpose) {
        return new ConsentRecord(id, customer, purpose, Set.of("MOBILE", "BANK_CARD"), true, Set.of("SG"), T0, null);
    }

    @Test
    void isEmptyAtFirst() {
        assertThat(registry.findByCustomer("CUST-1")).isEmpty();
        assertThat(registry.find("C-1")).isEmpty();
    }

    @Test
    void keepsEveryFieldAndListsPerCustomerInOrder() {
        ConsentRecord b = consent("C-2", "CUST-1", "MARKETING");
        ConsentRecord a = consent("C-1", "CUST-1", "CREDIT_ASSESSMENT");
        ConsentRecord other = consent("C-3", "CUST-2", "MARKETING");
        registry.record(b);
        registry.record(other);
        registry.record(a);

        assertThat(registry.findByCustomer("CUST-1")).containsExactly(b, a);
        assertThat(registry.findByCustomer("CUST-2")).containsExactly(other);
        assertThat(registry.find("C-1")).contains(a);
    }

    @Test
    void refusesARepeatedIdAndKeepsTheFirst() {
        ConsentRecord first = consent("C-1", "CUST-1", "MARKETING");
        registry.record(first);

        assertThatThrownBy(() -> registry.record(consent("C-1", "CUST-9", "OTHER")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(registry.find("C-1")).contains(first);
        assertThat(registry.findByCustomer("CUST-9")).isEmpty();
    }

    @Test
    void withdrawalKeepsTheRecordWithItsTime() {
        registry.record(consent("C-1", "CUST-1", "MARKETING"));
        Instant at = T0.plusSeconds(3600);

        assertThat(registry.withdraw("C-1", at)).isTrue();
        assertThat(registry.withdraw("C-1", at.plusSeconds(60))).isTrue();

        ConsentRecord kept = registry.find("C-1").orElseThrow();
        assertThat(kept.withdrawnAt()).isEqualTo(at);
        assertThat(kept.isActiveAt(at.minusSeconds(1))).isTrue();
        assertThat(kept.isActiveAt(at)).isFalse();
        assertThat(registry.findByCustomer("CUST-1")).containsExactly(kept);
    }

    @Test
    void withdrawingAnUnknownConsentReportsIt() {
        assertThat(registry.withdraw("NOPE", T0)).isFalse();
        assertThat(registry.find("NOPE")).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> registry.record(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> registry.find(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> registry.findByCustomer(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> registry.withdraw(null, T0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void concurrentRecordsAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<ConsentRecord> written = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            written.add(consent("C-" + i, "CUST-" + (i % 3), "MARKETING"));
        }
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (ConsentRecord c : written) {
                futures.add(pool.submit(() -> registry.record(c)));
            }
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<ConsentRecord> all = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            all.addAll(registry.findByCustomer("CUST-" + c));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(written);
    }
}
