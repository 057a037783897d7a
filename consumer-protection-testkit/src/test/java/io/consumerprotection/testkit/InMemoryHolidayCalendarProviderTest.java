package io.consumerprotection.testkit;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarProvider;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import io.consumerprotection.spi.contract.HolidayCalendarProviderContractTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryHolidayCalendarProviderTest extends HolidayCalendarProviderContractTest {

    @Override
    protected HolidayCalendarProvider newProvider() {
        return InMemoryHolidayCalendarProvider.of(sampleCalendar("CN-SAMPLE", "2024a"), sampleCalendar("CN-SAMPLE", "2024b"));
    }

    @Test
    void rejectsASecondCalendarWithTheSameIdAndVersion() {
        InMemoryHolidayCalendarProvider p = InMemoryHolidayCalendarProvider.of(sampleCalendar("X", "1"));
        assertThatIllegalArgumentException().isThrownBy(() -> p.add(sampleCalendar("X", "1")))
                .withMessageContaining("X@1");
    }

    @Test
    void rejectsADayOutsideCoverage() {
        HolidayCalendarRecord bad = new HolidayCalendarRecord("X", "1", "x", HolidayCalendarRecord.saturdayAndSunday(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), "",
                List.of(CalendarDayRecord.holiday(LocalDate.of(2024, 2, 1), "h", "")));
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryHolidayCalendarProvider().add(bad))
                .withMessageContaining("2024-02-01");
    }

    @Test
    void rejectsUnsortedDays() {
        HolidayCalendarRecord bad = new HolidayCalendarRecord("X", "1", "x", HolidayCalendarRecord.saturdayAndSunday(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), "",
                List.of(CalendarDayRecord.holiday(LocalDate.of(2024, 1, 3), "h", ""),
                        CalendarDayRecord.holiday(LocalDate.of(2024, 1, 2), "h", "")));
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryHolidayCalendarProvider().add(bad))
                .withMessageContaining("2024-01-02");
    }
}
