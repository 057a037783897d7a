package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.audit.ChainAnchor;
import io.consumerprotection.spi.audit.ChainCheckpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ChainAnchor} meets: what is published is kept with every field, and the latest is
 * the one with the highest count. A host extends this class and implements {@link #newAnchor()}, which returns a
 * new, empty anchor, and {@link #reopen}, which returns an anchor over the same storage (as after a restart).
 */
public abstract class ChainAnchorContractTest {

    protected ChainAnchor anchor;

    /** A new, empty anchor. */
    protected abstract ChainAnchor newAnchor();

    /** An anchor over the same storage as {@code anchor}, as a new process would open it. */
    protected abstract ChainAnchor reopen(ChainAnchor anchor);

    @BeforeEach
    void createAnchor() {
        anchor = newAnchor();
    }

    protected static ChainCheckpoint checkpoint(long count) {
        return new ChainCheckpoint(count, "hmac-sha256:k1:" + Long.toHexString(count * 7919), Instant.parse(
                "2024-09-20T02:15:00.123456789Z").plusSeconds(count), "k1", "hmac-sha256:k1:sig" + count);
    }

    @Test
    void isEmptyAtFirst() {
        assertThat(anchor.findLatest()).isEmpty();
    }

    @Test
    void keepsEveryFieldOfTheLatestCheckpointAcrossAReopen() {
        anchor.publish(checkpoint(3));
        anchor.publish(checkpoint(10));

        assertThat(anchor.findLatest()).contains(checkpoint(10));
        assertThat(reopen(anchor).findLatest()).contains(checkpoint(10));
    }

    @Test
    void theLatestIsTheHighestCountWhateverThePublishingOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                long count = i;
                futures.add(pool.submit(() -> anchor.publish(checkpoint(count))));
            }
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(anchor.findLatest()).contains(checkpoint(40));
    }

    @Test
    void offersNoWayToChangeOrRemoveACheckpoint() {
        assertThat(ChainAnchor.class.getMethods()).extracting("name")
                .containsExactlyInAnyOrder("publish", "findLatest");
    }
}
