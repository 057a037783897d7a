package io.consumerprotection.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.FindingKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReviewAuditTest {

    static final LocalDate D = LocalDate.of(2025, 6, 1);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final AuditContext CTX = AuditContext.builder(D.atStartOfDay(ZONE).toInstant()).zone(ZONE).build();

    static final ReviewSubject LOAN = ReviewSubject.of(ReviewSubjectKind.PRODUCT, "x-shandai", "X闪贷");
    static final ReviewSubject APP = ReviewSubject.of(ReviewSubjectKind.SYSTEM, "app", "手机银行");
    static final ReviewSubject SCRIPT = ReviewSubject.of(ReviewSubjectKind.MARKETING, "script-7", "理财话术7");
    static final ReviewSubject TEMPLATE = ReviewSubject.of(ReviewSubjectKind.CONTRACT_TEMPLATE, "card-terms", "信用卡领用合约");

    static Map<String, FindingKind> outcomes(List<Finding> findings, String subject) {
        return findings.stream().filter(f -> f.subjectId().equals(subject))
                .collect(Collectors.toMap(f -> f.ruleId().value(), Finding::kind));
    }

    @Test
    void eachReviewRuleFailsOnItsCaseAndPassesOtherwise() {
        Checklist c = Checklist.builtIn();
        Review app = Review.request(ReviewId.of("RV-1"), APP, "5.0", "网络金融部", D.minusDays(30), c)
                .withSuggestion("PI-02", "卡号脱敏", D.minusDays(5)).decide(ReviewOutcome.PASSED_WITH_CONDITIONS,
                        D.minusDays(20));
        Review script = Review.request(ReviewId.of("RV-2"), SCRIPT, "1", "个人金融部", D.minusDays(40), c)
                .decide(ReviewOutcome.PASSED, D.minusDays(35));
        Review terms = Review.request(ReviewId.of("RV-3"), TEMPLATE, "2024.1", "信用卡中心", D.minusDays(60), c)
                .decide(ReviewOutcome.PASSED, D.minusDays(50));
        ReviewBook book = ReviewBook.empty().with(app).with(script).with(terms)
                .with(MarketingItem.active(SCRIPT, "1", MarketingChannel.SCRIPT, "稳赚不赔"))
                .withdraw("script-7", "含“稳赚不赔”", ReviewId.of("RV-2"), D.minusDays(10))
                .with(ContractTemplate.of(TEMPLATE, new TemplateRevision("2024.1", D.minusDays(50),
                        "本活动最终解释权归本行所有。", "", Optional.of(ReviewId.of("RV-3")))));
        List<SubjectUse> uses = List.of(new SubjectUse(LOAN, "1.0", D.minusDays(1)),
                new SubjectUse(APP, "5.0", D.minusDays(1)), new SubjectUse(SCRIPT, "1", D.minusDays(3)),
                new SubjectUse(TEMPLATE, "2024.1", D.minusDays(1)));
        List<Finding> f = ReviewAudit.check(book, uses, ReviewScanner.builtIn(), CTX);

        assertThat(outcomes(f, "x-shandai@1.0")).containsEntry("CP-REVIEW-001", FindingKind.FAIL);
        assertThat(outcomes(f, "app@5.0")).containsEntry("CP-REVIEW-001", FindingKind.PASS)
                .containsEntry("CP-REVIEW-002", FindingKind.FAIL);
        assertThat(outcomes(f, "script-7@1")).containsEntry("CP-REVIEW-003", FindingKind.FAIL)
                .containsEntry("CP-REVIEW-001", FindingKind.PASS);
        assertThat(outcomes(f, "card-terms@2024.1")).containsEntry("CP-REVIEW-004", FindingKind.FAIL)
                .containsEntry("CP-REVIEW-001", FindingKind.NOT_APPLICABLE);
        assertThat(f.stream().filter(x -> x.ruleId().value().equals("CP-REVIEW-004")
                && x.kind() == FindingKind.FAIL).findFirst().orElseThrow().message()).contains("1 unfair term");
    }

    @Test
    void anAuditRunWithTheRegisterAsFactSourceFindsWhatCheckFinds() {
        Review script = Review.request(ReviewId.of("RV-2"), SCRIPT, "1", "个人金融部", D.minusDays(40), Checklist.builtIn())
                .decide(ReviewOutcome.PASSED, D.minusDays(35));
        ReviewBook book = ReviewBook.empty().with(script)
                .with(MarketingItem.active(SCRIPT, "1", MarketingChannel.SCRIPT, "稳赚不赔"))
                .withdraw("script-7", "含“稳赚不赔”", ReviewId.of("RV-2"), D.minusDays(10));
        List<SubjectUse> uses = List.of(new SubjectUse(LOAN, "1.0", D.minusDays(1)),
                new SubjectUse(SCRIPT, "1", D.minusDays(3)));
        List<Finding> viaRun = new java.util.ArrayList<>();
        io.consumerprotection.core.audit.AuditRun.builder(BuiltInRules.named("review"), CTX)
                .facts(io.consumerprotection.core.audit.SubjectKind.REVIEW_SUBJECT,
                        ReviewAudit.facts(book, uses, ReviewScanner.builtIn(), D))
                .build().execute(viaRun::add);
        List<Finding> direct = ReviewAudit.check(book, uses, ReviewScanner.builtIn(), CTX).stream()
                .filter(f -> f.kind() == FindingKind.FAIL).toList();
        assertThat(viaRun).extracting(f -> f.ruleId().value() + " " + f.subjectId())
                .containsExactlyInAnyOrder("CP-REVIEW-001 x-shandai@1.0", "CP-REVIEW-003 script-7@1")
                .containsExactlyInAnyOrderElementsOf(direct.stream().map(f -> f.ruleId().value() + " " + f.subjectId())
                        .toList());
    }

    @Test
    void theReviewRulesCiteTheirBasis() {
        assertThat(BuiltInRules.review().rules()).hasSize(4).allSatisfy(r -> assertThat(r.definition().citation()
                .confidence()).isIn("A", "B", "C", "open", "seed"));
    }
}
