package io.consumerprotection.spi.calendar;

import io.consumerprotection.spi.internal.Redaction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One version of a working-day calendar as a host (or the SDK's bundled data) supplies it: the weekly
 * rest days, the listed holidays and make-up working days, the range of dates the data is known to be
 * complete for, and where the data comes from.
 *
 * <p>A date inside {@code [coverageStart, coverageEnd]} that is not listed is a working day if and only if
 * its day of week is not in {@code weekend}. Dates outside that range are unknown.
 *
 * @param calendarId    the calendar's id, for example {@code CN}; upper-case letters, digits and {@code -}
 * @param version       the data version, for example {@code 2026a}; versions of one calendar sort by their
 *                      text, so a later version must compare greater ({@code 2026a < 2026b < 2027a})
 * @param name          a human-readable name
 * @param weekend       the ordinary weekly rest days, usually Saturday and Sunday
 * @param coverageStart the first date the data is complete for
 * @param coverageEnd   the last date the data is complete for
 * @param source        the citation of the data's source
 * @param days          the listed dates, each inside the coverage, at most once each
 */
public record HolidayCalendarRecord(String calendarId, String version, String name, Set<DayOfWeek> weekend,
                                    LocalDate coverageStart, LocalDate coverageEnd, String source,
                                    List<CalendarDayRecord> days) {

    public HolidayCalendarRecord {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(weekend, "weekend");
        Objects.requireNonNull(coverageStart, "coverageStart");
        Objects.requireNonNull(coverageEnd, "coverageEnd");
        Objects.requireNonNull(days, "days");
        if (coverageEnd.isBefore(coverageStart)) {
            throw new IllegalArgumentException("coverageEnd " + coverageEnd + " is before coverageStart " + coverageStart);
        }
        name = name == null ? calendarId : name;
        source = source == null ? "" : source;
        weekend = weekend.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekend));
        days = List.copyOf(days);
    }

    /** Saturday and Sunday. */
    public static Set<DayOfWeek> saturdayAndSunday() {
        return Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    /** The key {@code calendarId + "@" + version} that identifies this version. */
    public String key() {
        return calendarId + "@" + version;
    }

    @Override
    public String toString() {
        return "HolidayCalendarRecord[" + Redaction.code(calendarId) + "@" + Redaction.code(version) + ", coverage="
                + coverageStart + ".." + coverageEnd + ", days=" + days.size() + "]";
    }
}
