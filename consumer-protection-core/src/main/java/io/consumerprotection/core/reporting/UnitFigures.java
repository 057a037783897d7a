package io.consumerprotection.core.reporting;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's complaints in the period and, where the host gave a base, its normalised rate.
 *
 * @param unit  the receiving unit
 * @param count complaints in the period
 * @param rate  complaints per the {@link UnitBase}'s {@code per} (two decimals, half-up); empty without a base
 */
public record UnitFigures(String unit, long count, Optional<BigDecimal> rate) {

    public UnitFigures {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rate, "rate");
    }

    @Override
    public String toString() {
        return "UnitFigures[unit=" + Redaction.code(unit) + ", count=" + count + ", rate=" + rate.orElse(null) + "]";
    }
}
