package io.consumerprotection.core.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.ConsumerProtectionException;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked cases checked by hand against the State Council notices. */
class WorkingCalendarTest {

    private final WorkingCalendar cn = WorkingCalendars.chinaMainland();

    @Test
    void isTheBundledChinaCalendar() {
        assertThat(cn.id()).isEqualTo(CalendarId.CHINA_MAINLAND);
        assertThat(cn.version()).isEqualTo("2026a");
        assertThat(cn.coverageStart()).isEqualTo(of(2006, 12, 30));
        assertThat(cn.coverageEnd()).isEqualTo(of(2026, 10, 10));
        assertThat(cn.source()).contains("国务院办公厅");
        assertThat(cn).hasToString("CN 2026a");
    }

    @Nested
    class SpringFestival2024 {
        // 2024 notice: 2-10..2-17 off; Sunday 2-4 and Sunday 2-18 are working days
        @Test
        void makeUpSundayIsAWorkingDay() {
            assertThat(cn.isWorkingDay(of(2024, 2, 18))).isTrue();
            assertThat(cn.dayKind(of(2024, 2, 18))).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
            assertThat(cn.dayKind(of(2024, 2, 4))).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        }

        @Test
        void theBreakIsStatutoryHoliday() {
            for (LocalDate d = of(2024, 2, 10); !d.isAfter(of(2024, 2, 17)); d = d.plusDays(1)) {
                assertThat(cn.dayKind(d)).as("%s", d).isEqualTo(DayKind.STATUTORY_HOLIDAY);
            }
            assertThat(cn.findListedDay(of(2024, 2, 12))).get().extracting(r -> r.name()).isEqualTo("春节");
        }

        @Test
        void threeWorkingDaysFromThe8thIsThe19th() {
            // 2-9 (Fri), 2-18 (make-up Sunday), 2-19 (Mon)
            assertThat(cn.addWorkingDays(of(2024, 2, 8), 3)).isEqualTo(of(2024, 2, 19));
            assertThat(cn.workingDaysBetween(of(2024, 2, 8), of(2024, 2, 19))).isEqualTo(3);
            assertThat(cn.workingDaysBetween(of(2024, 2, 19), of(2024, 2, 8))).isEqualTo(-3);
            assertThat(cn.addWorkingDays(of(2024, 2, 19), -3)).isEqualTo(of(2024, 2, 8));
        }

        @Test
        void nextAndPreviousSkipTheBreak() {
            assertThat(cn.nextWorkingDay(of(2024, 2, 9))).isEqualTo(of(2024, 2, 18));
            assertThat(cn.previousWorkingDay(of(2024, 2, 18))).isEqualTo(of(2024, 2, 9));
            assertThat(cn.addWorkingDays(of(2024, 2, 12), 0)).isEqualTo(of(2024, 2, 18));
        }
    }

    @Nested
    class SpringFestival2025 {
        // 2025 notice: 1-28..2-4 off; Sunday 1-26 and Saturday 2-8 are working days
        @Test
        void breakAndMakeUpDays() {
            assertThat(cn.isWorkingDay(of(2025, 1, 26))).isTrue();
            assertThat(cn.isWorkingDay(of(2025, 1, 27))).isTrue();
            assertThat(cn.isWorkingDay(of(2025, 1, 28))).isFalse();
            assertThat(cn.isWorkingDay(of(2025, 2, 4))).isFalse();
            assertThat(cn.isWorkingDay(of(2025, 2, 8))).isTrue();
            assertThat(cn.dayKind(of(2025, 2, 9))).isEqualTo(DayKind.WEEKEND);
        }

        @Test
        void countingAcrossTheBreak() {
            // 1-27, 2-5, 2-6, 2-7, 2-8 (make-up Saturday)
            assertThat(cn.addWorkingDays(of(2025, 1, 26), 5)).isEqualTo(of(2025, 2, 8));
            assertThat(cn.addWorkingDays(of(2025, 2, 7), 1)).isEqualTo(of(2025, 2, 8));
            assertThat(cn.addWorkingDays(of(2025, 2, 8), 1)).isEqualTo(of(2025, 2, 10));
            // 1-26, 1-27, 2-5, 2-6, 2-7, 2-8, 2-10
            assertThat(cn.workingDaysBetween(of(2025, 1, 24), of(2025, 2, 10))).isEqualTo(7);
        }
    }

    @Test
    void makeUpSaturdayAfterNationalDay2024() {
        assertThat(cn.dayKind(of(2024, 10, 12))).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        assertThat(cn.addWorkingDays(of(2024, 10, 11), 1)).isEqualTo(of(2024, 10, 12));
        assertThat(cn.addWorkingDays(of(2024, 9, 30), 1)).isEqualTo(of(2024, 10, 8));
    }

    @Test
    void yearEnds() {
        // 2024-01-01 (Mon) is New Year's Day
        assertThat(cn.addWorkingDays(of(2023, 12, 29), 1)).isEqualTo(of(2024, 1, 2));
        // 2025-01-01 (Wed) is New Year's Day
        assertThat(cn.addWorkingDays(of(2024, 12, 31), 1)).isEqualTo(of(2025, 1, 2));
        assertThat(cn.workingDaysBetween(of(2024, 12, 27), of(2025, 1, 3))).isEqualTo(4);
    }

    @Test
    void leapDays() {
        assertThat(cn.isWorkingDay(of(2024, 2, 29))).isTrue();
        assertThat(cn.addWorkingDays(of(2024, 2, 28), 1)).isEqualTo(of(2024, 2, 29));
        assertThat(cn.dayKind(of(2020, 2, 29))).isEqualTo(DayKind.WEEKEND);
        assertThat(cn.workingDaysBetween(of(2020, 2, 28), of(2020, 3, 2))).isEqualTo(1);
        // month period: matching day, or the month's last day
        assertThat(cn.periodEnd(of(2024, 1, 31), Period.ofMonths(1), RollRule.NONE).end()).isEqualTo(of(2024, 2, 29));
        assertThat(cn.periodEnd(of(2023, 1, 31), Period.ofMonths(1), RollRule.NONE).end()).isEqualTo(of(2023, 2, 28));
    }

    @Test
    void civilCodePeriodRollsOverNationalDay() {
        PeriodEnd end = cn.periodEnd(of(2024, 9, 20), Period.ofDays(15), RollRule.NON_WORKING_DAYS);
        assertThat(end.nominal()).isEqualTo(of(2024, 10, 5));
        assertThat(end.nominalKind()).isEqualTo(DayKind.STATUTORY_HOLIDAY);
        assertThat(end.end()).isEqualTo(of(2024, 10, 8));
        assertThat(end.rolled()).isTrue();
    }

    @Test
    void weekendRollIsAPolicySwitch() {
        // 2024-09-06 + 15 = Saturday 2024-09-21, an ordinary weekend
        assertThat(cn.periodEnd(of(2024, 9, 6), Period.ofDays(15), RollRule.NON_WORKING_DAYS).end()).isEqualTo(of(2024, 9, 23));
        assertThat(cn.periodEnd(of(2024, 9, 6), Period.ofDays(15), RollRule.STATUTORY_HOLIDAYS).end()).isEqualTo(of(2024, 9, 21));
        assertThat(cn.periodEnd(of(2024, 9, 20), Period.ofDays(15), RollRule.STATUTORY_HOLIDAYS).end()).isEqualTo(of(2024, 10, 8));
        assertThat(cn.periodEnd(of(2024, 9, 20), Period.ofDays(15), RollRule.NONE).end()).isEqualTo(of(2024, 10, 5));
    }

    @Nested
    class Coverage {
        @Test
        void pastTheDataIsATypedError() {
            assertThatThrownBy(() -> cn.isWorkingDay(of(2027, 1, 4)))
                    .isInstanceOfSatisfying(CalendarCoverageException.class, e -> {
                        assertThat(e.code()).isEqualTo("CALENDAR_COVERAGE");
                        assertThat(e.date()).isEqualTo(of(2027, 1, 4));
                        assertThat(e.calendarId()).isEqualTo("CN");
                        assertThat(e.version()).isEqualTo("2026a");
                        assertThat(e.getMessage()).contains("2027-01-04", "CN", "2026a");
                    })
                    .isInstanceOf(ConsumerProtectionException.class);
        }

        @Test
        void anAnswerPastTheDataIsATypedError() {
            assertThatThrownBy(() -> cn.addWorkingDays(of(2026, 10, 9), 2))
                    .isInstanceOfSatisfying(CalendarCoverageException.class, e -> assertThat(e.date()).isEqualTo(of(2026, 10, 11)));
            assertThatThrownBy(() -> cn.addWorkingDays(of(2007, 1, 4), -3))
                    .isInstanceOfSatisfying(CalendarCoverageException.class, e -> assertThat(e.date()).isEqualTo(of(2006, 12, 29)));
            assertThatThrownBy(() -> cn.addWorkingDays(of(2026, 1, 5), Integer.MAX_VALUE)).isInstanceOf(CalendarCoverageException.class);
            assertThatThrownBy(() -> cn.addWorkingDays(of(2026, 1, 5), Integer.MIN_VALUE)).isInstanceOf(CalendarCoverageException.class);
            assertThatThrownBy(() -> cn.workingDaysBetween(of(2026, 1, 5), of(2026, 12, 1))).isInstanceOf(CalendarCoverageException.class);
        }

        @Test
        void aProvisionalProjectionAnswersAndSaysSo() {
            WorkingCalendar projected = cn.withProvisionalProjection();
            assertThat(projected.isProjected()).isTrue();
            // 2027-01-04 is a Monday; nothing is known about 2027 holidays
            assertThat(projected.isWorkingDay(of(2027, 1, 4))).isTrue();
            assertThat(projected.isProvisional(of(2027, 1, 4))).isTrue();
            assertThat(projected.isProvisional(of(2026, 10, 10))).isFalse();
            // 2026-10-10 (Sat) is a make-up working day in the data; 2026-10-12 (Mon) is projected
            assertThat(projected.addWorkingDays(of(2026, 10, 9), 2)).isEqualTo(of(2026, 10, 12));
            assertThat(projected.isWorkingDay(of(2024, 10, 5))).isFalse();
            assertThat(projected).hasToString("CN 2026a (provisional projection)");
        }
    }

    @Test
    void nullDatesAreRejectedByName() {
        assertThatNullPointerException().isThrownBy(() -> cn.isWorkingDay(null)).withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> cn.addWorkingDays(null, 3)).withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> cn.workingDaysBetween(of(2024, 1, 2), null)).withMessage("to");
        assertThatNullPointerException().isThrownBy(() -> cn.workingDaysBetween(null, of(2024, 1, 2))).withMessage("from");
    }

    @Test
    void aCalendarIdHasAStrictForm() {
        assertThat(CalendarId.of("HK-BANK")).hasToString("HK-BANK").isEqualTo(CalendarId.of("HK-BANK"));
        assertThatThrownBy(() -> CalendarId.of("cn")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    }
}
