package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.privacy.PermissionCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PermissionCheck} meets: it grants exactly what was granted and fails closed.
 * A host extends this class and implements {@link #newCheckGranting(String, String)}.
 */
public abstract class PermissionCheckContractTest {

    /** A check in which {@code actor} holds {@code permission} (for every subject) and nothing else is granted. */
    protected abstract PermissionCheck newCheckGranting(String actor, String permission);

    @Test
    void grantsWhatWasGranted() {
        PermissionCheck check = newCheckGranting("EMP-001", "pii.reveal.RESIDENT_ID");

        assertThat(check.isPermitted("EMP-001", "pii.reveal.RESIDENT_ID", "CUST-1")).isTrue();
    }

    @Test
    void failsClosedForAnythingElse() {
        PermissionCheck check = newCheckGranting("EMP-001", "pii.reveal.RESIDENT_ID");

        assertThat(check.isPermitted("EMP-002", "pii.reveal.RESIDENT_ID", "CUST-1")).isFalse();
        assertThat(check.isPermitted("EMP-001", "pii.reveal.BANK_CARD", "CUST-1")).isFalse();
        assertThat(check.isPermitted("", "", "")).isFalse();
    }

    @Test
    void rejectsNull() {
        PermissionCheck check = newCheckGranting("EMP-001", "pii.reveal.RESIDENT_ID");

        assertThatThrownBy(() -> check.isPermitted(null, "pii.reveal.RESIDENT_ID", "CUST-1"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> check.isPermitted("EMP-001", null, "CUST-1")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> check.isPermitted("EMP-001", "pii.reveal.RESIDENT_ID", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void answersConsistentlyUnderConcurrentCalls() throws Exception {
        PermissionCheck check = newCheckGranting("EMP-001", "pii.reveal.RESIDENT_ID");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String actor = i % 2 == 0 ? "EMP-001" : "EMP-002";
                Callable<Boolean> call = () -> check.isPermitted(actor, "pii.reveal.RESIDENT_ID", "CUST-1");
                futures.add(pool.submit(call));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
