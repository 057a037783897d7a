package io.consumerprotection.core.appraisal;

import com.google.common.collect.ImmutableSortedMap;
import io.consumerprotection.core.internal.appraisal.CompetitionRanking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The assessments of several units for one period under one scorecard, their ranking, and what-if
 * questions on them. Immutable.
 *
 * <p>The ranking orders units by grade (best band first), then by score, highest first; units with the
 * same grade and score share a rank (competition ranking 1, 1, 3) and are listed by unit id.
 */
public final class Appraisal {

    private final Scorecard scorecard;
    private final AppraisalPeriod period;
    private final Map<UnitId, IndicatorValues> inputs;
    private final List<Assessment> assessments;
    private final List<RankedAssessment> ranking;

    Appraisal(Scorecard scorecard, AppraisalPeriod period, TreeMap<UnitId, IndicatorValues> inputs,
              List<Assessment> assessments) {
        this.scorecard = scorecard;
        this.period = period;
        this.inputs = ImmutableSortedMap.copyOf(inputs);
        this.assessments = List.copyOf(assessments);
        Comparator<Assessment> better = Comparator.<Assessment>comparingInt(a -> -scorecard.gradeOrder(a.grade()))
                .thenComparing(Assessment::score, Comparator.reverseOrder());
        int[] ranks = CompetitionRanking.ranks(this.assessments, better);
        List<RankedAssessment> r = new ArrayList<>();
        for (int i : CompetitionRanking.order(this.assessments, better, Comparator.comparing(Assessment::unit))) {
            r.add(new RankedAssessment(ranks[i], this.assessments.get(i)));
        }
        this.ranking = List.copyOf(r);
    }

    /** The scorecard used. */
    public Scorecard scorecard() {
        return scorecard;
    }

    /** The period assessed. */
    public AppraisalPeriod period() {
        return period;
    }

    /** Every assessment, by unit id. */
    public List<Assessment> assessments() {
        return assessments;
    }

    /** The assessments ranked, best first. */
    public List<RankedAssessment> ranking() {
        return ranking;
    }

    /** The assessment of a unit, if assessed. */
    public Optional<Assessment> find(UnitId unit) {
        return assessments.stream().filter(a -> a.unit().equals(unit)).findFirst();
    }

    /**
     * The assessment of a unit.
     *
     * @throws IllegalArgumentException when the unit was not assessed
     */
    public Assessment get(UnitId unit) {
        return find(unit).orElseThrow(() -> new IllegalArgumentException("unit " + unit + " was not assessed"));
    }

    /**
     * The score a unit would get if one indicator improved by {@code improvement}, all other inputs (and
     * the other units) unchanged. Higher is better for an indicator scored by an increasing function or a
     * bonus; lower is better for one scored by a decreasing function, a deduction or a veto.
     *
     * @throws IllegalArgumentException when the unit was not assessed, the scorecard does not read the
     *                                  indicator, or the improvement is negative
     */
    public WhatIf whatIf(UnitId unit, IndicatorId indicator, BigDecimal improvement) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(improvement, "improvement");
        if (improvement.signum() < 0) {
            throw new IllegalArgumentException("improvement must not be negative, got " + improvement);
        }
        Assessment before = get(unit);
        if (!scorecard.requiredIndicators().contains(indicator)) {
            throw new IllegalArgumentException("scorecard " + scorecard.id() + " does not read indicator " + indicator);
        }
        IndicatorValue old = inputs.get(unit).find(indicator).orElseThrow();
        BigDecimal after = higherIsBetter(indicator) ? old.value().add(improvement) : old.value().subtract(improvement);
        if (!higherIsBetter(indicator) && old.value().signum() >= 0 && after.signum() < 0) {
            after = BigDecimal.ZERO;
        }
        TreeMap<UnitId, IndicatorValues> changed = new TreeMap<>(inputs);
        changed.put(unit, inputs.get(unit).with(indicator, after, List.of("what-if: improved by " + improvement.toPlainString())));
        Assessment then = scorecard.assess(period, changed).get(unit);
        return new WhatIf(unit, indicator, improvement, old.value(), after, before.score(), then.score(),
                before.grade(), then.grade());
    }

    private boolean higherIsBetter(IndicatorId indicator) {
        for (Element e : scorecard.elements()) {
            for (Indicator i : e.indicators()) {
                if (i.id().equals(indicator) && i.function().direction() != ScoringFunction.Direction.NONE) {
                    return i.function().direction() == ScoringFunction.Direction.INCREASING;
                }
            }
        }
        return scorecard.bonuses().stream().anyMatch(b -> b.indicator().equals(indicator));
    }

    @Override
    public String toString() {
        return "Appraisal[" + scorecard + ", " + period + ", " + assessments.size() + " units]";
    }
}
