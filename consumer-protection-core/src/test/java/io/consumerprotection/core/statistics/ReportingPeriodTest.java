package io.consumerprotection.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void parsesAndPrintsEveryKind() {
        for (String s : new String[] {"2025", "2025-H2", "2025-Q1", "2025-03", "2025-01-01..2025-11-30"}) {
            assertThat(ReportingPeriod.parse(s).toString()).isEqualTo(s);
        }
        assertThat(ReportingPeriod.parse("2025-H2").start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(ReportingPeriod.parse("2025-Q1").end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThatThrownBy(() -> ReportingPeriod.parse("2025-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.parse("2025-13")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparisonPeriods() {
        assertThat(ReportingPeriod.month(YearMonth.of(2025, 1)).previous()).isEqualTo(ReportingPeriod.month(YearMonth.of(2024, 12)));
        assertThat(ReportingPeriod.quarter(2025, 1).previous()).isEqualTo(ReportingPeriod.quarter(2024, 4));
        assertThat(ReportingPeriod.halfYear(2025, 1).previous()).isEqualTo(ReportingPeriod.halfYear(2024, 2));
        assertThat(ReportingPeriod.year(2025).previous()).isEqualTo(ReportingPeriod.year(2024));
        assertThat(ReportingPeriod.month(YearMonth.of(2024, 2)).yearBefore().end()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(ReportingPeriod.month(YearMonth.of(2025, 2)).yearBefore().end()).isEqualTo(LocalDate.of(2024, 2, 29));
        ReportingPeriod custom = ReportingPeriod.of(LocalDate.of(2025, 1, 11), LocalDate.of(2025, 1, 20));
        assertThat(custom.previous()).isEqualTo(ReportingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10)));
    }

    @Test
    void percentagesRoundOnceHalfUpAwayFromZero() {
        assertThat(Rate.of(110, 352).percent()).contains(new BigDecimal("31.3"));
        assertThat(Rate.of(1, 8).percent(2)).contains(new BigDecimal("12.50"));
        assertThat(Rate.of(1, 800).percent()).contains(new BigDecimal("0.1"));
        assertThat(Change.of(263, 400).percent(1)).contains(new BigDecimal("-34.3"));
        assertThat(Change.of(337, 400).percent(1)).contains(new BigDecimal("-15.8"));
        assertThat(Change.of(5, 0).percent()).isEmpty();
        assertThat(Rate.of(0, 0).toString()).isEqualTo("n/a (0/0)");
        assertThat(Change.of(352, 418).toString()).isEqualTo("352 vs 418 (-15.8%)");
    }
}
