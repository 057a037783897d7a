package io.consumerprotection.core.rectification;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identity of a rectification item: 1 to 64 letters, digits, {@code -}, {@code _} and {@code .}.
 * {@link #toString()} is the canonical form {@link #of} accepts.
 */
public record RectificationId(String value) implements Comparable<RectificationId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public RectificationId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("rectification id (" + Redaction.shape(value)
                    + ") must be 1-64 characters of [A-Za-z0-9._-]");
        }
    }

    /** The id with this text. */
    public static RectificationId of(String value) {
        return new RectificationId(value);
    }

    /** A new random id ({@code RECT-} and a UUID). */
    public static RectificationId random() {
        return new RectificationId("RECT-" + UUID.randomUUID());
    }

    @Override
    public int compareTo(RectificationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
