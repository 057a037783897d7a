package io.consumerprotection.testkit;

import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarProvider;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link HolidayCalendarProvider} holding calendars in memory, in the order they were added. Thread-safe.
 * It checks what it is given: listed days sorted, unique and inside the coverage, ids and versions not blank,
 * and no second calendar with the same id and version.
 */
public final class InMemoryHolidayCalendarProvider implements HolidayCalendarProvider {

    private final Map<String, HolidayCalendarRecord> calendars = new LinkedHashMap<>();

    /** A provider holding these calendars. */
    public static InMemoryHolidayCalendarProvider of(HolidayCalendarRecord... records) {
        InMemoryHolidayCalendarProvider provider = new InMemoryHolidayCalendarProvider();
        for (HolidayCalendarRecord r : records) {
            provider.add(r);
        }
        return provider;
    }

    /**
     * Adds a calendar version.
     *
     * @throws IllegalArgumentException when it is malformed or its id and version are already held
     */
    public synchronized InMemoryHolidayCalendarProvider add(HolidayCalendarRecord calendar) {
        Objects.requireNonNull(calendar, "calendar");
        if (calendar.calendarId().isBlank()) {
            throw new IllegalArgumentException("calendar.calendarId is blank");
        }
        if (calendar.version().isBlank()) {
            throw new IllegalArgumentException("calendar.version is blank");
        }
        LocalDate previous = null;
        for (CalendarDayRecord day : calendar.days()) {
            if (day.date().isBefore(calendar.coverageStart()) || day.date().isAfter(calendar.coverageEnd())) {
                throw new IllegalArgumentException("calendar.days: " + day.date() + " is outside the coverage "
                        + calendar.coverageStart() + ".." + calendar.coverageEnd());
            }
            if (previous != null && !day.date().isAfter(previous)) {
                throw new IllegalArgumentException("calendar.days: " + day.date() + " is not after " + previous);
            }
            previous = day.date();
        }
        if (calendars.putIfAbsent(calendar.key(), calendar) != null) {
            throw new IllegalArgumentException("calendar " + calendar.key() + " is already held");
        }
        return this;
    }

    @Override
    public synchronized List<HolidayCalendarRecord> calendars() {
        return List.copyOf(new ArrayList<>(calendars.values()));
    }

    @Override
    public synchronized Optional<HolidayCalendarRecord> find(String calendarId, String version) {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(version, "version");
        return Optional.ofNullable(calendars.get(calendarId + "@" + version));
    }
}
