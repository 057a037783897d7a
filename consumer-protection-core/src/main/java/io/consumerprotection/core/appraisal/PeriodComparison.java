package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One unit's assessment compared with its assessment of the previous period, indicator by indicator.
 * Indicators are matched by element and indicator id; those in only one of the two assessments (the
 * scorecard version changed) are listed as added or removed.
 *
 * @param previous the earlier assessment
 * @param current  the later assessment
 * @param changes  the indicators in both, in the current assessment's order
 * @param added    the indicators only in the current assessment, as {@code element/indicator}
 * @param removed  the indicators only in the previous assessment, as {@code element/indicator}
 */
public record PeriodComparison(Assessment previous, Assessment current, List<IndicatorChange> changes,
                               List<String> added, List<String> removed) {

    public PeriodComparison {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        changes = List.copyOf(changes);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * Compares two assessments of the same unit under the same scorecard id.
     *
     * @throws IllegalArgumentException when the unit or the scorecard id differ
     */
    public static PeriodComparison between(Assessment previous, Assessment current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        if (!previous.unit().equals(current.unit())) {
            throw new IllegalArgumentException("previous is of unit " + previous.unit() + ", current of " + current.unit());
        }
        if (!previous.scorecard().equals(current.scorecard())) {
            throw new IllegalArgumentException("previous is under " + previous.scorecard() + ", current under "
                    + current.scorecard());
        }
        Map<String, IndicatorResult> before = index(previous);
        Map<String, IndicatorResult> after = index(current);
        List<IndicatorChange> changes = new ArrayList<>();
        List<String> added = new ArrayList<>();
        after.forEach((key, now) -> {
            IndicatorResult then = before.get(key);
            if (then == null) {
                added.add(key);
            } else {
                changes.add(new IndicatorChange(key.substring(0, key.indexOf('/')), now.indicator(), then.input(),
                        now.input(), then.points(), now.points()));
            }
        });
        List<String> removed = before.keySet().stream().filter(k -> !after.containsKey(k)).toList();
        return new PeriodComparison(previous, current, changes, added, removed);
    }

    private static Map<String, IndicatorResult> index(Assessment a) {
        Map<String, IndicatorResult> m = new LinkedHashMap<>();
        a.elements().forEach(e -> e.indicators().forEach(i -> m.put(e.element() + "/" + i.indicator(), i)));
        return m;
    }

    /** {@code current.score - previous.score}. */
    public BigDecimal scoreChange() {
        return current.score().subtract(previous.score());
    }

    /** Whether the grade changed. */
    public boolean gradeChanged() {
        return !current.grade().equals(previous.grade());
    }

    @Override
    public String toString() {
        return "PeriodComparison[previous=" + previous + ", current=" + current + ", changes=" + changes.size()
                + ", added=" + Redaction.codes(added) + ", removed=" + Redaction.codes(removed) + "]";
    }
}
