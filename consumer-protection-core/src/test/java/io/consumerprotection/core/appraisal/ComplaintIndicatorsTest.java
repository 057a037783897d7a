package io.consumerprotection.core.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.statistics.ComplaintFigures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComplaintIndicatorsTest {

    private static BigDecimal value(IndicatorValues v, IndicatorId id) {
        return v.find(id).orElseThrow().value();
    }

    @Test
    void seed003FiguresBecomeFractions() {
        // seed 003: 352 complaints against 418, 25 regulator-transferred all on time, satisfaction 96%
        ComplaintFigures current = new ComplaintFigures(352, 350, 343, 300, 288, 0, 0, 25, 25, 25);
        ComplaintFigures yearBefore = new ComplaintFigures(418, 0, 0, 0, 0, 0, 0, 30, 0, 0);

        IndicatorValues v = ComplaintIndicators.of(current, yearBefore);

        assertThat(value(v, IndicatorId.COMPLAINT_REDUCTION_RATE)).isEqualByComparingTo("0.157895");
        assertThat(value(v, IndicatorId.COMPLAINT_ON_TIME_RATE)).isEqualByComparingTo("0.98");
        assertThat(value(v, IndicatorId.COMPLAINT_SATISFACTION_RATE)).isEqualByComparingTo("0.96");
        assertThat(value(v, IndicatorId.COMPLAINT_REGULATOR_TRANSFERRED)).isEqualByComparingTo("25");
        assertThat(value(v, IndicatorId.COMPLAINT_REGULATOR_TRANSFERRED_ON_TIME_RATE)).isEqualByComparingTo("1");
        assertThat(v.find(IndicatorId.COMPLAINT_ON_TIME_RATE).orElseThrow().evidence())
                .containsExactly("decided on time 343 of 350");
    }

    @Test
    void risingComplaintsGiveANegativeReductionAndEmptyRatesCountAsNothingLate() {
        IndicatorValues v = ComplaintIndicators.of(new ComplaintFigures(12, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                new ComplaintFigures(10, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(value(v, IndicatorId.COMPLAINT_REDUCTION_RATE)).isEqualByComparingTo("-0.2");
        assertThat(value(v, IndicatorId.COMPLAINT_ON_TIME_RATE)).isEqualByComparingTo("1");
        assertThat(value(ComplaintIndicators.of(ComplaintFigures.NONE, ComplaintFigures.NONE),
                IndicatorId.COMPLAINT_REDUCTION_RATE)).isEqualByComparingTo("0");
    }
}
