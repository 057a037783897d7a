package io.consumerprotection.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import io.consumerprotection.spi.contract.HolidayCalendarProviderContractTest;
import io.consumerprotection.testkit.InMemoryHolidayCalendarProvider;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class WorkingCalendarsTest {

    @Test
    void bundledCalendarsAreListed() {
        assertThat(WorkingCalendars.bundled().ids()).containsExactly(CalendarId.CHINA_MAINLAND, CalendarId.of("WEEKDAYS"));
        assertThat(WorkingCalendars.bundled().versions(CalendarId.CHINA_MAINLAND)).containsExactly("2026a");
        assertThat(WorkingCalendars.bundled().find(CalendarId.of("HK"))).isEmpty();
        assertThatThrownBy(() -> WorkingCalendars.bundled().get(CalendarId.of("HK")))
                .isInstanceOfSatisfying(UnknownCalendarException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_CALENDAR"));
    }

    @Test
    void aHostAddsANewerVersionWhichBecomesTheLatest() {
        HolidayCalendarRecord cn = WorkingCalendars.chinaMainland().data();
        List<CalendarDayRecord> days = new ArrayList<>(cn.days());
        days.add(CalendarDayRecord.holiday(LocalDate.of(2027, 1, 1), "元旦", "host test notice"));
        HolidayCalendarRecord newer = new HolidayCalendarRecord("CN", "2027a", cn.name(), cn.weekend(), cn.coverageStart(),
                LocalDate.of(2027, 1, 31), "host test", days);
        WorkingCalendars all = WorkingCalendars.builder().add(InMemoryHolidayCalendarProvider.of(newer)).build();
        assertThat(all.get(CalendarId.CHINA_MAINLAND).version()).isEqualTo("2027a");
        assertThat(all.get(CalendarId.CHINA_MAINLAND, "2026a").version()).isEqualTo("2026a");
        assertThat(all.get(CalendarId.CHINA_MAINLAND).isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(all.get(CalendarId.CHINA_MAINLAND).isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    }

    @Test
    void anEqualDuplicateIsKeptOnceAndAConflictingOneIsAnError() {
        HolidayCalendarRecord a = HolidayCalendarProviderContractTest.sampleCalendar("HOST", "1");
        assertThat(WorkingCalendars.builder().add(a).add(a).build().versions(CalendarId.of("HOST"))).containsExactly("1");
        HolidayCalendarRecord b = new HolidayCalendarRecord("HOST", "1", "other", a.weekend(), a.coverageStart(),
                a.coverageEnd(), a.source(), List.of());
        assertThatThrownBy(() -> WorkingCalendars.builder().add(a).add(b).build())
                .isInstanceOfSatisfying(CalendarDataException.class, e -> {
                    assertThat(e.code()).isEqualTo("CALENDAR_CONFLICT");
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("calendars[HOST@1]");
                        assertThat(v.rule()).isEqualTo("CONFLICTING_DUPLICATE");
                    });
                });
    }

    @Test
    void aMalformedRecordIsRejectedWithEveryViolation() {
        HolidayCalendarRecord bad = new HolidayCalendarRecord("HOST", "1", "x", HolidayCalendarRecord.saturdayAndSunday(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), "",
                List.of(CalendarDayRecord.holiday(LocalDate.of(2024, 1, 5), "a", ""),
                        CalendarDayRecord.holiday(LocalDate.of(2024, 1, 4), "b", ""),
                        CalendarDayRecord.holiday(LocalDate.of(2024, 2, 1), "c", "")));
        assertThatThrownBy(() -> WorkingCalendar.of(bad))
                .isInstanceOfSatisfying(CalendarDataException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule())
                        .containsExactly("HOST@1.days[1] NOT_INCREASING", "HOST@1.days[2] OUTSIDE_COVERAGE"));
    }

    @Test
    void theFormatRoundTrips() {
        HolidayCalendarRecord cn = WorkingCalendars.chinaMainland().data();
        StringWriter out = new StringWriter();
        HolidayCalendarFormat.write(cn, out);
        assertThat(HolidayCalendarFormat.parse(new StringReader(out.toString()), "round-trip")).isEqualTo(cn);
    }

    @Test
    void theFormatReportsEveryBadLine() {
        String text = "@calendar\tHOST\n@coverage\t2024-01-01\t2024-01-31\n@colour\tred\n"
                + "2024-01-02\tHOLIDAY\tx\n2024-01-01\tHOLIDAY\ty\n2024-13-01\tHOLIDAY\tz\n2024-01-05\tFEAST\tw\n2024-03-01\tWORKDAY\tv\n";
        assertThatThrownBy(() -> HolidayCalendarFormat.parse(new StringReader(text), "host.calendar"))
                .isInstanceOfSatisfying(CalendarDataException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_CALENDAR_DATA");
                    assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule()).containsExactly(
                            "host.calendar:3 UNKNOWN_HEADER",
                            "host.calendar:@version REQUIRED",
                            "host.calendar:@source REQUIRED",
                            "host.calendar:5 NOT_INCREASING",
                            "host.calendar:6 MALFORMED_DATE",
                            "host.calendar:7 UNKNOWN_KIND",
                            "host.calendar:8 OUTSIDE_COVERAGE");
                });
    }

    /** The bundled resource lists exactly the dates of the shared reference file, when that file is at hand. */
    @Test
    void bundledDataMatchesTheReferenceFile() throws Exception {
        Path reference = Path.of("../../shared/reference/china-workday-calendar.tsv");
        if (!Files.exists(reference)) {
            reference = Path.of("/work/shared/reference/china-workday-calendar.tsv");
        }
        Assumptions.assumeTrue(Files.exists(reference), "reference file not at hand");
        List<String> expected = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(reference, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] p = line.split("\t");
                    expected.add(p[0] + " " + p[1].toUpperCase(java.util.Locale.ROOT) + " " + p[2]);
                }
            }
        }
        assertThat(WorkingCalendars.chinaMainland().data().days())
                .extracting(d -> d.date() + " " + d.kind() + " " + d.name())
                .containsExactlyElementsOf(expected);
        assertThat(WorkingCalendars.chinaMainland().data().days()).allSatisfy(d -> assertThat(d.source()).startsWith("国务院"));
    }
}
