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

    /**
     * A narrative with the codes of a timeline event's classification detail, {@code dimension=code} pairs joined by
     * commas ({@code BUSINESS=06022,CAUSE=0502}, as {@code EventDetail.CLASSIFICATION} holds them, for example on a
     * {@code SUGGESTION_OVERRIDDEN} event): the way a handler's override goes back into training. Pairs whose name is
     * not a {@link Dimension} (a host's own dimension) are left out.
     *
     * @throws IllegalArgumentException if a pair has no {@code =} or an empty side (rule {@code PAIR_FORM})
     */
    public static ClassifiedNarrative fromPairs(String narrative, String pairs) {
        Objects.requireNonNull(pairs, "pairs");
        Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
        for (String pair : pairs.split(",")) {
            if (pair.isEmpty() && pairs.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("pairs: PAIR_FORM, expected dimension=code joined by commas, found a"
                        + " pair of " + pair.length() + " characters");
            }
            String name = pair.substring(0, eq);
            for (Dimension d : Dimension.values()) {
                if (d.name().equals(name)) {
                    codes.put(d, pair.substring(eq + 1));
                }
            }
        }
        return new ClassifiedNarrative(narrative, codes);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ClassifiedNarrative[").append(Redaction.text(narrative)).append(", codes={");
        new EnumMap<>(codes).forEach((d, c) -> b.append(d).append('=').append(Redaction.code(c)).append(' '));
        return b.append("}]").toString();
    }
}
