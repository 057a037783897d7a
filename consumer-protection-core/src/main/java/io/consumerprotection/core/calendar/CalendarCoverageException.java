package io.consumerprotection.core.calendar;

import io.consumerprotection.spi.ConsumerProtectionException;
import java.time.LocalDate;

/**
 * A computation needed a date that the calendar's data does not cover, so any answer could be wrong
 * (code {@code CALENDAR_COVERAGE}). It names the date, the calendar, its data version and its coverage.
 * The message says what to do ({@link CalendarHealth#ADVICE}): load the next State Council notice
 * ({@code calendar import-notice}) or opt into provisional answers. A caller that accepts a provisional
 * answer uses {@link WorkingCalendar#withProvisionalProjection()}.
 */
public final class CalendarCoverageException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code of this error. */
    public static final String CODE = "CALENDAR_COVERAGE";

    private final LocalDate date;
    private final String calendarId;
    private final String version;
    private final LocalDate coverageStart;
    private final LocalDate coverageEnd;

    /**
     * @param date          the first date needed that the data does not cover
     * @param calendarId    the calendar
     * @param version       its data version
     * @param coverageStart first covered date
     * @param coverageEnd   last covered date
     */
    public CalendarCoverageException(LocalDate date, String calendarId, String version, LocalDate coverageStart,
                                     LocalDate coverageEnd) {
        super(CODE, "date " + date + " is outside the coverage of calendar " + calendarId + " " + version + " ("
                + coverageStart + ".." + coverageEnd + "); to answer, " + CalendarHealth.ADVICE);
        this.date = date;
        this.calendarId = calendarId;
        this.version = version;
        this.coverageStart = coverageStart;
        this.coverageEnd = coverageEnd;
    }

    /** The first date needed that the data does not cover. */
    public LocalDate date() {
        return date;
    }

    /** The calendar id. */
    public String calendarId() {
        return calendarId;
    }

    /** The calendar's data version. */
    public String version() {
        return version;
    }

    /** The first covered date. */
    public LocalDate coverageStart() {
        return coverageStart;
    }

    /** The last covered date. */
    public LocalDate coverageEnd() {
        return coverageEnd;
    }
}
