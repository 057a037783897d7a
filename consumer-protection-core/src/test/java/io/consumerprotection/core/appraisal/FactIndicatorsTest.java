package io.consumerprotection.core.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.appraisal.EducationActivityRecord;
import io.consumerprotection.spi.appraisal.InspectionRecord;
import io.consumerprotection.spi.appraisal.PenaltyRecord;
import io.consumerprotection.spi.appraisal.PublicOpinionEventRecord;
import io.consumerprotection.spi.appraisal.TrainingRecord;
import io.consumerprotection.testkit.InMemoryAppraisalFactsSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FactIndicatorsTest {

    private static final LocalDate D = LocalDate.of(2025, 3, 15);

    @Test
    void derivesEveryFactIndicatorWithItsEvidence() {
        InMemoryAppraisalFactsSource src = new InMemoryAppraisalFactsSource()
                .add(new TrainingRecord("T1", "ZX", D, "", 40, 38, 0, 0))
                .add(new TrainingRecord("T2", "ZX", D, "", 120, 120, 120, 114))
                .add(new EducationActivityRecord("E1", "ZX", D, "OFFLINE", "", 5000))
                .add(new EducationActivityRecord("E2", "ZX", D, "ONLINE", "", 30000))
                .add(new InspectionRecord("I1", "ZX", D, "INTERNAL_AUDIT", 15, 12))
                .add(new PublicOpinionEventRecord("O1", "ZX", D, true, false, ""))
                .add(new PublicOpinionEventRecord("O2", "ZX", D, true, true, ""))
                .add(new PenaltyRecord("P1", "ZX", D, "NFRA", "", new BigDecimal("300000")))
                .add(new PenaltyRecord("P9", "QD", D, "NFRA", "", new BigDecimal("1")));
        IndicatorValues v = FactIndicators.derive(src, UnitId.of("ZX"), AppraisalPeriod.parse("2025-H1"));
        // participation (38 + 120) / 160 = 0.9875; pass 114 / 120 = 0.95
        assertThat(v.find(IndicatorId.TRAINING_PARTICIPATION_RATE).orElseThrow().value()).isEqualByComparingTo("0.9875");
        assertThat(v.find(IndicatorId.TRAINING_PASS_RATE).orElseThrow().value()).isEqualByComparingTo("0.95");
        assertThat(v.find(IndicatorId.TRAINING_SESSIONS).orElseThrow().evidence()).containsExactly("T1", "T2");
        assertThat(v.find(IndicatorId.EDUCATION_ACTIVITIES).orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(v.find(IndicatorId.EDUCATION_AUDIENCE).orElseThrow().value()).isEqualByComparingTo("35000");
        assertThat(v.find(IndicatorId.INSPECTION_ISSUES).orElseThrow().value()).isEqualByComparingTo("15");
        assertThat(v.find(IndicatorId.INSPECTION_UNRECTIFIED).orElseThrow().value()).isEqualByComparingTo("3");
        assertThat(v.find(IndicatorId.OPINION_EVENTS).orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(v.find(IndicatorId.OPINION_MAJOR_EVENTS).orElseThrow().evidence()).containsExactly("O2");
        assertThat(v.find(IndicatorId.PENALTY_COUNT).orElseThrow().evidence()).containsExactly("P1");
        assertThat(v.find(IndicatorId.PENALTY_AMOUNT).orElseThrow().value()).isEqualByComparingTo("300000");
    }

    @Test
    void aUnitWithoutRecordsGetsZeros() {
        IndicatorValues v = FactIndicators.derive(new InMemoryAppraisalFactsSource(), UnitId.of("ZX"), AppraisalPeriod.year(2025));
        assertThat(v.asMap()).hasSize(11).allSatisfy((k, x) -> assertThat(x.value()).isEqualByComparingTo("0"));
    }
}
