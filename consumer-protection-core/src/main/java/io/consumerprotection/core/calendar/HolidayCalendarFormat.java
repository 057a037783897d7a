package io.consumerprotection.core.calendar;

import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The project's text format for holiday calendar data (format 1), in which the bundled calendars are
 * written and in which a host can keep its own (read them with {@link #parse} and supply them through an
 * {@link io.consumerprotection.spi.calendar.HolidayCalendarProvider}).
 *
 * <p>The file is UTF-8 text, one record per line, fields separated by a TAB. Empty lines and lines starting
 * with {@code #} are ignored. Header lines start with {@code @} and come before the day lines:
 * <pre>
 * &#64;calendar  CN                              the calendar id (required)
 * &#64;version   2026a                           the data version (required)
 * &#64;name      China mainland                  a human-readable name
 * &#64;weekend   SATURDAY,SUNDAY                 weekly rest days (default SATURDAY,SUNDAY; may be empty)
 * &#64;coverage  2006-12-30  2026-10-10          first and last covered date (required)
 * &#64;source    State Council notices …         the citation of the whole data set (required)
 * &#64;cite      SC-2024  国务院办公厅关于…的通知    a citation key used by day lines (any number)
 * </pre>
 * Each day line is {@code date  kind  name  source}: an ISO date inside the coverage, {@code HOLIDAY} (a day
 * off) or {@code WORKDAY} (a make-up working day, 调休), the holiday's name, and a citation key defined by
 * {@code @cite} (or a citation in words). Dates are strictly increasing. A covered date that is not listed
 * is a working day if and only if its day of week is not a weekly rest day. Every problem found is reported
 * at once, by line number, in a {@link CalendarDataException} with code {@value CalendarDataException#INVALID}.
 */
public final class HolidayCalendarFormat {

    private HolidayCalendarFormat() {
    }

    /**
     * Reads one calendar.
     *
     * @param reader the text, read to its end but not closed
     * @param name   what to call the text in error messages (a file or resource name)
     * @return the calendar, with each day's source resolved through the {@code @cite} lines
     * @throws CalendarDataException listing every malformed line
     */
    public static HolidayCalendarRecord parse(Reader reader, String name) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(name, "name");
        List<Violation> violations = new ArrayList<>();
        Map<String, String> header = new HashMap<>();
        Map<String, String> cites = new LinkedHashMap<>();
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        LocalDate coverageStart = null;
        LocalDate coverageEnd = null;
        List<String[]> dayLines = new ArrayList<>();
        List<Integer> dayLineNumbers = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String field = name + ":" + number;
                String[] parts = line.split("\t", -1);
                if (line.startsWith("@")) {
                    if (!dayLines.isEmpty()) {
                        violations.add(Violation.of(field, "HEADER_AFTER_DAYS", "header line after the first day line"));
                        continue;
                    }
                    String key = parts[0].substring(1);
                    switch (key) {
                        case "calendar", "version", "name", "source" -> {
                            if (parts.length != 2 || parts[1].isBlank()) {
                                violations.add(Violation.of(field, "MALFORMED_HEADER", "@" + key + " needs one non-blank value"));
                            } else if (header.putIfAbsent(key, parts[1].strip()) != null) {
                                violations.add(Violation.of(field, "DUPLICATE_HEADER", "@" + key + " given twice"));
                            }
                        }
                        case "weekend" -> {
                            weekend = EnumSet.noneOf(DayOfWeek.class);
                            if (parts.length > 1 && !parts[1].isBlank()) {
                                for (String day : parts[1].split(",")) {
                                    try {
                                        weekend.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
                                    } catch (IllegalArgumentException e) {
                                        violations.add(Violation.of(field, "UNKNOWN_DAY_OF_WEEK", "'" + day + "' is not a day of week"));
                                    }
                                }
                            }
                        }
                        case "coverage" -> {
                            try {
                                if (parts.length != 3) {
                                    throw new DateTimeException("two dates expected");
                                }
                                coverageStart = LocalDate.parse(parts[1].strip());
                                coverageEnd = LocalDate.parse(parts[2].strip());
                                if (coverageEnd.isBefore(coverageStart)) {
                                    violations.add(Violation.of(field, "COVERAGE_REVERSED", "coverage ends before it starts"));
                                }
                            } catch (DateTimeException e) {
                                violations.add(Violation.of(field, "MALFORMED_COVERAGE", "@coverage needs two ISO dates: first and last"));
                            }
                        }
                        case "cite" -> {
                            if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
                                violations.add(Violation.of(field, "MALFORMED_CITE", "@cite needs a key and a citation"));
                            } else if (cites.putIfAbsent(parts[1].strip(), parts[2].strip()) != null) {
                                violations.add(Violation.of(field, "DUPLICATE_CITE", "@cite " + parts[1] + " given twice"));
                            }
                        }
                        default -> violations.add(Violation.of(field, "UNKNOWN_HEADER", "unknown header @" + key));
                    }
                } else {
                    dayLines.add(parts);
                    dayLineNumbers.add(number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String required : List.of("calendar", "version", "source")) {
            if (!header.containsKey(required)) {
                violations.add(Violation.of(name + ":@" + required, "REQUIRED", "@" + required + " is missing"));
            }
        }
        if (coverageStart == null && violations.stream().noneMatch(v -> v.rule().equals("MALFORMED_COVERAGE"))) {
            violations.add(Violation.of(name + ":@coverage", "REQUIRED", "@coverage is missing"));
        }
        if (header.containsKey("calendar")) {
            try {
                CalendarId.of(header.get("calendar"));
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of(name + ":@calendar", "MALFORMED_ID", e.getMessage()));
            }
        }
        List<CalendarDayRecord> days = new ArrayList<>();
        LocalDate previous = null;
        for (int k = 0; k < dayLines.size(); k++) {
            String[] parts = dayLines.get(k);
            String field = name + ":" + dayLineNumbers.get(k);
            if (parts.length < 2 || parts.length > 4) {
                violations.add(Violation.of(field, "MALFORMED_DAY", "a day line is date, kind, name, source separated by TAB"));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0].strip());
            } catch (DateTimeException e) {
                violations.add(Violation.of(field, "MALFORMED_DATE", "'" + parts[0] + "' is not an ISO date"));
                continue;
            }
            String kind = parts[1].strip().toUpperCase(Locale.ROOT);
            if (!kind.equals(CalendarDayRecord.HOLIDAY) && !kind.equals(CalendarDayRecord.WORKDAY)) {
                violations.add(Violation.of(field, "UNKNOWN_KIND", "kind must be HOLIDAY or WORKDAY, was '" + parts[1] + "'"));
                continue;
            }
            if (previous != null && !date.isAfter(previous)) {
                violations.add(Violation.of(field, "NOT_INCREASING", date + " does not come after " + previous));
            }
            if (coverageStart != null && coverageEnd != null && (date.isBefore(coverageStart) || date.isAfter(coverageEnd))) {
                violations.add(Violation.of(field, "OUTSIDE_COVERAGE", date + " is outside the coverage"));
            }
            previous = date;
            String holidayName = parts.length > 2 ? parts[2].strip() : "";
            String source = parts.length > 3 ? parts[3].strip() : "";
            days.add(new CalendarDayRecord(date, kind, holidayName, cites.getOrDefault(source, source)));
        }
        if (!violations.isEmpty()) {
            throw new CalendarDataException(CalendarDataException.INVALID, "calendar data " + name + " is malformed", violations);
        }
        return new HolidayCalendarRecord(header.get("calendar"), header.get("version"), header.get("name"), weekend,
                coverageStart, coverageEnd, header.get("source"), days);
    }

    /**
     * Writes a calendar in this format (day sources written in full, without {@code @cite} keys), so that
     * {@link #parse} reads back an equal record.
     */
    public static void write(HolidayCalendarRecord calendar, Appendable out) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(out, "out");
        try {
            out.append("# consumer-protection holiday calendar, format 1\n");
            out.append("@calendar\t").append(calendar.calendarId()).append('\n');
            out.append("@version\t").append(calendar.version()).append('\n');
            out.append("@name\t").append(calendar.name()).append('\n');
            StringBuilder weekend = new StringBuilder();
            for (DayOfWeek d : EnumSet.copyOf(calendar.weekend().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : calendar.weekend())) {
                weekend.append(weekend.length() == 0 ? "" : ",").append(d.name());
            }
            out.append("@weekend\t").append(weekend).append('\n');
            out.append("@coverage\t").append(calendar.coverageStart().toString()).append('\t')
                    .append(calendar.coverageEnd().toString()).append('\n');
            out.append("@source\t").append(calendar.source()).append('\n');
            for (CalendarDayRecord day : calendar.days()) {
                out.append(day.date().toString()).append('\t').append(day.kind()).append('\t').append(day.name())
                        .append('\t').append(day.source()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
