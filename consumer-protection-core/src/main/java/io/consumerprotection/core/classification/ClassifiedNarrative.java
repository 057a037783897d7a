package io.consumerprotection.core.classification;

import io.consumerprotection.spi.internal.Redaction;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One complaint of the bank's classified history, as the host feeds it to {@link NarrativeModel#train}: the
 * narrative and the codes its handler gave (any dimensions, at any depth; a handler's override of a suggestion
 * is simply the code the handler kept). {@link #toString()} never shows the narrative, which may hold personal
 * data.
 *
 * @param narrative the complaint's free text
 * @param codes     the handler's code per dimension
 */
public record ClassifiedNarrative(String narrative, Map<Dimension, String> codes) {

    public ClassifiedNarrative {
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(codes, "codes");
        Map<Dimension, String> copy = new EnumMap<>(Dimension.class);
        codes.forEach((d, c) -> copy.put(Objects.requireNonNull(d, "codes: dimension"), Objects.requireNonNull(c, "codes: code")));
        codes = Map.copyOf(copy);
    }

    /** A narrative with its business category and cause. */
    public static ClassifiedNarrative of(String narrative, String business, String cause) {
        return new ClassifiedNarrative(narrative, Map.of(Dimension.BUSINESS, business, Dimension.CAUSE, cause));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ClassifiedNarrative[").append(Redaction.text(narrative)).append(", codes={");
        new EnumMap<>(codes).forEach((d, c) -> b.append(d).append('=').append(Redaction.code(c)).append(' '));
        return b.append("}]").toString();
    }
}
