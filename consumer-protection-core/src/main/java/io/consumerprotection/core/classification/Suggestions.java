package io.consumerprotection.core.classification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ranked suggestions for one narrative, per dimension, best first. Immutable.
 */
public final class Suggestions {

    private final Map<Dimension, List<Suggestion>> byDimension;
    private final String dictionaryVersion;
    private final String schemeVersion;

    Suggestions(Map<Dimension, List<Suggestion>> byDimension, String dictionaryVersion, String schemeVersion) {
        Map<Dimension, List<Suggestion>> m = new EnumMap<>(Dimension.class);
        byDimension.forEach((d, l) -> m.put(d, List.copyOf(l)));
        this.byDimension = m;
        this.dictionaryVersion = dictionaryVersion;
        this.schemeVersion = schemeVersion;
    }

    /** The suggestions of a dimension, best first; empty when nothing in the text points to it. */
    public List<Suggestion> of(Dimension dimension) {
        return byDimension.getOrDefault(Objects.requireNonNull(dimension, "dimension"), List.of());
    }

    /** The best suggestion of a dimension, or empty. */
    public Optional<Suggestion> top(Dimension dimension) {
        List<Suggestion> l = of(dimension);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /**
     * The first suggestion's code per dimension, keyed by dimension name ({@code BUSINESS=0602}): the form a
     * complaint's classification and {@code ComplaintAction.OverrideSuggestion} take.
     */
    public Map<String, String> topCodes() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        byDimension.forEach((d, l) -> out.put(d.name(), l.get(0).code()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Every dimension with at least one suggestion. */
    public Map<Dimension, List<Suggestion>> all() {
        return byDimension;
    }

    /** The dictionary data version used. */
    public String dictionaryVersion() {
        return dictionaryVersion;
    }

    /** The scheme version whose codes are suggested. */
    public String schemeVersion() {
        return schemeVersion;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Suggestions[");
        byDimension.forEach((d, l) -> b.append(d).append('=').append(l.get(0).code()).append(' '));
        return b.append("dictionary ").append(dictionaryVersion).append(']').toString();
    }
}
