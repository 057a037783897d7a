package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.OutboxDispatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationDeliveryException;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.NotificationSender;
import io.consumerprotection.spi.notification.RecipientRole;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTest {

    private static final Instant T0 = Instant.parse("2024-09-20T02:15:00Z");
    private static final OutboxDispatcher.Settings SETTINGS = new OutboxDispatcher.Settings(10,
            Duration.ofSeconds(1), Duration.ofSeconds(30), 4, Duration.ofMinutes(1));

    private JdbcHost host;
    private MutableClock clock;

    @BeforeEach
    void open() {
        host = JdbcHost.h2InMemory();
        clock = new MutableClock(T0);
    }

    @AfterEach
    void close() {
        host.close();
    }

    static Notification notification(String id) {
        return new Notification(id, NotificationKind.ACKNOWLEDGEMENT, RecipientRole.CUSTOMER, "C-" + id, "HOTLINE",
                Map.of("DECISION", LocalDate.of(2024, 10, 8)), T0.plusNanos(123_456_789), "您的投诉已受理");
    }

    /** A downstream that fails for the ids it is told to, and records every hand-over. */
    static final class FlakyGateway implements NotificationSender {
        final List<String> handedOver = new ArrayList<>();
        final InMemoryNotificationSender delivered = new InMemoryNotificationSender();
        final Set<String> failing = new HashSet<>();

        @Override
        public synchronized void send(Notification n) {
            handedOver.add(n.id());
            if (failing.contains(n.id())) {
                throw new NotificationDeliveryException(n.id(), "gateway down");
            }
            delivered.send(n);
        }
    }

    @Test
    void deliversQueuedNotificationsOnceAndExactlyAsQueued() {
        List<Notification> queued = List.of(notification("n1"), notification("n2"), notification("n3"));
        queued.forEach(host.notificationSender()::send);
        FlakyGateway gateway = new FlakyGateway();
        OutboxDispatcher dispatcher = host.dispatcher(gateway, SETTINGS, clock);

        assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(3, 0, 0));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(0, 0, 0));

        assertThat(gateway.delivered.delivered()).containsExactlyElementsOf(queued);
        assertThat(gateway.handedOver).containsExactly("n1", "n2", "n3");
        assertThat(OutboxTestRows.statuses(host)).containsOnly(
                Map.entry("n1", "DELIVERED"), Map.entry("n2", "DELIVERED"), Map.entry("n3", "DELIVERED"));
    }

    @Test
    void aFailureMidBatchKeepsTheRestGoingAndRetriesWithExponentialBackoff() {
        List.of("n1", "n2", "n3").forEach(id -> host.notificationSender().send(notification(id)));
        FlakyGateway gateway = new FlakyGateway();
        gateway.failing.add("n2");
        OutboxDispatcher dispatcher = host.dispatcher(gateway, SETTINGS, clock);

        assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(2, 1, 0));
        assertThat(OutboxTestRows.statuses(host)).containsEntry("n2", "PENDING");

        // not due before the back-off has passed: 1 s, then 2 s, then 4 s
        clock.advance(Duration.ofMillis(999));
        assertThat(dispatcher.dispatchOnce().attempted()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(0, 1, 0));
        clock.advance(Duration.ofMillis(1999));
        assertThat(dispatcher.dispatchOnce().attempted()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(0, 1, 0));

        gateway.failing.clear();
        clock.advance(Duration.ofSeconds(4));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(1, 0, 0));
        assertThat(gateway.delivered.delivered()).extracting(Notification::id).containsExactly("n1", "n3", "n2");
        assertThat(OutboxTestRows.attempts(host)).containsEntry("n2", "4").containsEntry("n1", "1");
    }

    @Test
    void marksARowFailedAfterTheLastAttemptAndStopsTrying() {
        host.notificationSender().send(notification("n1"));
        FlakyGateway gateway = new FlakyGateway();
        gateway.failing.add("n1");
        OutboxDispatcher dispatcher = host.dispatcher(gateway, SETTINGS, clock);

        int failed = 0;
        for (int i = 0; i < 10; i++) {
            failed += dispatcher.dispatchOnce().failed();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(failed).isEqualTo(1);
        assertThat(gateway.handedOver).hasSize(SETTINGS.maxAttempts());
        assertThat(OutboxTestRows.statuses(host)).containsEntry("n1", "FAILED");
    }

    @Test
    void backoffDoublesUpToTheCap() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 40)).map(SETTINGS::backoffAfter).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void aLeasedRowIsNotHandedOverByASecondDispatcherUntilTheLeaseExpires() {
        host.notificationSender().send(notification("n1"));
        FlakyGateway second = new FlakyGateway();
        // the first dispatcher claims the row and dies inside the downstream call
        OutboxDispatcher dying = host.dispatcher(n -> {
            throw new OutOfMemoryError("simulated crash inside the gateway call");
        }, SETTINGS, clock);
        assertThatThrownBy(dying::dispatchOnce).isInstanceOf(OutOfMemoryError.class);

        OutboxDispatcher survivor = host.dispatcher(second, SETTINGS, clock);
        assertThat(survivor.dispatchOnce().attempted()).isZero();
        clock.advance(SETTINGS.lease());
        assertThat(survivor.dispatchOnce()).isEqualTo(new OutboxDispatcher.Report(1, 0, 0));
        assertThat(second.handedOver).containsExactly("n1");
    }

    @Test
    void concurrentDispatchersHandEachRowOverOnce() throws Exception {
        for (int i = 0; i < 60; i++) {
            host.notificationSender().send(notification("n" + i));
        }
        FlakyGateway gateway = new FlakyGateway();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            OutboxDispatcher d = host.dispatcher(gateway, SETTINGS, clock);
            threads.add(new Thread(() -> {
                while (d.dispatchOnce().attempted() > 0) {
                    Thread.onSpinWait();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(30_000);
        }
        // a last pass picks up whatever a thread skipped because another had leased it
        host.dispatcher(gateway, SETTINGS, clock).dispatchOnce();
        assertThat(gateway.handedOver).hasSize(60).doesNotHaveDuplicates();
        assertThat(OutboxTestRows.statuses(host).values()).containsOnly("DELIVERED");
    }

    @Test
    void runsOnTheHostsExecutorWhenAsked() throws Exception {
        host.notificationSender().send(notification("n1"));
        FlakyGateway gateway = new FlakyGateway();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            ScheduledFuture<?> running = host.dispatcher(gateway, SETTINGS, clock)
                    .scheduleOn(executor, Duration.ofMillis(10));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (gateway.delivered.delivered().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            running.cancel(false);
        } finally {
            executor.shutdownNow();
        }
        assertThat(gateway.delivered.delivered()).extracting(Notification::id).containsExactly("n1");
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new OutboxDispatcher.Settings(0, Duration.ofSeconds(1), Duration.ofSeconds(1), 1,
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> new OutboxDispatcher.Settings(1, Duration.ofSeconds(2), Duration.ofSeconds(1), 1,
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
    }
}
