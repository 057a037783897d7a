package io.consumerprotection.core.review;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * The id of a scan rule, for example {@code MKT-ZERO-RISK}: upper-case letters, digits and hyphens.
 *
 * @param value the id
 */
public record ScanRuleId(String value) implements Comparable<ScanRuleId> {

    public ScanRuleId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Z0-9][A-Z0-9-]{0,63}")) {
            throw new IllegalArgumentException("scan rule id must be 1-64 upper-case letters, digits or hyphens: "
                    + value);
        }
    }

    /** Parses an id. */
    public static ScanRuleId of(String value) {
        return new ScanRuleId(value);
    }

    @Override
    public int compareTo(ScanRuleId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return Redaction.code(value);
    }
}
