package io.consumerprotection.spi.calendar;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One listed date of a holiday calendar: a day off that would otherwise be a working day, or a working day
 * that would otherwise be a day off (a make-up working day, 调休上班日).
 *
 * @param date   the date
 * @param kind   {@link #HOLIDAY} or {@link #WORKDAY}
 * @param name   the holiday's name, for example {@code 国庆节}; never {@code null}, may be empty
 * @param source the citation of the notice that fixes this date, for example
 *               {@code 国务院办公厅关于2024年部分节假日安排的通知}; never {@code null}, may be empty
 */
public record CalendarDayRecord(LocalDate date, String kind, String name, String source) {

    /** The kind of a statutory holiday or any other day off (closure day). */
    public static final String HOLIDAY = "HOLIDAY";
    /** The kind of a make-up working day on a weekend (调休). */
    public static final String WORKDAY = "WORKDAY";

    public CalendarDayRecord {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (!HOLIDAY.equals(kind) && !WORKDAY.equals(kind)) {
            throw new IllegalArgumentException("kind (" + Redaction.shape(kind) + ") is not HOLIDAY or WORKDAY");
        }
        name = name == null ? "" : name;
        source = source == null ? "" : source;
    }

    /** A listed day off. */
    public static CalendarDayRecord holiday(LocalDate date, String name, String source) {
        return new CalendarDayRecord(date, HOLIDAY, name, source);
    }

    /** A listed make-up working day. */
    public static CalendarDayRecord workday(LocalDate date, String name, String source) {
        return new CalendarDayRecord(date, WORKDAY, name, source);
    }

    @Override
    public String toString() {
        return "CalendarDayRecord[date=" + date + ", kind=" + kind + ", name=" + Redaction.text(name) + ", source="
                + Redaction.text(source) + "]";
    }
}
