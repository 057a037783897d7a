package io.consumerprotection.core.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The health of every calendar in use, as of the clock's today (see {@code ConsumerProtection.calendarHealth()}).
 * Immutable.
 *
 * @param today     the day it was computed for
 * @param calendars one entry per calendar (id and version) in use, in the order first used
 */
public record CalendarHealthReport(LocalDate today, List<CalendarHealth> calendars) {

    public CalendarHealthReport {
        Objects.requireNonNull(today, "today");
        calendars = List.copyOf(calendars);
    }

    /** The worst status of all calendars ({@link CalendarHealth.Status#OK} when there is none). */
    public CalendarHealth.Status status() {
        return calendars.stream().map(CalendarHealth::status).max(Comparator.naturalOrder())
                .orElse(CalendarHealth.Status.OK);
    }

    /** The calendars that end soon or have ended. */
    public List<CalendarHealth> needingAttention() {
        return calendars.stream().filter(CalendarHealth::needsAttention).toList();
    }
}
