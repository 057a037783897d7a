package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.examples.host.audit.FileAuditKeys;
import io.consumerprotection.jdbc.OutboxDispatcher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One of the two application instances {@link SeveralInstancesTest} runs at once on one PostgreSQL schema,
 * through the published {@code consumer-protection-jdbc} store, outbox and audit sink (opened by
 * {@link JdbcHost#openExisting}) and the facade with the shared audit keys; it does the {@link InstanceWork} while a
 * thread runs an {@link OutboxDispatcher} against a gateway that records every hand-over.
 *
 * <p>Arguments: JDBC URL, schema, audit key file, label, directory, own complaints, shared complaints, contacts.
 */
public final class InstanceHost {

    private InstanceHost() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | AssertionError e) {
            // the test reads this line and fails at once, instead of waiting for a line that never comes
            System.out.println("FAILED " + e);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String url = args[0];
        String schema = args[1];
        Path keyFile = Path.of(args[2]);
        String label = args[3];
        Path dir = Path.of(args[4]);
        JdbcHost host = JdbcHost.openExisting(url, "postgres", "", schema);
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(host.complaintStore())
                .notificationSender(host.notificationSender()).auditKeys(FileAuditKeys.createOrOpen(keyFile))
                .clock(Clock.systemUTC()).build();
        InstanceWork.CountingGateway gateway = new InstanceWork.CountingGateway();
        OutboxDispatcher dispatcher = host.dispatcher(gateway, new OutboxDispatcher.Settings(5,
                Duration.ofMillis(100), Duration.ofSeconds(1), 10, Duration.ofSeconds(30)), Clock.systemUTC());
        AtomicBoolean stop = new AtomicBoolean();
        Thread dispatching = new Thread(() -> {
            while (!stop.get()) {
                if (dispatcher.dispatchOnce().attempted() == 0) {
                    Thread.onSpinWait();
                }
            }
        }, "dispatcher-" + label);

        InstanceWork work = new InstanceWork(cp, label, dir, InstanceWork.Unit.DIRECT);
        work.ready();
        dispatching.start();
        work.work(Integer.parseInt(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]));
        work.drain(() -> pending(url, schema));
        stop.set(true);
        dispatching.join();
        work.done(gateway);
        host.close();
    }

    private static long pending(String url, String schema) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + schema
                     + ".notification_outbox WHERE status = 'PENDING'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
