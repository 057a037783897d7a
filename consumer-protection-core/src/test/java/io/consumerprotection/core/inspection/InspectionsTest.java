package io.consumerprotection.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.appraisal.AppraisalPeriod;
import io.consumerprotection.core.appraisal.FactIndicators;
import io.consumerprotection.core.appraisal.IndicatorId;
import io.consumerprotection.core.appraisal.IndicatorValues;
import io.consumerprotection.core.appraisal.UnitId;
import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.RectificationSource;
import io.consumerprotection.core.rectification.RectificationStatus;
import io.consumerprotection.core.rectification.Rectifications;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.appraisal.InspectionRecord;
import io.consumerprotection.testkit.InMemoryAppraisalFactsSource;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryInspectionStore;
import io.consumerprotection.testkit.InMemoryRectificationStore;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectionsTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-04-20T02:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 4, 15);

    final InMemoryAuditSink sink = new InMemoryAuditSink();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final Rectifications rectifications = Rectifications.on(new InMemoryRectificationStore());
    final InMemoryInspectionStore store = new InMemoryInspectionStore();
    final Inspections inspections = Inspections.of(store, rectifications, AuditTrail.of(sink, clock), clock, CHINA);

    static Map<String, Integer> scores(int each) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Checklist.Aspect a : Checklist.service6().aspects()) {
            m.put(a.code(), each);
        }
        return m;
    }

    InspectionReport report(String id, String unit, Map<String, Integer> scores, List<ProblemFound> problems) {
        return new InspectionReport(id, "", InspectionKind.MYSTERY_SHOPPER, unit, DAY, "FIRM-A", "SERVICE-6", scores, problems, "STAFF-1");
    }

    @Test
    void theBundledChecklistHoldsSeed000sSixAspectsInOrderWithItsSource() {
        Checklist c = Checklist.service6();
        assertThat(c.aspects()).extracting(Checklist.Aspect::titleZh).containsExactly("营业环境及设施", "员工职业形象", "大堂经理服务",
                "柜员服务", "客户经理服务", "保安服务");
        assertThat(c.source()).contains("seed 000");
        assertThat(c.version()).isEqualTo("2026a");
        assertThat(c.maxScore()).isEqualTo(60);
    }

    @Test
    void problemsBecomeRectificationItemsFixedOnTheSpotOrDueOnTheirDeadline() {
        ServiceInspection i = inspections.record(report("I-1", "BR-001", scores(8), List.of(
                ProblemFound.fixedOnSpot("ENVIRONMENT", "宣传折页过期"),
                ProblemFound.byDeadline("TELLER", "未执行唱收唱付", LocalDate.of(2026, 5, 15)))));
        assertThat(i.totalScore()).isEqualTo(48);
        assertThat(i.percent()).isEqualTo(80.0);
        assertThat(i.problems()).extracting(InspectionProblem::fixedOnSpot).containsExactly(true, false);

        RectificationItem onSpot = rectifications.get(i.problems().get(0).rectification());
        RectificationItem later = rectifications.get(i.problems().get(1).rectification());
        assertThat(onSpot.source().kind()).isEqualTo(RectificationSource.INSPECTION);
        assertThat(onSpot.source().reference()).isEqualTo("I-1");
        assertThat(onSpot.status(NOW, CHINA)).isEqualTo(RectificationStatus.DONE);
        assertThat(later.status(NOW, CHINA)).isEqualTo(RectificationStatus.OPEN);
        assertThat(later.dueDate()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(later.status(Instant.parse("2026-05-16T02:00:00Z"), CHINA)).isEqualTo(RectificationStatus.OVERDUE);
        assertThat(later.ownerUnit()).isEqualTo("BR-001");
        assertThat(inspections.find("I-1")).contains(i);
    }

    @Test
    void everyAspectIsScoredWithinItsMaximumAndBadInputWritesNothing() {
        Map<String, Integer> bad = scores(8);
        bad.remove("SECURITY");
        bad.put("TELLER", 11);
        bad.put("COFFEE", 3);
        assertThatThrownBy(() -> inspections.record(report("I-1", "BR-001", bad, List.of(
                ProblemFound.byDeadline("NOPE", " ", DAY.minusDays(1))))))
                .isInstanceOfSatisfying(InvalidInspectionException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("scores.TELLER", "scores.SECURITY", "scores",
                                "problems[0].aspect", "problems[0].description", "problems[0].deadline"));
        assertThat(store.findInspection("I-1")).isEmpty();
        assertThat(rectifications.all()).isEmpty();
    }

    @Test
    void aHostChecklistIsReadFromDataAndUsed() throws Exception {
        String own = "id\tOWN-2\nversion\th1\nsource\thost manual 4.2\naspect\tQUEUE\t排队时长\tQueue time\t5\n"
                + "aspect\tELDERLY\t适老服务\tService to the elderly\t5\n";
        Checklist c = Checklist.read(new ByteArrayInputStream(own.getBytes(StandardCharsets.UTF_8)));
        ServiceInspection i = inspections.withChecklist(c).record(new InspectionReport("I-2", "", InspectionKind.SELF_CHECK,
                "BR-002", DAY, "STAFF-2", "OWN-2", Map.of("QUEUE", 5, "ELDERLY", 3), List.of(), "STAFF-2"));
        assertThat(i.maxScore()).isEqualTo(10);
        assertThat(i.checklistVersion()).isEqualTo("h1");
        assertThatThrownBy(() -> Checklist.read(new ByteArrayInputStream("id\tX\nversion\t1\nsource\ts\naspect\tA\ta\ta\tx\n"
                .getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 4");
    }

    @Test
    void theAppraisalReadsProblemsAndRectificationsInsteadOfHostTotals() {
        inspections.record(report("I-1", "BR-001", scores(9), List.of(ProblemFound.fixedOnSpot("ENVIRONMENT", "灯箱损坏"),
                ProblemFound.byDeadline("TELLER", "未唱收唱付", LocalDate.of(2026, 5, 15)))));
        inspections.record(report("I-2", "BR-001", scores(6), List.of()));
        inspections.record(report("I-3", "BR-002", scores(10), List.of()));
        InMemoryAppraisalFactsSource host = new InMemoryAppraisalFactsSource();
        host.add(new InspectionRecord("NFRA-1", "BR-001", DAY, "NFRA", 2, 2));
        host.add(new InspectionRecord("OLD-TOTAL", "BR-001", DAY, "MYSTERY_SHOPPER", 9, 0));

        AppraisalPeriod q2 = AppraisalPeriod.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        IndicatorValues v = FactIndicators.derive(InspectionFacts.over(host, inspections), UnitId.of("BR-001"), q2);
        assertThat(v.find(new IndicatorId("inspection.issues")).orElseThrow().value()).isEqualByComparingTo("4");
        assertThat(v.find(new IndicatorId("inspection.unrectified")).orElseThrow().value()).isEqualByComparingTo("1");

        IndicatorValues s = inspections.indicators("BR-001", q2.from(), q2.to());
        assertThat(s.find(Inspections.SCORE_PERCENT).orElseThrow().value()).isEqualByComparingTo(new BigDecimal("75.00"));
        assertThat(s.find(Inspections.PROBLEMS).orElseThrow().value()).isEqualByComparingTo("2");
    }

    @Test
    void aPlanSamplesItsShareOfUnitsAndIsAudited() {
        InspectionPlan p = inspections.plan("PLAN-Q2", InspectionKind.MYSTERY_SHOPPER, "HQ", LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 6, 30), 30, "SERVICE-6", List.of("BR-1", "BR-2", "BR-3", "BR-4", "BR-5", "BR-6", "BR-7"),
                "2026Q2", "STAFF-1");
        assertThat(p.units()).hasSize(3);
        assertThat(inspections.findPlan("PLAN-Q2")).contains(p);
        assertThatThrownBy(() -> inspections.plan("PLAN-Q2", InspectionKind.SPOT_CHECK, "HQ", DAY, DAY, 30, "SERVICE-6",
                List.of("BR-1"), "s", "STAFF-1")).isInstanceOf(InvalidInspectionException.class).hasMessageContaining("Unique");
    }
}
