package io.consumerprotection.core.calendar;

import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarProvider;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A set of working-day calendars by id and data version: the bundled ones (China mainland {@code CN 2026a},
 * and a plain {@code WEEKDAYS} week) plus whatever host providers add. Immutable and thread-safe.
 *
 * <p>Providers are merged in a deterministic order: the bundled data first (unless left out), then each
 * provider in the order it was added, each provider's calendars in its own order. The same id and version
 * supplied twice with equal data is kept once; with different data it is a
 * {@link CalendarDataException} with code {@value CalendarDataException#CONFLICT}. The latest version of a
 * calendar is the one whose version text sorts last ({@code 2026a < 2026b < 2027a}).
 */
public final class WorkingCalendars {

    private static final List<String> BUNDLED = List.of("CN-2026a.calendar", "WEEKDAYS-1.calendar");

    private static final class Bundled {
        static final List<HolidayCalendarRecord> RECORDS = loadBundled();
        static final WorkingCalendars INSTANCE = builder().build();
    }

    /** Calendars by id, then version (sorted). */
    private final Map<CalendarId, TreeMap<String, WorkingCalendar>> calendars;

    private WorkingCalendars(Map<CalendarId, TreeMap<String, WorkingCalendar>> calendars) {
        this.calendars = calendars;
    }

    /** The bundled China mainland calendar, latest bundled version. */
    public static WorkingCalendar chinaMainland() {
        return bundled().get(CalendarId.CHINA_MAINLAND);
    }

    /** The bundled calendars only. */
    public static WorkingCalendars bundled() {
        return Bundled.INSTANCE;
    }

    /** The bundled calendar data, as records, in a stable order. */
    public static List<HolidayCalendarRecord> bundledData() {
        return Bundled.RECORDS;
    }

    /** A builder starting with the bundled calendars. */
    public static Builder builder() {
        return new Builder();
    }

    /** The latest version of a calendar. */
    public WorkingCalendar get(CalendarId id) {
        return find(id).orElseThrow(() -> new UnknownCalendarException(id, null));
    }

    /** A given version of a calendar. */
    public WorkingCalendar get(CalendarId id, String version) {
        return find(id, version).orElseThrow(() -> new UnknownCalendarException(id, version));
    }

    /** The latest version of a calendar, if known. */
    public Optional<WorkingCalendar> find(CalendarId id) {
        Objects.requireNonNull(id, "id");
        TreeMap<String, WorkingCalendar> versions = calendars.get(id);
        return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    /** A given version of a calendar, if known. */
    public Optional<WorkingCalendar> find(CalendarId id, String version) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        TreeMap<String, WorkingCalendar> versions = calendars.get(id);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
    }

    /** The ids of every calendar known, sorted. */
    public Set<CalendarId> ids() {
        return Collections.unmodifiableSet(new TreeSet<>(calendars.keySet()));
    }

    /** The versions known of a calendar, sorted; empty when the id is unknown. */
    public List<String> versions(CalendarId id) {
        Objects.requireNonNull(id, "id");
        TreeMap<String, WorkingCalendar> versions = calendars.get(id);
        return versions == null ? List.of() : List.copyOf(versions.keySet());
    }

    /** Builds a {@link WorkingCalendars} from the bundled data and host providers. */
    public static final class Builder {

        private boolean bundled = true;
        private final List<HolidayCalendarProvider> providers = new ArrayList<>();

        private Builder() {
        }

        /** Leaves the bundled calendars out. */
        public Builder withoutBundled() {
            bundled = false;
            return this;
        }

        /** Adds a provider, merged after those added before it. */
        public Builder add(HolidayCalendarProvider provider) {
            providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** Adds one calendar version. */
        public Builder add(HolidayCalendarRecord calendar) {
            Objects.requireNonNull(calendar, "calendar");
            return add(() -> List.of(calendar));
        }

        /**
         * Merges and indexes every calendar.
         *
         * @throws CalendarDataException when a calendar is malformed or two differ under one id and version
         */
        public WorkingCalendars build() {
            Map<String, HolidayCalendarRecord> merged = new LinkedHashMap<>();
            List<Violation> conflicts = new ArrayList<>();
            List<List<HolidayCalendarRecord>> sources = new ArrayList<>();
            if (bundled) {
                sources.add(Bundled.RECORDS);
            }
            for (HolidayCalendarProvider p : providers) {
                sources.add(Objects.requireNonNull(p.calendars(), "provider.calendars()"));
            }
            for (List<HolidayCalendarRecord> source : sources) {
                for (HolidayCalendarRecord r : source) {
                    HolidayCalendarRecord before = merged.putIfAbsent(r.key(), r);
                    if (before != null && !before.equals(r)) {
                        conflicts.add(Violation.of("calendars[" + r.key() + "]", "CONFLICTING_DUPLICATE",
                                "two providers supply different data for calendar " + r.calendarId() + " version " + r.version()));
                    }
                }
            }
            if (!conflicts.isEmpty()) {
                throw new CalendarDataException(CalendarDataException.CONFLICT, "calendar providers conflict", conflicts);
            }
            Map<CalendarId, TreeMap<String, WorkingCalendar>> byId = new LinkedHashMap<>();
            for (HolidayCalendarRecord r : merged.values()) {
                WorkingCalendar calendar = WorkingCalendar.of(r);
                byId.computeIfAbsent(calendar.id(), k -> new TreeMap<>()).put(r.version(), calendar);
            }
            return new WorkingCalendars(Collections.unmodifiableMap(byId));
        }
    }

    /** Checks a calendar record: id form, versions, listed days sorted, unique and inside the coverage. */
    static void validate(HolidayCalendarRecord data) {
        List<Violation> violations = new ArrayList<>();
        String key = data.key();
        try {
            CalendarId.of(data.calendarId());
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of(key + ".calendarId", "MALFORMED_ID", e.getMessage()));
        }
        if (data.version().isBlank()) {
            violations.add(Violation.of(key + ".version", "REQUIRED", "the data version is blank"));
        }
        LocalDate previous = null;
        for (int k = 0; k < data.days().size(); k++) {
            CalendarDayRecord day = data.days().get(k);
            String field = key + ".days[" + k + "]";
            if (day.date().isBefore(data.coverageStart()) || day.date().isAfter(data.coverageEnd())) {
                violations.add(Violation.of(field, "OUTSIDE_COVERAGE", day.date() + " is outside the coverage "
                        + data.coverageStart() + ".." + data.coverageEnd()));
            }
            if (previous != null && !day.date().isAfter(previous)) {
                violations.add(Violation.of(field, "NOT_INCREASING", day.date() + " does not come after " + previous));
            }
            previous = day.date();
        }
        if (!violations.isEmpty()) {
            throw new CalendarDataException(CalendarDataException.INVALID, "calendar " + key + " is malformed", violations);
        }
    }

    private static List<HolidayCalendarRecord> loadBundled() {
        List<HolidayCalendarRecord> records = new ArrayList<>();
        for (String resource : BUNDLED) {
            try (InputStream in = WorkingCalendars.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled calendar resource " + resource + " is missing");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    records.add(HolidayCalendarFormat.parse(reader, resource));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(records);
    }
}
