package io.consumerprotection.core.calendar;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How far one calendar in use still reaches, as of a day: its id and data version, the last date its data
 * covers, the days left from {@code today} to that date (negative once it has ended) and a {@link Status}.
 * Immutable.
 *
 * @param calendarId  the calendar
 * @param version     its data version
 * @param coverageEnd the last date its data covers
 * @param today       the day this was computed for (the clock's today)
 * @param daysLeft    calendar days from {@code today} to {@code coverageEnd}; negative once ended
 * @param status      {@link Status#OK}, {@link Status#ENDS_SOON} or {@link Status#ENDED}
 */
public record CalendarHealth(CalendarId calendarId, String version, LocalDate coverageEnd, LocalDate today,
                             long daysLeft, Status status) {

    /** A calendar whose data ends within this many days of today is {@link Status#ENDS_SOON}. */
    public static final int WARNING_DAYS = 60;

    /** Whether the calendar still covers the weeks ahead. */
    public enum Status {
        /** The data reaches more than {@value CalendarHealth#WARNING_DAYS} days beyond today. */
        OK,
        /** The data ends within {@value CalendarHealth#WARNING_DAYS} days of today (today included). */
        ENDS_SOON,
        /** The data ended before today: dates from today on raise {@code CALENDAR_COVERAGE}. */
        ENDED
    }

    /** What to do when a calendar ends: the advice the warning, the health check and the coverage error give. */
    public static final String ADVICE = "load the next State Council holiday notice (CLI: calendar import-notice"
            + " --year YYYY < notice.txt, then add the file through a HolidayCalendarProvider), or opt into"
            + " provisional Monday-Friday answers (builder().allowProvisionalCalendar(true); every such answer"
            + " says provisional)";

    public CalendarHealth {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(coverageEnd, "coverageEnd");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(status, "status");
    }

    /** The health of a calendar as of {@code today}. */
    public static CalendarHealth of(WorkingCalendar calendar, LocalDate today) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(today, "today");
        long left = ChronoUnit.DAYS.between(today, calendar.coverageEnd());
        Status status = left < 0 ? Status.ENDED : left <= WARNING_DAYS ? Status.ENDS_SOON : Status.OK;
        return new CalendarHealth(calendar.id(), calendar.version(), calendar.coverageEnd(), today, left, status);
    }

    /** Whether this calendar needs attention (ends soon or has ended). */
    public boolean needsAttention() {
        return status != Status.OK;
    }

    /**
     * One line for an operator: {@code calendar CN 2026a ENDED on 2026-10-10 (54 days ago); load the next …},
     * or {@code calendar CN 2027a OK, covers until 2027-12-31 (300 days left)}.
     */
    public String message() {
        String head = "calendar " + calendarId + " " + version;
        return switch (status) {
            case OK -> head + " OK, covers until " + coverageEnd + " (" + daysLeft + " days left)";
            case ENDS_SOON -> head + " ENDS_SOON: its data ends on " + coverageEnd + " (" + daysLeft
                    + " days left); after that day deadlines get no due date, warning or breach alert; " + ADVICE;
            case ENDED -> head + " ENDED on " + coverageEnd + " (" + (-daysLeft) + " days ago): complaints"
                    + " received since get no due date, warning or breach alert; " + ADVICE;
        };
    }

    @Override
    public String toString() {
        return "CalendarHealth[calendarId=" + calendarId + ", version=" + Redaction.code(version) + ", coverageEnd="
                + coverageEnd + ", today=" + today + ", daysLeft=" + daysLeft + ", status=" + status + "]";
    }
}
