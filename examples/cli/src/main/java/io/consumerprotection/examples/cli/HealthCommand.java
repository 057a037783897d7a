package io.consumerprotection.examples.cli;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.calendar.CalendarHealth;
import io.consumerprotection.core.calendar.CalendarHealthReport;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryHolidayCalendarProvider;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code health}: how far the calendars the complaint deadlines count in still reach, as one JSON object:
 * {@code {"today":"2026-12-03","status":"ENDED","calendars":[{"calendar":"CN","version":"2026a",
 * "coverageEnd":"2026-10-10","daysLeft":-54,"status":"ENDED","message":"… calendar import-notice …"}]}}.
 * {@code --calendar FILE} adds a calendar file (written by {@code calendar import-notice}) as a host would.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Calendar coverage of the complaint deadlines: each calendar in use, its coverage end,",
            "the days left from today and OK / ENDS_SOON (within 60 days) / ENDED, as JSON.",
            "When a calendar ends: load the next State Council notice (calendar import-notice) or answer",
            "provisionally (deadline requests with \"provisional\":true)."},
        exitCodeListHeading = Cli.EXIT_HEADING,
        exitCodeList = {"0:every calendar OK", "1:some calendar ends within 60 days or has ended (each listed)",
            Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%nOutput (one JSON object):%n",
        footer = {
            "  {\"today\":\"2026-12-03\",\"status\":\"OK\"|\"ENDS_SOON\"|\"ENDED\",\"calendars\":[{\"calendar\":\"CN\",",
            "    \"version\":\"2026a\",\"coverageEnd\":\"2026-12-31\",\"daysLeft\":28,\"status\":…,\"message\":…}]}",
            "  --today: an ISO date (default: today in Asia/Shanghai); --calendar: a file written by calendar import-notice,",
            "    which adds to or replaces the bundled calendar of the same id",
            "  e.g. health --today 2026-12-03 --calendar cn-2027.calendar"})
public final class HealthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--today", paramLabel = "DATE", description = "the day to check for (default: today in Asia/Shanghai)")
    LocalDate today;

    @Option(names = "--calendar", paramLabel = "FILE", description = "a calendar file to load as well (repeatable)")
    List<Path> calendars = new ArrayList<>();

    @Override
    public Integer call() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Clock clock = today == null ? Clock.system(zone)
                : Clock.fixed(today.atStartOfDay(zone).toInstant(), zone);
        InMemoryHolidayCalendarProvider provider = InMemoryHolidayCalendarProvider.of();
        for (Path file : calendars) {
            provider.add(CalendarFiles.read(file, "--calendar"));
        }
        CalendarHealthReport report = ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .holidayCalendarProvider(provider).clock(clock).build().calendarHealth();
        spec.commandLine().getOut().println(JsonLinesCommand.JSON.writeValueAsString(toJson(report)));
        spec.commandLine().getOut().flush();
        return report.status() == CalendarHealth.Status.OK ? Cli.OK : Cli.SOME_ERRORS;
    }

    /** The report as JSON, as the CLI prints it. */
    static ObjectNode toJson(CalendarHealthReport report) {
        ObjectNode out = JsonLinesCommand.JSON.createObjectNode();
        out.put("today", report.today().toString());
        out.put("status", report.status().name());
        ArrayNode list = out.putArray("calendars");
        for (CalendarHealth h : report.calendars()) {
            ObjectNode c = list.addObject();
            c.put("calendar", h.calendarId().toString());
            c.put("version", h.version());
            c.put("coverageEnd", h.coverageEnd().toString());
            c.put("daysLeft", h.daysLeft());
            c.put("status", h.status().name());
            c.put("message", h.message());
        }
        return out;
    }
}
