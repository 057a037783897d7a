package io.consumerprotection.core.calendar;

import io.consumerprotection.spi.ConsumerProtectionException;

/** No calendar with the requested id (and version) is known (code {@code UNKNOWN_CALENDAR}). */
public final class UnknownCalendarException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for an id and an optional version ({@code null} for the latest). */
    public UnknownCalendarException(CalendarId id, String version) {
        super("UNKNOWN_CALENDAR", "no calendar " + id + (version == null ? "" : " version " + version) + " is known");
    }
}
