package io.consumerprotection.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.spi.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {

    private final ReportingCalendar bundled = ReportingCalendar.bundled();

    @Test
    void dueDatesFollowTheBundledEntries() {
        assertThat(bundled.version()).isEqualTo("2026a");
        assertThat(bundled.dueDate(ReportKind.MONTHLY_TABLE, ReportingPeriod.parse("2025-03"))).isEqualTo("2025-04-10");
        assertThat(bundled.dueDate(ReportKind.QUARTERLY_BULLETIN, ReportingPeriod.parse("2025-Q2"))).isEqualTo("2025-07-15");
        assertThat(bundled.dueDate(ReportKind.PBOC_SELF_ASSESSMENT, ReportingPeriod.parse("2025"))).isEqualTo("2026-01-31");
        assertThat(bundled.find(ReportKind.PBOC_SELF_ASSESSMENT).orElseThrow().confidence()).isEqualTo("A");
        assertThat(bundled.find(ReportKind.MONTHLY_TABLE).orElseThrow().confidence()).isEqualTo("host");
    }

    @Test
    void theHostSetsTheMonthlyDayAndTheVersionSaysSo() {
        ReportingCalendar c = bundled.withMonthlyDay(31);
        assertThat(c.version()).isEqualTo("2026a+monthly=31");
        assertThat(c.dueDate(ReportKind.MONTHLY_TABLE, ReportingPeriod.parse("2025-01"))).isEqualTo("2025-02-28");
        assertThat(c.dueDate(ReportKind.MONTHLY_TABLE, ReportingPeriod.parse("2024-01"))).isEqualTo("2024-02-29");
        assertThatThrownBy(() -> bundled.withMonthlyDay(0)).isInstanceOfSatisfying(InvalidReportingException.class,
                e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("OUT_OF_RANGE"));
    }

    @Test
    void aPeriodOfTheWrongLengthIsRejected() {
        assertThatThrownBy(() -> bundled.dueDate(ReportKind.MONTHLY_TABLE, ReportingPeriod.parse("2025-Q1")))
                .isInstanceOfSatisfying(InvalidReportingException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_REPORTING");
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("period");
                });
    }

    @Test
    void obligationsPairPeriodsWithTheEarliestSubmission() {
        ReportSubmission late = new ReportSubmission(ReportKind.MONTHLY_TABLE, ReportingPeriod.parse("2025-02"),
                Instant.parse("2025-03-12T02:00:00Z"));
        ReportSubmission early = new ReportSubmission(ReportKind.MONTHLY_TABLE, ReportingPeriod.parse("2025-02"),
                Instant.parse("2025-03-09T02:00:00Z"));
        List<ReportObligation> o = bundled.obligations(ReportKind.MONTHLY_TABLE, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31), List.of(late, early));
        assertThat(o).extracting(ReportObligation::id)
                .containsExactly("MONTHLY_TABLE/2025-01", "MONTHLY_TABLE/2025-02", "MONTHLY_TABLE/2025-03");
        assertThat(o.get(1).submittedAt()).contains(early.submittedAt());
        assertThat(o.get(0).submittedAt()).isEmpty();
    }

    @Test
    void aMalformedCalendarNamesTheLine() {
        assertThatThrownBy(() -> ReportingCalendar.parse("version\tx\nMONTHLY_TABLE\tDAY_OF_NEXT_MONTH\t40\thost\tb\n"))
                .isInstanceOfSatisfying(InvalidReportingException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("line[2]"));
    }
}
