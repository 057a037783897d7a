package io.consumerprotection.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.calendar.CalendarCoverageException;
import io.consumerprotection.core.calendar.WorkingCalendars;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The daily reminders follow the China mainland calendar by default and never guess outside its coverage. */
class CadenceScheduleTest {

    static List<LocalDate> reminderDays(CadenceSchedule s, LocalDate from, LocalDate to) {
        return s.periods(from, to, List.of()).stream().map(CadencePeriod::from).toList();
    }

    @Test
    void byDefaultTheMayDayHolidaysOweNoReminderAndTheMakeUpSaturdayOwesOne() {
        CadenceSchedule s = CadenceSchedule.of(Map.of(CadenceKind.DAILY_REMINDER, Set.of("BR-1")));

        // 2026: 1-5 May are holidays (SC-2026), Saturday 9 May is a make-up working day
        assertThat(reminderDays(s, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10))).containsExactly(
                LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 9));
    }

    @Test
    void mondayToFridayOnlyWhenPassedExplicitly() {
        CadenceSchedule s = CadenceSchedule.of(Map.of(CadenceKind.DAILY_REMINDER, Set.of("BR-1")), CadenceSchedule.WEEKDAYS);

        assertThat(reminderDays(s, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10))).hasSize(6)
                .doesNotContain(LocalDate.of(2026, 5, 9));
    }

    @Test
    void aDayOutsideTheCalendarsCoverageIsATypedErrorNamingDateAndVersionNotSilentlyMondayToFriday() {
        CadenceSchedule s = CadenceSchedule.of(Map.of(CadenceKind.DAILY_REMINDER, Set.of("BR-1")));
        LocalDate end = WorkingCalendars.chinaMainland().coverageEnd();

        assertThatThrownBy(() -> s.periods(end.minusDays(3), end.plusDays(3), List.of()))
                .isInstanceOfSatisfying(CalendarCoverageException.class, e -> {
                    assertThat(e.date()).isEqualTo(end.plusDays(1));
                    assertThat(e.version()).isEqualTo("2026a");
                });
    }

    @Test
    void aProvisionalCalendarAnswersOutsideCoverageWhenTheHostOptsIn() {
        CadenceSchedule s = CadenceSchedule.of(Map.of(CadenceKind.DAILY_REMINDER, Set.of("BR-1")),
                WorkingCalendars.chinaMainland().withProvisionalProjection());
        LocalDate end = WorkingCalendars.chinaMainland().coverageEnd();

        assertThat(reminderDays(s, end.plusDays(1), end.plusDays(14))).isNotEmpty();
    }

    @Test
    void monthlyAndQuarterlyPeriodsNeedNoCalendarCoverage() {
        CadenceSchedule s = CadenceSchedule.of(Map.of(CadenceKind.MONTHLY_CHECK, Set.of("SUB-1")));

        assertThat(s.periods(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 3, 31), List.of())).hasSize(3);
    }
}
