package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.inspection.CadenceKind;
import io.consumerprotection.core.inspection.CadencePeriod;
import io.consumerprotection.core.inspection.CadenceSchedule;
import io.consumerprotection.spi.inspection.CadenceRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InspectionRulesTest {

    @Test
    void aMonthWithoutTheSupervisingBranchsCheckIsReportedOnceItEnded() {
        CadenceSchedule schedule = CadenceSchedule.of(Map.of(CadenceKind.MONTHLY_CHECK, Set.of("SUB-1", "SUB-2")),
                CadenceSchedule.WEEKDAYS);
        List<CadencePeriod> periods = schedule.periods(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31),
                List.of(new CadenceRecord("C-1", "MONTHLY_CHECK", "SUB-1", LocalDate.of(2026, 4, 20), ""),
                        new CadenceRecord("C-2", "MONTHLY_CHECK", "SUB-2", LocalDate.of(2026, 5, 3), "")));
        List<Finding> findings = new ArrayList<>();
        RunRecord run = AuditRun.builder(BuiltInRules.governance(), AuditFixtures.context("2026-05-15"))
                .facts(SubjectKind.CADENCE_PERIOD, periods::stream).emit(EnumSet.allOf(FindingKind.class)).build()
                .execute(findings::add);
        RuleSummary s = run.findSummary(RuleId.of("CP-INSPECT-001")).orElseThrow();
        assertThat(s.fail()).isEqualTo(1);
        assertThat(s.pass()).isEqualTo(1);
        assertThat(s.notApplicable()).isEqualTo(2);
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.FAIL).extracting(Finding::subjectId)
                .containsExactly("MONTHLY_CHECK:SUB-2:2026-04-01");
    }
}
