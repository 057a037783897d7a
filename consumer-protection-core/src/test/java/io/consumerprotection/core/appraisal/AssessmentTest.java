package io.consumerprotection.core.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples, computed by hand in the comments. */
class AssessmentTest {

    static final AppraisalPeriod H1 = AppraisalPeriod.parse("2025-H1");
    static final Scorecard BRANCH = ScorecardCatalog.builtIn().get(ScorecardId.BRANCH_2025);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** ZX branch, 2025 H1, from seed 003 (on-time rate 0.97 is made up; the seed does not give it). */
    static IndicatorValues zx() {
        return IndicatorValues.empty()
                .with(IndicatorId.COMPLAINT_REDUCTION_RATE, d("0.157895"), List.of("(418 - 352) / 418"))
                .with(IndicatorId.COMPLAINT_ON_TIME_RATE, d("0.97"))
                .with(IndicatorId.COMPLAINT_REGULATOR_TRANSFERRED_ON_TIME_RATE, d("1"))
                .with(IndicatorId.COMPLAINT_REGULATOR_TRANSFERRED, d("25"))
                .with(IndicatorId.COMPLAINT_SATISFACTION_RATE, d("0.96"))
                .with(IndicatorId.EDUCATION_ACTIVITIES, d("200"))
                .with(IndicatorId.EDUCATION_AUDIENCE, d("100000"))
                .with(IndicatorId.TRAINING_PARTICIPATION_RATE, d("1"))
                .with(IndicatorId.TRAINING_PASS_RATE, d("1"))
                .with(IndicatorId.PRODUCT_PRE_REVIEW_COVERAGE, d("1"))
                .with(IndicatorId.OPINION_MAJOR_EVENTS, d("0"))
                .with(IndicatorId.PENALTY_COUNT, d("0"));
    }

    @Test
    void theSeedBranchWorkedExample() {
        Assessment a = BRANCH.assess(UnitId.of("ZX"), H1, zx());
        // COMPLAINTS (40): reduction 0.157895 >= 0.15 -> 1 -> 40 x 35% = 14;
        //   on time (0.97 - 0.90) / 0.10 = 0.7 -> 40 x 35% x 0.7 = 9.8; regulator on time 1 -> 40 x 30% = 12
        ElementResult complaints = a.findElement("COMPLAINTS").orElseThrow();
        assertThat(complaints.indicators()).extracting(IndicatorResult::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("14"), d("9.8"), d("12"));
        assertThat(complaints.points()).isEqualByComparingTo("35.8");
        // SATISFACTION (20): (0.96 - 0.85) / 0.13 = 0.846154 -> 20 x 0.846154 = 16.92308 -> 16.9231
        assertThat(a.findElement("SATISFACTION").orElseThrow().points()).isEqualByComparingTo("16.9231");
        assertThat(a.findElement("EDUCATION").orElseThrow().points()).isEqualByComparingTo("15");
        assertThat(a.findElement("TRAINING").orElseThrow().points()).isEqualByComparingTo("15");
        assertThat(a.findElement("PRODUCT_REVIEW").orElseThrow().points()).isEqualByComparingTo("10");
        // base 35.8 + 16.9231 + 15 + 15 + 10 = 92.7231; deduction 25 x 0.1 = 2.5; 90.2231 -> 90.22
        assertThat(a.base()).isEqualByComparingTo("92.7231");
        assertThat(a.deductionTotal()).isEqualByComparingTo("2.5");
        assertThat(a.score()).isEqualTo(d("90.22"));
        assertThat(a.grade()).isEqualTo("优秀");
        // 12% of the branch's assessment: 90.22 x 12 / 100 = 10.8264
        assertThat(a.contribution()).isEqualByComparingTo("10.8264");
        assertThat(a.scorecardVersion()).isEqualTo("2025.1-sdk1");
        assertThat(a.triggeredVetoes()).isEmpty();
    }

    @Test
    void theExplanationShowsInputsFormulasAndEvidence() {
        String text = BRANCH.assess(UnitId.of("ZX"), H1, zx()).explain();
        assertThat(text).contains("score 90.22, grade 优秀 (band 90..100)")
                .contains("complaint.satisfaction-rate = 0.96: linear 0.85..0.98: (0.96 - 0.85) / (0.98 - 0.85) = 0.846154 -> 16.9231 of 20")
                .contains("deduction REGULATOR_TRANSFERRED: min(25 x 0.1, cap 5) = 2.5")
                .contains("veto PENALTY: penalty.count = 0 not triggered");
    }

    @Test
    void aPenaltyVetoesTheBranchWithItsEvidence() {
        Assessment a = BRANCH.assess(UnitId.of("ZX"), H1,
                zx().with(IndicatorId.PENALTY_COUNT, d("1"), List.of("P-2025-001")));
        assertThat(a.score()).isEqualByComparingTo("0");
        assertThat(a.grade()).isEqualTo("不合格");
        assertThat(a.gradeReason()).contains("veto PENALTY");
        assertThat(a.triggeredVetoes()).singleElement().satisfies(v -> assertThat(v.evidence()).containsExactly("P-2025-001"));
        assertThat(a.base()).isEqualByComparingTo("92.7231");
        assertThat(a.contribution()).isEqualByComparingTo("0");
    }

    @Test
    void missingAndInvalidInputsAreAllNamed() {
        IndicatorValues v = zx().with(IndicatorId.COMPLAINT_REGULATOR_TRANSFERRED, d("-1"));
        IndicatorValues missing = IndicatorValues.of(Map.of());
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() ->
                BRANCH.assess(H1, Map.of(UnitId.of("ZX"), v, UnitId.of("QD"), missing)));
        assertThat(t).isInstanceOf(InvalidAppraisalInputException.class);
        List<Violation> vs = ((InvalidAppraisalInputException) t).violations();
        assertThat(vs).filteredOn(x -> x.field().startsWith("units[QD]")).hasSize(BRANCH.requiredIndicators().size())
                .allSatisfy(x -> assertThat(x.rule()).isEqualTo("MISSING"));
        assertThat(vs).filteredOn(x -> x.field().startsWith("units[ZX]")).singleElement()
                .satisfies(x -> assertThat(x.field()).isEqualTo("units[ZX].complaint.regulator-transferred"))
                .satisfies(x -> assertThat(x.rule()).isEqualTo("NEGATIVE"));
    }

    @Test
    void aPeriodOutsideTheScorecardsDataRangeIsRefused() {
        Scorecard cbirc = ScorecardCatalog.builtIn().get(ScorecardId.CBIRC_2021);
        assertThatThrownBy(() -> cbirc.assess(UnitId.of("BANK"), AppraisalPeriod.year(2025), IndicatorValues.empty()))
                .isInstanceOf(InvalidAppraisalInputException.class)
                .satisfies(e -> assertThat(((InvalidAppraisalInputException) e).violations())
                        .anySatisfy(v -> assertThat(v.rule()).isEqualTo("OUTSIDE_VALIDITY")));
    }

    @Test
    void aPeriodThatOnlyOverlapsTheDataRangeIsRefusedAndOneInsideIsNot() {
        Scorecard cbirc = ScorecardCatalog.builtIn().get(ScorecardId.CBIRC_2021);
        AppraisalPeriod straddling = AppraisalPeriod.of(java.time.LocalDate.parse("2024-07-01"),
                java.time.LocalDate.parse("2025-06-30"));
        assertThatThrownBy(() -> cbirc.assess(UnitId.of("BANK"), straddling, IndicatorValues.empty()))
                .isInstanceOf(InvalidAppraisalInputException.class)
                .satisfies(e -> assertThat(((InvalidAppraisalInputException) e).violations())
                        .filteredOn(v -> v.rule().equals("OUTSIDE_VALIDITY")).singleElement()
                        .satisfies(v -> assertThat(v.message()).contains("2021-01-01..2024-12-31")));
        assertThatThrownBy(() -> cbirc.assess(UnitId.of("BANK"), AppraisalPeriod.year(2024), IndicatorValues.empty()))
                .isInstanceOf(InvalidAppraisalInputException.class)
                .satisfies(e -> assertThat(((InvalidAppraisalInputException) e).violations())
                        .noneSatisfy(v -> assertThat(v.rule()).isEqualTo("OUTSIDE_VALIDITY")));
    }

    static final Scorecard SIMPLE = Scorecard.parse("""
            scorecard id=SIMPLE version=1
            element id=E weight=100
            indicator element=E id=self share=100 function=linear from=0 to=100
            veto id=CAP indicator=flag at-least=1 effect=grade grade=C
            band grade=C from=0 to=60
            band grade=B from=60 to=80
            band grade=A from=80 to=100
            """);

    private static IndicatorValues simple(String self, String flag) {
        return IndicatorValues.empty().with(IndicatorId.of("self"), d(self)).with(IndicatorId.of("flag"), d(flag));
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        Appraisal ap = SIMPLE.assess(H1, Map.of(UnitId.of("C"), simple("70", "0"), UnitId.of("B"), simple("80", "0"),
                UnitId.of("A"), simple("80", "0"), UnitId.of("D"), simple("60", "0")));
        assertThat(ap.ranking()).extracting(r -> r.assessment().unit().value(), RankedAssessment::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1), org.assertj.core.groups.Tuple.tuple("B", 1),
                        org.assertj.core.groups.Tuple.tuple("C", 3), org.assertj.core.groups.Tuple.tuple("D", 4));
    }

    @Test
    void aForcedGradeRanksBelowABetterGradeWhateverTheScore() {
        Appraisal ap = SIMPLE.assess(H1, Map.of(UnitId.of("X"), simple("95", "1"), UnitId.of("Y"), simple("65", "0")));
        assertThat(ap.get(UnitId.of("X")).grade()).isEqualTo("C");
        assertThat(ap.get(UnitId.of("X")).score()).isEqualByComparingTo("95");
        assertThat(ap.ranking()).extracting(r -> r.assessment().unit().value()).containsExactly("Y", "X");
    }

    @Test
    void whatIfGivesThePointsGained() {
        Appraisal ap = BRANCH.assess(H1, Map.of(UnitId.of("ZX"), zx()));
        // on time 0.97 -> 0.99: fraction 0.7 -> 0.9, 40 x 35% x 0.2 = 2.8 points more: 90.22 -> 93.02
        WhatIf w = ap.whatIf(UnitId.of("ZX"), IndicatorId.COMPLAINT_ON_TIME_RATE, d("0.02"));
        assertThat(w.inputAfter()).isEqualByComparingTo("0.99");
        assertThat(w.scoreAfter()).isEqualByComparingTo("93.02");
        assertThat(w.pointsGained()).isEqualByComparingTo("2.8");
        // 10 fewer regulator-transferred complaints: deduction 2.5 -> 1.5, one point more
        WhatIf fewer = ap.whatIf(UnitId.of("ZX"), IndicatorId.COMPLAINT_REGULATOR_TRANSFERRED, d("10"));
        assertThat(fewer.inputAfter()).isEqualByComparingTo("15");
        assertThat(fewer.pointsGained()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> ap.whatIf(UnitId.of("ZX"), IndicatorId.of("nothing"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rankFunctionsScoreUnitsAgainstEachOther() {
        Scorecard ranked = Scorecard.parse("""
                scorecard id=RANKED version=1
                element id=E weight=100
                indicator element=E id=complaint.satisfaction-rate share=100 function=rank better=higher
                band grade=all from=0 to=100
                """);
        IndicatorValues hi = IndicatorValues.empty().with(IndicatorId.COMPLAINT_SATISFACTION_RATE, d("0.99"));
        IndicatorValues lo = IndicatorValues.empty().with(IndicatorId.COMPLAINT_SATISFACTION_RATE, d("0.90"));
        Appraisal ap = ranked.assess(H1, Map.of(UnitId.of("A"), hi, UnitId.of("B"), hi, UnitId.of("C"), lo));
        // A and B rank 1 of 3: (3 - 1) / 2 = 1; C ranks 3 of 3: 0
        assertThat(ap.get(UnitId.of("A")).score()).isEqualByComparingTo("100");
        assertThat(ap.get(UnitId.of("B")).score()).isEqualByComparingTo("100");
        assertThat(ap.get(UnitId.of("C")).score()).isEqualByComparingTo("0");
        assertThat(ap.get(UnitId.of("C")).indicators().get(0).formula()).isEqualTo("rank: 3 of 3 (higher is better): (3 - 3) / (3 - 1) = 0");
    }

    @Test
    void comparesWithThePreviousPeriodIndicatorByIndicator() {
        Assessment now = BRANCH.assess(UnitId.of("ZX"), H1, zx());
        Assessment before = BRANCH.assess(UnitId.of("ZX"), H1.previousYear(),
                zx().with(IndicatorId.COMPLAINT_SATISFACTION_RATE, d("0.91")));
        PeriodComparison c = PeriodComparison.between(before, now);
        IndicatorChange sat = c.changes().stream()
                .filter(x -> x.indicator().equals(IndicatorId.COMPLAINT_SATISFACTION_RATE)).findFirst().orElseThrow();
        // 0.91: (0.91 - 0.85) / 0.13 = 0.461538 -> 9.23076 -> 9.2308; now 16.9231
        assertThat(sat.inputChange()).isEqualByComparingTo("0.05");
        assertThat(sat.previousPoints()).isEqualByComparingTo("9.2308");
        assertThat(sat.pointsChange()).isEqualByComparingTo("7.6923");
        assertThat(c.changes()).hasSize(9).filteredOn(x -> x.pointsChange().signum() != 0).hasSize(1);
        assertThat(c.scoreChange()).isEqualByComparingTo("7.69");
        assertThat(c.added()).isEmpty();
        assertThat(c.removed()).isEmpty();
        assertThatThrownBy(() -> PeriodComparison.between(before, BRANCH.assess(UnitId.of("QD"), H1, zx())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameInputsGiveEqualAssessments() {
        assertThat(BRANCH.assess(UnitId.of("ZX"), H1, zx())).isEqualTo(BRANCH.assess(UnitId.of("ZX"), H1, zx()));
    }
}
