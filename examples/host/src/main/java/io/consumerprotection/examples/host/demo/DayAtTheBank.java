package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.notification.NotificationSender;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.examples.host.jdbc.OutboxDispatcher;
import io.consumerprotection.spi.memory.InMemoryNotificationSender;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo scenario: a year of complaints at a bank, handled through the SDK, then checked and reported. */
public final class DayAtTheBank {

    /** Options of a run. */
    public record Options(long seed, int complaints, int year, Path outputDirectory) {
        public static Options defaults() {
            return new Options(20241231L, 10_000, 2024, Path.of("target/demo"));
        }
    }

    private DayAtTheBank() {
    }

    /** Runs the scenario over the host's SPI implementations and prints a summary. */
    public static void run(Options options, JdbcHost host, PrintStream out) {
        ComplaintStore store = host.complaintStore();
        NotificationSender sender = host.notificationSender();
        AuditSink auditSink = host.auditSink();
        DemoDataset dataset = new DemoDataset(options.seed(), options.complaints(), options.year(),
                topic -> Map.of("BUSINESS", topic.business(), "CAUSE", topic.cause()));
        SimulatedClock clock = new SimulatedClock(dataset.endOfYear());
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(store).notificationSender(sender)
                .auditSink(auditSink).clock(clock).build();
        Complaints complaints = cp.complaints();

        out.printf(Locale.ROOT, "1. generating %,d complaints for %d (seed %d)%n", options.complaints(), options.year(),
                options.seed());
        List<DemoCase> cases = dataset.cases();
        out.println("2. intake and handling through the SDK");
        BankYear.Result handled = BankYear.handle(cases, complaints, clock, dataset.endOfYear(), out);
        out.printf(Locale.ROOT, "   %,d complaints, %,d actions in %.1f s; rejected by the SDK: %s; decisions corrected: %d%n",
                handled.complaints(), handled.actions(), handled.seconds(), handled.rejected(), handled.corrected());

        out.println("3. delivering the notification outbox");
        InMemoryNotificationSender gateway = new InMemoryNotificationSender();
        OutboxDispatcher dispatcher = host.dispatcher(gateway);
        int delivered = 0;
        for (OutboxDispatcher.Report r = dispatcher.dispatchOnce(); r.attempted() > 0; r = dispatcher.dispatchOnce()) {
            delivered += r.delivered();
        }
        out.printf(Locale.ROOT, "   %,d notifications delivered from the outbox%n", delivered);
    }
}
