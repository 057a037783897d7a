package io.consumerprotection.core.complaint;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a complaint: 1 to 64 characters of letters, digits, {@code -}, {@code _} and {@code .}.
 * {@link #toString()} is the canonical form that {@link #of(String)} accepts.
 */
public final class ComplaintId implements Comparable<ComplaintId> {

    /** The characters of an id, {@code [A-Za-z0-9._-]}, by code point. */
    private static final boolean[] ID_CHARS = new boolean[128];

    static {
        for (char c = 0; c < ID_CHARS.length; c++) {
            ID_CHARS[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == '-';
        }
    }

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
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("complaint id must be 1-64 characters of [A-Za-z0-9._-], got "
                    + value.length() + " characters");
        }
        return new ComplaintId(value);
    }

    /**
     * Whether the text is a well-formed complaint id, {@code [A-Za-z0-9._-]{1,64}}: {@link #of} accepts exactly
     * these ({@code false} for {@code null}). A loop, not a regex: ids are read millions of times in an audit.
     */
    public static boolean isWellFormed(String value) {
        return value != null && wellFormed(value);
    }

    private static boolean wellFormed(String value) {
        int n = value.length();
        if (n < 1 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= ID_CHARS.length || !ID_CHARS[c]) {
                return false;
            }
        }
        return true;
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
