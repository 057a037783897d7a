package io.consumerprotection.core.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The built-in scorecards against regulation-facts.md section 7 and seed 003. */
class BuiltInScorecardsTest {

    private final ScorecardCatalog catalog = ScorecardCatalog.builtIn();

    @Test
    void allThreeLoadWithoutWarnings() {
        assertThat(catalog.ids()).containsExactlyInAnyOrder(ScorecardId.NFRA_2025, ScorecardId.CBIRC_2021,
                ScorecardId.BRANCH_2025);
        catalog.ids().forEach(id -> {
            Scorecard s = catalog.get(id);
            assertThat(s.warnings()).as(id.value()).isEmpty();
            assertThat(s.sources()).as(id.value()).isNotEmpty();
            assertThat(s.assumptions()).as(id.value()).isNotEmpty()
                    .allSatisfy(a -> assertThat(a).startsWith("ASSUMPTION"));
        });
    }

    @Test
    void nfra2025HasTheSevenElementsWithTheirMinimumWeights() {
        Scorecard s = catalog.get(ScorecardId.NFRA_2025);
        assertThat(s.elements()).extracting(Element::name, e -> e.minimumWeight().intValueExact()).containsExactly(
                tuple("体制机制", 10), tuple("适当性管理", 10), tuple("营销行为管理", 25), tuple("纠纷化解", 25),
                tuple("金融教育", 10), tuple("消费者服务", 5), tuple("个人信息保护", 5));
        assertThat(s.bands()).extracting(GradeBand::grade).containsExactly("5", "4", "3", "2B", "2A", "1");
        assertThat(s.assumptions()).anySatisfy(a -> assertThat(a).contains("grade bands", "not public"));
    }

    @Test
    void cbirc2021HasItsFixedWeightsA25PointDeductionCapAndItsDataRange() {
        Scorecard s = catalog.get(ScorecardId.CBIRC_2021);
        assertThat(s.elements()).extracting(Element::name, e -> e.weight().intValueExact()).containsExactly(
                tuple("体制建设", 10), tuple("机制与运行", 25), tuple("操作与服务", 30), tuple("教育宣传", 10),
                tuple("纠纷化解", 25));
        assertThat(s.deductionCap()).isEqualByComparingTo("25");
        assertThat(s.bands()).extracting(GradeBand::grade)
                .containsExactly("四级", "三级B", "三级A", "二级B", "二级A", "一级");
        assertThat(s.findValidFrom()).hasValueSatisfying(d -> assertThat(d).hasYear(2021));
        assertThat(s.findValidTo()).hasValueSatisfying(d -> assertThat(d).hasYear(2024));
    }

    @Test
    void theBranchAssessmentIsWorth12PointsAndVetoesOpinionAndPenalties() {
        Scorecard s = catalog.get(ScorecardId.BRANCH_2025);
        assertThat(s.contribution()).isEqualByComparingTo("12");
        assertThat(s.vetoes()).extracting(v -> v.indicator().value(), Veto::effect).containsExactly(
                tuple("opinion.major-events", Veto.Effect.ZERO), tuple("penalty.count", Veto.Effect.ZERO));
        assertThat(s.requiredIndicators()).extracting(IndicatorId::value).contains("complaint.reduction-rate",
                "complaint.satisfaction-rate", "complaint.on-time-rate", "complaint.regulator-transferred",
                "education.activities", "education.audience", "training.participation-rate", "training.pass-rate",
                "product.pre-review-coverage");
    }

    @Test
    void everyBuiltInReadsBackFromItsOwnText() {
        catalog.ids().forEach(id -> assertThat(Scorecard.parse(catalog.get(id).toText())).isEqualTo(catalog.get(id)));
    }

    @Test
    void cbircDeductionsAreHeldAt25() {
        Scorecard s = catalog.get(ScorecardId.CBIRC_2021);
        IndicatorValues perfect = IndicatorValues.empty();
        for (IndicatorId id : s.requiredIndicators()) {
            perfect = perfect.with(id, id.value().endsWith("self-assessment") ? new BigDecimal("100") : BigDecimal.ONE);
        }
        IndicatorValues bad = perfect.with(IndicatorId.INSPECTION_ISSUES, new BigDecimal("20"))
                .with(IndicatorId.PENALTY_COUNT, new BigDecimal("3"));
        Assessment a = s.assess(UnitId.of("BANK"), AppraisalPeriod.year(2023), bad);
        // 20 issues x 1 = 20 (cap 25); 3 penalties x 5 = 15 (cap 25); together 35, held at 25
        assertThat(a.deductions()).extracting(AdjustmentResult::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("20"), new BigDecimal("15"));
        assertThat(a.deductionTotal()).isEqualByComparingTo("25");
        assertThat(a.base()).isEqualByComparingTo("100");
        assertThat(a.score()).isEqualByComparingTo("75");
        assertThat(a.grade()).isEqualTo("三级A");
    }
}
