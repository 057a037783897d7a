package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How one indicator was scored: the input, the formula applied with its numbers, the fraction earned and
 * the points ({@code elementWeight * share / 100 * fraction}, 4 decimal places, half up).
 *
 * @param indicator the indicator id
 * @param name      its name
 * @param input     the input value
 * @param evidence  the evidence behind the input
 * @param formula   the formula with the numbers
 * @param fraction  the fraction earned, 6 decimal places
 * @param maxPoints the points at fraction 1 ({@code elementWeight * share / 100})
 * @param points    the points earned
 */
public record IndicatorResult(IndicatorId indicator, String name, BigDecimal input, List<String> evidence,
                              String formula, BigDecimal fraction, BigDecimal maxPoints, BigDecimal points) {

    public IndicatorResult {
        Objects.requireNonNull(indicator, "indicator");
        evidence = List.copyOf(evidence);
    }

    @Override
    public String toString() {
        return "IndicatorResult[indicator=" + indicator + ", name=" + Redaction.text(name) + ", input=" + input
                + ", evidence=" + Redaction.codes(evidence) + ", formula=" + Redaction.text(formula) + ", fraction="
                + fraction + ", maxPoints=" + maxPoints + ", points=" + points + "]";
    }
}
