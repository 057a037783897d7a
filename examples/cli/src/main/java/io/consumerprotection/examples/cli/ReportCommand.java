package io.consumerprotection.examples.cli;

import io.consumerprotection.core.reporting.ComplaintReporting;
import io.consumerprotection.core.reporting.InvalidReportingException;
import io.consumerprotection.core.reporting.Report;
import io.consumerprotection.core.reporting.ReportKind;
import io.consumerprotection.core.reporting.ReportingCalendar;
import io.consumerprotection.core.statistics.ComplaintStatistics;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.warning.HotSpotWatch;
import io.consumerprotection.examples.host.reporting.ReportHtml;
import io.consumerprotection.examples.host.reporting.ReportJson;
import io.consumerprotection.examples.host.reporting.ReportLanguage;
import io.consumerprotection.examples.host.reporting.ReportSheet;
import io.consumerprotection.examples.host.reporting.ReportXlsx;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code report}: the monthly statistics table, the quarterly 通报 or the half-year / annual analysis report
 * for a period, from JSON Lines (the {@code stats} shape) or {@code --jdbc}, read once, with the hot-spot alerts
 * of the period, rendered as HTML (default), XLSX or JSON, in Chinese or, with {@code --lang zh-en}, Chinese with English.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports to the regulator and the bank (月度统计表 / 季度通报 / 半年度、年度分析报告) for a period, with hot-spot "
                + "alerts and rectification advice, as HTML, XLSX or JSON.",
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {Cli.EXIT_0, Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%nInput:%n",
        footer = {"  one complaint per line, as for stats (see: stats --help); lines that cannot be read are listed on",
            "  stderr and make the exit status 1. The stream should hold the period, the previous period, the same",
            "  period a year before and 8 weeks before the period (the alerts' baseline).",
            "  e.g. report --period 2025-Q2 --kind quarterly --format xlsx --output q2.xlsx --input complaints.jsonl"})
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2025-03, 2025-Q2, 2025-H1 or 2025")
    String period;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "monthly, quarterly, half-year or annual")
    String kind;

    @Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT", description = "html (default), xlsx or json")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "write to FILE (required for xlsx); default stdout")
    Path output;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|zh-en",
            description = "labels in Chinese (zh, default) or Chinese with English (zh-en, also: both); the figures are the same")
    String lang;

    @Option(names = "--input", paramLabel = "FILE", description = "read JSON Lines from FILE instead of stdin")
    Path input;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = InputLines.EncodingConverter.class,
            description = "encoding of the input: " + InputLines.ACCEPTED)
    java.nio.charset.Charset encoding;

    @Option(names = "--jdbc", paramLabel = "URL", description = "read the complaints from the JDBC host's database instead")
    String jdbcUrl;

    @Option(names = "--migrate", description = "create the --jdbc database if missing and migrate it")
    boolean migrate;

    @Option(names = "--monthly-day", paramLabel = "DAY", description = "the day of the next month the monthly table is due (default 10)")
    Integer monthlyDay;

    @Override
    public Integer call() {
        ReportKind k = switch (kind.toLowerCase(Locale.ROOT)) {
            case "monthly" -> ReportKind.MONTHLY_TABLE;
            case "quarterly" -> ReportKind.QUARTERLY_BULLETIN;
            case "half-year", "halfyear" -> ReportKind.HALF_YEAR_ANALYSIS;
            case "annual" -> ReportKind.ANNUAL_ANALYSIS;
            default -> throw CommandFailure.usage("--kind", "'" + kind + "' is not a report kind; accepted: monthly, quarterly, half-year, annual");
        };
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("html") && !f.equals("xlsx") && !f.equals("json")) {
            throw CommandFailure.usage("--format", "'" + format + "' is not a format; accepted: html, xlsx, json");
        }
        ReportLanguage language;
        try {
            language = ReportLanguage.parse(lang.equalsIgnoreCase("both") ? "zh-en" : lang);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("--lang", "'" + lang + "' is not accepted; give zh or zh-en");
        }
        if (f.equals("xlsx") && output == null) {
            throw CommandFailure.usage("--output", "xlsx is binary: give --output FILE");
        }
        ReportingPeriod p;
        try {
            p = ReportingPeriod.parse(period);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw CommandFailure.usage("--period", "'" + period + "' is not a period; accepted: 2025, 2025-H1, 2025-Q2, 2025-03");
        }
        ReportingCalendar calendar = ReportingCalendar.bundled();
        ComplaintReporting run;
        try {
            if (monthlyDay != null) {
                calendar = calendar.withMonthlyDay(monthlyDay);
            }
            run = ComplaintReporting.builder(k, p).calendar(calendar)
                    .watch(HotSpotWatch.builder(p.start().minusWeeks(8), p.end()).build()).build();
        } catch (InvalidReportingException e) {
            String option = e.violations().isEmpty() || e.violations().get(0).field().equals("period") ? "--period" : "--monthly-day";
            throw CommandFailure.usage(option, CommandFailure.firstLine(e));
        }
        Instant from = earliest(p).atStartOfDay(ComplaintStatistics.DEFAULT_ZONE).toInstant();
        Instant to = p.end().plusDays(1).atStartOfDay(ComplaintStatistics.DEFAULT_ZONE).toInstant();
        ArrayNode errors = JsonLinesCommand.JSON.createArrayNode();
        java.util.Map<String, Long> unknownFields = new java.util.TreeMap<>();
        Report report = ComplaintSource.read(input, encoding, jdbcUrl, migrate, from, to, errors, unknownFields, run::compute);
        unknownFields.forEach((field, line) -> System.err.println(ComplaintSource.unknownFieldMessage(field, line)));
        ReportSheet sheet = ReportSheet.of(report, language);
        if (f.equals("xlsx")) {
            writeBinary(output, sheet);
        } else {
            String text = f.equals("html") ? ReportHtml.render(sheet) : ReportJson.write(sheet);
            OutputFile.write(output, "--output", w -> {
                w.write(text);
                w.write('\n');
                return null;
            });
        }
        errors.forEach(e -> System.err.println(e.get("error").get("message").asString()));
        return errors.isEmpty() ? Cli.OK : Cli.SOME_ERRORS;
    }

    private static java.time.LocalDate earliest(ReportingPeriod p) {
        java.time.LocalDate a = p.yearBefore().start();
        java.time.LocalDate b = p.start().minusWeeks(8);
        return a.isBefore(b) ? a : b;
    }

    private static void writeBinary(Path target, ReportSheet sheet) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir) || Files.isDirectory(absolute)) {
            throw CommandFailure.usage("--output", "'" + target + "' is not a file in an existing directory");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".partial");
            try (OutputStream out = Files.newOutputStream(temp)) {
                ReportXlsx.write(sheet, out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw CommandFailure.failure("--output", "cannot write '" + target + "': " + CommandFailure.firstLine(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }
}
