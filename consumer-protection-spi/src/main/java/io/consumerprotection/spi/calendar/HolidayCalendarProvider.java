package io.consumerprotection.spi.calendar;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A host's source of working-day calendars: its own closure days, Hong Kong or Macau calendars, or a newer
 * State Council notice (the 2027 one, when published), supplied without a new SDK release.
 *
 * @implSpec Implementations are thread-safe. {@link #calendars()} returns every calendar version the
 * provider supplies, never {@code null}, in a stable order, with no two entries of the same
 * {@link HolidayCalendarRecord#key() id and version}; repeated calls return equal lists. Each record's
 * listed days lie inside its coverage, each date at most once, sorted by date, and ids and versions are not
 * blank. {@link #find} returns the entry of {@link #calendars()} with that id and version, or empty; it
 * throws {@link NullPointerException} for a {@code null} argument. The contract tests in
 * {@code io.consumerprotection.spi.contract.HolidayCalendarProviderContractTest} check all of it.
 */
public interface HolidayCalendarProvider {

    /** Every calendar version this provider supplies, in a stable order. */
    List<HolidayCalendarRecord> calendars();

    /** The calendar with this id and data version, if this provider supplies it. */
    default Optional<HolidayCalendarRecord> find(String calendarId, String version) {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(version, "version");
        return calendars().stream()
                .filter(c -> c.calendarId().equals(calendarId) && c.version().equals(version))
                .findFirst();
    }
}
