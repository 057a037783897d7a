package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assessment of one unit for one period under one scorecard version, explained: every element and
 * indicator with its input, formula and points, every deduction, bonus and veto with its evidence.
 *
 * <p>{@code score = clamp(round2(base - deductions + bonuses), 0, 100)}, or 0 when a {@code ZERO} veto
 * triggered. {@code contribution = round4(score * scorecard contribution / 100)}: the points this score
 * adds to a wider assessment (12 of a branch's 100 in the seed-003 branch assessment).
 *
 * @param scorecard        the scorecard id
 * @param scorecardVersion the scorecard version used
 * @param unit             the unit
 * @param period           the period
 * @param elements         the elements' results, in definition order
 * @param base             the sum of the elements' points
 * @param deductions       each deduction item's result
 * @param deductionTotal   the points taken off, after the overall cap
 * @param bonuses          each bonus item's result
 * @param bonusTotal       the points added, after the overall cap
 * @param vetoes           each veto item's result
 * @param score            the final score, 0 to 100, 2 decimal places
 * @param grade            the grade
 * @param gradeReason      why this grade: the band, or the veto that forced it
 * @param contribution     the points contributed to a wider assessment
 * @param inputs           the inputs the assessment read
 */
public record Assessment(ScorecardId scorecard, String scorecardVersion, UnitId unit, AppraisalPeriod period,
                         List<ElementResult> elements, BigDecimal base, List<AdjustmentResult> deductions,
                         BigDecimal deductionTotal, List<AdjustmentResult> bonuses, BigDecimal bonusTotal,
                         List<VetoResult> vetoes, BigDecimal score, String grade, String gradeReason,
                         BigDecimal contribution, IndicatorValues inputs) {

    public Assessment {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        elements = List.copyOf(elements);
        deductions = List.copyOf(deductions);
        bonuses = List.copyOf(bonuses);
        vetoes = List.copyOf(vetoes);
    }

    /** The vetoes that triggered. */
    public List<VetoResult> triggeredVetoes() {
        return vetoes.stream().filter(VetoResult::triggered).toList();
    }

    /** Every indicator's result, element by element. */
    public List<IndicatorResult> indicators() {
        return elements.stream().flatMap(e -> e.indicators().stream()).toList();
    }

    /** The result of an element, if the scorecard has it. */
    public Optional<ElementResult> findElement(String elementId) {
        return elements.stream().filter(e -> e.element().equals(elementId)).findFirst();
    }

    /** The explanation for people, one fact per line, in a stable order. */
    public String explain() {
        StringBuilder b = new StringBuilder();
        b.append(unit).append(' ').append(period).append(" under ").append(scorecard).append(' ')
                .append(scorecardVersion).append(": score ").append(p(score)).append(", grade ").append(grade)
                .append(" (").append(gradeReason).append(")\n");
        for (ElementResult e : elements) {
            b.append("  ").append(e.element()).append(' ').append(e.name()).append(": ").append(p(e.points()))
                    .append(" of ").append(p(e.weight()));
            if (e.capped()) {
                b.append(" (earned ").append(p(e.earned())).append(", held at the weight)");
            }
            b.append('\n');
            for (IndicatorResult i : e.indicators()) {
                b.append("    ").append(i.indicator()).append(" = ").append(p(i.input())).append(": ")
                        .append(i.formula()).append(" -> ").append(p(i.points())).append(" of ")
                        .append(p(i.maxPoints())).append('\n');
            }
        }
        b.append("  base ").append(p(base)).append('\n');
        for (AdjustmentResult d : deductions) {
            b.append("  deduction ").append(d.adjustment().id()).append(": ").append(d.formula())
                    .append(evidence(d.evidence())).append('\n');
        }
        if (!deductions.isEmpty()) {
            b.append("  deductions total ").append(p(deductionTotal)).append('\n');
        }
        for (AdjustmentResult d : bonuses) {
            b.append("  bonus ").append(d.adjustment().id()).append(": ").append(d.formula())
                    .append(evidence(d.evidence())).append('\n');
        }
        if (!bonuses.isEmpty()) {
            b.append("  bonuses total ").append(p(bonusTotal)).append('\n');
        }
        for (VetoResult v : vetoes) {
            b.append("  veto ").append(v.veto().id()).append(": ").append(v.veto().indicator()).append(" = ")
                    .append(p(v.input())).append(v.triggered() ? " TRIGGERED" : " not triggered")
                    .append(evidence(v.evidence())).append('\n');
        }
        return b.toString();
    }

    private static String evidence(List<String> ev) {
        return ev.isEmpty() ? "" : " [evidence: " + String.join(", ", ev) + "]";
    }

    private static String p(BigDecimal v) {
        return Rounding.plain(v);
    }

    @Override
    public String toString() {
        return "Assessment[" + scorecard + " " + Redaction.code(scorecardVersion) + ", " + unit + ", " + period
                + ", score " + p(score) + ", grade " + Redaction.code(grade) + "]";
    }
}
