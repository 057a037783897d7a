package io.consumerprotection.core.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AppraisalPeriodTest {

    @Test
    void parsesYearsHalvesQuartersAndRanges() {
        assertThat(AppraisalPeriod.parse("2025")).isEqualTo(AppraisalPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(AppraisalPeriod.parse("2025-H1")).isEqualTo(AppraisalPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertThat(AppraisalPeriod.parse("2025-H2")).isEqualTo(AppraisalPeriod.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)));
        assertThat(AppraisalPeriod.parse("2024-Q1")).isEqualTo(AppraisalPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
        assertThat(AppraisalPeriod.parse("2025-03-01/2025-03-31").to()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void toStringIsTheRangeParseReads() {
        AppraisalPeriod p = AppraisalPeriod.parse("2025-H1");
        assertThat(p).hasToString("2025-01-01/2025-06-30");
        assertThat(AppraisalPeriod.parse(p.toString())).isEqualTo(p);
        assertThat(p.previousYear()).isEqualTo(AppraisalPeriod.parse("2024-H1"));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> AppraisalPeriod.parse("2025-H3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppraisalPeriod.parse("last year")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppraisalPeriod.parse("2025-06-30/2025-01-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppraisalPeriod.parse("2025-02-30/2025-03-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
