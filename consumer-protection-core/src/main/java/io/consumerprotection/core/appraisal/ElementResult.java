package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How one element was scored: the sum of its indicators' points, held at the element's weight.
 *
 * @param element    the element id
 * @param name       its name
 * @param weight     its weight
 * @param indicators the indicators' results, in definition order
 * @param earned     the sum of the indicators' points
 * @param points     {@code min(earned, weight)}
 */
public record ElementResult(String element, String name, BigDecimal weight, List<IndicatorResult> indicators,
                            BigDecimal earned, BigDecimal points) {

    public ElementResult {
        Objects.requireNonNull(element, "element");
        indicators = List.copyOf(indicators);
    }

    /** Whether the element's points were held at its weight. */
    public boolean capped() {
        return earned.compareTo(points) > 0;
    }

    @Override
    public String toString() {
        return "ElementResult[element=" + Redaction.code(element) + ", name=" + Redaction.text(name) + ", weight="
                + weight + ", indicators=" + indicators.size() + ", earned=" + earned + ", points=" + points + "]";
    }
}
