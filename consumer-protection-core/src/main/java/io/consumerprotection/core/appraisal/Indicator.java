package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One scored indicator of an element: which input it reads, its share of the element's weight and the
 * function that scores it. The indicator earns {@code elementWeight * share / 100 * fraction} points.
 *
 * @param id       the input it reads
 * @param name     its name for people
 * @param share    its share of the element's weight, in percent; the shares of an element add up to 100
 * @param function how the input is scored
 * @param source   where the indicator or its thresholds come from; may be empty
 */
public record Indicator(IndicatorId id, String name, BigDecimal share, ScoringFunction function, String source) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(function, "function");
        name = name == null || name.isBlank() ? id.value() : name;
        source = source == null ? "" : source;
    }

    /** An indicator without a source note. */
    public static Indicator of(IndicatorId id, String name, BigDecimal share, ScoringFunction function) {
        return new Indicator(id, name, share, function, "");
    }

    @Override
    public String toString() {
        return "Indicator[id=" + id + ", name=" + Redaction.text(name) + ", share=" + share + ", function=" + function
                + ", source=" + Redaction.text(source) + "]";
    }
}
