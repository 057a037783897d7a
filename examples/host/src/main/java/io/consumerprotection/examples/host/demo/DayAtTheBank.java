package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.notification.NotificationSender;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.jdbc.OutboxDispatcher;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo scenario: a year of complaints at a bank, handled through the SDK, then checked and reported. */
public final class DayAtTheBank {

    /**
     * Options of a run.
     *
     * @param language the language of {@code report.html}: Chinese (the default), English or both
     * @param zone     the zone the report shows times in (default {@code Asia/Shanghai})
     */
    public record Options(long seed, int complaints, int year, Path outputDirectory, CodeNames.Language language,
                          java.time.ZoneId zone) {

        /** The bank's zone, the report's default. */
        public static final java.time.ZoneId BANK_ZONE = java.time.ZoneId.of("Asia/Shanghai");

        public Options {
            java.util.Objects.requireNonNull(outputDirectory, "outputDirectory");
            java.util.Objects.requireNonNull(language, "language");
            java.util.Objects.requireNonNull(zone, "zone");
        }

        /** Options with the report in Chinese, times in Asia/Shanghai. */
        public Options(long seed, int complaints, int year, Path outputDirectory) {
            this(seed, complaints, year, outputDirectory, CodeNames.Language.ZH, BANK_ZONE);
        }

        public static Options defaults() {
            return new Options(20241231L, 10_000, 2024, Path.of("target/demo"));
        }

        /** These options with the report in this language and zone. */
        public Options withReport(CodeNames.Language language, java.time.ZoneId zone) {
            return new Options(seed, complaints, year, outputDirectory, language, zone);
        }
    }

    private DayAtTheBank() {
    }

    private static io.consumerprotection.spi.complaint.ComplaintRecord maskedForExport(ConsumerProtection cp,
            io.consumerprotection.spi.complaint.ComplaintRecord r) {
        var c = r.complainant();
        var masked = new io.consumerprotection.spi.complaint.ComplainantRecord(c.kind(), c.reference(),
                c.name() == null ? null : cp.masker().mask(io.consumerprotection.core.privacy.FieldType.NAME, c.name(),
                        io.consumerprotection.core.privacy.MaskingChannel.EXPORT),
                c.representation(), c.representativeReference(), c.jointComplainants());
        return new io.consumerprotection.spi.complaint.ComplaintRecord(r.id(), r.version(), r.channel(),
                r.channelReference(), r.source(), masked, r.respondent(), r.request(), r.narrative(), r.classification(),
                r.level(), r.status(), r.receivedAt(), r.receivingUnit(), r.firstContactHandler(), r.currentHandler(),
                r.relatedComplaintId(), r.timeline(), r.dueDates());
    }

    /** Runs the scenario over the host's SPI implementations and prints a summary. */
    public static void run(Options options, JdbcHost host, PrintStream out) {
        ComplaintStore store = host.complaintStore();
        NotificationSender sender = host.notificationSender();
        AuditSink auditSink = host.auditSink();
        DemoDataset dataset = new DemoDataset(options.seed(), options.complaints(), options.year());
        SimulatedClock clock = new SimulatedClock(dataset.endOfYear());
        // the audit key and the chain's checkpoints are kept beside the demo's database for the demo only: a bank
        // keeps the key in its HSM or KMS and the checkpoints where the database's administrators cannot write
        java.nio.file.Path keys = options.outputDirectory().resolve("audit-keys");
        try {
            java.nio.file.Files.createDirectories(keys);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not create " + keys, e);
        }
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(store).notificationSender(sender)
                .auditSink(auditSink).clock(clock)
                .auditKeys(io.consumerprotection.examples.host.audit.FileAuditKeys.createOrOpen(keys.resolve("demo.key")))
                .chainAnchor(io.consumerprotection.examples.host.audit.FileChainAnchor.at(
                        options.outputDirectory().resolve("audit-checkpoints.tsv")))
                .complaintIds(new java.util.function.Supplier<>() {
                    private int next;

                    @Override
                    public io.consumerprotection.core.complaint.ComplaintId get() {
                        return io.consumerprotection.core.complaint.ComplaintId.of(
                                String.format(Locale.ROOT, "CP-%d-%06d", options.year(), ++next));
                    }
                })
                .build();
        Complaints complaints = cp.complaints();
        // how far the calendars reach, as of the demo's clock (build() has already logged a warning if needed)
        var health = cp.calendarHealth();
        out.printf(Locale.ROOT, "0. calendar health on %s: %s%n", health.today(), health.status());
        health.calendars().forEach(h -> out.println("   " + h.message()));

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

        Report report = new Report("消费者权益保护 · a year of complaints at a demo bank (" + options.year() + ")");
        report.headline("handled through the SDK", String.format(Locale.ROOT, "%,d actions", handled.actions()))
                .headline("actions the SDK rejected, then corrected", handled.rejected().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", ")))
                .headline("notifications delivered from the outbox", String.format(Locale.ROOT, "%,d", delivered));
        report.headline("calendar coverage", health.calendars().stream()
                .map(h -> h.calendarId() + " " + h.version() + " until " + h.coverageEnd() + " (" + h.status() + ")")
                .collect(java.util.stream.Collectors.joining(", ")));
        report.table(new Report.Table("calendar health on " + health.today(),
                List.of("calendar", "version", "coverage end", "days left", "status", "what to do"),
                health.calendars().stream().map(h -> List.of(h.calendarId().toString(), h.version(),
                        h.coverageEnd().toString(), Long.toString(h.daysLeft()), h.status().name(),
                        h.needsAttention() ? io.consumerprotection.core.calendar.CalendarHealth.ADVICE : "")).toList()));
        DemoAnalysis analysis = new DemoAnalysis(cp, store, cases, options.year(), dataset.endOfYear(), out, report);
        out.println("4. deadlines at the end of the year (NFRA-2020-3 and the internal 3-5-10 standard)");
        analysis.deadlines();
        out.println("5. classification suggestions from the narratives");
        analysis.suggestions();
        out.println("6. personal data in narratives");
        analysis.privacy();
        out.println("7. statistics");
        var statistics = analysis.statistics();
        out.println("8. branch scorecard BRANCH-2025");
        analysis.branchScorecard(statistics, options.seed(), options.outputDirectory());
        out.println("9. audit rule checks");
        analysis.audit(options.outputDirectory());
        out.println("9b. inspections, partners and a personal-data incident");
        OversightDemo.run(host, cp, clock, options.year(), options.seed(), out, report);
        out.println("10. audit trail");
        var chain = cp.verifyAuditTrail();
        out.printf(Locale.ROOT, "   %,d audit records, HMAC-SHA256 chain and %,d complaints checked: %s%n",
                chain.recordsChecked(), handled.complaints(), chain.isIntact() ? "intact" : chain.countsByProblem());
        var checkpoint = chain.isIntact() ? cp.auditTrail().checkpoint() : java.util.Optional.<
                io.consumerprotection.spi.audit.ChainCheckpoint>empty();
        checkpoint.ifPresent(c -> out.printf(Locale.ROOT, "   checkpoint of the head (%,d records) signed with key %s"
                + " and kept in %s%n", c.recordCount(), c.keyId(), "audit-checkpoints.tsv"));
        report.headline("audit records (keyed chain and complaints intact)", String.format(Locale.ROOT, "%,d (%s)",
                chain.recordsChecked(), chain.isIntact() ? "yes" : "NO: " + chain.countsByProblem()));
        DemoReviews.run(options.year(), host, out, report);

        out.println("12. quarterly 通报, hot-spot warning and a rectification to closure");
        DemoReporting.run(host, options.year(), options.outputDirectory(), out, report);
        ReportFiles.write(report, options.outputDirectory(), options.language(), options.zone());
        long exported;
        try (var records = store.stream(io.consumerprotection.spi.complaint.ComplaintQuery.all())) {
            // an export is a channel of its own: the complainant's name leaves masked (profile EXPORT)
            exported = ReportFiles.writeComplaints(records.map(r -> maskedForExport(cp, r)),
                    options.outputDirectory().resolve("complaints.jsonl"));
        }
        out.println();
        out.println("Report: " + options.outputDirectory().resolve("report.html"));
        out.println("Data:   " + options.outputDirectory().resolve("report.json"));
        out.printf(Locale.ROOT, "Complaints for the command-line tool: %s (%,d lines)%n",
                options.outputDirectory().resolve("complaints.jsonl"), exported);
    }
}
