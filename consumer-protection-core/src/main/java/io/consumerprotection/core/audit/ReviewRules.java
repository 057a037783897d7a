package io.consumerprotection.core.audit;

import java.util.List;

/**
 * The review rules (消保审查), subject {@link SubjectKind#REVIEW_SUBJECT}: a product, service, system or marketing
 * item in use without an approving review; a suggestion past its response date; a withdrawn marketing item used on
 * or after its withdrawal day; a contract template in use whose scan finds an unfair term.
 */
final class ReviewRules {

    private ReviewRules() {
    }

    static List<Rule<?>> all() {
        return List.of(new InUseUnreviewed(), new SuggestionOverdue(), new WithdrawnInUse(), new UnfairTemplate());
    }

    static final class InUseUnreviewed extends BuiltInRule<ReviewedSubject> {
        InUseUnreviewed() {
            super(SubjectKind.REVIEW_SUBJECT, "CP-REVIEW-001", "产品、服务或营销材料未经消保审查即在用",
                    "Product, service or marketing item in use without an approving consumer-protection review",
                    Citation.of("银保监会令2022年第9号《银行保险机构消费者权益保护管理办法》 (消保审查); seed 003 (必经关口、无审查不开发)",
                            "review article: open", "open"), Severity.HIGH);
        }

        @Override
        public Outcome check(ReviewedSubject s, AuditContext context) {
            if (!s.inUse() || s.kind().equals("CONTRACT_TEMPLATE")) {
                return Outcome.notApplicable(s.inUse() ? "templates are checked by CP-REVIEW-004" : "not in use");
            }
            if (s.approvingReview().isEmpty()) {
                return Outcome.fail(s.kind() + " " + s.id() + " is in use (last " + s.lastUsedOn().get()
                        + ") with no passed review of this version (无审查、不上线)", Evidence.of("subject", s.id()),
                        Evidence.of("lastUsedOn", s.lastUsedOn().get()));
            }
            return Outcome.pass();
        }
    }

    static final class SuggestionOverdue extends BuiltInRule<ReviewedSubject> {
        SuggestionOverdue() {
            super(SubjectKind.REVIEW_SUBJECT, "CP-REVIEW-002", "消保审查建议逾期未反馈",
                    "Review suggestion past its response date without an answer",
                    Citations.seed("seed 003: 37条优化建议均已推动相关部门采纳落实"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(ReviewedSubject s, AuditContext context) {
            if (s.overdueSuggestions().isEmpty()) {
                return Outcome.pass();
            }
            return Outcome.fail(s.overdueSuggestions().size() + " suggestion(s) of " + s.id()
                    + " are past their response date", Evidence.of("overdue", String.join("; ",
                            s.overdueSuggestions())));
        }
    }

    static final class WithdrawnInUse extends BuiltInRule<ReviewedSubject> {
        WithdrawnInUse() {
            super(SubjectKind.REVIEW_SUBJECT, "CP-REVIEW-003", "已废止的营销宣传材料仍在使用",
                    "Withdrawn marketing item still used after its withdrawal",
                    Citations.seed("seed 003: 废止了27句不合规的营销宣传话术"), Severity.HIGH);
        }

        @Override
        public Outcome check(ReviewedSubject s, AuditContext context) {
            if (s.withdrawnFrom().isEmpty()) {
                return Outcome.notApplicable("not withdrawn");
            }
            if (s.inUse() && !s.lastUsedOn().get().isBefore(s.withdrawnFrom().get())) {
                return Outcome.fail(s.id() + " was withdrawn from " + s.withdrawnFrom().get() + " by review "
                        + s.withdrawingReview().orElse("?") + " and was still used on " + s.lastUsedOn().get(),
                        Evidence.of("withdrawnFrom", s.withdrawnFrom().get()),
                        Evidence.of("lastUsedOn", s.lastUsedOn().get()));
            }
            return Outcome.pass();
        }
    }

    static final class UnfairTemplate extends BuiltInRule<ReviewedSubject> {
        UnfairTemplate() {
            super(SubjectKind.REVIEW_SUBJECT, "CP-REVIEW-004", "在用合同模板含不公平格式条款",
                    "Contract template in use with an unfair standard term",
                    Citation.of("《中华人民共和国民法典》 Civil Code; 《消费者权益保护法》 art. 26 (C)", "arts 496-497", "B"),
                    Severity.HIGH);
        }

        @Override
        public Outcome check(ReviewedSubject s, AuditContext context) {
            if (!s.kind().equals("CONTRACT_TEMPLATE") || !s.inUse()) {
                return Outcome.notApplicable("not a contract template in use");
            }
            if (s.unfairTerms().isEmpty()) {
                return Outcome.pass();
            }
            return Outcome.fail("template " + s.id() + " in use holds " + s.unfairTerms().size()
                    + " unfair term(s)", Evidence.of("terms", String.join("; ", s.unfairTerms())));
        }
    }
}
