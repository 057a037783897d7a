package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.OutboxDispatcher;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.contract.SampleComplaints;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.RecipientRole;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The process {@link OutboxCrashTest} kills: a writer thread saves complaints with two notifications each
 * and prints {@code COMMITTED id} after each commit; the main thread dispatches the outbox to a
 * {@link FileGateway} which, after {@code hangAfter} deliveries, prints {@code HUNG id} and blocks inside
 * the send, so the kill lands after the gateway accepted a notification and before the outbox marked it.
 */
public final class CrashingHost {

    private CrashingHost() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path gatewayFile = Path.of(args[1]);
        int hangAfter = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JdbcHost host = JdbcHost.h2File(db);

        Thread writer = new Thread(() -> {
            Instant t0 = Instant.parse("2024-09-20T02:15:00Z");
            for (int i = 0; ; i++) {
                String id = "C-" + i;
                ComplaintRecord r = SampleComplaints.complete(id, "REF-" + i, t0.plusSeconds(i));
                host.complaintStore().saveWithNotifications(r, 0, List.of(
                        notification(id, "ack", NotificationKind.ACKNOWLEDGEMENT, RecipientRole.CUSTOMER, t0),
                        notification(id, "handler", NotificationKind.DEADLINE_WARNING, RecipientRole.HANDLER, t0)));
                out.println("COMMITTED " + id);
                pause(2);
            }
        }, "writer");
        writer.setDaemon(true);
        writer.start();

        int[] count = {0};
        FileGateway gateway = new FileGateway(gatewayFile, () -> {
            if (++count[0] == hangAfter) {
                out.println("HUNG " + count[0]);
                pause(Long.MAX_VALUE);
            }
        });
        OutboxDispatcher dispatcher = host.dispatcher(gateway, new OutboxDispatcher.Settings(5,
                Duration.ofSeconds(1), Duration.ofSeconds(30), 10, Duration.ofMinutes(1)), Clock.systemUTC());
        while (true) {
            dispatcher.dispatchOnce();
            pause(3);
        }
    }

    static Notification notification(String complaintId, String suffix, NotificationKind kind, RecipientRole to,
                                     Instant at) {
        return new Notification(complaintId + "-" + suffix, kind, to, complaintId, "HOTLINE",
                Map.of("DECISION", java.time.LocalDate.of(2024, 10, 8)), at, "您的投诉已受理");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
