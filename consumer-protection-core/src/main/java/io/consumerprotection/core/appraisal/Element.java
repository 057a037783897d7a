package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One element (要素) of a scorecard: a weight in points out of 100, the minimum weight a rule sets for it
 * (if any) and the indicators it is scored by. An element never earns more than its weight.
 *
 * @param id            a short stable id, for example {@code DISPUTES}
 * @param name          its name for people, for example {@code 纠纷化解}
 * @param weight        its weight in points; the weights of a scorecard add up to 100
 * @param minimumWeight the least weight a rule allows, or {@code null} when no rule sets one
 * @param indicators    its indicators, at least one; their shares add up to 100
 * @param source        the citation of the element and its weight; may be empty
 */
public record Element(String id, String name, BigDecimal weight, BigDecimal minimumWeight, List<Indicator> indicators,
                      String source) {

    public Element {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weight, "weight");
        indicators = List.copyOf(indicators);
        name = name == null || name.isBlank() ? id : name;
        source = source == null ? "" : source;
    }

    /** The minimum weight, if a rule sets one. */
    public Optional<BigDecimal> findMinimumWeight() {
        return Optional.ofNullable(minimumWeight);
    }

    /** A copy with another weight. */
    public Element withWeight(BigDecimal newWeight) {
        return new Element(id, name, newWeight, minimumWeight, indicators, source);
    }

    /** A copy with the indicators in another order (the result of an assessment does not change). */
    public Element withIndicators(List<Indicator> newIndicators) {
        return new Element(id, name, weight, minimumWeight, newIndicators, source);
    }

    @Override
    public String toString() {
        return "Element[id=" + Redaction.code(id) + ", name=" + Redaction.text(name) + ", weight=" + weight
                + ", minimumWeight=" + minimumWeight + ", indicators=" + indicators.size() + ", source="
                + Redaction.text(source) + "]";
    }
}
