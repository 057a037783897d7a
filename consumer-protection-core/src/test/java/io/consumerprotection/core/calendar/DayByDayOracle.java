package io.consumerprotection.core.calendar;

import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The slow, obviously right answer: walk day by day over the raw calendar data. */
final class DayByDayOracle {

    private final HolidayCalendarRecord data;
    private final Map<LocalDate, String> listed = new HashMap<>();

    DayByDayOracle(HolidayCalendarRecord data) {
        this.data = data;
        for (CalendarDayRecord d : data.days()) {
            listed.put(d.date(), d.kind());
        }
    }

    boolean isWorkingDay(LocalDate d) {
        String kind = listed.get(d);
        if (kind != null) {
            return kind.equals(CalendarDayRecord.WORKDAY);
        }
        return !data.weekend().contains(d.getDayOfWeek());
    }

    /** Null when the walk leaves the coverage. */
    LocalDate addWorkingDays(LocalDate d, int n) {
        if (n == 0) {
            LocalDate x = d;
            while (!isWorkingDay(x)) {
                x = x.plusDays(1);
                if (x.isAfter(data.coverageEnd())) {
                    return null;
                }
            }
            return x;
        }
        int step = n > 0 ? 1 : -1;
        int left = Math.abs(n);
        LocalDate x = d;
        while (left > 0) {
            x = x.plusDays(step);
            if (x.isAfter(data.coverageEnd()) || x.isBefore(data.coverageStart())) {
                return null;
            }
            if (isWorkingDay(x)) {
                left--;
            }
        }
        return x;
    }

    int workingDaysBetween(LocalDate from, LocalDate to) {
        int sign = 1;
        LocalDate a = from;
        LocalDate b = to;
        if (b.isBefore(a)) {
            sign = -1;
            a = to;
            b = from;
        }
        int count = 0;
        for (LocalDate x = a.plusDays(1); !x.isAfter(b); x = x.plusDays(1)) {
            if (isWorkingDay(x)) {
                count++;
            }
        }
        return sign * count;
    }
}
