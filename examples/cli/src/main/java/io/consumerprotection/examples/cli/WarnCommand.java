package io.consumerprotection.examples.cli;

import io.consumerprotection.core.partner.PartnerComplaints;
import io.consumerprotection.core.partner.PartnerId;
import io.consumerprotection.core.statistics.ComplaintStatistics;
import io.consumerprotection.core.warning.Granularity;
import io.consumerprotection.core.warning.HotSpotAlert;
import io.consumerprotection.core.warning.HotSpotWatch;
import io.consumerprotection.core.warning.WarningSettings;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code warn}: the hot-spot alerts of the days {@code [--from, --to]} (the first 8 weeks are the baseline), one
 * JSON line per alert with its cell, observed and expected counts, probability, explanation (Chinese, then
 * English) and complaint ids. With {@code --partners}, the partner rise alerts of the early warning too
 * ({@code PARTNER_COUNT_RISE}, {@code PARTNER_SHARE_RISE}: the last {@code --partner-days} days against the days
 * before, seed 003).
 */
@Command(name = "warn", mixinStandardHelpOptions = true,
        description = "Complaint hot-spot early warning (投诉热点预警) over JSON Lines or --jdbc: surges per business x cause x unit,"
                + " new topics, repeat customers, partners whose complaint count or share rose (--partners); one JSON line per alert.",
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {"0:ok, no alert", "1:alerts, or input lines that were errors",
            Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%nInput:%n",
        footer = {"  one complaint per line, as for stats (see: stats --help).",
            "  e.g. warn --from 2025-01-01 --to 2025-06-30 --input complaints.jsonl",
            "  e.g. warn --from 2025-01-01 --to 2025-06-30 --input complaints.jsonl --partners P-INS-01,P-INS-02"})
public final class WarnCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first day watched (its first 8 weeks are baseline)")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "last day watched")
    String to;

    @Option(names = "--by", defaultValue = "week", paramLabel = "BUCKET", description = "week (default) or day")
    String by;

    @Option(names = "--alpha", paramLabel = "P", description = "significance of a surge (default 0.001)")
    Double alpha;

    @Option(names = "--partners", split = ",", paramLabel = "ID",
            description = "partner ids (a complaint's respondent): alert when a partner's complaint count or share rose")
    java.util.List<String> partners;

    @Option(names = "--partner-days", defaultValue = "91", paramLabel = "DAYS",
            description = "the partner alerts compare the last DAYS days up to --to with the DAYS before (default: ${DEFAULT-VALUE})")
    int partnerDays;

    @Option(names = "--input", paramLabel = "FILE", description = "read JSON Lines from FILE instead of stdin")
    Path input;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = InputLines.EncodingConverter.class,
            description = "encoding of the input: " + InputLines.ACCEPTED)
    java.nio.charset.Charset encoding;

    @Option(names = "--jdbc", paramLabel = "URL", description = "read the complaints from the JDBC host's database instead")
    String jdbcUrl;

    @Option(names = "--migrate", description = "create the --jdbc database if missing and migrate it")
    boolean migrate;

    @Override
    public Integer call() {
        LocalDate a = date(from, "--from");
        LocalDate b = date(to, "--to");
        if (b.isBefore(a)) {
            throw CommandFailure.usage("--to", to + " is before --from " + from);
        }
        WarningSettings settings = WarningSettings.defaults();
        switch (by.toLowerCase(Locale.ROOT)) {
            case "week" -> settings = settings.withGranularity(Granularity.WEEK);
            case "day" -> settings = settings.withGranularity(Granularity.DAY);
            default -> throw CommandFailure.usage("--by", "'" + by + "' is not accepted; accepted: week, day");
        }
        if (alpha != null) {
            if (!(alpha > 0 && alpha < 1)) {
                throw CommandFailure.usage("--alpha", alpha + " is not accepted; give a probability between 0 and 1, e.g. 0.001");
            }
            settings = settings.withAlpha(alpha);
        }
        HotSpotWatch.Builder builder = HotSpotWatch.builder(a, b).settings(settings);
        LocalDate readFrom = null;
        if (partners != null && !partners.isEmpty()) {
            if (partnerDays < 1 || partnerDays > 3660) {
                throw CommandFailure.usage("--partner-days", partnerDays + " is outside 1..3660");
            }
            java.util.Set<PartnerId> ids = new java.util.TreeSet<>(java.util.Comparator.comparing(PartnerId::value));
            for (String p : partners) {
                try {
                    ids.add(PartnerId.of(p.strip()));
                } catch (IllegalArgumentException e) {
                    throw CommandFailure.usage("--partners", "a partner id is not accepted: " + CommandFailure.firstLine(e));
                }
            }
            LocalDate current = b.minusDays(partnerDays - 1L);
            builder.detector(PartnerComplaints.of(ids).detector(current, b, ComplaintStatistics.DEFAULT_ZONE));
            readFrom = current.minusDays(partnerDays);
        }
        HotSpotWatch watch = builder.build();
        LocalDate first = readFrom != null && readFrom.isBefore(watch.firstBucketStart()) ? readFrom : watch.firstBucketStart();
        Instant start = first.atStartOfDay(ComplaintStatistics.DEFAULT_ZONE).toInstant();
        Instant end = b.plusDays(1).atStartOfDay(ComplaintStatistics.DEFAULT_ZONE).toInstant();
        ArrayNode errors = JsonLinesCommand.JSON.createArrayNode();
        java.util.Map<String, Long> unknownFields = new java.util.TreeMap<>();
        List<HotSpotAlert> alerts = ComplaintSource.read(input, encoding, jdbcUrl, migrate, start, end, errors, unknownFields, watch::compute);
        unknownFields.forEach((f, line) -> System.err.println(ComplaintSource.unknownFieldMessage(f, line)));
        StringBuilder lines = new StringBuilder();
        for (HotSpotAlert x : alerts) {
            ObjectNode o = JsonLinesCommand.JSON.createObjectNode();
            o.put("id", x.id());
            o.put("kind", x.kind().name());
            ArrayNode cell = o.putArray("cell");
            x.cell().forEach(cell::add);
            o.put("cellName", x.cellNameZh());
            o.put("unit", x.unit());
            o.put("from", x.from().toString());
            o.put("to", x.to().toString());
            o.put("observed", x.observed());
            o.put("expected", x.expectedRounded());
            if (!Double.isNaN(x.probability())) {
                o.put("probability", x.probability());
            }
            o.put("explanation", x.explanation());
            ArrayNode ids = o.putArray("complaintIds");
            x.complaintIds().forEach(ids::add);
            lines.append(JsonLinesCommand.JSON.writeValueAsString(o)).append('\n');
        }
        OutputFile.write(null, "stdout", w -> {
            w.write(lines.toString());
            return null;
        });
        errors.forEach(e -> System.err.println(e.get("error").get("message").asString()));
        return errors.isEmpty() && alerts.isEmpty() ? Cli.OK : Cli.SOME_ERRORS;
    }

    private static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw CommandFailure.usage(option, "'" + text + "' is not a date; give an ISO date such as 2025-06-30");
        }
    }
}
