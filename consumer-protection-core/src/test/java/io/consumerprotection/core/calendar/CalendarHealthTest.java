package io.consumerprotection.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarHealthTest {

    private static final WorkingCalendar CN = WorkingCalendars.chinaMainland();

    @Test
    void okMoreThanSixtyDaysAhead() {
        CalendarHealth h = CalendarHealth.of(CN, CN.coverageEnd().minusDays(61));
        assertThat(h.status()).isEqualTo(CalendarHealth.Status.OK);
        assertThat(h.daysLeft()).isEqualTo(61);
        assertThat(h.needsAttention()).isFalse();
        assertThat(h.message()).contains("OK", CN.coverageEnd().toString());
    }

    @Test
    void endsSoonFromSixtyDaysToTheLastDay() {
        assertThat(CalendarHealth.of(CN, CN.coverageEnd().minusDays(60)).status())
                .isEqualTo(CalendarHealth.Status.ENDS_SOON);
        CalendarHealth last = CalendarHealth.of(CN, CN.coverageEnd());
        assertThat(last.status()).isEqualTo(CalendarHealth.Status.ENDS_SOON);
        assertThat(last.daysLeft()).isZero();
        assertThat(last.message()).contains("ENDS_SOON", "calendar import-notice", "provisional");
    }

    @Test
    void endedTheDayAfterAndSaysWhatToDo() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        CalendarHealth h = CalendarHealth.of(CN, today);
        assertThat(h.calendarId()).isEqualTo(CN.id());
        assertThat(h.version()).isEqualTo(CN.version());
        assertThat(h.coverageEnd()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(h.daysLeft()).isEqualTo(-54);
        assertThat(h.status()).isEqualTo(CalendarHealth.Status.ENDED);
        assertThat(h.message()).contains("ENDED on 2026-10-10", "54 days ago", "calendar import-notice",
                "allowProvisionalCalendar(true)");
        assertThat(CalendarHealth.of(CN, CN.coverageEnd().plusDays(1)).status())
                .isEqualTo(CalendarHealth.Status.ENDED);
    }

    @Test
    void theCoverageErrorSaysWhatToDo() {
        CalendarCoverageException e = new CalendarCoverageException(LocalDate.of(2026, 12, 3), "CN", "2026a",
                LocalDate.of(2007, 1, 1), LocalDate.of(2026, 10, 10));
        assertThat(e.code()).isEqualTo("CALENDAR_COVERAGE");
        assertThat(e.getMessage()).contains("outside the coverage of calendar CN 2026a",
                "calendar import-notice", "allowProvisionalCalendar(true)");
    }
}
