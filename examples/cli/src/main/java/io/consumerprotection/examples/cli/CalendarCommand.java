package io.consumerprotection.examples.cli;

import io.consumerprotection.core.calendar.CalendarDataException;
import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.HolidayCalendarFormat;
import io.consumerprotection.core.calendar.HolidayNotice;
import io.consumerprotection.core.calendar.HolidayNoticeException;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code calendar}: working-day calendar data; {@code calendar import-notice} reads a State Council notice. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Working-day calendar data: import-notice reads a State Council holiday notice into a calendar file.",
        subcommands = {CommandLine.HelpCommand.class, CalendarCommand.ImportNotice.class},
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {"0:the subcommand's answer", Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%n",
        footer = {"  e.g. calendar import-notice --year 2027 --input notice-2027.txt > cn-2027.calendar"})
public final class CalendarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }

    /**
     * {@code calendar import-notice --year 2027 < notice.txt}: reads the text of 国务院办公厅关于2027年部分节假日安排的通知
     * as published and writes the calendar file a host loads (format 1, {@link HolidayCalendarFormat}): the bundled
     * China calendar (or {@code --base FILE}) continued by the notice, version {@code 2027-notice}. Several
     * {@code --input FILE}s (or one text holding them in turn) are the annual notice followed by the year's
     * supplementary notices (国务院关于…调休放假的通知, 国办 关于调整/延长…假期的通知), applied in order; a supplementary
     * notice alone amends the {@code --base} calendar, which already holds the year's annual notice.
     * {@code --format json} prints {@code {"year":2027,"days":[{"date":…,"kind":"HOLIDAY"|"MAKEUP_WORKDAY","name":…}]}}
     * instead, every day of every break listed. A text that cannot be read gives
     * {@code {"error":{"code":"INVALID_HOLIDAY_NOTICE","message":…,"violations":[{"field":"二、春节","rule":…,"message":…}]}}}
     * on stdout and exit status 1.
     */
    @Command(name = "import-notice", mixinStandardHelpOptions = true,
            description = {"Read the State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) from stdin or --input",
                "and write the calendar file a host loads through HolidayCalendarProvider (or, with --format json, the days).",
                "A supplementary notice (国务院关于…调休放假的通知, 关于调整/延长YYYY年…假期的通知) follows the annual notice",
                "(a second --input, or after it in the same text); given alone, it amends the --base calendar."},
            exitCodeListHeading = Cli.EXIT_HEADING,
            exitCodeList = {"0:the calendar (or the days) written",
                "1:the notice could not be read: a JSON error on stdout names each sentence (INVALID_HOLIDAY_NOTICE)",
                Cli.EXIT_2, Cli.EXIT_3},
            footerHeading = "%nInput and output:%n",
            footer = {
                "  the notice's text as published (UTF-8), e.g. copied from www.gov.cn; --year: a whole number such as 2027",
                "  output: the calendar file (format 1: @calendar, @version, @coverage … headers, then one line per day:",
                "    date, HOLIDAY or WORKDAY (a make-up working day), name, source), or with",
                "    --format json {\"year\":2027,\"days\":[{\"date\":\"2027-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},…]}",
                "  e.g. calendar import-notice --year 2027 --input notice-2027.txt --base cn-2026.calendar > cn-2027.calendar"})
    static final class ImportNotice implements Callable<Integer> {

        enum Format { CALENDAR, JSON }

        @Spec
        CommandSpec spec;

        @Option(names = "--year", required = true, description = "the year the notice arranges, e.g. 2027")
        int year;

        @Option(names = "--format", defaultValue = "CALENDAR", description = "calendar (default) or json")
        Format format;

        @Option(names = "--input", paramLabel = "FILE",
                description = "read the notice from FILE instead of stdin; repeat for the year's supplementary notices")
        List<Path> inputs = new ArrayList<>();

        @Option(names = "--base", paramLabel = "FILE",
                description = "the calendar file to continue (default: the bundled CN calendar); e.g. last year's import")
        Path base;

        @Option(names = "--data-version", paramLabel = "VERSION",
                description = "the version of the written calendar (default: <year>-notice; for a supplementary notice alone, "
                        + "<base version>-supplement)")
        String version;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                HolidayNotice notice = HolidayNotice.parse(read(), year);
                if (format == Format.JSON) {
                    out.println(JsonLinesCommand.JSON.writeValueAsString(json(notice)));
                } else {
                    HolidayCalendarRecord from = base();
                    HolidayCalendarRecord calendar = notice.kind().isSupplementary()
                            ? notice.amend(from, version == null ? from.version() + "-supplement" : version)
                            : notice.extend(from, version == null ? year + "-notice" : version);
                    HolidayCalendarFormat.write(calendar, out);
                }
                out.flush();
                return Cli.OK;
            } catch (HolidayNoticeException | CalendarDataException e) {
                out.println(JsonLinesCommand.JSON.writeValueAsString(error(e)));
            } catch (IllegalArgumentException e) {
                out.println(JsonLinesCommand.JSON.writeValueAsString(error(new ConsumerProtectionException("INVALID_INPUT",
                        String.valueOf(e.getMessage())))));
            }
            out.flush();
            return Cli.SOME_ERRORS;
        }

        private String read() {
            if (inputs.isEmpty()) {
                return JsonLinesCommand.readText(null);
            }
            StringBuilder text = new StringBuilder();
            for (Path p : inputs) {
                text.append(JsonLinesCommand.readText(p)).append('\n');
            }
            return text.toString();
        }

        private HolidayCalendarRecord base() {
            if (base == null) {
                return WorkingCalendars.bundled().get(CalendarId.CHINA_MAINLAND).data();
            }
            return CalendarFiles.read(base, "--base");
        }

        private static ObjectNode json(HolidayNotice notice) {
            ObjectNode root = JsonLinesCommand.JSON.createObjectNode();
            root.put("year", notice.year());
            ArrayNode days = root.putArray("days");
            for (HolidayNotice.Day d : notice.days()) {
                ObjectNode day = days.addObject();
                day.put("date", d.date().toString());
                day.put("kind", d.holiday() ? "HOLIDAY" : "MAKEUP_WORKDAY");
                day.put("name", d.festival());
            }
            return root;
        }

        private static ObjectNode error(ConsumerProtectionException e) {
            ObjectNode root = JsonLinesCommand.JSON.createObjectNode();
            ObjectNode error = JsonLinesCommand.error(e.code(), e.getMessage());
            if (!e.violations().isEmpty()) {
                JsonLinesCommand.withViolations(error, e.violations());
            }
            root.set("error", error);
            return root;
        }
    }
}
