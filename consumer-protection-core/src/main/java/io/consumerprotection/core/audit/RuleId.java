package io.consumerprotection.core.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable id of an audit rule, such as {@code CP-COMPLAINT-001}: upper-case letters and digits in at
 * least two groups joined by {@code -}. An id never changes meaning; a changed check gets a new version.
 */
public final class RuleId implements Comparable<RuleId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    private final String value;

    private RuleId(String value) {
        this.value = value;
    }

    /**
     * The id with this text.
     *
     * @throws IllegalArgumentException when the text is not an id such as {@code CP-COMPLAINT-001}
     */
    public static RuleId of(String value) {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("value (" + Redaction.shape(value) + ") is not a rule id such as CP-COMPLAINT-001");
        }
        return new RuleId(value);
    }

    /** Parses the canonical form {@link #toString()} gives; the same as {@link #of}. */
    public static RuleId parse(String text) {
        return of(text);
    }

    /** The id's text. */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleId other && value.equals(other.value);
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
