package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.HolidayCalendarFormat;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code health} on fixed days, never the real date. */
class HealthCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, JsonNode out) {
    }

    private static Run run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            exit = Cli.run(args);
        } finally {
            System.setOut(saved);
        }
        return new Run(exit, JsonMapper.builder().build().readTree(bytes.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledCalendarHasEndedOnTheThirdOfDecember2026() {
        Run r = run("health", "--today", "2026-12-03");
        assertThat(r.exit()).isEqualTo(Cli.SOME_ERRORS);
        assertThat(r.out().get("status").asString()).isEqualTo("ENDED");
        JsonNode cn = r.out().get("calendars").get(0);
        assertThat(cn.get("calendar").asString()).isEqualTo("CN");
        assertThat(cn.get("coverageEnd").asString()).isEqualTo("2026-10-10");
        assertThat(cn.get("daysLeft").asLong()).isEqualTo(-54);
        assertThat(cn.get("message").asString()).contains("calendar import-notice", "provisional");
    }

    @Test
    void okFarAheadAndEndsSoonWithinSixtyDays() {
        assertThat(run("health", "--today", "2026-01-05").exit()).isEqualTo(Cli.OK);
        Run soon = run("health", "--today", "2026-09-01");
        assertThat(soon.out().get("status").asString()).isEqualTo("ENDS_SOON");
        assertThat(soon.out().at("/calendars/0/daysLeft").asLong()).isEqualTo(39);
    }

    @Test
    void aLoadedCalendarFileExtendsTheCoverage() throws Exception {
        HolidayCalendarRecord cn = WorkingCalendars.bundled().get(CalendarId.CHINA_MAINLAND).data();
        HolidayCalendarRecord longer = new HolidayCalendarRecord(cn.calendarId(), "2027-test", cn.name(), cn.weekend(),
                cn.coverageStart(), LocalDate.of(2027, 12, 31), cn.source(), cn.days());
        StringBuilder text = new StringBuilder();
        HolidayCalendarFormat.write(longer, text);
        Path file = dir.resolve("cn-2027.calendar");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Run r = run("health", "--today", "2026-12-03", "--calendar", file.toString());
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out().at("/calendars/0/version").asString()).isEqualTo("2027-test");
        assertThat(r.out().at("/calendars/0/coverageEnd").asString()).isEqualTo("2027-12-31");
    }
}
