package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The input value of one indicator for a unit and period, and the evidence behind it (the ids of the
 * records it was computed from, or a note on where the caller took it from).
 *
 * @param value    the value
 * @param evidence record ids or notes; may be empty
 */
public record IndicatorValue(BigDecimal value, List<String> evidence) {

    public IndicatorValue {
        Objects.requireNonNull(value, "value");
        evidence = List.copyOf(evidence);
    }

    /** A value without evidence. */
    public static IndicatorValue of(BigDecimal value) {
        return new IndicatorValue(value, List.of());
    }

    @Override
    public String toString() {
        return "IndicatorValue[value=" + value + ", evidence=" + Redaction.codes(evidence) + "]";
    }
}
