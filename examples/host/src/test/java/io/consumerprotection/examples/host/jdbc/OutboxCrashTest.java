package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.OutboxDispatcher;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real host process (destroyForcibly: no shutdown hook, no finally) while it writes complaints
 * and while its dispatcher is inside a downstream send, then restarts on the same database file.
 */
class OutboxCrashTest {

    @TempDir
    Path dir;

    @Test
    void aKilledHostLosesNothingAndOnRestartDeliversNothingTwice() throws Exception {
        Path db = dir.resolve("bank");
        Path gatewayFile = dir.resolve("gateway.log");
        Set<String> committed = new HashSet<>();
        try (ChildJvm child = ChildJvm.start(CrashingHost.class, "96m", db.toString(), gatewayFile.toString(), "8")) {
            child.awaitLine(l -> l.startsWith("HUNG"), 60);
            // let the writer commit a few more complaints whose notifications are not dispatched
            int before = committedIds(child.output()).size();
            child.awaitLine(l -> l.startsWith("COMMITTED") && committedIds(child.output()).size() >= before + 5, 30);
            child.kill();
            committed.addAll(committedIds(child.output()));
        }
        List<String> deliveredBeforeCrash = FileGateway.lines(gatewayFile, "DELIVER");
        assertThat(deliveredBeforeCrash).hasSize(8);

        try (JdbcHost restarted = JdbcHost.h2File(db)) {
            List<ComplaintRecord> stored;
            try (Stream<ComplaintRecord> s = restarted.complaintStore().stream(ComplaintQuery.all())) {
                stored = s.toList();
            }
            Set<String> storedIds = stored.stream().map(ComplaintRecord::id).collect(Collectors.toSet());
            // durable: every complaint whose commit the child reported is there
            assertThat(storedIds).containsAll(committed);
            // atomic: every stored complaint has both its notifications queued, and no notification is orphaned
            Set<String> queued = new HashSet<>(OutboxTestRows.ids(restarted));
            assertThat(queued).isEqualTo(storedIds.stream()
                    .flatMap(id -> Stream.of(id + "-ack", id + "-handler")).collect(Collectors.toSet()));
            assertThat(queued.size()).isGreaterThan(deliveredBeforeCrash.size());

            // restart: a fresh dispatcher, once the crashed dispatcher's lease has expired
            Clock afterLease = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
            FileGateway gateway = new FileGateway(gatewayFile, () -> { });
            OutboxDispatcher dispatcher = restarted.dispatcher(gateway, OutboxDispatcher.Settings.defaults(),
                    afterLease);
            while (dispatcher.dispatchOnce().attempted() > 0) {
                Thread.onSpinWait();
            }
            // a second restart finds nothing left to do
            assertThat(restarted.dispatcher(new FileGateway(gatewayFile, () -> { }),
                    OutboxDispatcher.Settings.defaults(), afterLease).dispatchOnce().attempted()).isZero();

            List<String> delivered = FileGateway.lines(gatewayFile, "DELIVER");
            List<String> handedOver = FileGateway.lines(gatewayFile, "HANDOVER");
            // nothing lost: every queued notification reached the gateway; nothing delivered twice
            assertThat(delivered).doesNotHaveDuplicates();
            assertThat(Set.copyOf(delivered)).isEqualTo(queued);
            assertThat(OutboxTestRows.statuses(restarted).values()).containsOnly("DELIVERED");
            // the outbox handed exactly one id over twice: the one in flight when the process died
            Map<String, Long> handovers = count(handedOver);
            assertThat(handovers.values().stream().filter(n -> n > 1).count()).isEqualTo(1);
            assertThat(handovers.values()).allMatch(n -> n <= 2);
        }
    }

    private static Set<String> committedIds(Collection<String> lines) {
        return lines.stream().filter(l -> l.startsWith("COMMITTED ")).map(l -> l.substring(10))
                .collect(Collectors.toSet());
    }

    private static Map<String, Long> count(List<String> ids) {
        return ids.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
