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
import io.consumerprotection.spi.complaint.VersionConflictException;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationSender;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The work of one of the two application instances of a several-instances test ({@link SeveralInstancesTest} on
 * the JDBC host, {@code SeveralSampleInstancesTest} on the Spring Boot sample application), and the test's side of
 * it ({@link #conduct}). The instance intakes complaints of its own (accepting each) and the shared ones (the same
 * channel references as the other instance), acts on the shared complaints in the same order as the other instance
 * (accept, assign, start the investigation, then {@code contacts} recorded contacts), retrying a version conflict on
 * a fresh read and counting as refused what the fresh state no longer allows; its dispatcher runs meanwhile.
 *
 * <p>Writes into {@code dir}: {@code changes-<label>.txt} (one line per accepted change:
 * {@code complaintId version eventType actor}), {@code intakes-<label>.txt} ({@code complaintId created}) and
 * {@code handovers-<label>.txt} (one notification id per hand-over). Prints {@code READY}, waits for the file
 * {@code go}; after the intakes prints {@code ACT} and waits for the file {@code ACT}, after the
 * accept-assign-start round prints and waits for {@code CONTACT} (so that both act on the same complaint at the
 * same moment); prints {@code WORKED conflicts refused}, waits for {@code drain}, waits until no outbox row is
 * pending; once the caller has stopped its dispatcher, writes its hand-overs and prints {@code DONE}.
 */
public final class InstanceWork {

    /** Retries of one action before the instance gives up (a store that never settles a conflict). */
    private static final int MAX_TRIES = 200;

    /** How one unit of work runs: directly (the store commits its own), or inside the application's transaction. */
    public interface Unit {
        /** Runs the work as one unit and returns its result. */
        <T> T run(Supplier<T> work);

        /** Each call on its own: the store commits its own transaction. */
        Unit DIRECT = Supplier::get;
    }

    /** A downstream gateway that records every hand-over, a little slowly (a real gateway is a network call). */
    public static class CountingGateway implements NotificationSender {
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

    private final ConsumerProtection cp;
    private final String label;
    private final Path dir;
    private final Unit unit;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final List<String> changes = new ArrayList<>();
    private final List<String> intakes = new ArrayList<>();
    private long conflicts;
    private long refused;

    /**
     * @param cp    the instance's facade
     * @param label the instance's name ({@code A}, {@code B}), in its references, actors and files
     * @param dir   where the test and the instances meet
     * @param unit  how each intake and each attempt of an action runs
     */
    public InstanceWork(ConsumerProtection cp, String label, Path dir, Unit unit) {
        this.cp = cp;
        this.label = label;
        this.dir = dir;
        this.unit = unit;
    }

    /** Prints {@code READY} and waits for the test's {@code go}. */
    public void ready() throws InterruptedException {
        out.println("READY");
        await(dir.resolve("go"));
    }

    /** The intakes, the accept-assign-start round and the contacts, between the barriers; writes the logs. */
    public void work(int own, int shared, int contacts) throws Exception {
        List<ComplaintId> sharedIds = new ArrayList<>();
        for (int i = 0; i < Math.max(own, shared); i++) {
            if (i < shared) {
                sharedIds.add(intake("SHARED-" + i));
            }
            if (i < own) {
                ComplaintId id = intake(label + "-" + i);
                attempt(id, new ComplaintAction.Accept(), label + "-accept");
            }
        }
        barrier("ACT");
        for (ComplaintId id : sharedIds) {
            attempt(id, new ComplaintAction.Accept(), label + "-accept");
            attempt(id, new ComplaintAction.Assign("EMP-" + label), label + "-assign");
            attempt(id, new ComplaintAction.StartInvestigation(), label + "-start");
        }
        barrier("CONTACT");
        for (int k = 0; k < contacts; k++) {
            for (ComplaintId id : sharedIds) {
                attempt(id, new ComplaintAction.RecordContact(NoticeMethod.PHONE), label + "-contact-" + k);
            }
        }
        Files.write(dir.resolve("changes-" + label + ".txt"), changes, StandardCharsets.UTF_8);
        Files.write(dir.resolve("intakes-" + label + ".txt"), intakes, StandardCharsets.UTF_8);
        out.println("WORKED " + conflicts + " " + refused);
    }

    /** Waits for the test's {@code drain}, then until {@code pending} (the outbox rows not delivered) is 0. */
    public void drain(LongSupplier pending) throws InterruptedException {
        await(dir.resolve("drain"));
        while (pending.getAsLong() > 0) {
            Thread.sleep(20);
        }
    }

    /** Once the dispatcher has stopped: writes the gateway's hand-overs and prints {@code DONE}. */
    public void done(CountingGateway gateway) throws IOException {
        Files.write(dir.resolve("handovers-" + label + ".txt"), gateway.handedOver, StandardCharsets.UTF_8);
        out.println("DONE");
    }

    /**
     * The test's side: waits for both instances at every barrier and releases them together, then lets them drain.
     *
     * @return the {@code WORKED} lines of both
     */
    public static List<String> conduct(Path dir, ChildJvm a, ChildJvm b, long timeoutSeconds) throws Exception {
        List<String> worked = new ArrayList<>();
        a.awaitLine("READY"::equals, timeoutSeconds);
        b.awaitLine("READY"::equals, timeoutSeconds);
        Files.createFile(dir.resolve("go"));
        for (String barrier : List.of("ACT", "CONTACT")) {
            a.awaitLine(barrier::equals, timeoutSeconds);
            b.awaitLine(barrier::equals, timeoutSeconds);
            Files.createFile(dir.resolve(barrier));
        }
        worked.add(a.awaitLine(l -> l.startsWith("WORKED"), timeoutSeconds));
        worked.add(b.awaitLine(l -> l.startsWith("WORKED"), timeoutSeconds));
        Files.createFile(dir.resolve("drain"));
        a.awaitLine("DONE"::equals, timeoutSeconds);
        b.awaitLine("DONE"::equals, timeoutSeconds);
        return worked;
    }

    private ComplaintId intake(String reference) {
        IntakeResult r = unit.run(() -> cp.complaints().intake(Intake.builder().channel(Channel.HOTLINE)
                .channelReference(reference).complainant(Complainant.person("CUST-" + reference, "客户"))
                .request("退还年费").narrative("信用卡年费未经告知被扣收，要求退还。")
                .receivedAt(Clock.systemUTC().instant()).receivingUnit("BR-01").firstContactHandler("EMP-1")
                .build(), label + "-intake"));
        intakes.add(r.complaint().id().value() + " " + r.created());
        return r.complaint().id();
    }

    /** Applies the action on a fresh read; a conflict is retried, an action the state refuses is counted. */
    private void attempt(ComplaintId id, ComplaintAction action, String actor) {
        for (int tries = 0; ; tries++) {
            if (tries == MAX_TRIES) {
                throw new IllegalStateException(action.eventType() + " on " + id.value() + " made no progress in "
                        + MAX_TRIES + " tries");
            }
            try {
                Complaint saved = unit.run(() -> {
                    Complaint current = cp.complaints().get(id);
                    return current.allows(action) ? cp.complaints().act(current, action, actor) : null;
                });
                if (saved == null) {
                    refused++;
                } else {
                    changes.add(id.value() + " " + saved.version() + " " + action.eventType() + " " + actor);
                }
                return;
            } catch (VersionConflictException retry) {
                conflicts++;
            } catch (IllegalTransitionException refusedByState) {
                refused++;
                return;
            }
        }
    }

    private void barrier(String name) throws InterruptedException {
        out.println(name);
        await(dir.resolve(name));
    }

    private static void await(Path file) throws InterruptedException {
        while (!Files.exists(file)) {
            Thread.sleep(5);
        }
    }
}
