package io.consumerprotection.core.appraisal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The inputs of one unit for one period: a value per indicator id. Complaint indicators come from the
 * statistics package or the host (see {@link IndicatorId} for the ids it must feed), host facts from
 * {@link FactIndicators}; combine them with {@link #with(IndicatorValues)}. Immutable.
 */
public final class IndicatorValues {

    private static final IndicatorValues EMPTY = new IndicatorValues(new TreeMap<>());

    private final Map<IndicatorId, IndicatorValue> values;

    private IndicatorValues(TreeMap<IndicatorId, IndicatorValue> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** No values. */
    public static IndicatorValues empty() {
        return EMPTY;
    }

    /** The given values, without evidence. */
    public static IndicatorValues of(Map<IndicatorId, BigDecimal> values) {
        Objects.requireNonNull(values, "values");
        TreeMap<IndicatorId, IndicatorValue> m = new TreeMap<>();
        values.forEach((k, v) -> m.put(Objects.requireNonNull(k, "values key"),
                IndicatorValue.of(Objects.requireNonNull(v, "values[" + k + "]"))));
        return new IndicatorValues(m);
    }

    /** A copy with one more value (replacing any value of the same indicator). */
    public IndicatorValues with(IndicatorId id, BigDecimal value, List<String> evidence) {
        Objects.requireNonNull(id, "id");
        TreeMap<IndicatorId, IndicatorValue> m = new TreeMap<>(values);
        m.put(id, new IndicatorValue(value, evidence));
        return new IndicatorValues(m);
    }

    /** A copy with one more value without evidence. */
    public IndicatorValues with(IndicatorId id, BigDecimal value) {
        return with(id, value, List.of());
    }

    /** A copy with every value of {@code other} added; {@code other} wins where both have an indicator. */
    public IndicatorValues with(IndicatorValues other) {
        Objects.requireNonNull(other, "other");
        TreeMap<IndicatorId, IndicatorValue> m = new TreeMap<>(values);
        m.putAll(other.values);
        return new IndicatorValues(m);
    }

    /** The value of an indicator, if given. */
    public Optional<IndicatorValue> find(IndicatorId id) {
        return Optional.ofNullable(values.get(id));
    }

    /** Every value, by indicator id in id order. */
    public Map<IndicatorId, IndicatorValue> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorValues v && values.equals(v.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        values.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append('=')
                .append(v.value().toPlainString()));
        return b.append('}').toString();
    }
}
