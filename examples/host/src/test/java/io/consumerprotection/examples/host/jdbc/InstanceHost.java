package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.IllegalTransitionException;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.IntakeResult;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.examples.host.audit.FileAuditKeys;
import io.consumerprotection.jdbc.OutboxDispatcher;
import io.consumerprotection.spi.complaint.VersionConflictException;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationSender;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One of the two application instances {@link SeveralInstancesTest} runs at once on one PostgreSQL schema,
 * through the published {@code consumer-protection-jdbc} store, outbox and audit sink (opened by
 * {@link JdbcHost#openExisting}) and the facade with the shared audit keys. It intakes complaints of its own and
 * the shared ones (the same channel references as the other instance), acts on the shared complaints in the
 * same order as the other instance (accept, assign, start the investigation, then {@code contacts} recorded
 * contacts), retrying a version conflict on a fresh read and counting as refused what the fresh state no longer
 * allows; meanwhile a thread runs an {@link OutboxDispatcher} against a gateway that records every hand-over.
 *
 * <p>Writes into {@code dir}: {@code changes-<label>.txt} (one line per accepted change:
 * {@code complaintId version eventType actor}), {@code intakes-<label>.txt} ({@code complaintId created}) and
 * {@code handovers-<label>.txt} (one notification id per hand-over). Prints {@code READY}, waits for the file
 * {@code go}; after the intakes prints {@code ACT} and waits for the file {@code ACT}, after the
 * accept-assign-start round prints and waits for {@code CONTACT} (so that both act on the same complaint at the
 * same moment); prints {@code WORKED conflicts refused}, waits for {@code drain}, dispatches until no row is
 * pending, prints {@code DONE}.
 *
 * <p>Arguments: JDBC URL, schema, audit key file, label, directory, own complaints, shared complaints, contacts.
 */
public final class InstanceHost {

    /** Retries of one action before the instance gives up (a store that never settles a conflict). */
    private static final int MAX_TRIES = 200;

    private InstanceHost() {
    }

    /** A downstream gateway that records every hand-over, a little slowly (a real gateway is a network call). */
    static final class CountingGateway implements NotificationSender {
        final List<String> handedOver = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void send(Notification n) {
            handedOver.add(n.id());
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
        int own = Integer.parseInt(args[5]);
        int shared = Integer.parseInt(args[6]);
        int contacts = Integer.parseInt(args[7]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JdbcHost host = JdbcHost.openExisting(url, "postgres", "", schema);
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(host.complaintStore())
                .notificationSender(host.notificationSender()).auditKeys(FileAuditKeys.createOrOpen(keyFile))
                .clock(Clock.systemUTC()).build();
        CountingGateway gateway = new CountingGateway();
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

        out.println("READY");
        await(dir.resolve("go"));
        dispatching.start();
        Instance instance = new Instance(cp, label);
        List<ComplaintId> sharedIds = new ArrayList<>();
        for (int i = 0; i < Math.max(own, shared); i++) {
            if (i < shared) {
                sharedIds.add(instance.intake("SHARED-" + i));
            }
            if (i < own) {
                ComplaintId id = instance.intake(label + "-" + i);
                instance.attempt(id, new ComplaintAction.Accept(), label + "-accept");
            }
        }
        barrier(out, dir, "ACT");
        for (ComplaintId id : sharedIds) {
            instance.attempt(id, new ComplaintAction.Accept(), label + "-accept");
            instance.attempt(id, new ComplaintAction.Assign("EMP-" + label), label + "-assign");
            instance.attempt(id, new ComplaintAction.StartInvestigation(), label + "-start");
        }
        barrier(out, dir, "CONTACT");
        for (int k = 0; k < contacts; k++) {
            for (ComplaintId id : sharedIds) {
                instance.attempt(id, new ComplaintAction.RecordContact(NoticeMethod.PHONE), label + "-contact-" + k);
            }
        }
        Files.write(dir.resolve("changes-" + label + ".txt"), instance.changes, StandardCharsets.UTF_8);
        Files.write(dir.resolve("intakes-" + label + ".txt"), instance.intakes, StandardCharsets.UTF_8);
        out.println("WORKED " + instance.conflicts + " " + instance.refused);

        await(dir.resolve("drain"));
        while (pending(url, schema) > 0) {
            Thread.sleep(20);
        }
        stop.set(true);
        dispatching.join();
        Files.write(dir.resolve("handovers-" + label + ".txt"), gateway.handedOver, StandardCharsets.UTF_8);
        out.println("DONE");
        host.close();
    }

    /** The work of one instance, with what it saw. */
    private static final class Instance {
        final ConsumerProtection cp;
        final String label;
        final List<String> changes = new ArrayList<>();
        final List<String> intakes = new ArrayList<>();
        long conflicts;
        long refused;

        Instance(ConsumerProtection cp, String label) {
            this.cp = cp;
            this.label = label;
        }

        ComplaintId intake(String reference) {
            IntakeResult r = cp.complaints().intake(Intake.builder().channel(Channel.HOTLINE)
                    .channelReference(reference).complainant(Complainant.person("CUST-" + reference, "客户"))
                    .request("退还年费").narrative("信用卡年费未经告知被扣收，要求退还。")
                    .receivedAt(Clock.systemUTC().instant()).receivingUnit("BR-01").firstContactHandler("EMP-1")
                    .build(), label + "-intake");
            intakes.add(r.complaint().id().value() + " " + r.created());
            return r.complaint().id();
        }

        /** Applies the action on a fresh read; a conflict is retried, an action the state refuses is counted. */
        void attempt(ComplaintId id, ComplaintAction action, String actor) {
            for (int tries = 0; ; tries++) {
                if (tries == MAX_TRIES) {
                    throw new IllegalStateException(action.eventType() + " on " + id.value() + " made no progress in "
                            + MAX_TRIES + " tries");
                }
                Complaint current = cp.complaints().get(id);
                if (!current.allows(action)) {
                    refused++;
                    return;
                }
                try {
                    Complaint saved = cp.complaints().act(current, action, actor);
                    changes.add(id.value() + " " + saved.version() + " " + action.eventType() + " " + actor);
                    return;
                } catch (VersionConflictException retry) {
                    conflicts++;
                } catch (IllegalTransitionException refusedByState) {
                    refused++;
                    return;
                }
            }
        }
    }

    /** Prints the name and waits until the test has seen both instances reach it (the file of that name). */
    private static void barrier(PrintStream out, Path dir, String name) throws InterruptedException {
        out.println(name);
        await(dir.resolve(name));
    }

    private static void await(Path file) throws InterruptedException {
        while (!Files.exists(file)) {
            Thread.sleep(5);
        }
    }

    private static long pending(String url, String schema) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + schema
                     + ".notification_outbox WHERE status = 'PENDING'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
