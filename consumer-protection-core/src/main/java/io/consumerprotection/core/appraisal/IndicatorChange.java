package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator compared between two periods: input and points before and after.
 *
 * @param element        the element id
 * @param indicator      the indicator id
 * @param previousInput  the input in the previous period
 * @param currentInput   the input in the current period
 * @param previousPoints the points in the previous period
 * @param currentPoints  the points in the current period
 */
public record IndicatorChange(String element, IndicatorId indicator, BigDecimal previousInput, BigDecimal currentInput,
                              BigDecimal previousPoints, BigDecimal currentPoints) {

    public IndicatorChange {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(indicator, "indicator");
    }

    /** {@code currentInput - previousInput}. */
    public BigDecimal inputChange() {
        return currentInput.subtract(previousInput);
    }

    /** {@code currentPoints - previousPoints}. */
    public BigDecimal pointsChange() {
        return currentPoints.subtract(previousPoints);
    }

    @Override
    public String toString() {
        return "IndicatorChange[element=" + Redaction.code(element) + ", indicator=" + indicator + ", previousInput="
                + previousInput + ", currentInput=" + currentInput + ", previousPoints=" + previousPoints
                + ", currentPoints=" + currentPoints + "]";
    }
}
