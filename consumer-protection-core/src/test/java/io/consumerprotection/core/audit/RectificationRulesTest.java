package io.consumerprotection.core.audit;

import static io.consumerprotection.core.audit.AuditFixtures.context;
import static io.consumerprotection.core.audit.AuditFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.rectification.RectificationId;
import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.RectificationSource;
import io.consumerprotection.core.rectification.Rectifications;
import io.consumerprotection.core.rectification.SourceReference;
import io.consumerprotection.testkit.InMemoryRectificationStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RectificationRulesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static RectificationItem item(String id, String unit, String rule, String openedDay, String dueDay) {
        return RectificationItem.open(RectificationId.of(id), SourceReference.of(RectificationSource.AUDIT_FINDING, "F"),
                rule, unit, "BRANCH-HEAD", "问题", LocalDate.parse(dueDay), noon(openedDay), CHINA).withPlan("方案");
    }

    private static Outcome check(String ruleId, RectificationItem i, List<RectificationItem> earlier, String asOf) {
        Rule<RectificationSubject> rule = AuditFixtures.rule(ruleId);
        return rule.check(new RectificationSubject(i, earlier), context(asOf));
    }

    @Test
    void overdueCountsTheDueDayAsInTime() {
        RectificationItem i = item("R-1", "BR-1", "CP-X-1", "2025-03-01", "2025-03-31");
        assertThat(check("CP-RECT-001", i, List.of(), "2025-03-31").kind()).isEqualTo(FindingKind.PASS);
        Outcome late = check("CP-RECT-001", i, List.of(), "2025-04-02");
        assertThat(late.kind()).isEqualTo(FindingKind.FAIL);
        assertThat(late.message()).contains("2 days overdue");
        assertThat(FindingMessages.builtIn().findChinese(RuleId.of("CP-RECT-001"), late.message())).hasValueSatisfying(
                zh -> assertThat(zh).contains("已逾期 2 天"));
        RectificationItem doneLate = i.complete(noon("2025-04-05"), List.of("DOC"));
        assertThat(FindingMessages.builtIn().findChinese(RuleId.of("CP-RECT-001"),
                check("CP-RECT-001", doneLate, List.of(), "2025-04-10").message())).hasValueSatisfying(
                zh -> assertThat(zh).contains("逾期 5 天"));
        RectificationItem doneInTime = i.complete(noon("2025-03-31"), List.of("DOC"));
        assertThat(check("CP-RECT-001", doneInTime, List.of(), "2025-06-10").kind()).isEqualTo(FindingKind.PASS);
    }

    @Test
    void doneWithoutVerificationFailsAfterTheGrace() {
        RectificationItem done = item("R-1", "BR-1", "CP-X-1", "2025-03-01", "2025-03-31")
                .complete(noon("2025-03-10"), List.of("DOC"));
        assertThat(check("CP-RECT-002", done, List.of(), "2025-03-25").kind()).isEqualTo(FindingKind.PASS);
        assertThat(check("CP-RECT-002", done, List.of(), "2025-03-26").kind()).isEqualTo(FindingKind.FAIL);
        assertThat(check("CP-RECT-002", done.verify(noon("2025-03-30"), "CP-DEPT"), List.of(), "2025-04-30").kind())
                .isEqualTo(FindingKind.PASS);
        assertThat(check("CP-RECT-002", item("R-2", "BR-1", "", "2025-03-01", "2025-03-31"), List.of(), "2025-05-01")
                .kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
    }

    @Test
    void theThirdFindingWithinTwelveMonthsFails() {
        RectificationItem a = item("R-A", "BR-1", "CP-X-1", "2024-05-01", "2024-06-01");
        RectificationItem b = item("R-B", "BR-1", "CP-X-1", "2024-11-01", "2024-12-01");
        RectificationItem c = item("R-C", "BR-1", "CP-X-1", "2025-04-30", "2025-05-30");
        RectificationItem d = item("R-D", "BR-1", "CP-X-1", "2025-05-02", "2025-06-30");
        assertThat(check("CP-RECT-003", b, List.of(a), "2025-06-01").kind()).isEqualTo(FindingKind.PASS);
        Outcome third = check("CP-RECT-003", c, List.of(a, b), "2025-06-01");
        assertThat(third.kind()).isEqualTo(FindingKind.FAIL);
        assertThat(third.evidence()).contains(Evidence.of("earlier", List.of("R-A", "R-B")));
        // a fell out of the 12-month window of d: only b and c count, with d that is three
        assertThat(check("CP-RECT-003", d, List.of(a, b, c), "2025-06-01").kind()).isEqualTo(FindingKind.FAIL);
        assertThat(check("CP-RECT-003", d, List.of(a, c), "2025-06-01").kind()).isEqualTo(FindingKind.PASS);
    }

    /** A whole run from the store against a naive count written from the rule text. */
    @Test
    void aRunOverTheStoreMatchesANaiveCount() {
        InMemoryRectificationStore store = new InMemoryRectificationStore();
        Rectifications register = Rectifications.on(store);
        Random random = new Random(7);
        List<RectificationItem> all = new ArrayList<>();
        LocalDate start = LocalDate.of(2023, 1, 1);
        for (int n = 0; n < 300; n++) {
            LocalDate opened = start.plusDays(random.nextInt(900));
            RectificationItem i = item("R-" + n, "BR-" + random.nextInt(4), "CP-X-" + random.nextInt(3),
                    opened.toString(), opened.plusDays(30).toString());
            all.add(i);
            register.open(i);
        }
        Set<String> expected = new TreeSet<>();
        for (RectificationItem i : all) {
            LocalDate day = i.openedAt().atZone(CHINA).toLocalDate();
            long same = all.stream().filter(o -> o.ownerUnit().equals(i.ownerUnit()) && o.ruleKey().equals(i.ruleKey()))
                    .map(o -> o.openedAt().atZone(CHINA).toLocalDate())
                    .filter(d -> !d.isAfter(day) && !d.isBefore(day.minusMonths(12)))
                    .filter(d -> d.isBefore(day)).count();
            if (same + 1 >= 3) {
                expected.add(i.id().value());
            }
        }
        Set<String> failed = new TreeSet<>();
        AuditRun.builder(BuiltInRules.rectification(), context("2026-01-01")).rectifications(store).build()
                .execute(f -> {
                    if (f.ruleId().value().equals("CP-RECT-003") && f.kind() == FindingKind.FAIL) {
                        failed.add(f.subjectId());
                    }
                });
        assertThat(expected).isNotEmpty();
        assertThat(failed).isEqualTo(expected);
    }
}
