package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarProvider;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link HolidayCalendarProvider} meets. A host extends this class and implements
 * {@link #newProvider()}, which returns its provider holding at least one calendar.
 */
public abstract class HolidayCalendarProviderContractTest {

    protected HolidayCalendarProvider provider;

    /** The provider under test; it must hold at least one calendar. */
    protected abstract HolidayCalendarProvider newProvider();

    @BeforeEach
    void createProvider() {
        provider = newProvider();
    }

    /** A small, valid calendar a test provider may hold: the 2024 National Day break in China. */
    public static HolidayCalendarRecord sampleCalendar(String id, String version) {
        String notice = "国务院办公厅关于2024年部分节假日安排的通知";
        return new HolidayCalendarRecord(id, version, "sample", HolidayCalendarRecord.saturdayAndSunday(),
                LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 31), notice, List.of(
                        CalendarDayRecord.workday(LocalDate.of(2024, 9, 29), "国庆节", notice),
                        CalendarDayRecord.holiday(LocalDate.of(2024, 10, 1), "国庆节", notice),
                        CalendarDayRecord.holiday(LocalDate.of(2024, 10, 2), "国庆节", notice),
                        CalendarDayRecord.holiday(LocalDate.of(2024, 10, 3), "国庆节", notice),
                        CalendarDayRecord.holiday(LocalDate.of(2024, 10, 4), "国庆节", notice),
                        CalendarDayRecord.holiday(LocalDate.of(2024, 10, 7), "国庆节", notice),
                        CalendarDayRecord.workday(LocalDate.of(2024, 10, 12), "国庆节", notice)));
    }

    @Test
    void holdsAtLeastOneCalendar() {
        assertThat(provider.calendars()).isNotNull().isNotEmpty();
    }

    @Test
    void repeatedCallsReturnEqualLists() {
        assertThat(provider.calendars()).isEqualTo(provider.calendars());
    }

    @Test
    void idAndVersionAreUniqueAndNotBlank() {
        Set<String> keys = new HashSet<>();
        for (HolidayCalendarRecord c : provider.calendars()) {
            assertThat(c.calendarId()).as("calendarId").isNotBlank();
            assertThat(c.version()).as("version of %s", c.calendarId()).isNotBlank();
            assertThat(keys.add(c.key())).as("%s appears once", c.key()).isTrue();
        }
    }

    @Test
    void listedDaysAreSortedUniqueAndInsideCoverage() {
        for (HolidayCalendarRecord c : provider.calendars()) {
            LocalDate previous = null;
            for (CalendarDayRecord day : c.days()) {
                assertThat(day.date()).as("%s in %s", day.date(), c.key())
                        .isBetween(c.coverageStart(), c.coverageEnd());
                if (previous != null) {
                    assertThat(day.date()).as("%s sorted and unique", c.key()).isAfter(previous);
                }
                previous = day.date();
            }
        }
    }

    @Test
    void findsEveryListedCalendar() {
        for (HolidayCalendarRecord c : provider.calendars()) {
            assertThat(provider.find(c.calendarId(), c.version())).contains(c);
        }
    }

    @Test
    void findsNothingForAnUnknownIdOrVersion() {
        HolidayCalendarRecord first = provider.calendars().get(0);
        assertThat(provider.find(first.calendarId(), first.version() + "-no-such-version")).isEmpty();
        assertThat(provider.find("NO-SUCH-CALENDAR-" + first.calendarId(), first.version())).isEmpty();
    }

    @Test
    void rejectsNullArguments() {
        assertThatNullPointerException().isThrownBy(() -> provider.find(null, "2026a"));
        assertThatNullPointerException().isThrownBy(() -> provider.find("CN", null));
    }
}
