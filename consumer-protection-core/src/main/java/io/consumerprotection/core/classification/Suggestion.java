package io.consumerprotection.core.classification;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * One suggested code for a complaint narrative, with how confident the suggestion is and the dictionary
 * terms that triggered it (never the narrative itself).
 *
 * @param dimension  the dimension
 * @param code       the suggested code: the most specific code the evidence supports
 * @param nameZh     the code's Chinese name
 * @param nameEn     the code's English name
 * @param confidence between 0 and 1: the share of the dimension's evidence behind this suggestion, damped
 *                   when there is little evidence
 * @param evidence   the dictionary terms that triggered it, in order of first occurrence
 */
public record Suggestion(Dimension dimension, String code, String nameZh, String nameEn, double confidence,
                         List<String> evidence) {

    public Suggestion {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(code, "code");
        evidence = List.copyOf(evidence);
    }

    @Override
    public String toString() {
        return "Suggestion[dimension=" + dimension + ", code=" + Redaction.code(code) + ", nameZh=" + Redaction.text(nameZh)
                + ", nameEn=" + Redaction.text(nameEn) + ", confidence=" + confidence + ", evidence=" + evidence.size()
                + " terms]";
    }
}
