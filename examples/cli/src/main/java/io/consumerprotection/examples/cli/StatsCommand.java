package io.consumerprotection.examples.cli;

import io.consumerprotection.core.statistics.ComplaintFigures;
import io.consumerprotection.core.statistics.ComplaintStatistics;
import io.consumerprotection.core.statistics.GroupFigures;
import io.consumerprotection.core.statistics.Grouping;
import io.consumerprotection.core.statistics.Rate;
import io.consumerprotection.core.statistics.RegulatorTable;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.statistics.StatisticsReport;
import io.consumerprotection.core.statistics.TableRow;
import io.consumerprotection.core.statistics.Change;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code stats}: complaint statistics over a JSON Lines file of complaints, read once (memory bounded by the
 * number of groups). Prints one JSON document: totals, changes, rates, the regulator table and the requested
 * groupings. Lines that cannot be read are listed under {@code errors} and make the exit status 1.
 *
 * <p>One complaint per line; {@code id}, {@code channel} (a core {@code Channel} name) and {@code receivedAt}
 * (ISO-8601 with offset) are required, the rest optional:
 * <pre>{@code
 * {"id":"C-1","channel":"HOTLINE","receivedAt":"2025-03-01T10:00:00+08:00","receivingUnit":"BR-01",
 *  "classification":{"BUSINESS":"06022","CAUSE":"0701","RIGHT":"02|04"},"relatedComplaintId":null,
 *  "dueDates":{"DECISION":"2025-03-16"},
 *  "timeline":[{"type":"DECIDED","at":"2025-03-14T09:00:00+08:00"},
 *              {"type":"SATISFACTION_RECORDED","at":"2025-03-20T09:00:00+08:00","details":{"satisfaction":"SATISFIED"}}]}
 * }</pre>
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Complaint statistics over a JSON Lines file of complaints (or --jdbc URL): counts, shares, YoY/PoP, rates and the "
                + "regulator table for a period (2025, 2025-H1, 2025-Q2, 2025-03 or 2025-01-01..2025-11-30).",
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {Cli.EXIT_0, Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%nInput (one complaint per line):%n",
        footer = {
            "  id              text, required",
            "  channel         text, required        a channel name: HOTLINE, BRANCH_COUNTER, ONLINE_BANKING, MOBILE_APP, …",
            "  receivedAt      date-time, required   ISO-8601 with offset, e.g. 2025-03-01T10:00:00+08:00",
            "  classification  object, optional      dimension -> code, e.g. {\"BUSINESS\":\"06022\",\"CAUSE\":\"0701\",\"RIGHT\":\"02|04\"}",
            "  dueDates        object, optional      milestone -> ISO date, e.g. {\"DECISION\":\"2025-03-16\"}",
            "  timeline        array, optional       [{\"type\":\"DECIDED\",\"at\":date-time,\"details\":{…}}]",
            "  source, level, status (default RECEIVED), receivingUnit, relatedComplaintId   text, optional",
            "  A line that cannot be read is listed under \"errors\" (exit 1); an unknown field under \"warnings\".",
            "  e.g. stats --period 2025-Q1 --by BUSINESS@2 --input complaints.jsonl"})
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", description = "read JSON Lines from FILE instead of stdin")
    Path input;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = InputLines.EncodingConverter.class,
            description = "encoding of the input: " + InputLines.ACCEPTED)
    java.nio.charset.Charset encoding;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "read the complaints from the JDBC host's database instead (e.g. jdbc:h2:file:./bank or jdbc:postgresql://host/db)")
    String jdbcUrl;

    @Option(names = "--migrate", description = "create the --jdbc database if missing and migrate it to the current"
            + " schema (without it, the database must exist with the current schema)")
    boolean migrate;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "the reporting period")
    String period;

    @Option(names = "--by", paramLabel = "GROUPING",
            description = "extra grouping, repeatable: BUSINESS@2, CAUSE, BUSINESS@1*CAUSE@1, CHANNEL_FIELD, UNIT_FIELD")
    List<String> by = new ArrayList<>();

    @Option(names = "--customers", paramLabel = "N", description = "customers, for complaints per 10,000 customers")
    Long customers;

    @Option(names = "--branches", paramLabel = "N", description = "branches, for complaints per branch")
    Long branches;

    /** The fields a complaint line may have (the short shape above). */
    static final List<String> FIELDS = List.of("id", "channel", "receivedAt", "classification", "dueDates", "timeline",
            "source", "level", "status", "receivingUnit", "relatedComplaintId");

    /** The fields accepted without a warning: the short shape and a whole spi ComplaintRecord (the audit's input). */
    static final java.util.Set<String> ACCEPTED_FIELDS = java.util.stream.Stream.concat(FIELDS.stream(),
            java.util.Arrays.stream(ComplaintRecord.class.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReportingPeriod reporting;
        try {
            reporting = ReportingPeriod.parse(period);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw CommandFailure.usage("--period", "'" + period + "' is not a period; accepted: 2025, 2025-H1 or -H2, 2025-Q1 to -Q4,"
                    + " 2025-03, or 2025-01-01..2025-11-30");
        }
        ComplaintStatistics.Builder b = ComplaintStatistics.builder().period(reporting);
        List<Grouping> extra = new ArrayList<>();
        for (String g : by) {
            try {
                extra.add(Grouping.parse(g));
            } catch (IllegalArgumentException e) {
                throw CommandFailure.usage("--by", "'" + g + "' is not a grouping: " + CommandFailure.firstLine(e)
                        + "; e.g. BUSINESS@2, CAUSE, BUSINESS@1*CAUSE@1, CHANNEL_FIELD, UNIT_FIELD");
            }
        }
        if (customers != null && customers <= 0) {
            throw CommandFailure.usage("--customers", customers + " is not accepted; give a whole number of at least 1");
        }
        if (branches != null && branches <= 0) {
            throw CommandFailure.usage("--branches", branches + " is not accepted; give a whole number of at least 1");
        }
        if (jdbcUrl != null && input != null) {
            throw CommandFailure.usage("--jdbc", "give --input FILE or --jdbc URL, not both");
        }
        extra.forEach(b::groupBy);
        ComplaintStatistics run = b.build();
        ArrayNode errors = JsonLinesCommand.JSON.createArrayNode();
        java.util.Map<String, Long> unknownFields = new java.util.TreeMap<>();
        ReportingPeriod p = run.period();
        // the year before is part of the report (year-on-year), so read from its start
        java.time.Instant from = p.yearBefore().start().atStartOfDay(ComplaintStatistics.DEFAULT_ZONE).toInstant();
        java.time.Instant to = p.end().plusDays(1).atStartOfDay(ComplaintStatistics.DEFAULT_ZONE).toInstant();
        StatisticsReport r = ComplaintSource.read(input, encoding, jdbcUrl, migrate, from, to, errors, unknownFields,
                run::compute);
        ObjectNode doc = JsonLinesCommand.JSON.createObjectNode();
        doc.put("period", r.period().toString());
        doc.put("previousPeriod", r.previousPeriod().toString());
        doc.put("yearBeforePeriod", r.yearBeforePeriod().toString());
        doc.set("total", figures(r.total()));
        doc.set("yearOnYear", change(r.yearOnYear()));
        doc.set("periodOnPeriod", change(r.periodOnPeriod()));
        doc.put("skipped", r.skipped());
        if (customers != null) {
            putDecimal(doc, "perTenThousandCustomers", r.perTenThousandCustomers(customers));
        }
        if (branches != null) {
            putDecimal(doc, "perBranch", r.perBranch(branches));
        }
        doc.set("regulatorTable", table(r.regulatorTable()));
        ObjectNode groups = doc.putObject("groups");
        for (Grouping g : extra) {
            ArrayNode arr = groups.putArray(g.toString());
            for (GroupFigures f : r.groups(g)) {
                ObjectNode o = arr.addObject();
                ArrayNode key = o.putArray("key");
                f.key().forEach(key::add);
                o.put("count", f.current().complaints());
                o.set("share", rate(f.share()));
                o.set("yearOnYear", change(f.yearOnYear()));
                o.set("periodOnPeriod", change(f.periodOnPeriod()));
                o.set("onTime", rate(f.current().onTimeRate()));
            }
        }
        doc.set("errors", errors);
        ArrayNode warnings = doc.putArray("warnings");
        unknownFields.forEach((f, line) -> warnings.addObject().put("code", ErrorCode.UNKNOWN_FIELD.name()).put("field", f)
                .put("message", ComplaintSource.unknownFieldMessage(f, line)));
        out.println(JsonLinesCommand.JSON.writeValueAsString(doc));
        out.flush();
        if (out.checkError() || System.out.checkError()) {
            throw CommandFailure.failure("stdout", "writing failed (disk full, or the reading end was closed)", null);
        }
        return errors.isEmpty() ? Cli.OK : Cli.SOME_ERRORS;
    }

    private BufferedReader open() throws IOException {
        if (input != null) {
            return Files.newBufferedReader(input, StandardCharsets.UTF_8);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** Reads one complaint line (see the class documentation for the shape). */
    static ComplaintRecord complaint(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = JsonLinesCommand.required(n, "id");
        String channel = JsonLinesCommand.required(n, "channel");
        OffsetDateTime received = dateTime(JsonLinesCommand.required(n, "receivedAt"), "receivedAt");
        Map<String, String> classification = new HashMap<>();
        JsonNode c = n.get("classification");
        if (c != null && c.isObject()) {
            c.properties().forEach(e -> classification.put(e.getKey(), e.getValue().asString()));
        }
        Map<String, LocalDate> due = new HashMap<>();
        JsonNode d = n.get("dueDates");
        if (d != null && d.isObject()) {
            d.properties().forEach(e -> {
                try {
                    due.put(e.getKey(), LocalDate.parse(e.getValue().asString()));
                } catch (DateTimeException x) {
                    throw Request.invalid("dueDates." + e.getKey(), "must be an ISO date such as 2025-03-16");
                }
            });
        }
        List<TimelineEventRecord> timeline = new ArrayList<>();
        JsonNode t = n.get("timeline");
        if (t != null && t.isArray()) {
            for (JsonNode e : t) {
                Map<String, String> details = new HashMap<>();
                JsonNode det = e.get("details");
                if (det != null && det.isObject()) {
                    det.properties().forEach(x -> details.put(x.getKey(), x.getValue().asString()));
                }
                String path = "timeline[" + timeline.size() + "]";
                JsonNode type = e.get("type");
                if (type == null || type.isNull() || type.asString("").isEmpty()) {
                    throw Request.missing(path + ".type");
                }
                JsonNode at = e.get("at");
                if (at == null || at.isNull() || at.asString("").isEmpty()) {
                    throw Request.missing(path + ".at");
                }
                timeline.add(new TimelineEventRecord(timeline.size() + 1, type.asString(),
                        dateTime(at.asString(), path + ".at").toInstant(), "cli", "", details));
            }
        }
        return new ComplaintRecord(id, 1, channel, id, text(n, "source"),
                new ComplainantRecord("PERSON", "-", null, "SELF", null, 1), text(n, "respondent"), null, null, classification,
                text(n, "level"), Optional.ofNullable(text(n, "status")).orElse("RECEIVED"), received.toInstant(),
                text(n, "receivingUnit"), null, null, text(n, "relatedComplaintId"), timeline, due);
    }

    private static OffsetDateTime dateTime(String text, String field) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeException e) {
            throw Request.invalid(field, "must be an ISO date-time with offset such as 2025-03-01T10:00:00+08:00");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static ObjectNode figures(ComplaintFigures f) {
        ObjectNode o = JsonLinesCommand.JSON.createObjectNode();
        o.put("complaints", f.complaints());
        o.put("regulatorTransferred", f.regulatorTransferred());
        o.set("onTime", rate(f.onTimeRate()));
        o.set("regulatorOnTime", rate(f.regulatorOnTimeRate()));
        o.set("satisfaction", rate(f.satisfactionRate()));
        o.set("repeat", rate(f.repeatRate()));
        o.set("escalation", rate(f.escalationRate()));
        return o;
    }

    private static ObjectNode rate(Rate r) {
        ObjectNode o = JsonLinesCommand.JSON.createObjectNode();
        o.put("numerator", r.numerator());
        o.put("denominator", r.denominator());
        putDecimal(o, "percent", r.percent());
        return o;
    }

    private static ObjectNode change(Change c) {
        ObjectNode o = JsonLinesCommand.JSON.createObjectNode();
        o.put("current", c.current());
        o.put("previous", c.previous());
        o.put("difference", c.difference());
        putDecimal(o, "percent", c.percent());
        return o;
    }

    private static void putDecimal(ObjectNode o, String field, Optional<java.math.BigDecimal> v) {
        if (v.isPresent()) {
            o.put(field, v.get());
        } else {
            o.putNull(field);
        }
    }

    private static ObjectNode table(RegulatorTable t) {
        ObjectNode o = JsonLinesCommand.JSON.createObjectNode();
        o.put("kind", t.kind().name());
        o.put("schemeVersion", t.schemeVersion());
        o.set("total", change(t.total()));
        o.set("regulatorTransferred", change(t.regulatorTransferred()));
        o.set("regulatorOnTime", rate(t.regulatorOnTime()));
        o.set("onTime", rate(t.onTime()));
        o.set("satisfaction", rate(t.satisfaction()));
        o.set("repeat", rate(t.repeat()));
        o.set("escalation", rate(t.escalation()));
        o.set("byBusiness", rows(t.byBusiness()));
        o.set("byCause", rows(t.byCause()));
        o.set("byChannel", rows(t.byChannel()));
        ObjectNode top = o.putObject("topCausesByBusiness");
        t.topCausesByBusiness().forEach((k, v) -> top.set(k, rows(v)));
        return o;
    }

    private static ArrayNode rows(List<TableRow> rows) {
        ArrayNode arr = JsonLinesCommand.JSON.createArrayNode();
        for (TableRow row : rows) {
            ObjectNode o = arr.addObject();
            o.put("code", row.code());
            o.put("nameZh", row.nameZh());
            o.put("nameEn", row.nameEn());
            o.put("count", row.count());
            putDecimal(o, "share", row.share().percent());
            o.put("yearBefore", row.yearOnYear().previous());
            putDecimal(o, "yearOnYear", row.yearOnYear().percent());
        }
        return arr;
    }
}
