package io.consumerprotection.examples.cli;

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
 * English) and complaint ids.
 */
@Command(name = "warn", mixinStandardHelpOptions = true,
        description = "Complaint hot-spot early warning (投诉热点预警) over JSON Lines or --jdbc: surges per business x cause x unit,"
                + " new topics, repeat customers; one JSON line per alert.",
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {"0:ok, no alert", "1:alerts, or input lines that were errors",
            Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%nInput:%n",
        footer = {"  one complaint per line, as for stats (see: stats --help).",
            "  e.g. warn --from 2025-01-01 --to 2025-06-30 --input complaints.jsonl"})
public final class WarnCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first day watched (its first 8 weeks are baseline)")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "last day watched")
    String to;

    @Option(names = "--by", defaultValue = "week", paramLabel = "BUCKET", description = "week (default) or day")
    String by;

    @Option(names = "--alpha", paramLabel = "P", description = "significance of a surge (default 0.001)")
    Double alpha;

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
        HotSpotWatch watch = HotSpotWatch.builder(a, b).settings(settings).build();
        Instant start = watch.firstBucketStart().atStartOfDay(ComplaintStatistics.DEFAULT_ZONE).toInstant();
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
