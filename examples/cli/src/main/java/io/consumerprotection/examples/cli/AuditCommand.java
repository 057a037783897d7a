package io.consumerprotection.examples.cli;

import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.CsvFindings;
import io.consumerprotection.core.audit.DeadlineEvaluator;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.FindingKind;
import io.consumerprotection.core.audit.JsonLinesFindings;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.audit.RunRecord;
import io.consumerprotection.core.audit.RunReports;
import io.consumerprotection.core.audit.SarifLog;
import io.consumerprotection.core.audit.Severity;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.audit.ComplaintFileDeletionRecord;
import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.audit.StoredDataRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.memory.InMemoryGovernanceFactsSource;
import io.consumerprotection.spi.memory.InMemorySalesFactsSource;
import io.consumerprotection.spi.memory.InMemorySharingFactsSource;
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
 * {@code dataSharing} or {@code storedData} and the fields of the matching spi record.
 *
 * <p>Exit status: 0 when no finding fails at or above {@code --fail-on} (and every input line was read),
 * 1 otherwise, 2 on bad usage.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit rule checks over complaints (JSON Lines file or JDBC URL) and host facts.",
            "Exit status: 0 no failing finding at or above --fail-on, 1 otherwise, 2 bad usage."})
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
    @Option(names = "--password", description = "JDBC password", interactive = false) String password;
    @Option(names = "--schema", description = "JDBC schema") String schema;
    @Option(names = "--migrate", description = "create the --jdbc database if missing and migrate it to the current"
            + " schema (without it, the database must exist with the current schema)") boolean migrate;

    @Option(names = "--facts", paramLabel = "FILE", description = "host facts as JSON Lines (governance, sales, sharing)")
    Path facts;

    @Option(names = "--rules", defaultValue = "all", paramLabel = "SETS",
            description = "built-in rule sets, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            completionCandidates = RuleSetNames.class)
    String rules;

    @Option(names = "--disable", split = ",", paramLabel = "RULE", description = "rule ids to leave out")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv, sarif or html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the findings here instead of stdout")
    Path output;

    @Option(names = "--summary", paramLabel = "FILE", description = "also write the run record with the per-rule summary as JSON")
    Path summary;

    @Option(names = "--fail-on", defaultValue = "LOW", description = "lowest severity that makes the exit status 1 (default: ${DEFAULT-VALUE})")
    Severity failOn;

    @Option(names = "--as-of", paramLabel = "DATE|INSTANT", description = "reference time of the checks (default: now)")
    String asOf;

    @Option(names = "--policies", defaultValue = "NFRA-2020-3,INTERNAL-3-5-10", split = ",",
            description = "deadline policies, first wins per milestone (default: ${DEFAULT-VALUE})")
    List<String> policies;

    @Option(names = "--include-passes", description = "also write passing and not-applicable findings")
    boolean includePasses;

    @Option(names = "--parallelism", defaultValue = "1", description = "threads checking complaints (default: ${DEFAULT-VALUE})")
    int parallelism;

    /** Names of the built-in rule sets, for the help text. */
    static final class RuleSetNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        RuleSetNames() {
            super(BuiltInRules.NAMES);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet;
        AuditContext context;
        try {
            RuleSet.Builder b = BuiltInRules.named(rules).toBuilder(rules, BuiltInRules.VERSION);
            disabled.forEach(id -> b.disable(io.consumerprotection.core.audit.RuleId.of(id.trim())));
            ruleSet = b.build();
            DeadlineEngine engine = DeadlineEngine.builder().allowProvisional(true).build();
            PolicyId[] ids = policies.stream().map(String::trim).map(PolicyId::of).toArray(PolicyId[]::new);
            context = AuditContext.builder(referenceTime()).deadlines(DeadlineEvaluator.engine(engine, ids)).build();
        } catch (ConsumerProtectionException | IllegalArgumentException | java.time.DateTimeException e) {
            err.println(e.getMessage());
            return Cli.USAGE;
        }
        if (!List.of("jsonl", "csv", "sarif", "html").contains(format)) {
            err.println("--format must be jsonl, csv, sarif or html, not " + format);
            return Cli.USAGE;
        }
        AtomicLong badLines = new AtomicLong();
        AuditRun.Builder run = AuditRun.builder(ruleSet, context).parallelism(parallelism);
        if (includePasses) {
            run.emit(java.util.EnumSet.allOf(FindingKind.class));
        }
        JdbcHost host = null;
        try {
            if (source != null && source.input != null) {
                Path in = source.input;
                run.complaints(() -> complaintLines(in, err, badLines));
            } else if (source != null && source.jdbcUrl != null) {
                try {
                    host = JdbcOption.open(source.jdbcUrl, user, user == null ? null : password == null ? "" : password,
                            schema, migrate);
                } catch (JdbcOption.Refused refused) {
                    err.println(refused.getMessage());
                    return refused.status();
                }
                run.complaints(host.complaintStore(), ComplaintQuery.all());
            }
            if (facts != null) {
                readFacts(facts, run, err, badLines);
            }
            if ((source == null) && facts == null) {
                err.println("give complaints (--input FILE or --jdbc URL) and/or --facts FILE");
                return Cli.USAGE;
            }
            RunRecord record;
            try (Writer out = output == null
                    ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                record = write(run.build(), ruleSet, out);
                out.flush();
            }
            if (summary != null) {
                try (Writer w = Files.newBufferedWriter(summary, StandardCharsets.UTF_8)) {
                    RunReports.writeJson(record, w);
                }
            }
            long failing = record.failuresAtLeast(failOn);
            err.println("audit " + record.ruleSetId() + " " + record.ruleSetVersion() + ": " + record.inputCounts()
                    + ", " + failing + " failing finding(s) at or above " + failOn
                    + (badLines.get() > 0 ? ", " + badLines.get() + " unreadable line(s)" : ""));
            return failing > 0 || badLines.get() > 0 || record.inputCounts().getOrDefault("COMPLAINT_UNREADABLE", 0L) > 0
                    ? Cli.SOME_ERRORS : Cli.OK;
        } finally {
            if (host != null) {
                host.close();
            }
        }
    }

    private Instant referenceTime() {
        if (asOf == null) {
            return Clock.systemUTC().instant();
        }
        if (asOf.length() == 10) {
            return LocalDate.parse(asOf).plusDays(1).atStartOfDay(io.consumerprotection.core.complaint.Complaint.CHINA)
                    .toInstant().minusNanos(1);
        }
        return Instant.parse(asOf);
    }

    private RunRecord write(AuditRun run, RuleSet ruleSet, Writer out) {
        switch (format) {
            case "csv" -> {
                return run.execute(CsvFindings.to(out));
            }
            case "sarif" -> {
                SarifLog log = SarifLog.start(out, ruleSet);
                RunRecord r = run.execute(log);
                log.finish(r);
                return r;
            }
            case "html" -> {
                List<Finding> kept = new ArrayList<>();
                AtomicLong total = new AtomicLong();
                Consumer<Finding> collect = f -> {
                    if (total.incrementAndGet() <= HTML_MAX_FINDINGS) {
                        kept.add(f);
                    }
                };
                RunRecord r = run.execute(collect);
                HtmlAuditReport.write(r, ruleSet, kept, total.get(), out);
                return r;
            }
            default -> {
                return run.execute(JsonLinesFindings.to(out));
            }
        }
    }

    private static Stream<ComplaintRecord> complaintLines(Path file, PrintWriter err, AtomicLong badLines) {
        BufferedReader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicLong number = new AtomicLong();
        return reader.lines().onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(line -> {
            long n = number.incrementAndGet();
            if (line.isBlank()) {
                return null;
            }
            try {
                return JSON.readValue(line, ComplaintRecord.class);
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                badLines.incrementAndGet();
                err.println("line " + n + ": not a complaint record: " + shortMessage(e));
                return null;
            }
        }).filter(Objects::nonNull);
    }

    private static void readFacts(Path file, AuditRun.Builder run, PrintWriter err, AtomicLong badLines) throws IOException {
        InMemoryGovernanceFactsSource governance = new InMemoryGovernanceFactsSource();
        InMemorySalesFactsSource sales = new InMemorySalesFactsSource();
        InMemorySharingFactsSource sharing = new InMemorySharingFactsSource();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(lines.get(i));
                String type = node.path("type").asString("");
                switch (type) {
                    case "governanceProfile" -> governance.add(JSON.treeToValue(node, GovernanceProfileRecord.class));
                    case "complaintFileDeletion" -> governance.add(JSON.treeToValue(node, ComplaintFileDeletionRecord.class));
                    case "productSale" -> sales.add(JSON.treeToValue(node, ProductSaleRecord.class));
                    case "dataSharing" -> sharing.add(JSON.treeToValue(node, DataSharingRecord.class));
                    case "storedData" -> sharing.add(JSON.treeToValue(node, StoredDataRecord.class));
                    default -> throw new IllegalArgumentException("unknown type '" + type + "'; expected one of "
                            + Arrays.asList("governanceProfile", "complaintFileDeletion", "productSale", "dataSharing", "storedData"));
                }
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                badLines.incrementAndGet();
                err.println("facts line " + (i + 1) + ": " + shortMessage(e));
            }
        }
        run.governance(governance).sales(sales).sharing(sharing);
    }

    private static String shortMessage(Exception e) {
        String m = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
