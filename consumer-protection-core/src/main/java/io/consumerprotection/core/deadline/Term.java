package io.consumerprotection.core.deadline;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;

/**
 * The length of a deadline: a positive amount of a {@link TermUnit}, written {@code "15 CALENDAR_DAYS"}.
 *
 * @param amount how many units, at least 1
 * @param unit   the unit
 */
public record Term(int amount, TermUnit unit) {

    public Term {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1, was " + amount);
        }
    }

    /** A term of this many units. */
    public static Term of(int amount, TermUnit unit) {
        return new Term(amount, unit);
    }

    /** Calendar days. */
    public static Term calendarDays(int amount) {
        return new Term(amount, TermUnit.CALENDAR_DAYS);
    }

    /** Working days. */
    public static Term workingDays(int amount) {
        return new Term(amount, TermUnit.WORKING_DAYS);
    }

    /**
     * Reads {@code "15 CALENDAR_DAYS"}, the form {@link #toString()} writes.
     *
     * @throws IllegalArgumentException when the text is not an amount and a unit
     */
    public static Term parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("text (" + Redaction.shape(text)
                    + ") is not a term: an amount and a unit, such as '15 CALENDAR_DAYS'");
        }
        try {
            return new Term(Integer.parseInt(parts[0]), TermUnit.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            // not chained: the parser's message repeats the text
            throw new IllegalArgumentException("text (" + Redaction.shape(text)
                    + ") is not a term: an amount and a unit, such as '15 CALENDAR_DAYS'");
        }
    }

    /** Whether the term counts calendar time (every unit but {@link TermUnit#WORKING_DAYS}). */
    public boolean isCalendarTime() {
        return unit != TermUnit.WORKING_DAYS;
    }

    /** The calendar period of a calendar-time term. */
    Period toPeriod() {
        return switch (unit) {
            case CALENDAR_DAYS -> Period.ofDays(amount);
            case WEEKS -> Period.ofDays(amount * 7);
            case MONTHS -> Period.ofMonths(amount);
            case WORKING_DAYS -> throw new IllegalStateException("working days are not a calendar period");
        };
    }

    /** In words: {@code 15 calendar days}. */
    String inWords() {
        return amount + " " + unit.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
