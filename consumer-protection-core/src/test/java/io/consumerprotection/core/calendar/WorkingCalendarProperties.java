package io.consumerprotection.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The calendar's arithmetic agrees with a day-by-day walk over the raw data, over the whole covered range. */
class WorkingCalendarProperties {

    private static final WorkingCalendar CN = WorkingCalendars.chinaMainland();
    private static final DayByDayOracle ORACLE = new DayByDayOracle(CN.data());
    private static final LocalDate FIRST = CN.coverageStart();
    private static final int DAYS = (int) ChronoUnit.DAYS.between(CN.coverageStart(), CN.coverageEnd()) + 1;

    private static LocalDate day(int offset) {
        return FIRST.plusDays(Math.floorMod(offset, DAYS));
    }

    @Example
    void everyCoveredDateAgreesWithTheOracle() {
        for (LocalDate d = CN.coverageStart(); !d.isAfter(CN.coverageEnd()); d = d.plusDays(1)) {
            assertThat(CN.isWorkingDay(d)).as("%s", d).isEqualTo(ORACLE.isWorkingDay(d));
            assertThat(CN.dayKind(d).isWorkingDay()).as("%s kind", d).isEqualTo(ORACLE.isWorkingDay(d));
            for (int n : new int[] {-3, 0, 1, 3, 15}) {
                LocalDate expected = ORACLE.addWorkingDays(d, n);
                if (expected != null) {
                    assertThat(CN.addWorkingDays(d, n)).as("%s %+d", d, n).isEqualTo(expected);
                }
            }
        }
    }

    @Property(tries = 2000)
    void addWorkingDaysAgreesWithTheOracle(@ForAll @IntRange(min = 0, max = 7300) int offset,
                                           @ForAll @IntRange(min = -400, max = 400) int n) {
        LocalDate d = day(offset);
        LocalDate expected = ORACLE.addWorkingDays(d, n);
        if (expected == null) {
            assertThatThrownBy(() -> CN.addWorkingDays(d, n)).isInstanceOf(CalendarCoverageException.class);
        } else {
            assertThat(CN.addWorkingDays(d, n)).isEqualTo(expected);
        }
    }

    @Property(tries = 2000)
    void workingDaysBetweenAgreesWithTheOracle(@ForAll @IntRange(min = 0, max = 7300) int a,
                                               @ForAll @IntRange(min = -500, max = 500) int span) {
        LocalDate from = day(a);
        LocalDate to = from.plusDays(span);
        if (!CN.covers(to)) {
            assertThatThrownBy(() -> CN.workingDaysBetween(from, to)).isInstanceOf(CalendarCoverageException.class);
            return;
        }
        assertThat(CN.workingDaysBetween(from, to)).isEqualTo(ORACLE.workingDaysBetween(from, to));
    }

    @Property(tries = 1000)
    void theResultOfANonZeroMoveIsAWorkingDay(@ForAll @IntRange(min = 0, max = 7300) int offset,
                                             @ForAll @IntRange(min = -300, max = 300) int n) {
        LocalDate d = day(offset);
        if (n == 0 || ORACLE.addWorkingDays(d, n) == null) {
            return;
        }
        assertThat(CN.isWorkingDay(CN.addWorkingDays(d, n))).isTrue();
    }

    @Property(tries = 1000)
    void addingTheCountBetweenGivesTheWorkingEndBack(@ForAll @IntRange(min = 0, max = 7300) int a,
                                                     @ForAll @IntRange(min = -400, max = 400) int span) {
        LocalDate from = day(a);
        LocalDate to = from.plusDays(span);
        if (!CN.covers(to) || !CN.isWorkingDay(to)) {
            return;
        }
        if (to.isBefore(from) && !CN.isWorkingDay(from)) {
            // counting back from a rest day lands on the earliest working day of (to, from], which is after "to"
            LocalDate back = CN.addWorkingDays(from, CN.workingDaysBetween(from, to));
            assertThat(back).isAfter(to);
            assertThat(CN.isWorkingDay(back)).isTrue();
            return;
        }
        assertThat(CN.addWorkingDays(from, CN.workingDaysBetween(from, to))).isEqualTo(to);
    }

    @Property(tries = 1000)
    void movingIsMonotonic(@ForAll @IntRange(min = 0, max = 7300) int a, @ForAll @IntRange(min = 0, max = 30) int gap,
                           @ForAll @IntRange(min = 0, max = 250) int n, @ForAll @IntRange(min = 0, max = 5) int more) {
        LocalDate d1 = day(a);
        LocalDate d2 = d1.plusDays(gap);
        // d2 may lie past the data (d1 near its end): the oracle counts 0 days from it, the calendar refuses it
        if (d2.isAfter(CN.coverageEnd()) || ORACLE.addWorkingDays(d2, n + more) == null) {
            return;
        }
        assertThat(CN.addWorkingDays(d1, n)).isBeforeOrEqualTo(CN.addWorkingDays(d2, n));
        assertThat(CN.addWorkingDays(d1, n)).isBeforeOrEqualTo(CN.addWorkingDays(d1, n + more));
        assertThat(CN.workingDaysBetween(d1, d2)).isGreaterThanOrEqualTo(0);
    }
}
