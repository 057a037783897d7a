package io.consumerprotection.core.appraisal;

import java.util.Objects;

/**
 * The id of an appraised unit: a branch, a sub-branch, a department or the whole bank, as the host
 * names it.
 *
 * @param value the id, not blank
 */
public record UnitId(String value) implements Comparable<UnitId> {

    public UnitId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || !value.strip().equals(value)) {
            throw new IllegalArgumentException("value must be non-blank without surrounding spaces");
        }
    }

    /** The unit with this id. */
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @Override
    public int compareTo(UnitId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
