package io.consumerprotection.core.calendar;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a working-day calendar, such as {@code CN} for China mainland: upper-case ASCII letters, digits
 * and {@code -}, 1 to 32 characters. {@link #toString()} gives the id, which {@link #of} accepts.
 */
public final class CalendarId implements Comparable<CalendarId> {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    /** China mainland (中国大陆), the bundled calendar. */
    public static final CalendarId CHINA_MAINLAND = new CalendarId("CN");

    private final String value;

    private CalendarId(String value) {
        this.value = value;
    }

    /**
     * The calendar id with this text.
     *
     * @throws IllegalArgumentException when {@code id} is not upper-case letters, digits and {@code -}
     */
    public static CalendarId of(String id) {
        Objects.requireNonNull(id, "id");
        if (!FORM.matcher(id).matches()) {
            throw new IllegalArgumentException("id (" + Redaction.shape(id) + ") is not 1-32 upper-case letters, digits or '-'");
        }
        return new CalendarId(id);
    }

    @Override
    public int compareTo(CalendarId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
