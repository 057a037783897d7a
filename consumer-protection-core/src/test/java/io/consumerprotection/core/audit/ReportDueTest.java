package io.consumerprotection.core.audit;

import static io.consumerprotection.core.audit.AuditFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.reporting.ReportKind;
import io.consumerprotection.core.reporting.ReportObligation;
import io.consumerprotection.core.reporting.ReportSubmission;
import io.consumerprotection.core.reporting.ReportingCalendar;
import io.consumerprotection.core.statistics.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportDueTest {

    @Test
    void lateMissingOnTimeAndNotYetDue() {
        ReportingCalendar cal = ReportingCalendar.bundled().withMonthlyDay(15);
        List<ReportSubmission> subs = List.of(
                new ReportSubmission(ReportKind.MONTHLY_TABLE, ReportingPeriod.parse("2025-01"), Instant.parse("2025-02-15T08:00:00Z")),
                // 2025-03-16 00:30 in Shanghai is the day after the due day, though still 03-15 in UTC
                new ReportSubmission(ReportKind.MONTHLY_TABLE, ReportingPeriod.parse("2025-02"), Instant.parse("2025-03-15T16:30:00Z")));
        List<ReportObligation> obligations = cal.obligations(ReportKind.MONTHLY_TABLE, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 4, 30), subs);
        Map<String, FindingKind> kinds = new TreeMap<>();
        List<Finding> found = new ArrayList<>();
        AuditRun.builder(BuiltInRules.rectification(), context("2025-05-10")).reportObligations(obligations)
                .emit(java.util.EnumSet.allOf(FindingKind.class)).build().execute(f -> {
                    kinds.put(f.subjectId(), f.kind());
                    found.add(f);
                });
        assertThat(kinds).containsExactly(Map.entry("MONTHLY_TABLE/2025-01", FindingKind.PASS),
                Map.entry("MONTHLY_TABLE/2025-02", FindingKind.FAIL), Map.entry("MONTHLY_TABLE/2025-03", FindingKind.FAIL),
                Map.entry("MONTHLY_TABLE/2025-04", FindingKind.NOT_APPLICABLE));
        assertThat(found).filteredOn(f -> f.subjectId().equals("MONTHLY_TABLE/2025-02")).singleElement()
                .satisfies(f -> assertThat(FindingMessages.builtIn().findChinese(f)).hasValueSatisfying(
                        zh -> assertThat(zh).contains("月度投诉分析统计表").contains("迟报 1 天")));
    }
}
