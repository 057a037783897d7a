package io.consumerprotection.core.audit;

import io.consumerprotection.core.partner.Partner;
import io.consumerprotection.core.partner.PartnerActivity;
import io.consumerprotection.core.partner.PartnerKind;
import io.consumerprotection.core.partner.PartnerStatus;
import io.consumerprotection.core.partner.PartnerSubject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The rules over cooperating institutions (seed 003): a sale or data provision through a partner not in
 * cooperation (not admitted, suspended, blacklisted); a partner past its evaluation day; a collection agency with
 * harassment complaints (CAUSE 12, debt-collection methods) at or above a threshold.
 */
final class PartnerRules {

    /**
     * Harassment complaints in the audit period at which a collection agency is reported: this project's choice, not
     * regulation (open); a host passes its own through {@link BuiltInRules#collectionHarassment(long)}.
     */
    static final long HARASSMENT_THRESHOLD = 3;

    private PartnerRules() {
    }

    static List<Rule<?>> all() {
        return List.of(new ThroughPartnerNotInCooperation(), new EvaluationOverdue(), new CollectionHarassment(HARASSMENT_THRESHOLD));
    }

    static final class ThroughPartnerNotInCooperation extends BuiltInRule<PartnerActivity> {
        ThroughPartnerNotInCooperation() {
            super(SubjectKind.PARTNER_ACTIVITY, "CP-PARTNER-001", "通过未准入、暂停或黑名单合作机构销售或提供信息",
                    "Sale or data provision through a partner not admitted, suspended or blacklisted",
                    Citations.seed("seed 003 (合作机构准入、黑名单); seed 001 (合作范围)"), Severity.HIGH);
        }

        @Override
        public Outcome check(PartnerActivity a, AuditContext context) {
            boolean start = a.statusAtStart().map(PartnerStatus::mayOperate).orElse(false);
            boolean end = a.statusAtEnd().map(PartnerStatus::mayOperate).orElse(false);
            if (start && end) {
                return Outcome.pass();
            }
            String status = a.statusAtEnd().map(s -> s.name() + " (" + s.titleZh() + ")").orElse("not registered (未登记)");
            if (start || end) {
                return Outcome.needsReview(a.kind() + " on " + a.on() + ": the partner's status changed that day; now " + status,
                        Evidence.of("partner", a.partner()), Evidence.of("on", a.on()));
            }
            return Outcome.fail(a.kind() + " through a partner in cooperation (admitted or watched); on " + a.on()
                    + " the partner was " + status, Evidence.of("partner", a.partner()), Evidence.of("on", a.on()),
                    Evidence.of("status", a.statusAtEnd().map(Enum::name).orElse("UNREGISTERED")));
        }
    }

    static final class EvaluationOverdue extends BuiltInRule<PartnerSubject> {
        EvaluationOverdue() {
            super(SubjectKind.PARTNER, "CP-PARTNER-002", "合作机构逾期未开展定期评估", "Partner past its evaluation day",
                    Citations.seed("seed 003 (合作机构专项评估)"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(PartnerSubject s, AuditContext context) {
            Partner p = s.partner();
            if (!(p.status().mayOperate() || p.status() == PartnerStatus.SUSPENDED)) {
                return Outcome.notApplicable("partner is " + p.status() + ", not in cooperation");
            }
            Optional<java.time.LocalDate> due = p.findNextEvaluationDue();
            if (due.isEmpty()) {
                return Outcome.fail("a partner in cooperation has a next evaluation day; none is scheduled",
                        Evidence.of("partner", p.id().value()));
            }
            if (context.asOfDate().isAfter(due.get())) {
                return Outcome.fail("evaluated by " + due.get() + "; " + BuiltInRule.days(ChronoUnit.DAYS.between(due.get(),
                        context.asOfDate())) + " past", Evidence.of("partner", p.id().value()),
                        Evidence.of("nextEvaluationDue", due.get()));
            }
            return Outcome.pass();
        }
    }

    static final class CollectionHarassment extends BuiltInRule<PartnerSubject> {
        private final long threshold;

        CollectionHarassment(long threshold) {
            super(SubjectKind.PARTNER, "CP-PARTNER-003", "催收机构暴力或骚扰催收投诉超过阈值",
                    "Collection agency with harassment complaints at or above the threshold",
                    Citation.of("JR/T 0169-2018 C 12 (债务催收方式和手段); seed 003", "", "B"), Severity.HIGH);
            this.threshold = threshold;
        }

        @Override
        public Outcome check(PartnerSubject s, AuditContext context) {
            if (s.partner().kind() != PartnerKind.COLLECTION_AGENCY) {
                return Outcome.notApplicable("partner is a " + s.partner().kind() + ", not a collection agency");
            }
            long n = s.figures().harassment();
            if (n >= threshold) {
                return Outcome.fail("fewer than " + threshold + " complaints about collection methods; " + n + " in the period",
                        Evidence.of("partner", s.partner().id().value()), Evidence.of("harassmentComplaints", n),
                        Evidence.of("complaints", s.figures().complaints()), Evidence.of("threshold", threshold));
            }
            return Outcome.pass();
        }
    }
}
