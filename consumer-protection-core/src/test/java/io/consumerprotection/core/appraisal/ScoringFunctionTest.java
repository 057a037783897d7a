package io.consumerprotection.core.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.appraisal.ScoringFunction.Direction;
import io.consumerprotection.core.appraisal.ScoringFunction.Standing;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoringFunctionTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static BigDecimal f(ScoringFunction fn, String value) {
        return fn.evaluate(d(value), Standing.ALONE).fraction();
    }

    @Test
    void linearInterpolatesAndHoldsAtTheEnds() {
        ScoringFunction fn = new ScoringFunction.Linear(d("0.85"), d("0.98"));
        // (0.96 - 0.85) / 0.13 = 0.8461538… -> 0.846154 (6 places, half up)
        assertThat(f(fn, "0.96")).isEqualByComparingTo("0.846154");
        assertThat(f(fn, "0.85")).isEqualByComparingTo("0");
        assertThat(f(fn, "0.50")).isEqualByComparingTo("0");
        assertThat(f(fn, "0.98")).isEqualByComparingTo("1");
        assertThat(f(fn, "1.20")).isEqualByComparingTo("1");
        assertThat(fn.direction()).isEqualTo(Direction.INCREASING);
        assertThat(fn.evaluate(d("0.96"), Standing.ALONE).formula())
                .isEqualTo("linear 0.85..0.98: (0.96 - 0.85) / (0.98 - 0.85) = 0.846154");
    }

    @Test
    void linearWithFromAboveToRewardsLowerValues() {
        ScoringFunction fn = new ScoringFunction.Linear(d("40"), d("10"));
        assertThat(f(fn, "25")).isEqualByComparingTo("0.5");
        assertThat(f(fn, "5")).isEqualByComparingTo("1");
        assertThat(f(fn, "50")).isEqualByComparingTo("0");
        assertThat(fn.direction()).isEqualTo(Direction.DECREASING);
    }

    @Test
    void linearRefusesEqualThresholds() {
        assertThatThrownBy(() -> new ScoringFunction.Linear(d("1"), d("1.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ");
    }

    @Test
    void attainmentIsTheRatioHeldAtTheCap() {
        ScoringFunction fn = new ScoringFunction.Attainment(d("200"), d("1.2"));
        assertThat(f(fn, "150")).isEqualByComparingTo("0.75");
        assertThat(f(fn, "230")).isEqualByComparingTo("1.15");
        assertThat(f(fn, "300")).isEqualByComparingTo("1.2");
        assertThat(f(fn, "-5")).isEqualByComparingTo("0");
        assertThat(fn.maximum()).isEqualByComparingTo("1.2");
    }

    @Test
    void stepsTakeTheFirstRowThatHolds() {
        ScoringFunction.Steps fn = ScoringFunction.Steps.parse(">=1:1,>=0.95:0.5,else:0");
        assertThat(f(fn, "1")).isEqualByComparingTo("1");
        assertThat(f(fn, "0.99")).isEqualByComparingTo("0.5");
        assertThat(f(fn, "0.95")).isEqualByComparingTo("0.5");
        assertThat(f(fn, "0.9499")).isEqualByComparingTo("0");
        assertThat(fn.direction()).isEqualTo(Direction.INCREASING);
        assertThat(fn.toText()).isEqualTo("function=steps steps=>=1:1,>=0.95:0.5,else:0");
    }

    @Test
    void atMostStepsRewardLowerValues() {
        ScoringFunction.Steps fn = ScoringFunction.Steps.parse("<=0:1,<=2:0.6,else:0");
        assertThat(f(fn, "0")).isEqualByComparingTo("1");
        assertThat(f(fn, "2")).isEqualByComparingTo("0.6");
        assertThat(f(fn, "3")).isEqualByComparingTo("0");
        assertThat(fn.direction()).isEqualTo(Direction.DECREASING);
    }

    @Test
    void stepsWhoseFractionsGoUpAndDownAreNotMonotone() {
        assertThat(ScoringFunction.Steps.parse(">=10:0.2,>=5:1,else:0").direction()).isEqualTo(Direction.NONE);
    }

    @Test
    void stepsRefuseThresholdsOutOfOrderOrMixedOperators() {
        assertThatThrownBy(() -> ScoringFunction.Steps.parse(">=0.9:0.5,>=1:1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("descending");
        assertThatThrownBy(() -> ScoringFunction.Steps.parse(">=1:1,<=0:0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same operator");
        assertThatThrownBy(() -> ScoringFunction.Steps.parse(">=1:1.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringFunction.Steps.parse("else:0,>=1:1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rankScalesFromLastToFirst() {
        ScoringFunction fn = new ScoringFunction.Rank(true);
        assertThat(fn.evaluate(d("0"), new Standing(1, 5)).fraction()).isEqualByComparingTo("1");
        assertThat(fn.evaluate(d("0"), new Standing(2, 5)).fraction()).isEqualByComparingTo("0.75");
        assertThat(fn.evaluate(d("0"), new Standing(5, 5)).fraction()).isEqualByComparingTo("0");
        assertThat(fn.evaluate(d("0"), new Standing(2, 3)).fraction()).isEqualByComparingTo("0.5");
        assertThat(fn.evaluate(d("0"), Standing.ALONE).fraction()).isEqualByComparingTo("1");
    }

    @Test
    void checkTakesOnlyYesOrNo() {
        ScoringFunction fn = new ScoringFunction.Check();
        assertThat(f(fn, "1")).isEqualByComparingTo("1");
        assertThat(f(fn, "1.00")).isEqualByComparingTo("1");
        assertThat(f(fn, "0")).isEqualByComparingTo("0");
        assertThatThrownBy(() -> f(fn, "0.5")).isInstanceOf(IllegalArgumentException.class);
    }
}
