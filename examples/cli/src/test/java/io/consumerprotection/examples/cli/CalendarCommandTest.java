package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.HolidayCalendarFormat;
import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code calendar import-notice} on the published 2026 notice (gmw.cn, 新华社) and on a damaged one. */
class CalendarCommandTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new Cli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out));
        int exit = cl.execute(args);
        return new Run(exit, out.toString());
    }

    private Path notice2026() throws Exception {
        return resource("notice-2026");
    }

    private Path resource(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(name + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Path file = dir.resolve(name + ".txt");
            Files.writeString(file, text.substring(text.indexOf('\n') + 1), StandardCharsets.UTF_8);
            return file;
        }
    }

    /** The bundled data as it stood before the 2026 notice: through the 2025 notice's last day. */
    private Path base2025() throws Exception {
        return cut(LocalDate.of(2025, 10, 11), "2025a");
    }

    private Path cut(LocalDate last, String version) throws Exception {
        HolidayCalendarRecord b = WorkingCalendars.bundled().get(CalendarId.CHINA_MAINLAND, "2026a").data();
        HolidayCalendarRecord cut = new HolidayCalendarRecord(b.calendarId(), version, b.name(), b.weekend(), b.coverageStart(),
                last, b.source(), b.days().stream().filter(d -> !d.date().isAfter(last)).toList());
        Path file = dir.resolve("CN-" + version + ".calendar");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            HolidayCalendarFormat.write(cut, w);
        }
        return file;
    }

    @Test
    void writesTheCalendarFileAHostLoads() throws Exception {
        Run r = run("calendar", "import-notice", "--year", "2026", "--input", notice2026().toString(),
                "--base", base2025().toString(), "--data-version", "2026b");

        assertThat(r.exit()).isEqualTo(Cli.OK);
        HolidayCalendarRecord written = HolidayCalendarFormat.parse(new StringReader(r.out()), "stdout");
        assertThat(written.version()).isEqualTo("2026b");
        assertThat(written.source()).contains("国务院办公厅关于2026年部分节假日安排的通知");
        WorkingCalendar imported = WorkingCalendars.builder().withoutBundled().add(() -> List.of(written)).build()
                .get(CalendarId.CHINA_MAINLAND);
        WorkingCalendar bundled = WorkingCalendars.bundled().get(CalendarId.CHINA_MAINLAND, "2026a");
        assertThat(imported.coverageEnd()).isEqualTo(bundled.coverageEnd());
        List<LocalDate> differing = new ArrayList<>();
        for (LocalDate d = bundled.coverageStart(); !d.isAfter(bundled.coverageEnd()); d = d.plusDays(1)) {
            if (imported.isWorkingDay(d) != bundled.isWorkingDay(d)) {
                differing.add(d);
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void appliesTheYearsSupplementaryNoticeGivenAfterTheAnnualOne() throws Exception {
        Run r = run("calendar", "import-notice", "--year", "2019", "--format", "json", "--input",
                resource("notice-2019").toString(), "--input", resource("notice-2019-supplement").toString());

        assertThat(r.exit()).as(r.out()).isEqualTo(Cli.OK);
        String days = JSON.readTree(r.out()).get("days").toString();
        assertThat(days).contains("{\"date\":\"2019-05-02\",\"kind\":\"HOLIDAY\",\"name\":\"劳动节\"}")
                .contains("{\"date\":\"2019-04-28\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"劳动节\"}")
                .contains("{\"date\":\"2019-05-05\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"劳动节\"}");
    }

    @Test
    void aSupplementaryNoticeAloneAmendsTheBaseCalendar() throws Exception {
        Run annual = run("calendar", "import-notice", "--year", "2019", "--input", resource("notice-2019").toString(),
                "--base", cut(LocalDate.of(2018, 10, 7), "2018a").toString(), "--data-version", "2019a");
        assertThat(annual.exit()).as(annual.out()).isEqualTo(Cli.OK);
        Path base = dir.resolve("CN-2019a.calendar");
        Files.writeString(base, annual.out(), StandardCharsets.UTF_8);

        Run r = run("calendar", "import-notice", "--year", "2019", "--input", resource("notice-2019-supplement").toString(),
                "--base", base.toString());

        assertThat(r.exit()).as(r.out()).isEqualTo(Cli.OK);
        HolidayCalendarRecord written = HolidayCalendarFormat.parse(new StringReader(r.out()), "stdout");
        assertThat(written.version()).isEqualTo("2019a-supplement");
        assertThat(written.source()).contains("changed by 国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）");
        WorkingCalendar amended = WorkingCalendars.builder().withoutBundled().add(() -> List.of(written)).build()
                .get(CalendarId.CHINA_MAINLAND);
        WorkingCalendar bundled = WorkingCalendars.bundled().get(CalendarId.CHINA_MAINLAND, "2026a");
        for (LocalDate d = LocalDate.of(2019, 1, 1); !d.isAfter(amended.coverageEnd()); d = d.plusDays(1)) {
            assertThat(amended.isWorkingDay(d)).as("%s", d).isEqualTo(bundled.isWorkingDay(d));
        }
    }

    @Test
    void printsEveryDayOfEveryBreakAsJson() throws Exception {
        Run r = run("calendar", "import-notice", "--year", "2026", "--format", "json", "--input", notice2026().toString());

        assertThat(r.exit()).isEqualTo(Cli.OK);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("year").asInt()).isEqualTo(2026);
        JsonNode days = root.get("days");
        assertThat(days.size()).isEqualTo((3 + 1) + (9 + 2) + 3 + (5 + 1) + 3 + 3 + (7 + 2));
        assertThat(days.get(0).toString()).isEqualTo("{\"date\":\"2026-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}");
        assertThat(days.get(2).toString()).isEqualTo("{\"date\":\"2026-01-03\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}");
        assertThat(days.get(3).toString()).isEqualTo("{\"date\":\"2026-01-04\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"元旦\"}");
    }

    @Test
    void readsTheNoticeFromStdin() throws Exception {
        InputStream saved = System.in;
        Run r;
        try {
            System.setIn(Files.newInputStream(notice2026()));
            r = run("calendar", "import-notice", "--year", "2026", "--format", "JSON");
        } finally {
            System.setIn(saved);
        }
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(JSON.readTree(r.out()).get("days").get(38).toString())
                .isEqualTo("{\"date\":\"2026-10-10\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"国庆节\"}");
    }

    @Test
    void aDamagedNoticeGivesTheStructuredError() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n"
                + "二、春节：2月6日至13日放假调休，共8天。2月3日（周三）上班。\n", StandardCharsets.UTF_8);

        Run r = run("calendar", "import-notice", "--year", "2027", "--input", file.toString());

        assertThat(r.exit()).isEqualTo(Cli.SOME_ERRORS);
        JsonNode error = JSON.readTree(r.out()).get("error");
        assertThat(error.get("code").asString()).isEqualTo("INVALID_HOLIDAY_NOTICE");
        assertThat(error.get("violations").size()).isEqualTo(1);
        assertThat(error.get("violations").get(0).get("field").asString()).isEqualTo("二、春节");
        assertThat(error.get("violations").get(0).get("rule").asString()).isEqualTo("MAKE_UP_DAY_NOT_WEEKEND");
        assertThat(r.out()).doesNotContain("at io.").doesNotContain("Exception");
    }

    @Test
    void aNoticeForAnotherYearIsRefused() throws Exception {
        Run r = run("calendar", "import-notice", "--year", "2027", "--input", notice2026().toString());

        assertThat(r.exit()).isEqualTo(Cli.SOME_ERRORS);
        assertThat(JSON.readTree(r.out()).get("error").get("violations").get(0).get("rule").asString()).isEqualTo("YEAR_MISMATCH");
    }
}
