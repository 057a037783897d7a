package io.consumerprotection.core.complaint;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identity of a complaint: 1 to 64 characters of letters, digits, {@code -}, {@code _} and {@code .}.
 * {@link #toString()} is the canonical form that {@link #of(String)} accepts.
 */
public final class ComplaintId implements Comparable<ComplaintId> {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String value;

    private ComplaintId(String value) {
        this.value = value;
    }

    /**
     * The id with this text.
     *
     * @throws IllegalArgumentException if the text is not 1–64 letters, digits, '-', '_' or '.'
     */
    public static ComplaintId of(String value) {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("complaint id must be 1-64 characters of [A-Za-z0-9._-], got "
                    + value.length() + " characters");
        }
        return new ComplaintId(value);
    }

    /** A new random id ({@code CP-} and a UUID). */
    public static ComplaintId random() {
        return new ComplaintId("CP-" + UUID.randomUUID());
    }

    /** The id's text. */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(ComplaintId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComplaintId other && value.equals(other.value);
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
