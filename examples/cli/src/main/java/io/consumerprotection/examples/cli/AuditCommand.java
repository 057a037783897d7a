package io.consumerprotection.examples.cli;

import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.CsvFindings;
import io.consumerprotection.core.audit.DeadlineEvaluator;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.FindingKind;
import io.consumerprotection.core.audit.JsonLinesFindings;
import io.consumerprotection.core.audit.ReviewedSubject;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.audit.RunRecord;
import io.consumerprotection.core.audit.RunReports;
import io.consumerprotection.core.audit.SarifLog;
import io.consumerprotection.core.audit.Severity;
import io.consumerprotection.core.audit.SubjectKind;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.examples.host.demo.CodeNames;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.audit.ComplaintFileDeletionRecord;
import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.audit.StoredDataRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.testkit.InMemoryGovernanceFactsSource;
import io.consumerprotection.testkit.InMemorySalesFactsSource;
import io.consumerprotection.testkit.InMemorySharingFactsSource;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code audit}: runs the audit rules over complaints from a JSON Lines file or a JDBC database, plus
 * optional host facts, and writes the findings as JSON Lines, CSV, SARIF 2.1.0 or a self-contained HTML
 * report.
 *
 * <p>Complaint input line shape: one {@code ComplaintRecord} per line, with the spi record's field names
 * ({@code id, version, channel, channelReference, source, complainant{kind, reference, name, representation,
 * representativeReference, jointComplainants}, respondent, request, narrative, classification{…}, level,
 * status, receivedAt, receivingUnit, firstContactHandler, currentHandler, relatedComplaintId,
 * timeline[{sequence, type, at, actor, reason, details{…}}], dueDates{…}}); instants in ISO-8601
 * ({@code 2024-09-20T02:15:00Z}). Facts input ({@code --facts}): one JSON object per line with a
 * {@code "type"} of {@code governanceProfile}, {@code complaintFileDeletion}, {@code productSale},
 * {@code dataSharing} or {@code storedData} and the fields of the matching spi record, or {@code reviewedSubject}
 * with the fields of core's {@code ReviewedSubject} (the review rules, {@code --rules review}).
 *
 * <p>Exit status: 0 when no finding fails at or above {@code --fail-on} (and every input line was read),
 * 1 otherwise, 2 on bad usage, 3 when the database or the output fails. Lines that cannot be read are
 * counted in the run record ({@code COMPLAINT_LINE_UNREADABLE}, {@code FACTS_LINE_UNREADABLE}), listed in the
 * HTML report and on stderr.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit rule checks over complaints (JSON Lines file or JDBC URL) and host facts.",
            "The checks are made as of --as-of; without it, as of now, so the same data gives more overdue findings",
            "the later it is run: give --as-of to reproduce a run (the demo audits as of its own end date)."},
        exitCodeListHeading = Cli.EXIT_HEADING,
        exitCodeList = {"0:no failing finding at or above --fail-on, every input line read",
            "1:failing findings at or above --fail-on, or unreadable input lines (counted in the report)",
            Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%nInput:%n",
        footer = {
            "  --input: one ComplaintRecord per line, the spi record's field names: id, version, channel, channelReference,",
            "    source, complainant{kind, reference, name, representation, representativeReference, jointComplainants},",
            "    respondent, request, narrative, classification{…}, level, status, receivedAt (ISO instant), receivingUnit,",
            "    firstContactHandler, currentHandler, relatedComplaintId, timeline[{sequence, type, at, actor, reason, details{…}}],",
            "    dueDates{…}",
            "  --facts: one object per line with \"type\": governanceProfile, complaintFileDeletion, productSale, dataSharing",
            "    or storedData, and the fields of the matching spi record; or reviewedSubject (kind, subjectId, version,",
            "    lastUsedOn, approvingReview, withdrawnFrom, withdrawingReview, overdueSuggestions, unfairTerms) for --rules review",
            "  --password: give it without a value to be prompted, or set CP_JDBC_PASSWORD; a value on the command line",
            "    is visible to other users of the machine",
            "  e.g. audit --input complaints.jsonl --as-of 2024-12-31 --format html --output report.html"})
public final class AuditCommand implements Callable<Integer> {

    /** How many findings the HTML report lists at most (the summary always counts all). */
    static final int HTML_MAX_FINDINGS = 10_000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    @Spec
    CommandSpec spec;

    static final class Source {
        @Option(names = "--input", paramLabel = "FILE", description = "complaints as JSON Lines (one ComplaintRecord per line)")
        Path input;

        @Option(names = "--jdbc", paramLabel = "URL", description = "complaints from the JDBC host's database, e.g. jdbc:h2:file:./bank")
        String jdbcUrl;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Option(names = "--user", description = "JDBC user") String user;
    @Option(names = "--password", arity = "0..1", interactive = true,
            description = "JDBC password; without a value: prompted (default: the environment variable CP_JDBC_PASSWORD)")
    String password;
    @Option(names = "--schema", description = "JDBC schema") String schema;
    @Option(names = "--migrate", description = "create the --jdbc database if missing and migrate it to the current"
            + " schema (without it, the database must exist with the current schema)") boolean migrate;

    @Option(names = "--facts", paramLabel = "FILE", description = "host facts as JSON Lines (governance, sales, sharing)")
    Path facts;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = InputLines.EncodingConverter.class,
            description = "encoding of --input and --facts: " + InputLines.ACCEPTED)
    java.nio.charset.Charset encoding;

    @Option(names = "--rules", defaultValue = "all", paramLabel = "SETS",
            description = "built-in rule sets, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            completionCandidates = RuleSetNames.class)
    String rules;

    @Option(names = "--disable", split = ",", paramLabel = "RULE", description = "rule ids to leave out")
    List<String> disabled = new ArrayList<>();

    /** Output formats. */
    enum Format { jsonl, csv, sarif, html }

    @Option(names = "--format", defaultValue = "jsonl", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the findings here instead of stdout")
    Path output;

    @Option(names = "--summary", paramLabel = "FILE", description = "also write the run record with the per-rule summary as JSON")
    Path summary;

    @Option(names = "--fail-on", defaultValue = "LOW", description = "lowest severity that makes the exit status 1 (default: ${DEFAULT-VALUE})")
    Severity failOn;

    @Option(names = "--as-of", paramLabel = "DATE|INSTANT",
            description = "reference time of the checks: a date (its end in Asia/Shanghai) or an ISO instant (default: now)")
    String asOf;

    @Option(names = "--policies", defaultValue = "NFRA-2020-3,INTERNAL-3-5-10", split = ",",
            description = "deadline policies, first wins per milestone (default: ${DEFAULT-VALUE})")
    List<String> policies;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en|both",
            description = "language of the HTML report: zh (default), en, or both (Chinese first)")
    String lang;

    @Option(names = "--zone", defaultValue = "Asia/Shanghai", paramLabel = "ZONE",
            description = "time zone of the times in the HTML report (default: ${DEFAULT-VALUE})")
    String zone;

    @Option(names = "--include-passes", description = "also write passing and not-applicable findings")
    boolean includePasses;

    /** The fields of a complaint line: the spi record's components. */
    static final java.util.Set<String> COMPLAINT_FIELDS = java.util.Arrays.stream(ComplaintRecord.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The most threads {@code --parallelism} accepts. */
    static final int MAX_PARALLELISM = 256;

    @Option(names = "--parallelism", defaultValue = "1",
            description = "threads checking complaints, 1 to " + MAX_PARALLELISM + " (default: ${DEFAULT-VALUE})")
    int parallelism;

    /** Names of the built-in rule sets, for the help text. */
    static final class RuleSetNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        RuleSetNames() {
            super(BuiltInRules.NAMES);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw CommandFailure.usage("--parallelism", parallelism + " is not accepted; give a whole number from 1 to " + MAX_PARALLELISM);
        }
        if (source == null && facts == null) {
            throw CommandFailure.usage("--input", "give complaints (--input FILE or --jdbc URL) and/or --facts FILE");
        }
        RuleSet ruleSet;
        try {
            RuleSet.Builder b = BuiltInRules.named(rules).toBuilder(rules, BuiltInRules.VERSION);
            disabled.forEach(id -> b.disable(io.consumerprotection.core.audit.RuleId.of(id.trim())));
            ruleSet = b.build();
        } catch (ConsumerProtectionException | IllegalArgumentException e) {
            throw CommandFailure.usage("--rules", CommandFailure.firstLine(e) + "; rule sets: " + String.join(", ", BuiltInRules.NAMES));
        }
        CodeNames.Language language;
        try {
            language = CodeNames.Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("--lang", "'" + lang + "' is not accepted; give zh, en or both");
        }
        java.time.ZoneId reportZone;
        try {
            reportZone = java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw CommandFailure.usage("--zone", "'" + zone + "' is not a time zone; give a region id such as Asia/Shanghai");
        }
        Instant reference = referenceTime();
        AuditContext context;
        try {
            DeadlineEngine engine = DeadlineEngine.builder().allowProvisional(true).build();
            PolicyId[] ids = policies.stream().map(String::trim).map(PolicyId::of).toArray(PolicyId[]::new);
            context = AuditContext.builder(reference).deadlines(DeadlineEvaluator.engine(engine, ids)).build();
        } catch (ConsumerProtectionException | IllegalArgumentException e) {
            throw CommandFailure.usage("--policies", CommandFailure.firstLine(e));
        }
        // open every input before anything is written: a missing file is a usage mistake, not a truncated report
        List<String> unreadable = new ArrayList<>();
        AtomicLong badComplaintLines = new AtomicLong();
        AtomicLong badFactLines = new AtomicLong();
        AuditRun.Builder run = AuditRun.builder(ruleSet, context).parallelism(parallelism);
        if (includePasses) {
            run.emit(java.util.EnumSet.allOf(FindingKind.class));
        }
        JdbcHost host = null;
        try {
            if (source != null && source.input != null) {
                Path in = source.input;
                InputLines.openFile(in, "--input").close();
                run.complaints(() -> complaintLines(in, encoding, err, badComplaintLines, unreadable));
            } else if (source != null && source.jdbcUrl != null) {
                host = Databases.open(source.jdbcUrl, user, Databases.password(password, System.getenv()), schema,
                        migrate);
                run.complaints(host.complaintStore(), ComplaintQuery.all());
            }
            if (facts != null) {
                readFacts(facts, encoding, run, err, badFactLines, unreadable);
            }
            AuditRun built = run.build();
            RunRecord record = OutputFile.write(output, "--output", out -> write(built, ruleSet, out, badComplaintLines, badFactLines,
                    unreadable, language, reportZone));
            if (summary != null) {
                OutputFile.write(summary, "--summary", w -> {
                    RunReports.writeJson(record, w);
                    return null;
                });
            }
            long failing = record.failuresAtLeast(failOn);
            long bad = badComplaintLines.get() + badFactLines.get();
            err.println("audit " + record.ruleSetId() + " " + record.ruleSetVersion() + " as of " + reference
                    + (asOf == null ? " (now: give --as-of DATE to reproduce this run)" : "") + ": " + counts(record)
                    + ", " + failing + " failing finding(s) at or above " + failOn
                    + (bad > 0 ? ", " + bad + " unreadable line(s)" : ""));
            return failing > 0 || bad > 0 || record.inputCounts().getOrDefault("COMPLAINT_UNREADABLE", 0L) > 0
                    ? Cli.SOME_ERRORS : Cli.OK;
        } catch (IOException e) {
            throw CommandFailure.failure("--input", CommandFailure.firstLine(e), e);
        } finally {
            if (host != null) {
                host.close();
            }
        }
    }

    /** The run's input counts as {@code 2 complaints, 0 unreadable, …}. */
    static String counts(RunRecord record) {
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(record.inputCounts()).forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    /** The record with the lines that could not be read counted in its input counts. */
    static RunRecord withUnreadableLines(RunRecord r, long complaintLines, long factLines) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>(r.inputCounts());
        counts.put("COMPLAINT_LINE_UNREADABLE", complaintLines);
        counts.put("FACTS_LINE_UNREADABLE", factLines);
        return new RunRecord(r.runId(), r.ruleSetId(), r.ruleSetVersion(), r.providers(), r.asOf(), r.startedAt(),
                r.finishedAt(), r.dataVersions(), counts, r.summaries(), r.cancelled());
    }

    private Instant referenceTime() {
        if (asOf == null) {
            return Clock.systemUTC().instant();
        }
        try {
            if (asOf.length() == 10) {
                return LocalDate.parse(asOf).plusDays(1).atStartOfDay(io.consumerprotection.core.complaint.Complaint.CHINA)
                        .toInstant().minusNanos(1);
            }
            return java.time.OffsetDateTime.parse(asOf).toInstant();
        } catch (java.time.DateTimeException e) {
            throw CommandFailure.usage("--as-of", "'" + asOf + "' is not accepted; give a date such as 2024-12-31 (its end in"
                    + " Asia/Shanghai) or an instant such as 2024-12-31T16:00:00Z or 2024-12-31T23:59:59+08:00");
        }
    }

    private RunRecord write(AuditRun run, RuleSet ruleSet, Writer out, AtomicLong badComplaints, AtomicLong badFacts,
                            List<String> unreadable, CodeNames.Language language, java.time.ZoneId reportZone) throws IOException {
        switch (format) {
            case csv -> {
                return withUnreadableLines(run.execute(CsvFindings.to(out)), badComplaints.get(), badFacts.get());
            }
            case sarif -> {
                SarifLog log = SarifLog.start(out, ruleSet);
                RunRecord r = withUnreadableLines(run.execute(log), badComplaints.get(), badFacts.get());
                log.finish(r);
                return r;
            }
            case html -> {
                // the most severe HTML_MAX_FINDINGS, in report order: the queue's head is the least severe kept
                java.util.PriorityQueue<Finding> kept = new java.util.PriorityQueue<>(HtmlAuditReport.ORDER.reversed());
                AtomicLong total = new AtomicLong();
                Consumer<Finding> collect = f -> {
                    synchronized (kept) {
                        total.incrementAndGet();
                        kept.add(f);
                        if (kept.size() > HTML_MAX_FINDINGS) {
                            kept.poll();
                        }
                    }
                };
                RunRecord r = withUnreadableLines(run.execute(collect), badComplaints.get(), badFacts.get());
                HtmlAuditReport.write(r, ruleSet, new ArrayList<>(kept), total.get(), unreadable, language, reportZone, out);
                return r;
            }
            default -> {
                return withUnreadableLines(run.execute(JsonLinesFindings.to(out)), badComplaints.get(), badFacts.get());
            }
        }
    }

    private static Stream<ComplaintRecord> complaintLines(Path file, java.nio.charset.Charset encoding, PrintWriter err,
                                                         AtomicLong badLines, List<String> unreadable) {
        InputLines lines = InputLines.open(file, "--input", encoding);
        java.util.Set<String> reportedUnknown = new java.util.HashSet<>();
        java.util.Iterator<ComplaintRecord> records = new java.util.Iterator<>() {
            private ComplaintRecord next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    java.util.Optional<InputLines.Line> line = lines.next();
                    if (line.isEmpty()) {
                        return false;
                    }
                    next = record(line.get());
                }
                return true;
            }

            @Override
            public ComplaintRecord next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ComplaintRecord r = next;
                next = null;
                return r;
            }

            private ComplaintRecord record(InputLines.Line line) {
                String problem;
                if (!line.readable()) {
                    problem = "--input " + line.encodingError();
                } else if (line.text().isBlank()) {
                    return null;
                } else {
                    try {
                        JsonNode node = JSON.readTree(line.text());
                        if (node != null && node.isObject()) {
                            for (String f : node.propertyNames()) {
                                if (!COMPLAINT_FIELDS.contains(f) && reportedUnknown.add(f)) {
                                    err.println("--input line " + line.number() + ": warning UNKNOWN_FIELD: field '" + f
                                            + "' is not a ComplaintRecord field and is ignored (reported once)");
                                }
                            }
                        }
                        return JSON.treeToValue(node, ComplaintRecord.class);
                    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                        problem = "--input line " + line.number() + ": not a complaint record: " + shortMessage(e);
                    }
                }
                badLines.incrementAndGet();
                synchronized (unreadable) {
                    unreadable.add(problem);
                }
                err.println(problem);
                return null;
            }
        };
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(records,
                java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false).onClose(lines::close);
    }

    private static void readFacts(Path file, java.nio.charset.Charset encoding, AuditRun.Builder run, PrintWriter err,
                                  AtomicLong badLines, List<String> unreadable) {
        InMemoryGovernanceFactsSource governance = new InMemoryGovernanceFactsSource();
        InMemorySalesFactsSource sales = new InMemorySalesFactsSource();
        InMemorySharingFactsSource sharing = new InMemorySharingFactsSource();
        List<ReviewedSubject> reviewed = new java.util.ArrayList<>();
        try (InputLines lines = InputLines.open(file, "--facts", encoding)) {
            java.util.Optional<InputLines.Line> next;
            while ((next = lines.next()).isPresent()) {
                InputLines.Line line = next.get();
                if (line.readable() && line.text().isBlank()) {
                    continue;
                }
                String problem;
                if (!line.readable()) {
                    problem = "--facts " + line.encodingError();
                } else {
                    try {
                        JsonNode node = JSON.readTree(line.text());
                        String type = node.path("type").asString("");
                        switch (type) {
                            case "governanceProfile" -> governance.add(JSON.treeToValue(node, GovernanceProfileRecord.class));
                            case "complaintFileDeletion" -> governance.add(JSON.treeToValue(node, ComplaintFileDeletionRecord.class));
                            case "productSale" -> sales.add(JSON.treeToValue(node, ProductSaleRecord.class));
                            case "dataSharing" -> sharing.add(JSON.treeToValue(node, DataSharingRecord.class));
                            case "storedData" -> sharing.add(JSON.treeToValue(node, StoredDataRecord.class));
                            case "reviewedSubject" -> reviewed.add(JSON.treeToValue(node, ReviewedSubject.class));
                            default -> throw new IllegalArgumentException("unknown type '" + type + "'; expected one of "
                                    + String.join(", ", "governanceProfile", "complaintFileDeletion", "productSale", "dataSharing", "storedData",
                                    "reviewedSubject"));
                        }
                        continue;
                    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                        problem = "--facts line " + line.number() + ": " + shortMessage(e);
                    }
                }
                badLines.incrementAndGet();
                unreadable.add(problem);
                err.println(problem);
            }
        }
        run.governance(governance).sales(sales).sharing(sharing);
        if (!reviewed.isEmpty()) {
            run.facts(SubjectKind.REVIEW_SUBJECT, reviewed::stream);
        }
    }

    private static String shortMessage(Exception e) {
        String m = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
