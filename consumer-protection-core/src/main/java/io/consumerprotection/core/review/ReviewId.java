package io.consumerprotection.core.review;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * The id of a review, for example {@code RV-2025-001}.
 *
 * @param value 1–64 letters, digits, {@code . _ -}
 */
public record ReviewId(String value) implements Comparable<ReviewId> {

    public ReviewId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("review id must be 1-64 letters, digits, '.', '_' or '-': " + value);
        }
    }

    /** Parses an id. */
    public static ReviewId of(String value) {
        return new ReviewId(value);
    }

    @Override
    public int compareTo(ReviewId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return Redaction.code(value);
    }
}
