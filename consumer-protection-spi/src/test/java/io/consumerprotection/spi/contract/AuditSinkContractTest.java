package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.audit.ChainLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AuditSink} meets: append-only, in order, every field kept. A host extends
 * this class and implements {@link #newSink()}, which returns a new, empty sink.
 */
public abstract class AuditSinkContractTest {

    protected AuditSink sink;

    /** A new, empty sink. */
    protected abstract AuditSink newSink();

    @BeforeEach
    void createSink() {
        sink = newSink();
    }

    protected static AuditRecord record(int i) {
        return new AuditRecord(UUID.randomUUID().toString(), Instant.parse("2024-09-20T02:15:00Z").plusSeconds(i),
                "EMP-" + i, "PII_REVEALED", "COMPLAINT", "C-" + i, "核实身份 verify identity", "SUCCEEDED",
                Map.of("field", "RESIDENT_ID", "calendarVersion", "2026a"), "ab" + i, "cd" + i);
    }

    private List<AuditRecord> all() {
        try (Stream<AuditRecord> s = sink.records()) {
            return s.toList();
        }
    }

    @Test
    void isEmptyAtFirst() {
        assertThat(all()).isEmpty();
        assertThat(sink.findLast()).isEmpty();
    }

    @Test
    void keepsEveryFieldInAppendOrder() {
        List<AuditRecord> written = List.of(record(3), record(1), record(2));
        written.forEach(sink::append);

        assertThat(all()).containsExactlyElementsOf(written);
        assertThat(sink.findLast()).contains(written.get(2));
    }

    @Test
    void refusesARepeatedIdAndKeepsTheTrailUnchanged() {
        AuditRecord first = record(1);
        sink.append(first);
        AuditRecord forged = new AuditRecord(first.id(), first.at(), "EMP-X", "PII_REVEALED", "COMPLAINT", "C-1",
                "", "SUCCEEDED", Map.of(), "", "");

        assertThatThrownBy(() -> sink.append(forged)).isInstanceOf(RuntimeException.class);
        assertThat(all()).containsExactly(first);
    }

    @Test
    void concurrentAppendsAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<AuditRecord> written = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            written.add(record(i));
        }
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (AuditRecord r : written) {
                futures.add(pool.submit(() -> sink.append(r)));
            }
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(all()).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void offersNoWayToChangeARecord() {
        assertThat(AuditSink.class.getMethods()).extracting("name")
                .containsExactlyInAnyOrder("append", "records", "findLast", "appendLinked");
    }

    /** A link for the tests: the hash is a name-based UUID of the previous hash and the id, so a fork or a gap shows. */
    protected static final ChainLink TEST_LINK = (r, previous) -> new AuditRecord(r.id(), r.at(), r.actor(), r.action(),
            r.subjectType(), r.subjectId(), r.purpose(), r.outcome(), r.details(), previous,
            java.util.UUID.nameUUIDFromBytes((previous + "/" + r.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString());

    @Test
    void appendLinkedLinksOntoTheHeadAndReturnsWhatItAppended() {
        AuditRecord first = sink.appendLinked(record(1), TEST_LINK);
        AuditRecord second = sink.appendLinked(record(2), TEST_LINK);

        assertThat(first.previousHash()).isEmpty();
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(all()).containsExactly(first, second);
        assertThat(sink.findLast()).contains(second);
    }

    @Test
    void appendLinkedAppendsNothingWhenTheLinkFails() {
        AuditRecord first = sink.appendLinked(record(1), TEST_LINK);

        assertThatThrownBy(() -> sink.appendLinked(record(2), (r, previous) -> {
            throw new IllegalArgumentException("cannot link");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(all()).containsExactly(first);
    }

    @Test
    void concurrentLinkedAppendsFormOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                AuditRecord r = record(i);
                futures.add(pool.submit(() -> sink.appendLinked(r, TEST_LINK)));
            }
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<AuditRecord> chain = all();
        assertThat(chain).hasSize(200);
        String previous = "";
        for (AuditRecord r : chain) {
            assertThat(r.previousHash()).as("record %s links to the one before it", r.id()).isEqualTo(previous);
            previous = r.hash();
        }
    }
}
