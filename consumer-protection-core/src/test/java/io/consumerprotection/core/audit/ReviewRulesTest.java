package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The review rules CP-REVIEW-001..004 in the built-in sets and in a normal {@link AuditRun} fed with review
 * subjects, every message of theirs with a Chinese form.
 */
class ReviewRulesTest {

    private static final LocalDate D = LocalDate.of(2025, 6, 1);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AuditContext CTX = AuditContext.builder(D.atStartOfDay(ZONE).toInstant()).zone(ZONE).build();

    private static ReviewedSubject subject(String kind, String id, Optional<LocalDate> used, Optional<String> review,
            Optional<LocalDate> withdrawn, List<String> overdue, List<String> unfair) {
        return new ReviewedSubject(kind, id, "1", used, review, withdrawn, withdrawn.map(w -> "RV-9"), overdue, unfair);
    }

    private static final List<ReviewedSubject> SUBJECTS = List.of(
            subject("PRODUCT", "P-1", Optional.of(D.minusDays(1)), Optional.empty(), Optional.empty(), List.of(), List.of()),
            subject("SYSTEM", "APP-2", Optional.of(D.minusDays(1)), Optional.of("RV-1"), Optional.empty(),
                    List.of("RV-1#1 due 2025-05-27"), List.of()),
            subject("MARKETING", "S-3", Optional.of(D.minusDays(3)), Optional.of("RV-2"), Optional.of(D.minusDays(10)),
                    List.of(), List.of()),
            subject("CONTRACT_TEMPLATE", "T-4", Optional.of(D.minusDays(1)), Optional.of("RV-3"), Optional.empty(),
                    List.of(), List.of("CT-FINAL-INTERPRETATION-01 \"最终解释权归本行所有\"")),
            subject("PRODUCT", "P-5", Optional.empty(), Optional.of("RV-4"), Optional.empty(), List.of(), List.of()));

    @Test
    void theReviewSetIsBuiltInNamedAndPartOfAll() {
        assertThat(BuiltInRules.NAMES).contains("review");
        List<String> ids = List.of("CP-REVIEW-001", "CP-REVIEW-002", "CP-REVIEW-003", "CP-REVIEW-004");
        assertThat(BuiltInRules.named("review").rules()).extracting(r -> r.id().value()).containsExactlyElementsOf(ids);
        assertThat(BuiltInRules.all().rules()).extracting(r -> r.id().value()).containsAll(ids);
    }

    @Test
    void anAuditRunChecksTheReviewSubjectsOfItsFactSourceAndEveryMessageHasAChineseForm() {
        RuleSet.Builder b = RuleSet.builder("review-zh", BuiltInRules.VERSION);
        BuiltInRules.named("review").rules().forEach(r -> b.add(FindingMessagesTest.inChinese(r)));
        List<Finding> findings = new ArrayList<>();
        RunRecord record = AuditRun.builder(b.build(), CTX).emit(EnumSet.allOf(FindingKind.class))
                .facts(SubjectKind.REVIEW_SUBJECT, SUBJECTS::stream).build().execute(findings::add);

        Map<String, FindingKind> fails = findings.stream().filter(f -> f.kind() == FindingKind.FAIL)
                .collect(Collectors.toMap(f -> f.subjectId(), f -> f.kind(), (x, y) -> x));
        assertThat(findings.stream().filter(f -> f.kind() == FindingKind.FAIL)
                .map(f -> f.ruleId().value() + " " + f.subjectId()))
                .containsExactlyInAnyOrder("CP-REVIEW-001 P-1@1", "CP-REVIEW-002 APP-2@1", "CP-REVIEW-003 S-3@1",
                        "CP-REVIEW-004 T-4@1");
        assertThat(fails).doesNotContainKey("P-5@1");
        assertThat(record.inputCounts()).containsEntry("REVIEW_SUBJECT", 5L);
        assertThat(record.summaries()).allSatisfy(s -> assertThat(s.evaluated()).isEqualTo(5));
        assertThat(FindingMessages.builtIn().findChinese(io.consumerprotection.core.audit.RuleId.of("CP-REVIEW-003"),
                findings.stream().filter(f -> f.ruleId().value().equals("CP-REVIEW-003") && f.kind() == FindingKind.FAIL)
                        .findFirst().orElseThrow().message()))
                .contains("S-3@1 已由审查 RV-9 自 2025-05-22 起废止，2025-05-29 仍在使用");
    }
}
